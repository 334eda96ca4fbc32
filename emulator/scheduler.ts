/**
 * Timed lifecycle steps on the emulated clock. Tasks are stored records (so they survive a
 * restart with `--state`) kept in a min-heap; `runDue` runs every task whose time has come, in
 * time order, and is called before each request, by a real timer, and by clock advances.
 */
import type { Clock } from './clock';
import type { Store, TaskRecord } from './state';

/** Runs one task; may schedule more (they run in the same pass if already due). */
export type TaskHandler = (task: TaskRecord) => void;

/** Task ids: `t` + a fixed-width base-36 sequence number, short and ordered (the heap's tie-break). */
const ID_WIDTH = 10;

/** The emulator's task queue. */
export class Scheduler {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #handlers = new Map<string, TaskHandler>();
  /** Ids of stored tasks, a binary min-heap on (at, id). One string per task: it stays small with 100k queued. */
  #heap: string[] = [];
  #sequence = 0;
  /** Blocks the automatic order transitions (the `lifecycle_stuck` fault checks this). */
  paused: (task: TaskRecord) => boolean = () => false;

  constructor(store: Store, clock: Clock) {
    this.#store = store;
    this.#clock = clock;
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
    const id = `t${(this.#sequence++).toString(36).padStart(ID_WIDTH, '0')}`;
    const task: TaskRecord = { id, at: fromMs + delaySeconds * 1000, kind, ref };
    this.#store.tasks.insert(task);
    this.#push(id);
    return task;
  }

  /** Emulated ms of the next task, or undefined. */
  nextAt(): number | undefined {
    const top = this.#heap[0];
    return top === undefined ? undefined : this.#at(top);
  }

  /** Runs every due task; returns how many ran. */
  runDue(): number {
    let ran = 0;
    const deferred: string[] = [];
    for (;;) {
      const top = this.#heap[0];
      if (top === undefined || this.#at(top) > this.#clock.now()) break;
      this.#pop();
      const task = this.#store.tasks.get(top);
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
    for (const task of this.#store.tasks.values()) {
      this.#push(task.id);
      const sequence = Number.parseInt(task.id.slice(1), 36);
      if (Number.isSafeInteger(sequence) && sequence >= this.#sequence) this.#sequence = sequence + 1;
    }
  }

  /** Due time of a queued task (removed tasks sort first and are skipped when popped). */
  #at(id: string): number {
    return this.#store.tasks.get(id)?.at ?? Number.NEGATIVE_INFINITY;
  }

  // Time order, then creation order (ids are ordered), so equal times run as scheduled.
  #before(a: string, b: string): boolean {
    const atA = this.#at(a);
    const atB = this.#at(b);
    return atA < atB || (atA === atB && a < b);
  }

  #push(entry: string): void {
    const heap = this.#heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#before(heap[i]!, heap[parent]!)) break;
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
      if (left < heap.length && this.#before(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && this.#before(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) break;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  }
}
