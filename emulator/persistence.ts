/**
 * `--state FILE`: the emulator's state survives restarts and crashes.
 *
 * Layout: `FILE` is a JSON snapshot, `FILE.journal` a write-ahead journal of changed records
 * (one JSON line each). Before any response leaves the server, the records it changed are
 * appended to the journal and fsync'ed, so whatever a client saw acknowledged is on disk even
 * after `kill -9`. Snapshots are written to a temporary file, fsync'ed and renamed over `FILE`
 * (atomic), then the journal is truncated; replaying a journal over a newer snapshot is harmless
 * because every line is a whole record (idempotent put/delete). A torn last line is ignored.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import type { Runtime } from './emulator';
import type { CollectionName } from './state';

/** Snapshot format version. */
const FORMAT = 1;
/** Journal size that triggers a compaction into a new snapshot. */
const COMPACT_AFTER_BYTES = 8 * 1024 * 1024;

/** What a state file holds. */
export interface LoadedState {
  clockOffsetMs: number;
  collections: Map<CollectionName, Map<string, object>>;
}

/** One open state file. */
export interface StateFile {
  /** Reads snapshot + journal; undefined when the file does not exist yet. */
  load(): LoadedState | undefined;
  /** Puts loaded records into a fresh runtime and rebuilds its indexes and queues. */
  restoreInto(rt: Runtime, state: LoadedState): void;
  /** Starts journaling the runtime's changes (writes a fresh snapshot first). */
  attach(rt: Runtime): void;
  /** Flushes and closes the journal. */
  close(): void;
}

/** Opens (without reading yet) the state file at `path`. */
export function openStateFile(path: string): StateFile {
  const journalPath = `${path}.journal`;
  let journalFd: number | undefined;
  let journalBytes = 0;
  let runtime: Runtime | undefined;
  const pending = new Map<string, { collection: CollectionName; id: string; record: object | undefined }>();
  let persistedOffset = Number.NaN;

  const writeSnapshot = (rt: Runtime) => {
    const collections: Record<string, object[]> = {};
    for (const [name, collection] of Object.entries(rt.store.collections))
      collections[name] = [...collection.persistedValues()];
    const text = JSON.stringify({ format: FORMAT, clock_offset_ms: rt.clock.offsetMs, collections });
    const temporary = `${path}.tmp`;
    const fd = openSync(temporary, 'w');
    try {
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
    syncDirectory(dirname(path));
    persistedOffset = rt.clock.offsetMs;
    if (journalFd !== undefined) {
      ftruncateSync(journalFd, 0);
      fsyncSync(journalFd);
      journalBytes = 0;
    }
  };

  const flush = () => {
    const rt = runtime;
    if (!rt || journalFd === undefined) return;
    if (pending.size === 0 && rt.clock.offsetMs === persistedOffset) return;
    let lines = '';
    for (const { collection, id, record } of pending.values()) {
      lines += `${JSON.stringify({ c: collection, id, r: record ?? null })}\n`;
    }
    pending.clear();
    if (rt.clock.offsetMs !== persistedOffset) {
      lines += `${JSON.stringify({ clock_offset_ms: rt.clock.offsetMs })}\n`;
      persistedOffset = rt.clock.offsetMs;
    }
    // Positional append (the fd was opened without O_APPEND so truncation works): write, then fsync.
    journalBytes += writeSync(journalFd, lines, journalBytes);
    fsyncSync(journalFd);
    if (journalBytes > COMPACT_AFTER_BYTES) writeSnapshot(rt);
  };

  return {
    load() {
      if (!existsSync(path) && !existsSync(journalPath)) return undefined;
      const collections = new Map<CollectionName, Map<string, object>>();
      let clockOffsetMs = 0;
      if (existsSync(path)) {
        let snapshot: {
          format?: number;
          clock_offset_ms?: number;
          collections?: Record<string, { id: string }[]>;
        };
        try {
          snapshot = JSON.parse(readFileSync(path, 'utf8'));
        } catch (error) {
          throw new Error(
            `State file ${path} is not valid JSON (${(error as Error).message}). Move it away to start fresh.`,
          );
        }
        if (snapshot.format !== FORMAT)
          throw new Error(`State file ${path} has an unknown format; move it away to start fresh.`);
        clockOffsetMs = snapshot.clock_offset_ms ?? 0;
        for (const [name, records] of Object.entries(snapshot.collections ?? {})) {
          collections.set(name as CollectionName, new Map(records.map((record) => [record.id, record])));
        }
      }
      if (existsSync(journalPath)) {
        for (const line of readFileSync(journalPath, 'utf8').split('\n')) {
          if (line === '') continue;
          let entry: { c?: CollectionName; id?: string; r?: object | null; clock_offset_ms?: number };
          try {
            entry = JSON.parse(line);
          } catch {
            break; // A torn write at the tail: nothing after it was ever acknowledged.
          }
          if (typeof entry.clock_offset_ms === 'number') clockOffsetMs = entry.clock_offset_ms;
          if (entry.c === undefined || entry.id === undefined) continue;
          let records = collections.get(entry.c);
          if (!records) {
            records = new Map();
            collections.set(entry.c, records);
          }
          if (entry.r === null || entry.r === undefined) records.delete(entry.id);
          else records.set(entry.id, entry.r);
        }
      }
      return { clockOffsetMs, collections };
    },

    restoreInto(rt, state) {
      const all = rt.store.collections;
      for (const [name, records] of state.collections) {
        const collection = all[name];
        if (!collection) continue;
        for (const record of records.values()) collection.restore(record as { id: string });
      }
      rt.store.rebuildIndexes();
      rt.scheduler.rebuild();
      rt.webhooks.rebuild();
    },

    attach(rt) {
      runtime = rt;
      journalFd = openSync(journalPath, existsSync(journalPath) ? 'r+' : 'w+');
      writeSnapshot(rt);
      rt.store.listener = (collection, id, record) => {
        pending.set(`${collection}\u0000${id}`, { collection, id, record });
      };
      rt.afterChange = flush;
    },

    close() {
      flush();
      if (journalFd !== undefined) closeSync(journalFd);
      journalFd = undefined;
      if (runtime) runtime.store.listener = undefined;
    },
  };
}

/** fsync a directory so a rename in it is durable (a no-op where directories can't be opened). */
function syncDirectory(directory: string): void {
  try {
    const fd = openSync(directory, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms (Windows) do not allow opening directories; the rename is still atomic.
  }
}
