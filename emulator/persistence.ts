/**
 * `--state FILE`: the emulator's state survives restarts and crashes.
 *
 * Layout: `FILE` is a JSON snapshot, `FILE.journal` a write-ahead journal of changed records
 * (one JSON line per flush). Before any response leaves the server, the records it changed are
 * appended to the journal and fsync'ed, so whatever a client saw acknowledged is on disk even
 * after `kill -9`. Snapshots are written to a temporary file, fsync'ed and renamed over `FILE`
 * (atomic), then the journal is truncated; replaying a journal over a newer snapshot is harmless
 * because every change is a whole record (idempotent put/delete). A torn last line is ignored.
 * When the journal can't be written (disk full), changes wait in memory and every response is a
 * 500 until it can (see `saveError`).
 *
 * One emulator per file: `FILE.lock` (FILE's symlinks resolved, so every spelling of one file locks
 * the same lock), created with O_EXCL, names the owner (pid and host name)
 * until it stops. A lock whose pid no longer runs on this host is stale and taken over; a lock
 * from another host is never taken over (its pid can't be checked from here).
 *
 * Nothing is ever overwritten that could not be read: a damaged, foreign or newer state file
 * stops the start with a message saying how to start fresh.
 */
import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  ftruncateSync,
  linkSync,
  openSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { isObject } from '../lint/rules/rule';
import { printable, shorten } from '../lint/text-utils';
import { redactSecrets } from '../lint/urls';
import { isoSeconds, isUsableOffset, isUsableResumeTime, LATEST_MS } from './clock';
import { DomainNameClash, type NameHolder } from './domain-store';
import type { Runtime } from './emulator';
import { clip, SHORT_QUOTE } from './errors';
import { nthId } from './ids';
import { jsonSyntaxError } from './json-body';
import { type LinkProblem, linkProblem } from './record-links';
import { type FieldProblem, isCollectionName, recordProblem } from './record-shapes';
import type { CollectionName } from './state';

/** The largest seed (seeds are 32-bit; see `EMULATOR_OPTION_MAX.seed`). */
const MAX_SEED = 2 ** 32 - 1;
/** Snapshot format version. */
const FORMAT = 1;
/** Journal size that triggers a compaction into a new snapshot (by default). */
const COMPACT_AFTER_BYTES = 8 * 1024 * 1024;

/** What a state file holds. */
export interface LoadedState {
  clockOffsetMs: number;
  /**
   * A frozen clock's emulated time when it was saved (`clock_frozen_now_ms`), so a frozen restart
   * resumes there; undefined when a real clock wrote the file (time then moved on with real time).
   */
  clockFrozenNowMs: number | undefined;
  /** The seed the file was written with; undefined in files of earlier versions, which did not store it. */
  seed: number | undefined;
  /**
   * The ULID of the last id the emulator issued (`last_ulid`): new ids continue after it even when
   * no stored record carries it (a reset dropped them). Undefined in files of earlier versions.
   */
  lastUlid: string | undefined;
  collections: Map<CollectionName, Map<string, object>>;
}

/** A state file the emulator can't use; the message says what is wrong and how to go on. */
export class StateFileError extends Error {
  override readonly name = 'StateFileError';
}

/** One open state file. */
export interface StateFile {
  /**
   * Reads snapshot + journal; undefined when the file does not exist yet. Refuses a file written
   * with another seed than `seed` (page tokens, the partner and new ids derive from it).
   */
  load(seed: number): LoadedState | undefined;
  /** Puts loaded records into a fresh runtime and rebuilds its indexes and queues. */
  restoreInto(rt: Runtime, state: LoadedState): void;
  /** Starts journaling the runtime's changes (writes a fresh snapshot first). */
  attach(rt: Runtime): void;
  /** Why changes are waiting in memory (the journal could not be written); undefined when all are on disk. */
  saveError(): Error | undefined;
  /** Flushes and closes the journal, then releases the lock; throws if the last changes could not be written. */
  close(): void;
}

/**
 * Checks the path, locks the file for this process and opens it (without reading yet).
 * `warn` hears about what the emulator works around: a stale lock, a full disk.
 * `compactAfterBytes`: the journal size that calls for a new snapshot.
 */
