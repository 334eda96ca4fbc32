/**
 * Is a URL reachable by Peeker's servers? Decided offline from the URL alone: scheme, host name
 * and IP literal ranges (loopback, private, link-local, CGNAT, unique-local IPv6, …). And the
 * credentials a URL may carry, hidden wherever a message quotes it (lint, CLI, emulator, webhooks).
 */
import { isUtf8 } from 'node:buffer';

/** Why a URL is not public, when it is not. */
export interface UrlProblem {
  /** `not_url`, `scheme`, `not_https`, `localhost`, `private_ip`, `internal_host`, `credentials`. */
  reason: string;
  /** A phrase completing "The URL …". */
  message: string;
}

/** Reserved and non-public IPv4 ranges as [network, prefix length]. */
const V4_RANGES: [string, number][] = [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
];

function v4ToNumber(address: string): number | undefined {
  const parts = address.split('.');
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** True for IPv4 addresses that are not publicly routable. */
export function isNonPublicIPv4(address: string): boolean {
  const value = v4ToNumber(address);
  if (value === undefined) return false;
  return V4_RANGES.some(([network, prefix]) => {
    const base = v4ToNumber(network)!;
    const size = 2 ** (32 - prefix);
    return value >= base && value < base + size;
  });
}

/** True for IPv6 literals (without brackets) that are not publicly routable. */
export function isNonPublicIPv6(address: string): boolean {
  const a = address.toLowerCase();
  if (a === '::' || a === '::1') return true;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (mapped) return isNonPublicIPv4(mapped[1]!);
  if (/^::ffff:[0-9a-f]{1,4}:[0-9a-f]{1,4}$/.test(a)) {
    // WHATWG URL serializes ::ffff:a.b.c.d as hex groups.
    const [, high, low] = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(a)!;
    const h = Number.parseInt(high!, 16);
    const l = Number.parseInt(low!, 16);
    return isNonPublicIPv4(`${h >> 8}.${h & 255}.${l >> 8}.${l & 255}`);
  }
  const first = Number.parseInt(a.split(':')[0] || '0', 16);
  const second = Number.parseInt(a.split(':')[1] || '0', 16);
  // fc00::/7 unique local, fe80::/10 link-local, ff00::/8 multicast, 2001:db8::/32 documentation.
  return (
    (first & 0xfe00) === 0xfc00 ||
    (first & 0xffc0) === 0xfe80 ||
    (first & 0xff00) === 0xff00 ||
    (first === 0x2001 && second === 0xdb8)
  );
}

/**
 * Top-level domains that never resolve on the public internet: reserved (RFC 2606/6761: `test`,
 * `invalid`, `example`, `localhost`), multicast DNS (`local`), `home.arpa`, and common private ones.
 */
const INTERNAL_TLDS = new Set([
  'localhost',
  'local',
  'internal',
  'intranet',
  'lan',
  'arpa',
  'corp',
  'test',
  'invalid',
  'example',
]);

const INTERNAL_TLD_LIST = [...INTERNAL_TLDS];

/** True when a (lower-case) host name is not on the public internet by its name alone. */
function isInternalHostName(host: string): boolean {
  const dot = host.lastIndexOf('.');
  return dot < 0 || INTERNAL_TLDS.has(host.slice(dot + 1));
}

const isLower = (c: number) => c >= 97 && c <= 122;
const isHostChar = (c: number) => isLower(c) || (c >= 48 && c <= 57) || c === 45;

/**
 * True for the common case, decided without a WHATWG parse (which costs microseconds per URL):
 * `https://` (or `http://` unless `httpsOnly`), a lower-case ASCII host of dotted labels (letters,
 * digits, inner hyphens; 1–63 characters each) ending in a letters-only TLD that is not internal
 * (so not an IP literal), an optional port up to 65535, then nothing or a path/query/fragment
 * without spaces or backslashes. Anything else goes to the full check, which decides the same way.
 */
export function isPlainPublicUrl(text: string, httpsOnly: boolean): boolean {
  let i: number;
  if (text.startsWith('https://')) i = 8;
  else if (!httpsOnly && text.startsWith('http://')) i = 7;
  else return false;
  const hostStart = i;
  let labelStart = i;
  let tldLetters = true;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      const length = i - labelStart;
      if (length < 1 || length > 63 || text.charCodeAt(i - 1) === 45) return false;
      labelStart = i + 1;
      tldLetters = true;
    } else if (isHostChar(c)) {
      if (i === labelStart && c === 45) return false;
      if (!isLower(c)) tldLetters = false;
    } else break;
  }
  const hostEnd = i;
  const tldLength = hostEnd - labelStart;
  if (labelStart === hostStart || !tldLetters || tldLength < 2 || tldLength > 63) return false;
  for (const internal of INTERNAL_TLD_LIST) {
    if (internal.length === tldLength && text.startsWith(internal, labelStart)) return false;
  }
  if (i < text.length && text.charCodeAt(i) === 58) {
    const portStart = ++i;
    while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const digits = i - portStart;
    if (digits < 1 || digits > 5 || Number(text.slice(portStart, i)) > 65535) return false;
  }
  if (i === text.length) return true;
  const first = text.charCodeAt(i);
  if (first !== 47 && first !== 63 && first !== 35) return false;
  // The path, query and fragment: printable ASCII without a backslash (spaces, controls and
  // non-ASCII characters go to the full check).
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c >= 127 || c === 92) return false;
  }
  return true;
}

