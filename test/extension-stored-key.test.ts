/**
 * The API key in Secret Storage is checked once per stored value: storing it from this window
 * fires Secret Storage's change event too, and that event must not check it a second time
 * (each check is a `GET /me`: a request id, a history row, a call against the rate limit).
 */
import { describe, expect, it } from 'vitest';
import { type SecretStore, StoredApiKey } from '../extension/client/core/stored-key';

/**
 * An in-memory Secret Storage that fires its change event the way VS Code may: `before` the write
 * returns, or `after` it (on a later tick), for every write from any window.
 */
class FakeSecretStorage implements SecretStore {
  private readonly values = new Map<string, string>();
  private readonly listeners = new Set<(event: { key: string }) => unknown>();

  constructor(private readonly fire: 'before' | 'after') {}

  async get(name: string): Promise<string | undefined> {
    await tick();
    return this.values.get(name);
  }

  async store(name: string, value: string): Promise<void> {
    await this.write(name, () => this.values.set(name, value));
  }

  async delete(name: string): Promise<void> {
    await this.write(name, () => this.values.delete(name));
  }

  onDidChange(listener: (event: { key: string }) => unknown): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  /** Another window writes: only the change event tells this one. */
  async writeElsewhere(name: string, value: string | undefined): Promise<void> {
    if (value === undefined) this.values.delete(name);
    else this.values.set(name, value);
    this.emit(name);
  }

  private async write(name: string, change: () => void): Promise<void> {
    await tick();
    change();
    if (this.fire === 'before') this.emit(name);
    else setTimeout(() => this.emit(name), 0);
  }

  private emit(key: string): void {
    for (const listener of this.listeners) void listener({ key });
  }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Lets pending change events and their reads finish. */
const settle = async () => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  for (let i = 0; i < 10; i++) await tick();
};

function setUp(fire: 'before' | 'after') {
  const secrets = new FakeSecretStorage(fire);
  const loads: (string | undefined)[] = [];
  const key = new StoredApiKey(secrets, 'peeker.apiKey', async (value) => {
    loads.push(value);
    await tick();
  });
  return { secrets, key, loads };
}

describe.each(['before', 'after'] as const)(
  'StoredApiKey (change event fired %s the write returns)',
  (fire) => {
    it('checks a key stored from this window once', async () => {
      const { key, loads } = setUp(fire);
      await key.load();
      await key.set('pk_test_FAKE1');
      await settle();
      expect(loads).toEqual([undefined, 'pk_test_FAKE1']);
      expect(key.value).toBe('pk_test_FAKE1');
    });

    it('checks the same key again when it is stored again on purpose, still once', async () => {
      const { key, loads } = setUp(fire);
      await key.set('pk_test_FAKE1');
      await key.set('pk_test_FAKE1');
      await settle();
      expect(loads).toEqual(['pk_test_FAKE1', 'pk_test_FAKE1']);
    });

    it('loads "no key" once when the key is cleared', async () => {
      const { key, loads } = setUp(fire);
      await key.set('pk_live_FAKE2');
      await key.clear();
      await settle();
      expect(loads).toEqual(['pk_live_FAKE2', undefined]);
      expect(key.value).toBeUndefined();
    });

    it('loads a key another window stored, once, and ignores an event that changed nothing', async () => {
      const { secrets, key, loads } = setUp(fire);
      await key.set('pk_test_FAKE1');
      await settle();
      await secrets.writeElsewhere('peeker.apiKey', 'pk_test_FAKE3');
      await settle();
      await secrets.writeElsewhere('peeker.apiKey', 'pk_test_FAKE3');
      await secrets.writeElsewhere('peeker.webhookSecret', 'whsec_FAKE');
      await settle();
      expect(loads).toEqual(['pk_test_FAKE1', 'pk_test_FAKE3']);
      expect(key.value).toBe('pk_test_FAKE3');
    });

    it('stops listening when disposed', async () => {
      const { secrets, key, loads } = setUp(fire);
      key.dispose();
      await secrets.writeElsewhere('peeker.apiKey', 'pk_test_FAKE3');
      await settle();
      expect(loads).toEqual([]);
    });
  },
);