export function openStateFile(
  givenPath: string,
  warn: (message: string) => void,
  compactAfterBytes = COMPACT_AFTER_BYTES,
): StateFile {
  // The lock, journal and snapshot rename work on the real file: through a symlink, a second
  // emulator would lock `link.lock` beside the first's `real.lock`, and the rename would replace
  // the link with a file of its own. Messages keep the path as given when no link is involved.
  const realPath = realStatePath(givenPath);
  const path = realPath === resolve(givenPath) ? givenPath : realPath;
  const journalPath = `${path}.journal`;
  checkPath(path, journalPath);
  const unlock = lock(path, warn);
  let journalFd: number | undefined;
  let journalBytes = 0;
  let compactAt = compactAfterBytes;
  let runtime: Runtime | undefined;
  const pending = new Map<string, { collection: CollectionName; id: string; record: object | undefined }>();
  let persistedOffset = Number.NaN;
  let persistedLastUlid: string | undefined;
  let failure: Error | undefined;

  const writeSnapshot = (rt: Runtime) => {
    const collections: Record<string, object[]> = {};
    for (const [name, collection] of Object.entries(rt.store.collections))
      collections[name] = [...collection.persistedValues()];
    const text = JSON.stringify({
      format: FORMAT,
      seed: rt.seed,
      clock_offset_ms: rt.clock.offsetMs,
      clock_frozen_now_ms: rt.clock.frozenNowMs,
      last_ulid: rt.ids.lastUlid(),
      collections,
    });
    const temporary = `${path}.tmp`;
    try {
      const fd = openSync(temporary, 'w');
      try {
        writeAll(fd, Buffer.from(text), 0);
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
      renameSync(temporary, path);
    } catch (error) {
      // A partial copy must never be renamed over the snapshot, nor left behind.
      removeIfThere(temporary);
      throw error;
    }
    syncDirectory(dirname(path));
    persistedOffset = rt.clock.offsetMs;
    persistedLastUlid = rt.ids.lastUlid();
    if (journalFd !== undefined) {
      ftruncateSync(journalFd, 0);
      fsyncSync(journalFd);
      journalBytes = 0;
    }
    compactAt = compactAfterBytes;
  };

  const flush = () => {
    const rt = runtime;
    if (!rt || journalFd === undefined) return;
    const offset = rt.clock.offsetMs;
    const lastUlid = rt.ids.lastUlid();
    if (pending.size === 0 && offset === persistedOffset && lastUlid === persistedLastUlid) return;
    const changes: JournalChange[] = [];
    for (const { collection, id, record } of pending.values())
      changes.push({ c: collection, id, r: record ?? null });
    // One line per flush: a torn write drops all of it, never half of what a request changed.
    // A frozen clock's time moves only with its offset, so it is written along with it.
    // The last id issued goes along when it moved: the records that carry it may be gone.
    const line = {
      changes,
      ...(offset === persistedOffset
        ? {}
        : { clock_offset_ms: offset, clock_frozen_now_ms: rt.clock.frozenNowMs }),
      ...(lastUlid === persistedLastUlid ? {} : { last_ulid: lastUlid }),
    };
    const bytes = Buffer.from(`${JSON.stringify(line)}\n`);
    try {
      // A failed write may have left part of its line behind: cut it off before appending again.
      if (failure) ftruncateSync(journalFd, journalBytes);
      // Positional append (the fd was opened without O_APPEND so truncation works): write, then fsync.
      writeAll(journalFd, bytes, journalBytes);
      fsyncSync(journalFd);
    } catch (error) {
      // The changes stay pending (rewritten whole by the next flush); until then nothing is acknowledged.
      if (!failure) {
        warn(
          `State file ${path}: cannot write ${journalPath} (${messageOf(error)}); answering 500 internal_error until it can be written again.`,
        );
      }
      failure = error as Error;
      return;
    }
    journalBytes += bytes.length;
    pending.clear();
    persistedOffset = offset;
    persistedLastUlid = lastUlid;
    if (failure) {
      failure = undefined;
      warn(`State file ${path}: ${journalPath} can be written again; the changes held meanwhile are saved.`);
    }
    if (journalBytes > compactAt) {
      try {
        writeSnapshot(rt);
      } catch (error) {
        // The journal still holds every change: try again once it has grown as much again.
        compactAt = journalBytes + compactAfterBytes;
        warn(
          `State file ${path}: cannot write a new snapshot (${messageOf(error)}); the journal keeps growing until it can.`,
        );
      }
    }
  };

  return {
    load(seed) {
      const snapshot = readIfThere(path);
      const journal = readIfThere(journalPath);
      // An empty file is a new one (`touch FILE`); an empty journal alone, a first start cut short.
      if (!snapshot) {
        if (!journal) return undefined;
        throw new StateFileError(
          `State file ${path} is missing or empty but its journal ${journalPath} is not. Put ${path} back, or move ${journalPath} away to start fresh.`,
        );
      }
      const state = parseSnapshot(path, snapshot);
      // Before the journal: a file of another seed is refused whatever its journal holds.
      if (state.seed !== undefined && state.seed !== seed) {
        throw new StateFileError(
          `State file ${path} was written with seed ${state.seed}, but this emulator was started with seed ${seed}; page tokens issued before, the partner id and new ids derive from the seed, so mixing them gives mixed results. Restart with seed ${state.seed} (--seed ${state.seed}) to go on with it, or move it and ${journalPath} away to start fresh with seed ${seed}.`,
        );
      }
      if (journal) replayJournal(path, journalPath, journal, state);
      // After the journal: a link may name a record only the journal holds, or one it removed.
      const broken = linkProblem(state.collections);
      if (broken) throw brokenLink(path, journalPath, journal, broken);
      if (!isUsableOffset(state.clockOffsetMs)) {
        throw new StateFileError(
          `State file ${path} holds an unusable clock offset (${String(state.clockOffsetMs)} ms): it must lie between 0 and ${LATEST_MS} ms (the clock never passes ${isoSeconds(LATEST_MS)}). ${startFresh(path)}`,
        );
      }
      const frozenNow = state.clockFrozenNowMs;
      if (frozenNow !== undefined && !isUsableResumeTime(frozenNow, state.clockOffsetMs)) {
        throw new StateFileError(
          `State file ${path} holds an unusable frozen clock time (${String(frozenNow)} ms): it must lie between its clock offset (${String(state.clockOffsetMs)} ms) and ${isoSeconds(LATEST_MS)}. ${startFresh(path)}`,
        );
      }
      return state;
    },

    restoreInto(rt, state) {
      const all = rt.store.collections;
      try {
        for (const [name, records] of state.collections) {
          const collection = all[name];
          if (!collection) {
            throw new StateFileError(
              `State file ${path} holds records of a kind this version does not know ("${name}"). ${startFresh(path)}`,
            );
          }
          for (const record of records.values()) {
            collection.restore(record as { id: string });
            rt.ids.continueAfter((record as { id: string }).id);
          }
        }
        if (state.lastUlid !== undefined) rt.ids.continueAfterUlid(state.lastUlid);
        // An order's new domains take the ids after its own without storing them: the last is issued too.
        for (const order of rt.store.orders.values()) {
          if (order.domain_block)
            rt.ids.continueAfter(nthId(order.id, order.domain_block.names.length, 'dom'));
        }
        rt.store.rebuildIndexes();
        rt.scheduler.rebuild();
        rt.webhooks.rebuild();
      } catch (error) {
        if (error instanceof StateFileError) throw error;
        if (error instanceof DomainNameClash)
          throw nameClash(path, journalPath, readIfThere(journalPath), error);
        throw new StateFileError(
          `State file ${path} holds records this version can't load (${messageOf(error)}). ${startFresh(path)}`,
        );
      }
    },

    attach(rt) {
      try {
        writeSnapshot(rt);
        // The snapshot now holds what the journal held: start the journal empty.
        journalFd = openSync(journalPath, 'w+');
        syncDirectory(dirname(path));
      } catch (error) {
        throw new StateFileError(`Cannot write state file ${path} (${messageOf(error)}).`);
      }
      runtime = rt;
      rt.store.listener = (collection, id, record) => {
        pending.set(`${collection}\u0000${id}`, { collection, id, record });
      };
      rt.afterChange = flush;
    },

    saveError: () => failure,

    close() {
      try {
        flush();
        if (journalFd !== undefined) closeSync(journalFd);
      } finally {
        journalFd = undefined;
        if (runtime) runtime.store.listener = undefined;
        unlock();
      }
      if (failure) {
        throw new StateFileError(
          `Could not save the last changes to ${path} (${messageOf(failure)}); they are lost, but no call acknowledged them (each answered 500).`,
        );
      }
    },
  };
}

/**
 * The absolute path of the file a state path names, symlinks resolved: the file's real path when
 * it exists, a dangling link's target (followed as far as it goes) when it does not, else the new
 * file in its directory's real path. Where that can't be worked out (a missing directory, a link
 * loop), the path reached so far: {@link checkPath} then says what is wrong with it.
 */
function realStatePath(path: string): string {
  let current = resolve(path);
  // As many hops as the kernel follows (Linux: 40) before ELOOP.
  for (let hops = 0; hops < 40; hops++) {
    try {
      return realpathSync(current);
    } catch (error) {
      if (codeOf(error) !== 'ENOENT') return current;
    }
    let target: string;
    try {
      target = readlinkSync(current);
    } catch {
      // Not a link (the file is new): it will be created in its directory's real path.
      try {
        return join(realpathSync(dirname(current)), basename(current));
      } catch {
        return current;
      }
    }
    current = resolve(dirname(current), target);
  }
  return current;
}

/** Says what is wrong with a path before anything is created next to it. */
function checkPath(path: string, journalPath: string): void {
  const directory = resolve(dirname(path));
  const problem = (what: string) => new StateFileError(`State file ${path}: ${what}.`);
  const stat = (file: string) => {
    try {
      return statSync(file, { throwIfNoEntry: false });
    } catch (error) {
      throw problem(`cannot use ${file} (${messageOf(error)})`);
    }
  };
  const parent = stat(directory);
  if (!parent) throw problem(`directory ${directory} does not exist`);
  if (!parent.isDirectory()) throw problem(`${directory} is not a directory`);
  try {
    accessSync(directory, constants.W_OK);
  } catch {
    throw problem(
      `directory ${directory} is not writable (the state, its journal and its lock are written there)`,
    );
  }
  const file = stat(path);
  if (file?.isDirectory()) {
    throw new StateFileError(
      `State file ${path} is a directory; give a file path, e.g. ${join(path, 'emulator-state.json')}.`,
    );
  }
  if (file && !file.isFile()) throw problem(`${path} is not a regular file`);
  const journal = stat(journalPath);
  if (journal && !journal.isFile()) throw problem(`${journalPath} is not a regular file`);
}

/** What a lock file holds: the owner, on one line of JSON. */
interface LockOwner {
  pid: number;
  host: string;
}

/** Takes `FILE.lock` for this process; returns its release. Throws, naming the owner, when it is taken. */
function lock(path: string, warn: (message: string) => void): () => void {
  const lockPath = `${path}.lock`;
  const mine = `${JSON.stringify({ pid: process.pid, host: hostname() } satisfies LockOwner)}\n`;
  let staleOwner: LockOwner | undefined;
  // A few rounds: each one either takes the lock, finds it held, or clears a stale one.
  for (let round = 0; round < 4; round++) {
    let fd: number;
    try {
      fd = openSync(lockPath, 'wx');
    } catch (error) {
      if (codeOf(error) !== 'EEXIST') {
        throw new StateFileError(
          `State file ${path}: cannot create its lock ${lockPath} (${messageOf(error)}).`,
        );
      }
      const held = readIfThere(lockPath);
      if (held === undefined) continue; // Released meanwhile.
      const owner = parseOwner(held);
      if (owner === undefined || owner.host !== hostname() || isRunning(owner.pid)) {
        throw inUse(path, lockPath, owner);
      }
      try {
        moveStaleLockAway(lockPath, held);
      } catch (error) {
        throw new StateFileError(
          `State file ${path}: cannot remove the stale lock ${lockPath} of pid ${owner.pid} (${messageOf(error)}).`,
        );
      }
      staleOwner = owner;
      continue;
    }
    try {
      writeAll(fd, Buffer.from(mine), 0);
    } catch (error) {
      closeSync(fd);
      removeIfThere(lockPath);
      throw new StateFileError(
        `State file ${path}: cannot create its lock ${lockPath} (${messageOf(error)}).`,
      );
    }
    closeSync(fd);
    if (staleOwner) {
      warn(
        `State file ${path}: took over ${lockPath} from pid ${staleOwner.pid}, which is no longer running.`,
      );
    }
    const release = () => {
      process.off('exit', release);
      // Only our own lock: never one that another emulator took over after this one was stopped.
      if (readIfThere(lockPath) === mine) removeIfThere(lockPath);
    };
    // In-process users may exit without closing; the lock must not outlive the process then.
    process.on('exit', release);
    return release;
  }
  throw new StateFileError(`State file ${path}: cannot take ${lockPath}; other emulators keep taking it.`);
}

function inUse(path: string, lockPath: string, owner: LockOwner | undefined): StateFileError {
  if (owner === undefined) {
    return new StateFileError(
      `State file ${path} is locked by ${lockPath}, which names no owner (it is being written, or damaged). If no emulator uses ${path}, delete ${lockPath}.`,
    );
  }
  if (owner.host !== hostname()) {
    return new StateFileError(
      `State file ${path} is in use by an emulator on host ${owner.host} (pid ${owner.pid}); stop it first or use another state file. If it no longer runs, delete ${lockPath}.`,
    );
  }
  const self = owner.pid === process.pid ? ', this process' : '';
  return new StateFileError(
    `State file ${path} is in use by another emulator (pid ${owner.pid}${self}); stop it first or use another state file. If no emulator runs as pid ${owner.pid}, delete ${lockPath}.`,
  );
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const owner: unknown = JSON.parse(text);
    if (!isObject(owner)) return undefined;
    const { pid, host } = owner;
    return typeof pid === 'number' && Number.isSafeInteger(pid) && pid > 0 && typeof host === 'string'
      ? { pid, host }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether a process runs under `pid` on this machine (EPERM: it does, as another user). A zombie —
 * killed, not yet reaped, as under a container's PID 1 that reaps late — does not: signal 0 still
 * reaches it, but it will never write the file again.
 */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return codeOf(error) === 'EPERM';
  }
  return !isZombie(pid);
}