/**
 * Checks that `text` is an absolute URL on a public host, served over `https` when `httpsOnly`
 * (profile pictures) or over http(s) otherwise (forwarding targets).
 */
export function publicUrlProblem(text: string, httpsOnly: boolean): UrlProblem | undefined {
  return isPlainPublicUrl(text, httpsOnly) ? undefined : parsedUrlProblem(text, httpsOnly);
}

/** {@link publicUrlProblem} by the WHATWG parser, without the fast path (exported for its equivalence test). */
export function parsedUrlProblem(text: string, httpsOnly: boolean): UrlProblem | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { reason: 'not_url', message: 'is not an absolute URL.' };
  }
  const scheme = url.protocol.replace(/:$/, '');
  if (scheme !== 'https' && scheme !== 'http') {
    return {
      reason: 'scheme',
      message: `uses \`${scheme}:\`; Peeker can only fetch http(s) URLs on public hosts.`,
    };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      reason: 'credentials',
      message: 'contains a user name or password, so it is not publicly accessible.',
    };
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return { reason: 'localhost', message: 'points at localhost, which Peeker cannot reach.' };
  }
  if (host.startsWith('[')) {
    if (isNonPublicIPv6(host.slice(1, -1))) {
      return { reason: 'private_ip', message: `points at a private or local address (${host}).` };
    }
  } else if (v4ToNumber(host) !== undefined) {
    if (isNonPublicIPv4(host)) {
      return { reason: 'private_ip', message: `points at a private or local address (${host}).` };
    }
  } else if (isInternalHostName(host)) {
    return {
      reason: 'internal_host',
      message: `points at an internal host name (${host}) that is not on the public internet.`,
    };
  }
  if (httpsOnly && scheme !== 'https') {
    return { reason: 'not_https', message: 'uses plain http.' };
  }
  return undefined;
}

/** True when `url` parses as a URL with a user name or password in it (`http://admin:pw@host/`). */
export function hasUrlCredentials(url: string): boolean {
  if (typeof url !== 'string' || !URL.canParse(url)) return false;
  const { username, password } = new URL(url);
  return username !== '' || password !== '';
}

/**
 * The refusal of an API base URL with a user name or password in it, or undefined when it has
 * none: the API authenticates by the key alone, and `fetch` refuses such a URL with an error that
 * blames the server. `setting` names where it was set (a flag, a setting); one sentence for every
 * command that takes a base URL.
 */
export function baseUrlCredentialsRefusal(url: string, setting = 'The base URL'): string | undefined {
  return hasUrlCredentials(url) ? `${setting} must not carry a user name or password.` : undefined;
}

// Where a URL's userinfo starts, as WHATWG URL parsing reads it: after `scheme:` and any run of
// `/` or `\` for the special schemes (`http:bob:pw@host` and `http:\\bob:pw@host` have credentials
// too), after `scheme://` for the others. `file:` URLs have no userinfo. Read at one place (sticky).
const SPECIAL_SCHEME = /(?:https?|wss?|ftp):[/\\]*/iy;

/** An ASCII letter, either case. */
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A character of `\w` (and `\b`) in a regular expression without the `u` flag. */
const isWordChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 95;
/** A character a scheme may hold after its first letter: letters, digits, `+`, `.`, `-`. */
const isSchemeChar = (c: number) => isLetter(c) || (c >= 48 && c <= 57) || c === 43 || c === 46 || c === 45;

/**
 * Where each URL's authority starts in `text`, left to right, with whether its scheme is special
 * (`http:`, `https:`, `ws:`, `wss:`, `ftp:`, where `\` ends the authority too): the ends of the
 * matches of `/\b(?:((?:https?|wss?|ftp):[/\\]*)|((?!file:)[a-z][a-z0-9+.-]*:\/\/))/gi`, found in
 * one pass. That regular expression read a run of scheme characters again from every word start
 * inside it (`a.a.a.…`), so a long run took time quadratic in its length; here each run is read
 * once, its end kept for the starts within it.
 */
