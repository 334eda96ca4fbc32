/**
 * Timed lifecycle steps on the emulated clock. Tasks are stored records (so they survive a
 * restart with `--state`) in a min-heap (`TaskQueue`); `runDue` runs every task whose time has
 * come, in time order, and is called before each request, by a real timer, and by clock advances.
 */
import type { Clock } from './clock';
import type { Store, TaskRecord } from './state';

/** Runs one task; may schedule more (they run in the same pass if already due). */
export type TaskHandler = (task: TaskRecord) => void;

/** Task ids: `t` + a fixed-width base-36 sequence number, short and ordered (the queue's tie-break). */
const ID_WIDTH = 10;

/** The emulator's task runner (the queue itself is the stored `tasks` collection, see `TaskQueue`). */
export class Scheduler {
  readonly #store: Store;
  readonly #clock: Clock;
  readonly #handlers = new Map<string, TaskHandler>();
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

  /** The task kinds with a handler (what a stored task's `kind` may name). */
  kinds(): string[] {
    return [...this.#handlers.keys()];
  }

  /**
   * Schedules `kind` for `ref`, `delaySeconds` of emulated time after `fromMs` (default now).
   * Chained steps pass their own due time as `fromMs`, so one long clock advance runs a whole
   * flow with the same timings as many short ones.
   */
  schedule(kind: string, ref: string, delaySeconds: number, fromMs = this.#clock.now()): TaskRecord {
    const id = `t${(this.#sequence++).toString(36).padStart(ID_WIDTH, '0')}`;
    const task: TaskRecord = { id, at: fromMs + delaySeconds * 1000, kind, ref };
    return this.#store.tasks.insert(task);
  }

  /**
   * Emulated ms of the next task that may run, or undefined. Paused tasks are not counted: they
   * stay due without running, and a clock advance that stopped at one could not walk past it —
   * it would jump to its end and run every later step (imports, swaps…) late.
   */
  nextAt(): number | undefined {
    const tasks = this.#store.tasks;
    let task = tasks.peek();
    if (task === undefined || !this.paused(task)) return task?.at;
    const held: TaskRecord[] = [];
    while (task !== undefined && this.paused(task)) {
      held.push(tasks.take()!);
      task = tasks.peek();
    }
    for (const paused of held) tasks.putBack(paused);
    return task?.at;
  }

  /** Runs every due task; returns how many ran. */
  runDue(): number {
    const tasks = this.#store.tasks;
    let ran = 0;
    const deferred: TaskRecord[] = [];
    for (;;) {
      const task = tasks.peek();
      if (task === undefined || task.at > this.#clock.now()) break;
      if (this.paused(task)) {
        deferred.push(tasks.take()!);
        continue;
      }
      tasks.remove(task.id);
      this.#handlers.get(task.kind)?.(task);
      ran++;
    }
    // Paused tasks stay stored and queued; they run once the pause lifts and the clock moves.
    for (const task of deferred) tasks.putBack(task);
    return ran;
  }

  /** Tidies the queue and continues the id sequence from the stored tasks (after a restore or reset). */
  rebuild(): void {
    this.#store.tasks.compact();
    for (const task of this.#store.tasks.values()) {
      const sequence = Number.parseInt(task.id.slice(1), 36);
      if (Number.isSafeInteger(sequence) && sequence >= this.#sequence) this.#sequence = sequence + 1;
    }
  }
}