/** True when Linux's /proc says `pid` has exited and waits to be reaped (state Z); false elsewhere. */
function isZombie(pid: number): boolean {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return false;
  }
  // `pid (comm) S …`: the command may hold spaces and parentheses, the state follows the last `)`.
  return stat.charAt(stat.lastIndexOf(')') + 2) === 'Z';
}

/**
 * Removes a stale lock. Renaming is atomic, so of two emulators clearing the same stale lock only
 * one moves it; the other may move the first one's fresh lock instead — seen by its content, and
 * put back (`link` fails rather than replace a lock a third one took meanwhile).
 */
function moveStaleLockAway(lockPath: string, stale: string): void {
  const aside = `${lockPath}.${process.pid}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return;
    throw error;
  }
  try {
    if (readFileSync(aside, 'utf8') !== stale) linkSync(aside, lockPath);
  } finally {
    removeIfThere(aside);
  }
}

/** The snapshot's records and clock, checked for shape (the journal is replayed over them). */
function parseSnapshot(path: string, text: string): LoadedState {
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(text);
  } catch (error) {
    throw new StateFileError(
      jsonSyntaxError(text)?.cutShort
        ? `State file ${path} is cut short: its JSON ends unfinished after ${Buffer.byteLength(text)} bytes. ${startFresh(path)}`
        : `State file ${path} is not valid JSON (${messageOf(error)}). ${startFresh(path)}`,
    );
  }
  const notState = (why: string) =>
    new StateFileError(`State file ${path} is not an emulator state file (${why}). ${startFresh(path)}`);
  if (!isObject(snapshot)) {
    const found = Array.isArray(snapshot) ? 'an array' : snapshot === null ? 'null' : `a ${typeof snapshot}`;
    throw notState(`it holds ${found}, not an object`);
  }
  const format = snapshot.format;
  if (format === undefined) throw notState('it has no "format"');
  if (typeof format === 'number' && Number.isSafeInteger(format) && format > FORMAT) {
    throw new StateFileError(
      `State file ${path} was written by a newer Peeker DevKit (state format ${format}; this version reads format ${FORMAT}). Upgrade to use it, or move it and ${path}.journal away to start fresh.`,
    );
  }
  if (format !== FORMAT) {
    throw new StateFileError(
      `State file ${path} has an unknown state format (${JSON.stringify(format)}; this version reads format ${FORMAT}). ${startFresh(path)}`,
    );
  }
  const damaged = (what: string) =>
    new StateFileError(`State file ${path} is damaged: ${what}. ${startFresh(path)}`);
  // Records nested this deep were not written by the emulator, and writing them back (the
  // startup snapshot) would overflow the stack with no word of which file is at fault.
  if (nestsDeeperThan(text, MAX_NESTING)) {
    throw damaged(`its JSON nests deeper than ${MAX_NESTING} levels, far more than the emulator's records`);
  }
  const clockOffsetMs = snapshot.clock_offset_ms;
  if (typeof clockOffsetMs !== 'number' || !Number.isFinite(clockOffsetMs)) {
    throw damaged('"clock_offset_ms" is not a number');
  }
  const clockFrozenNowMs = snapshot.clock_frozen_now_ms;
  if (
    clockFrozenNowMs !== undefined &&
    (typeof clockFrozenNowMs !== 'number' || !Number.isFinite(clockFrozenNowMs))
  ) {
    throw damaged('"clock_frozen_now_ms" is not a number');
  }
  const seed = snapshot.seed;
  if (
    seed !== undefined &&
    !(Number.isSafeInteger(seed) && (seed as number) >= 0 && (seed as number) <= MAX_SEED)
  ) {
    throw damaged(`"seed" is not a whole number from 0 to ${MAX_SEED}`);
  }
  const lastUlid = snapshot.last_ulid;
  if (lastUlid !== undefined && !isUlid(lastUlid)) throw damaged('"last_ulid" is not a ULID');
  if (!isObject(snapshot.collections)) throw damaged('"collections" is not an object');
  const collections = new Map<CollectionName, Map<string, object>>();
  for (const [name, records] of Object.entries(snapshot.collections)) {
    if (!Array.isArray(records)) throw damaged(`"collections.${name}" is not an array`);
    if (!isCollectionName(name)) throw unknownKind(path, name);
    const byId = new Map<string, object>();
    records.forEach((record: unknown, index) => {
      if (!isObject(record) || typeof record.id !== 'string') {
        throw damaged(`"collections.${name}[${index}]" is not a record with an "id"`);
      }
      const problem = recordProblem(name, record);
      if (problem) throw unusableRecord(path, path, name, record.id, problem);
      // A second record of one id would silently replace the first.
      if (byId.has(record.id)) throw duplicateRecord(path, name, records, record.id, index);
      byId.set(record.id, record);
    });
    collections.set(name, byId);
  }
  return {
    clockOffsetMs,
    clockFrozenNowMs,
    seed: seed as number | undefined,
    lastUlid: lastUlid as string | undefined,
    collections,
  };
}

