/**
 * Timed lifecycle steps on the emulated clock. Tasks are stored records (so they survive a
 * restart with `--state`) kept in a min-heap; `runDue` runs every task whose time has come, in
 * time order, and is called before each request, by a real timer, and by clock advances.
 */
import type { Clock } from './clock';
import type { IdFactory } from './ids';
import type { Store, TaskRecord } from './state';

/** Runs one task; may schedule more (they run in the same pass if already due). */
export type TaskHandler = (task: TaskRecord) => void;

interface HeapEntry {
  at: number;
  id: string;
}

/** The emulator's task queue. */
export class Scheduler {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #ids: IdFactory;
  readonly #handlers = new Map<string, TaskHandler>();
  #heap: HeapEntry[] = [];
  /** Blocks the automatic order transitions (the `lifecycle_stuck` fault checks this). */
  paused: (task: TaskRecord) => boolean = () => false;

  constructor(store: Store, clock: Clock, ids: IdFactory) {
    this.#store = store;
    this.#clock = clock;
    this.#ids = ids;
  }

  /** Registers the handler of a task kind. */
  on(kind: string, handler: TaskHandler): void {
    this.#handlers.set(kind, handler);
  }

  /**
   * Schedules `kind` for `ref`, `delaySeconds` of emulated time after `fromMs` (default now).
   * Chained steps pass their own due time as `fromMs`, so one long clock advance runs a whole
   * flow with the same timings as many short ones.
   */
  schedule(kind: string, ref: string, delaySeconds: number, fromMs = this.#clock.now()): TaskRecord {
    const task: TaskRecord = { id: this.#ids.next('tsk'), at: fromMs + delaySeconds * 1000, kind, ref };
    this.#store.tasks.insert(task);
    this.#push({ at: task.at, id: task.id });
    return task;
  }

  /** Emulated ms of the next task, or undefined. */
  nextAt(): number | undefined {
    return this.#heap[0]?.at;
  }

  /** Runs every due task; returns how many ran. */
  runDue(): number {
    let ran = 0;
    const deferred: HeapEntry[] = [];
    for (;;) {
      const top = this.#heap[0];
      if (!top || top.at > this.#clock.now()) break;
      this.#pop();
      const task = this.#store.tasks.get(top.id);
      if (!task) continue;
      if (this.paused(task)) {
        deferred.push(top);
        continue;
      }
      this.#store.tasks.remove(task.id);
      this.#handlers.get(task.kind)?.(task);
      ran++;
    }
    // Paused tasks stay stored and queued; they run once the pause lifts and the clock moves.
    for (const entry of deferred) this.#push(entry);
    return ran;
  }

  /** Rebuilds the heap from the stored tasks (after a restore or reset). */
  rebuild(): void {
    this.#heap = [];
    for (const task of this.#store.tasks.values()) this.#push({ at: task.at, id: task.id });
  }

  #push(entry: HeapEntry): void {
    const heap = this.#heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  #pop(): void {
    const heap = this.#heap;
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && before(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && before(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) break;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  }
}

// Time order, then creation order (ids are monotonic), so equal times run as scheduled.
function before(a: HeapEntry, b: HeapEntry): boolean {
  return a.at < b.at || (a.at === b.at && a.id < b.id);
}
