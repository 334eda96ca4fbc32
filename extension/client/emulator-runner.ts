/**
 * The embedded emulator, started in the extension host when the user turns on "Use local
 * emulator": a stateful sandbox on 127.0.0.1 with a full pk_test_ key, so everything in the
 * sidebar works without a Peeker account.
 */

/** A running embedded emulator and its control API. */
export interface EmbeddedEmulator {
  /** The API base URL, e.g. `http://127.0.0.1:53123/partner/v1`. */
  baseUrl: string;
  /** The full-preset test key the emulator started with. */
  apiKey: string;
  /** Points the emulator's webhook deliveries at `url`, signed with `secret`. */
  configureWebhooks(url: string, secret: string): Promise<void>;
  /** Moves the emulator's clock forward so orders progress (in_progress → completed). */
  advanceClock(seconds: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the emulator in-process on a free 127.0.0.1 port. `onWarning` hears what it warns about
 * (in an extension host, Node's default warning goes to a console nobody reads).
 */
export async function startEmbeddedEmulator(onWarning: (message: string) => void): Promise<EmbeddedEmulator> {
  // Loaded on first use: the emulator (fastify, ajv…) is most of the bundle and most users never start it.
  const { startEmulator } = await import('../../emulator');
  const emulator = await startEmulator({ port: 0, onWarning });
  const control = async (method: 'POST' | 'PUT', path: string, body: unknown): Promise<void> => {
    const response = await fetch(`${emulator.controlUrl}/${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      throw new Error(
        `The emulator's control API answered ${response.status} to ${method} /_emulator/${path}.`,
      );
    }
  };
  return {
    baseUrl: emulator.baseUrl,
    apiKey: emulator.apiKey,
    configureWebhooks: (url, secret) =>
      control('PUT', 'config', { webhook_url: url, webhook_secret: secret }),
    advanceClock: (seconds) => control('POST', 'clock/advance', { seconds }),
    close: () => emulator.close(),
  };
}