/**
 * Applies the journal's changes in order. Only the text after the last newline may be torn: a
 * write cut short by a crash, never acknowledged (its fsync never returned). A bad line before
 * it means damage, and the changes after it would be lost: refuse rather than drop them.
 */
function replayJournal(path: string, journalPath: string, text: string, state: LoadedState): void {
  const lines = text.split('\n');
  lines.pop();
  lines.forEach((line, index) => {
    const entry = parseEntry(line);
    if (entry === undefined) {
      throw new StateFileError(
        `State journal ${journalPath} is damaged at line ${index + 1}; the changes from there on can't be read. Cut the journal before that line to keep the earlier changes, or move ${path} and ${journalPath} away to start fresh.`,
      );
    }
    for (const { c, id, r } of entry.changes) {
      // A journal line is held to the same checks as the snapshot: its records are restored alike.
      if (!isCollectionName(c)) throw unknownKind(path, c, `${journalPath} line ${index + 1}`);
      const problem = r === null ? undefined : recordProblem(c, r);
      if (problem) throw unusableRecord(path, `${journalPath} line ${index + 1}`, c, id, problem);
      let records = state.collections.get(c);
      if (!records) {
        records = new Map();
        state.collections.set(c, records);
      }
      if (r === null) records.delete(id);
      else records.set(id, r);
    }
    if (entry.lastUlid !== undefined) state.lastUlid = entry.lastUlid;
    if (entry.clockOffsetMs !== undefined) {
      state.clockOffsetMs = entry.clockOffsetMs;
      // A line from a real clock carries no frozen time: the offset alone says where time is.
      state.clockFrozenNowMs = entry.clockFrozenNowMs;
    }
  });
}