function* authorityStarts(text: string): Generator<{ start: number; special: boolean }> {
  // The end of the run of scheme characters last read, valid for every start before it.
  let runEnd = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isLetter(text.charCodeAt(i)) || (i > 0 && isWordChar(text.charCodeAt(i - 1)))) continue;
    SPECIAL_SCHEME.lastIndex = i;
    if (SPECIAL_SCHEME.test(text)) {
      yield { start: SPECIAL_SCHEME.lastIndex, special: true };
      i = SPECIAL_SCHEME.lastIndex - 1;
      continue;
    }
    if (runEnd <= i) {
      runEnd = i + 1;
      while (runEnd < text.length && isSchemeChar(text.charCodeAt(runEnd))) runEnd++;
    }
    const isFile = runEnd - i === 4 && text.slice(i, runEnd).toLowerCase() === 'file';
    if (text.startsWith('://', runEnd) && !isFile) {
      yield { start: runEnd + 3, special: false };
      i = runEnd + 2;
    }
  }
}

/**
 * Finds the userinfo of the URL whose authority starts at `from` in `text`, ended by `@`, as
 * `[start, atIndex]`, or undefined when it has none. The authority ends at the first `/ ? #` (and
 * `\` for special schemes) and the userinfo at the LAST `@` before that: URL parsing reads
 * `http://bob:p@ss@host/` as password `p%40ss`, and `http://host/a@b` as a path. `stopAtSpace`
 * ends the authority at whitespace too, for URLs quoted in prose.
 *
 * For starts in increasing order, as {@link authorityStarts} gives them: an authority read for one
 * start is kept (its end and its last `@`, for special schemes and for the others) and answers for
 * every later start within it, so a text with many schemes and no end of authority in sight
 * (`@http:http:http:…`) is read once, not once per scheme.
 */
function userinfoFinder(
  text: string,
  stopAtSpace: boolean,
): (from: number, special: boolean) => [number, number] | undefined {
  // Per kind, [0] for other schemes and [1] for special ones: the span read last, and its last `@`.
  const froms = [-1, -1];
  const ends = [-1, -1];
  const ats = [-1, -1];
  return (from, special) => {
    const kind = special ? 1 : 0;
    if (from < froms[kind]! || from > ends[kind]!) {
      let at = -1;
      let i = from;
      for (; i < text.length; i++) {
        const char = text[i] as string;
        if (char === '/' || char === '?' || char === '#' || (special && char === '\\')) break;
        if (stopAtSpace && /\s/.test(char)) break;
        if (char === '@') at = i;
      }
      froms[kind] = from;
      ends[kind] = i;
      ats[kind] = at;
    }
    const at = ats[kind]!;
    return at >= from ? [from, at] : undefined;
  };
}

/** `user:***` for a userinfo with a password (split at its first `:`, as URL parsing does), else `***`. */
function maskedUserinfo(userinfo: string): string {
  const colon = userinfo.indexOf(':');
  return colon === -1 ? '***' : `${userinfo.slice(0, colon)}:***`;
}

/**
 * Hides the credentials of every URL in `text`, for messages, banners and views: the password
 * becomes `***` (`http://admin:***@host/`), and a user name given alone — often a token — too.
 * What is masked is exactly what URL parsing reads as userinfo: everything up to the last `@`
 * before the host, so a password holding `@` is hidden whole, while an `@` in a path, query or
 * fragment is left alone. When `text` is one URL (a flag's value), a space in its password is
 * hidden with it; in prose a URL's authority ends at whitespace.
 */
export function maskUrlCredentials(text: string): string {
  // No `@`, no userinfo: most quoted values (every domain of a 10k list) take this path.
  if (!text.includes('@')) return text;
  const trimmed = text.trim();
  const oneUrl = URL.canParse(trimmed) && hasUrlCredentials(trimmed);
  const userinfoSpan = userinfoFinder(text, !oneUrl);
  let masked = '';
  let copied = 0;
  for (const { start, special } of authorityStarts(text)) {
    if (start < copied) continue;
    const span = userinfoSpan(start, special);
    if (span === undefined) continue;
    masked += `${text.slice(copied, start)}${maskedUserinfo(text.slice(span[0], span[1]))}`;
    copied = span[1];
  }
  return masked + text.slice(copied);
}

/**
 * A regular expression source matching `prefix` with any of its characters percent-encoded, in
 * either case and any number of times (`pk_live_`, `%70k_live_`, `pk_l%69ve%5F`, `%50K%5FLIVE_`,
 * `%2570k_live_`): a URL path or query may carry a key so, and a quote of the raw request target
 * (the emulator's "No route" message) would otherwise repeat the secret behind it. Used with the
 * `i` flag, which covers the literal letters and the hex digits' case.
 */
function encodedPrefix(prefix: string): string {
  const encoded = (c: string) => {
    const codes = new Set([c.toLowerCase(), c.toUpperCase()].map((v) => v.charCodeAt(0).toString(16)));
    return `%(?:25)*(?:${[...codes].join('|')})`;
  };
  return [...prefix].map((c) => `(?:${c}|${encoded(c)})`).join('');
}

