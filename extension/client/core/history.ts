/**
 * The history of sent calls: newest first, bounded, safe to persist (no keys, no bodies).
 */
import { redact } from './api-key';
import type { SendOutcome } from './http';
import type { PreparedRequest } from './request-file';

/** One sent call as the Requests view lists it. */
export interface HistoryEntry {
  /** Unique within the history (the order calls were made in). */
  sequence: number;
  /** ISO time the call was sent. */
  at: string;
  /** `"POST /orders"`. */
  operation: string;
  /** The URL as sent, secrets redacted. */
  url: string;
  /** HTTP status, or `undefined` when no response came back. */
  status?: number;
  /** `error.code` of an error response. */
  errorCode?: string;
  requestId?: string;
  durationMs: number;
  /** The request file it came from, if any (a URI string). */
  source?: string;
}

/** How many calls the history keeps. */
export const HISTORY_LIMIT = 50;

/** Builds the history entry for a call. */
export function historyEntryFor(
  sequence: number,
  at: Date,
  request: Pick<PreparedRequest, 'operation' | 'url'>,
  outcome: SendOutcome,
  source?: string,
): HistoryEntry {
  const entry: HistoryEntry = {
    sequence,
    at: at.toISOString(),
    operation: request.operation.key,
    url: redact(request.url),
    durationMs: outcome.kind === 'network' ? outcome.durationMs : outcome.response.durationMs,
  };
  if (outcome.kind === 'response') {
    const { response } = outcome;
    entry.status = response.status;
    if (response.requestId !== undefined) entry.requestId = response.requestId;
    const code = (response.json as { error?: { code?: unknown } } | undefined)?.error?.code;
    if (response.status >= 400 && typeof code === 'string') entry.errorCode = code;
  }
  if (source !== undefined) entry.source = source;
  return entry;
}

/** Adds an entry at the front and drops the oldest beyond `limit`. Does not mutate `history`. */
export function addToHistory(
  history: readonly HistoryEntry[],
  entry: HistoryEntry,
  limit = HISTORY_LIMIT,
): HistoryEntry[] {
  return [entry, ...history].slice(0, limit);
}

/** The next sequence number for a history. */
export function nextSequence(history: readonly HistoryEntry[]): number {
  return history.reduce((max, entry) => Math.max(max, entry.sequence), 0) + 1;
}

/** Label and description for a tree row, e.g. `POST /orders` · `201 · 12:03:04 · req_01…`. */
export function describeHistoryEntry(entry: HistoryEntry): { label: string; description: string } {
  const time = entry.at.slice(11, 19);
  const status =
    entry.status === undefined
      ? 'no response'
      : `${entry.status}${entry.errorCode ? ` ${entry.errorCode}` : ''}`;
  const parts = [status, time, entry.requestId ?? 'no request id'];
  return { label: entry.operation, description: parts.join(' · ') };
}

/** Reads a persisted history back, dropping anything malformed (an old or edited state file). */
export function restoreHistory(value: unknown): HistoryEntry[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(
      (item): item is HistoryEntry =>
        typeof item === 'object' &&
        item !== null &&
        typeof item.sequence === 'number' &&
        typeof item.at === 'string' &&
        typeof item.operation === 'string' &&
        typeof item.url === 'string',
    )
    .slice(0, HISTORY_LIMIT);
}