/** A record put (`r` the record) or removed (`r` null). */
interface JournalChange {
  c: CollectionName;
  id: string;
  r: object | null;
}

/**
 * One journal line: what one flush changed, `{"changes": […], "clock_offset_ms"?,
 * "clock_frozen_now_ms"?, "last_ulid"?}` (the frozen time only with the offset, and only from a
 * frozen clock; the last id issued when it moved).
 * Journals of earlier versions (still read after they stopped) hold one change, or the clock
 * offset, a line.
 */
function parseEntry(line: string):
  | {
      changes: JournalChange[];
      clockOffsetMs: number | undefined;
      clockFrozenNowMs: number | undefined;
      lastUlid: string | undefined;
    }
  | undefined {
  let entry: unknown;
  try {
    entry = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (nestsDeeperThan(line, MAX_NESTING)) return undefined;
  if (!isObject(entry)) return undefined;
  const clock = entry.clock_offset_ms;
  if (clock !== undefined && (typeof clock !== 'number' || !Number.isFinite(clock))) return undefined;
  const frozenNow = entry.clock_frozen_now_ms;
  if (
    frozenNow !== undefined &&
    (clock === undefined || typeof frozenNow !== 'number' || !Number.isFinite(frozenNow))
  ) {
    return undefined;
  }
  const lastUlid = entry.last_ulid;
  if (lastUlid !== undefined && !isUlid(lastUlid)) return undefined;
  const changes: unknown[] | undefined = Array.isArray(entry.changes)
    ? entry.changes
    : entry.c !== undefined
      ? [entry]
      : clock !== undefined
        ? []
        : undefined;
  if (!changes?.every(isChange)) return undefined;
  return { changes, clockOffsetMs: clock, clockFrozenNowMs: frozenNow, lastUlid };
}

/**
 * A ULID as `IdFactory.lastUlid` writes it: 26 Crockford base-32 characters, the first 0–7 (a
 * ULID's time has 48 bits; 8 and above would be out of its range).
 */
function isUlid(value: unknown): value is string {
  return typeof value === 'string' && /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/.test(value);
}

function isChange(value: unknown): value is JournalChange {
  return (
    isObject(value) &&
    typeof value.c === 'string' &&
    typeof value.id === 'string' &&
    (value.r === null || (isObject(value.r) && value.r.id === value.id))
  );
}

/** Deepest nesting a state file or journal line may have: its records nest a few levels. */
const MAX_NESTING = 100;

/** Whether valid JSON nests objects and arrays more than `limit` deep (read in a loop, no recursion). */
function nestsDeeperThan(json: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < json.length; index++) {
    const code = json.charCodeAt(index);
    if (inString) {
      if (code === 0x5c /* backslash: skip what it escapes */) index++;
      else if (code === 0x22 /* " */) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b /* { */ || code === 0x5b /* [ */) {
      if (++depth > limit) return true;
    } else if (code === 0x7d /* } */ || code === 0x5d /* ] */) {
      depth--;
    }
  }
  return false;
}

