/**
 * A tiny client for the emulator's API and control API, used by the tests and the benchmark
 * (and handy in partners' own test suites).
 */

/** Parsed JSON of unknown shape; callers narrow it (loosely typed on purpose for test ergonomics). */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are read field by field in tests.
export type Json = any;

/** One response, parsed. */
export interface EmulatorResponse<T = Json> {
  status: number;
  headers: Headers;
  /** `Peeker-Request-Id`, or null when absent. */
  requestId: string | null;
  /** Parsed JSON, or the raw text when the body is not JSON. */
  body: T;
}

/** Options of one API call. */
export interface CallOptions {
  /** JSON-serialised unless it is already a string. */
  body?: unknown;
  /** API key; default: the client's key. `null` sends no Authorization header. */
  key?: string | null;
  headers?: Record<string, string>;
}

/** Calls one emulator. */
export class EmulatorClient {
  constructor(readonly target: { url: string; baseUrl: string; apiKey: string }) {}

  /** Calls the API: `path` is relative to the base URL (`/orders`), or absolute (`http://…`). */
  api<T = Json>(method: string, path: string, options: CallOptions = {}): Promise<EmulatorResponse<T>> {
    const url = path.startsWith('http') ? path : `${this.target.baseUrl}${path}`;
    const key = options.key === undefined ? this.target.apiKey : options.key;
    const headers: Record<string, string> = { ...(key === null ? {} : { Authorization: `Bearer ${key}` }) };
    return call<T>(method, url, options.body, { ...headers, ...options.headers });
  }

  /** Calls the control API: `path` is relative to `/_emulator` (`/clock/advance`). */
  control<T = Json>(method: string, path: string, body?: unknown): Promise<EmulatorResponse<T>> {
    return call<T>(method, `${this.target.url}/_emulator${path}`, body, {});
  }

  /** Advances the emulated clock and waits for everything that became due. */
  async advance(seconds: number): Promise<void> {
    const response = await this.control('POST', '/clock/advance', { seconds });
    if (response.status !== 200) throw new Error(`clock advance failed: ${JSON.stringify(response.body)}`);
  }

  /** Creates a key with a preset and returns its text. */
  async key(preset: 'full' | 'limited' | 'read'): Promise<string> {
    const response = await this.control<{ data: { key: string } }>('POST', '/keys', { preset });
    return response.body.data.key;
  }
}

async function call<T>(method: string, url: string, body: unknown, headers: Record<string, string>) {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    (init.headers as Record<string, string>)['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(url, init);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? text : JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return {
    status: response.status,
    headers: response.headers,
    requestId: response.headers.get('peeker-request-id'),
    body: parsed as T,
  } satisfies EmulatorResponse<T>;
}