// Everything up to a delimiter goes (a dot only between key characters, so a sentence's full stop
// stays); `%` is a key character, so a percent-encoded rest of the key goes too.
const KEY = new RegExp(
  `(${encodedPrefix('pk_')}(?:${encodedPrefix('live')}|${encodedPrefix('test')})${encodedPrefix('_')})[\\w~+=%-]+(?:\\.[\\w~+=%-]+)*`,
  'gi',
);
// Secrets may be base64 or carry - and _: all of it goes, not just the leading letters and digits.
const SECRET = new RegExp(`(${encodedPrefix('whsec_')})[\\w+/=~%-]+(?:\\.[\\w+/=~%-]+)*`, 'gi');

/**
 * Hides API keys, webhook secrets and URL passwords in any text the kit prints (lint messages,
 * CLI, reports, the emulator's errors): keeps the prefix as it was written, drops the secret part
 * (`pk_test_…`, `whsec_…`, `%70k_live_…`, `http://admin:***@host/`).
 */
export function redactSecrets(text: string): string {
  // Wherever it starts, in any case: a key glued to a field name (`x_pk_live_…`) or to a
  // percent-escape (`%20pk_live_…`) has no word boundary before it, and is a key all the same.
  // The docs give keys' prefixes, not their alphabet: everything up to a delimiter goes.
  return maskUrlCredentials(text.replace(KEY, '$1…').replace(SECRET, '$1…'));
}

/**
 * The shortest part of a key or webhook secret after its prefix that is hidden on its own (see
 * {@link secretForms}): long enough that it cannot be an ordinary word, id or number.
 */
export const MIN_SECRET_BODY_LENGTH = 16;

/**
 * The texts that give away `secret`, longest first, for a redactor that knows the exact secret:
 * the secret itself and, for a key or webhook secret (`pk_test_`, `pk_live_`, `whsec_`), the part
 * after its prefix when it is at least {@link MIN_SECRET_BODY_LENGTH} characters long. A server
 * that quotes only that part ("key id abcdef… is wrong") gives the secret away all the same, and
 * {@link redactSecrets} recognises a key by its prefix only.
 */
export function secretForms(secret: string): string[] {
  const body = /^(?:pk_(?:live|test)_|whsec_)(.+)$/is.exec(secret)?.[1];
  return body !== undefined && body.length >= MIN_SECRET_BODY_LENGTH ? [secret, body] : [secret];
}

/** `text` with every one of {@link secretForms} `secret` replaced by `mask`, the whole secret first. */
export function hideSecret(text: string, secret: string, mask: string): string {
  return secretForms(secret).reduce((out, form) => out.split(form).join(mask), text);
}

/**
 * Where a redirect points, as an absolute URL: its `Location` resolved against the URL the request
 * went to (a relative `/v2/me` says little on its own), or as sent when it is no URL reference;
 * undefined when there is none (an empty header included: it would resolve to the request itself).
 * HTTP clients hand header bytes over as Latin-1, so UTF-8 bytes are read back as UTF-8 first.
 * Credentials in it are masked ({@link maskUrlCredentials}): it is for messages, and resolving
 * percent-encodes a userinfo a caller had already redacted (`[redacted]` → `%5Bredacted%5D`).
 * A message quotes at most {@link MAX_REDIRECT_QUOTE} characters of it (a server can send any length).
 */
export function redirectTarget(location: string | undefined, requestUrl: string): string | undefined {
  if (location === undefined || location.trim() === '') return undefined;
  const bytes = Buffer.from(location, 'latin1');
  const text = /[\x80-\xff]/.test(location) && isUtf8(bytes) ? bytes.toString('utf8') : location;
  return maskUrlCredentials(
    URL.canParse(text, requestUrl) ? withUserAsSent(new URL(text, requestUrl)) : text,
  );
}

/**
 * `url` as a string with the brackets of its user name as sent: the URL parser percent-encodes
 * them, which garbles a user name a caller already redacted to `[redacted]`. Nothing else is
 * decoded: a decoded `/`, `@` or `:` would move where the authority ends, and with it what
 * {@link maskUrlCredentials} takes for the password and the host.
 */
function withUserAsSent(url: URL): string {
  const href = url.toString();
  if (!/%5[BD]/i.test(url.username)) return href;
  const start = href.indexOf('//') + 2;
  const user = url.username.replace(/%5B/gi, '[').replace(/%5D/gi, ']');
  return href.slice(0, start) + user + href.slice(start + url.username.length);
}

/** The longest redirect target a message quotes whole (`shorten` cuts a longer one). */
export const MAX_REDIRECT_QUOTE = 300;