/** A record kind this version does not know (`where`: the journal line, when it is there). */
function unknownKind(path: string, name: string, where?: string): StateFileError {
  const inJournal = where === undefined ? '' : ` (${where})`;
  return new StateFileError(
    `State file ${path} holds records of a kind this version does not know (${quoteId(name)})${inJournal}. ${startFresh(path)}`,
  );
}

/**
 * A record with a field the emulator would trip over (or serve as it is): named with its
 * collection, id and field, what it holds and what was due, and where it was read (`where`: the
 * state file or its journal line).
 */
function unusableRecord(
  path: string,
  where: string,
  collection: CollectionName,
  id: string,
  problem: FieldProblem,
): StateFileError {
  const holds =
    problem.value === undefined
      ? `has no ${problem.path}`
      : `has ${problem.path} = ${redactSecrets(clip(JSON.stringify(problem.value), SHORT_QUOTE))}`;
  return new StateFileError(
    `State file ${path} can't be loaded: in ${where}, ${collection} record ${quoteId(id)} ${holds}, expected ${problem.expected}. ${putBack(path)}`,
  );
}

/** What to do about a state file the emulator did not write as it is. */
function putBack(path: string): string {
  return `It was edited by hand or written by another version: put back the file as the emulator wrote it, or move it and ${path}.journal away to start fresh.`;
}

