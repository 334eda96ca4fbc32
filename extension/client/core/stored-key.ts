/**
 * The API key kept in Secret Storage, loaded once per change. Storing or deleting it from this
 * window also fires Secret Storage's change event (before or after the call returns); only changes
 * made elsewhere (another window) load it from that event, so one stored key means one `GET /me`.
 * Pure apart from the storage it is given, so it is unit-tested with a fake.
 */

/** The part of VS Code's `SecretStorage` the key needs. */
export interface SecretStore {
  get(name: string): PromiseLike<string | undefined>;
  store(name: string, value: string): PromiseLike<void>;
  delete(name: string): PromiseLike<void>;
  onDidChange(listener: (event: { key: string }) => unknown): { dispose(): unknown };
}

/** One secret, with a callback run once for each value it takes. */
export class StoredApiKey {
  /** The value last handed to `onLoad` (boxed: `undefined` is a value, "no key"). */
  private loaded: { key: string | undefined } | undefined;
  /** The value this window is writing right now: its change event is this window's own. */
  private writing: { key: string | undefined } | undefined;
  private readonly subscription: { dispose(): unknown };

  /**
   * @param name the secret's name in the store.
   * @param onLoad runs for each new value (the account check); its promise is what `load`, `set`
   * and `clear` wait for.
   */
  constructor(
    private readonly secrets: SecretStore,
    private readonly name: string,
    private readonly onLoad: (key: string | undefined) => Promise<void>,
  ) {
    this.subscription = secrets.onDidChange((event) => {
      if (event.key === name) return this.changedElsewhere();
      return undefined;
    });
  }

  /** The key as last loaded (never log it). */
  get value(): string | undefined {
    return this.loaded?.key;
  }

  /** Reads the stored key and loads it (at start-up). */
  async load(): Promise<void> {
    await this.accept(await this.secrets.get(this.name));
  }

  /** Stores a key and loads it once, even when it is the key already stored (an explicit re-check). */
  async set(key: string): Promise<void> {
    await this.write(key, () => this.secrets.store(this.name, key));
  }

  /** Deletes the stored key and loads "no key" once. */
  async clear(): Promise<void> {
    await this.write(undefined, () => this.secrets.delete(this.name));
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private async write(key: string | undefined, operation: () => PromiseLike<void>): Promise<void> {
    this.writing = { key };
    try {
      await operation();
    } finally {
      this.writing = undefined;
    }
    // Synchronously after `writing` is cleared: a change event in between sees `loaded` instead.
    await this.accept(key);
  }

  /** The change event: loads the new value unless this window wrote it or already has it. */
  private async changedElsewhere(): Promise<void> {
    const key = await this.secrets.get(this.name);
    if (this.writing && this.writing.key === key) return;
    if (this.loaded && this.loaded.key === key) return;
    await this.accept(key);
  }

  private accept(key: string | undefined): Promise<void> {
    this.loaded = { key };
    return this.onLoad(key);
  }
}
