import { describe, expect, it } from 'vitest';
import { Store, type TaskRecord } from '../emulator/state';

const task = (id: string, at: number): TaskRecord => ({ id, at, kind: 'order.evaluate', ref: `ord_${id}` });

describe('TaskQueue (the tasks collection is the scheduler heap)', () => {
  it('keeps the earliest task on top (time, then id), removes lazily, and reports every change', () => {
    const store = new Store();
    const changes: [string, boolean][] = [];
    store.listener = (collection, id, record) => changes.push([`${collection}:${id}`, record !== undefined]);
    const tasks = store.tasks;
    for (const [id, at] of [
      ['t05', 50],
      ['t01', 10],
      ['t04', 10],
      ['t02', 30],
      ['t03', 20],
    ] as const)
      tasks.insert(task(id, at));
    expect(tasks.size).toBe(5);
    expect(tasks.peek()?.id).toBe('t01');
    tasks.remove('t03'); // Not the top: skipped once it gets there.
    tasks.remove('t01'); // The top: gone at once.
    expect(tasks.size).toBe(3);
    expect(tasks.get('t03')).toBeUndefined();
    expect(tasks.get('t02')?.at).toBe(30);
    const order: string[] = [];
    const paused = tasks.take()!;
    expect(paused.id).toBe('t04');
    tasks.putBack(paused); // Taken and put back: still stored, nothing reported.
    for (let top = tasks.peek(); top; top = tasks.peek()) {
      order.push(top.id);
      tasks.remove(top.id);
    }
    expect(order).toEqual(['t04', 't02', 't05']);
    expect(changes).toEqual([
      ['tasks:t05', true],
      ['tasks:t01', true],
      ['tasks:t04', true],
      ['tasks:t02', true],
      ['tasks:t03', true],
      ['tasks:t03', false],
      ['tasks:t01', false],
      ['tasks:t04', false],
      ['tasks:t02', false],
      ['tasks:t05', false],
    ]);
  });

  it('compacts after removing everything (reset) and restores without reporting', () => {
    const store = new Store();
    const tasks = store.tasks;
    for (let i = 0; i < 50; i++) tasks.insert(task(`t${String(i).padStart(3, '0')}`, 1000 - i));
    for (const queued of [...tasks.values()]) tasks.remove(queued.id);
    tasks.compact();
    expect(tasks.size).toBe(0);
    expect([...tasks.values()]).toEqual([]);
    let reported = 0;
    store.listener = () => reported++;
    tasks.restore(task('t900', 5));
    tasks.restore(task('t100', 5));
    expect(reported).toBe(0);
    expect([...tasks.newestFirst()].map((t) => t.id)).toEqual(['t900', 't100']);
    expect(tasks.peek()?.id).toBe('t100');
  });
});