/** Two records of one collection with the same id (the emulator writes each id once). */
function duplicateRecord(
  path: string,
  collection: CollectionName,
  records: unknown[],
  id: string,
  index: number,
): StateFileError {
  const first = records.findIndex((record) => isObject(record) && record.id === id);
  return new StateFileError(
    `State file ${path} can't be loaded: in ${path}, ${collection} record ${quoteId(id)} appears twice ("collections.${collection}[${first}]" and [${index}]); each id names one record. ${putBack(path)}`,
  );
}

/**
 * A link between records that does not hold (see `linkProblem`): named with the record holding
 * it, its field, the id and the collection it should be in, and where the record was last written
 * (the journal line, else the state file).
 */
function brokenLink(
  path: string,
  journalPath: string,
  journal: string | undefined,
  problem: LinkProblem,
): StateFileError {
  const where = lastWritten(journal, problem.collection, problem.recordId);
  const record = `${problem.collection} record ${quoteId(problem.recordId)}`;
  let what: string;
  if (problem.kind === 'block') {
    const order = quoteId(problem.orderId);
    what = `${record} has the id of a domain in orders record ${order}'s domain_block (domain_block.names[${problem.index}] = ${quoteId(problem.name)}): a block's domains take the ids right after their order's, so no other record may have one`;
  } else if (problem.kind === 'shared') {
    const other = `${problem.collection} record ${quoteId(problem.otherId)}`;
    const shared =
      problem.value === undefined
        ? `the same ${problem.field} as ${other}`
        : problem.otherValue === undefined
          ? `${problem.field} = ${quoteId(problem.value)}, as ${other} has`
          : `${problem.field} = ${quoteId(problem.value)} and ${other} has ${quoteId(problem.otherValue)}`;
    const note = problem.note === undefined ? '' : ` (${problem.note})`;
    what = `${record} has ${shared}${note}, and both are active: the emulator finds one by its ${problem.field}, so the other could never be reached`;
  } else {
    const whose = problem.value === problem.id ? 'which' : `whose ${quoteId(problem.id)}`;
    // A journal line that removed the record named points at the change that broke the link.
    const removedAt = lastChanged(journal, problem.target, problem.id, 'removed');
    const removed =
      removedAt === undefined
        ? ''
        : ` (${journalPath} line ${removedAt} removed ${problem.target} record ${quoteId(problem.id)})`;
    what = `${record} has ${problem.path} = ${quoteId(problem.value)}, ${whose} names no ${problem.target} record${removed}`;
  }
  return linkRefusal(path, journalPath, where, what);
}

