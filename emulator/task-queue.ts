/**
 * The tasks collection is the scheduler's queue itself: one binary min-heap of task records on
 * (due time, id), with no id map or sorted id list beside it. Every order queues a task, so an
 * emulator holding 100k orders holds 100k tasks; the scheduler only ever needs the earliest one,
 * and the state file only needs them all.
 */
import { Collection, idsExcept } from './collection';
import type { Store, TaskRecord } from './state';

/** Stored tasks, earliest first at the top. */
export class TaskQueue extends Collection<TaskRecord> {
  readonly #store: Store;
  #heap: TaskRecord[] = [];
  /** Ids removed while still inside the heap (skipped when they reach the top). */
  readonly #removed = new Set<string>();

  constructor(store: Store) {
    super('tasks', store);
    this.#store = store;
  }

  /** How many tasks are queued. */
  override get size(): number {
    return this.#heap.length - this.#removed.size;
  }

  /** The queued task with this id (a scan: the scheduler never looks tasks up by id). */
  override get(id: string): TaskRecord | undefined {
    if (this.#removed.has(id)) return undefined;
    return this.#heap.find((task) => task.id === id);
  }

  /** Queues a new task. */
  override insert(task: TaskRecord): TaskRecord {
    this.#push(task);
    this.#store.changed('tasks', task.id, task);
    return task;
  }

  /** Reports that a queued task changed (tasks never change; kept for the collection contract). */
  override save(task: TaskRecord): void {
    this.#store.changed('tasks', task.id, task);
  }

  /** Removes a queued task: the top one at once, any other when it reaches the top (or on {@link compact}). */
  override remove(id: string): void {
    if (this.peek()?.id === id) this.#pop();
    else this.#removed.add(id);
    this.#store.changed('tasks', id, undefined);
  }

  /** Drops every removed task still inside the heap (after a reset). */
  compact(): void {
    if (this.#removed.size === 0) return;
    this.#heap = this.#heap.filter((task) => !this.#removed.has(task.id));
    this.#removed.clear();
    this.#heapify();
  }

  /** The earliest task, or undefined. */
  peek(): TaskRecord | undefined {
    this.#dropRemoved();
    return this.#heap[0];
  }

  /** Takes the earliest task out of the queue without reporting a change (it stays stored). */
  take(): TaskRecord | undefined {
    const top = this.peek();
    if (top) this.#pop();
    return top;
  }

  /** Puts back a task {@link take} took (still stored: no change reported). */
  putBack(task: TaskRecord): void {
    this.#push(task);
  }

  /** Every queued task, in heap order (the state file does not care about order). */
  override *values(): Generator<TaskRecord> {
    for (const task of [...this.#heap]) if (!this.#removed.has(task.id)) yield task;
  }

  /** Every queued task, latest id first. */
  override *newestFirst(cursor?: string, inclusive = false): Generator<TaskRecord> {
    const tasks = [...this.values()].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    for (const task of tasks) {
      if (cursor === undefined || task.id < cursor || (inclusive && task.id === cursor)) yield task;
    }
  }

  /** Drops every task but those with the ids in `keep` (see {@link Collection.clear}). */
  override clear(keep: readonly string[] = []): void {
    this.#store.cleared('tasks', idsExcept(this.values(), keep));
    const kept = keep.length === 0 ? [] : [...this.values()].filter((task) => keep.includes(task.id));
    this.#heap = [];
    this.#removed.clear();
    for (const task of kept) this.#push(task);
  }

  /** Loads a task during restore, without reporting a change (a state file holds each id once). */
  override restore(task: TaskRecord): void {
    this.#push(task);
  }

  /** Forgets a task during restore, without reporting a change. */
  override forget(id: string): void {
    const at = this.#heap.findIndex((task) => task.id === id);
    if (at < 0) return;
    this.#heap.splice(at, 1);
    this.#heapify();
  }

  #dropRemoved(): void {
    while (this.#heap.length > 0 && this.#removed.delete(this.#heap[0]!.id)) this.#pop();
  }

  #heapify(): void {
    const tasks = this.#heap;
    this.#heap = [];
    for (const task of tasks) this.#push(task);
  }

  // Time order, then creation order (ids are ordered), so equal times run as scheduled.
  #push(task: TaskRecord): void {
    const heap = this.#heap;
    heap.push(task);
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

function before(a: TaskRecord, b: TaskRecord): boolean {
  return a.at < b.at || (a.at === b.at && a.id < b.id);
}
