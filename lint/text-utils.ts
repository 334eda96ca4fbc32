/** Small wording helpers shared by the rules. */

/** `name` in backticks. */
export function quote(name: string): string {
  return `\`${name}\``;
}

/** A short, printable description of a JSON value for messages: `"acme .com"`, `42`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') {
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return JSON.stringify(shown);
  }
  return String(value);
}

/** Levenshtein distance, capped: returns `limit + 1` as soon as the distance exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  // Two rows swapped in place: this runs for every candidate of every "did you mean".
  let previous = new Array<number>(b.length + 1);
  let current = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = code === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return previous[b.length]!;
}

/**
 * The candidate closest to `word` (case-insensitive, also matching `-`/`_` and camelCase variants),
 * if it is within `maxDistance` edits (default: a third of the word, at least 1, at most 3).
 */
export function closestMatch(
  word: string,
  candidates: readonly string[],
  maxDistance?: number,
): string | undefined {
  const target = normalizeWord(word);
  const limit = maxDistance ?? Math.min(3, Math.max(1, Math.floor(target.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(target, normalizeWord(candidate), limit);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

const normalizedWords = new Map<string, string>();

/** `forwardingURL`, `forwarding-url`, `Forwarding_Url` → `forwarding_url` (memoized: candidates recur). */
function normalizeWord(word: string): string {
  let normalized = normalizedWords.get(word);
  if (normalized === undefined) {
    normalized = word
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .toLowerCase()
      .replace(/[-\s]/g, '_');
    if (normalizedWords.size > 5000) normalizedWords.clear();
    normalizedWords.set(word, normalized);
  }
  return normalized;
}