/**
 * The refusal of records that do not hold together: `what` is wrong, read in the state file or in
 * journal line `where`.
 */
function linkRefusal(
  path: string,
  journalPath: string,
  where: number | undefined,
  what: string,
): StateFileError {
  const at = where === undefined ? path : `${journalPath} line ${where}`;
  return new StateFileError(
    `State file ${path} can't be loaded: in ${at}, ${what}. It was edited by hand, or cut short and repaired: put back the file as the emulator wrote it, or move it and ${journalPath} away to start fresh.`,
  );
}

/** Two domains of one name (see `DomainStore.rebuild`), named by where each holds it. */
function nameClash(
  path: string,
  journalPath: string,
  journal: string | undefined,
  clash: DomainNameClash,
): StateFileError {
  const describe = (holder: NameHolder) =>
    'orderId' in holder
      ? `orders record ${quoteId(holder.orderId)}'s domain_block.names[${holder.index}]`
      : `domains record ${quoteId(holder.domainId)}`;
  const second = clash.second;
  const where =
    'orderId' in second
      ? lastWritten(journal, 'orders', second.orderId)
      : lastWritten(journal, 'domains', second.domainId);
  const what = `${describe(second)} is ${quoteId(clash.domain)}, as ${describe(clash.first)} is: the emulator finds a domain by its name, so the other could never be reached`;
  return linkRefusal(path, journalPath, where, what);
}

/**
 * The line of `journal` that last wrote the record (1-based), or undefined when the state file
 * holds it as written. Read only to word a refusal.
 */
function lastWritten(
  journal: string | undefined,
  collection: CollectionName,
  id: string,
): number | undefined {
  return lastChanged(journal, collection, id, 'written');
}

/** The line of `journal` (1-based) that last wrote or removed the record, or undefined. */
function lastChanged(
  journal: string | undefined,
  collection: CollectionName,
  id: string,
  how: 'written' | 'removed',
): number | undefined {
  if (!journal) return undefined;
  const lines = journal.split('\n');
  lines.pop();
  for (let index = lines.length - 1; index >= 0; index--) {
    const changes = parseEntry(lines[index]!)?.changes ?? [];
    const found = changes.some(
      (change) => change.c === collection && change.id === id && (change.r === null) === (how === 'removed'),
    );
    if (found) return index + 1;
  }
  return undefined;
}

/** An id or a name quoted for a message: clipped, JSON-escaped, any key text in it masked. */
function quoteId(id: string): string {
  // Quoted before its other controls are escaped: escaping first would double the backslashes.
  return printable(JSON.stringify(shorten(id, SHORT_QUOTE)));
}

/** How to start fresh without losing the old state by accident. */
function startFresh(path: string): string {
  return `To start fresh, move it and ${path}.journal away.`;
}

/** writeSync until every byte is out: a write to a full disk comes back short before it fails. */
function writeAll(fd: number, data: Buffer, position: number): void {
  for (let written = 0; written < data.length; ) {
    written += writeSync(fd, data, written, data.length - written, position + written);
  }
}

/** A file's text, or undefined when it does not exist. */
function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return undefined;
    throw new StateFileError(`Cannot read ${file} (${messageOf(error)}).`);
  }
}

function removeIfThere(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone, or not ours to remove: nothing more to clean up.
  }
}

function codeOf(error: unknown): string | undefined {
  return (error as { code?: string } | null)?.code;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
