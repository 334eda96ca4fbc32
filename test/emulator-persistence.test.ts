import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type EmulatorOptions, type RunningEmulator, startEmulator } from '../emulator';
import { EmulatorClient } from '../emulator/client';
import {
  SAMPLE_SEQUENCER,
  sampleBundleOrderBody,
  sampleDomains,
  sampleOrderBody,
} from '../emulator/fixtures';
import { idOffset, nthId } from '../emulator/ids';
import { PRICES } from '../emulator/magic';
import { openStateFile } from '../emulator/persistence';
import { TASK_TARGETS } from '../emulator/record-links';
import { seededRuntime } from './helpers/runtime';

/**
 * A disk that fills up: `room` bytes are left for writes (a write that does not fit comes back
 * short, the next one fails with ENOSPC, as on a real full disk); opening a file or checking access
 * to a path whose name ends in `denied` fails with EACCES (as for a user without the permission —
 * root has every permission, so chmod alone cannot show it).
 */
const disk = vi.hoisted(() => ({ room: Number.POSITIVE_INFINITY, denied: '' }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const failure = (code: string, message: string) =>
    Object.assign(new Error(`${code}: ${message}`), { code });
  return {
    ...fs,
    accessSync: (...args: Parameters<typeof fs.accessSync>) => {
      if (disk.denied !== '' && String(args[0]).endsWith(disk.denied)) {
        throw failure('EACCES', `permission denied, access '${String(args[0])}'`);
      }
      return fs.accessSync(...args);
    },
    openSync: (...args: Parameters<typeof fs.openSync>) => {
      if (disk.denied !== '' && String(args[0]).endsWith(disk.denied)) {
        throw failure('EACCES', `permission denied, open '${String(args[0])}'`);
      }
      return fs.openSync(...args);
    },
    writeSync: (fd: number, data: string | Uint8Array, ...rest: (number | null | undefined)[]) => {
      const text = typeof data === 'string';
      const bytes = text ? Buffer.from(data) : data;
      const offset = text ? 0 : (rest[0] ?? 0);
      const length = text ? bytes.length : (rest[1] ?? bytes.length - offset);
      const position = text ? rest[0] : rest[2];
      if (disk.room <= 0) throw failure('ENOSPC', 'no space left on device, write');
      const count = Math.min(length, disk.room);
      disk.room -= count;
      return fs.writeSync(fd, bytes, offset, count, position);
    },
  };
});

const ROOT = resolve(__dirname, '..');
const directories: string[] = [];
const running: RunningEmulator[] = [];
const children: ChildProcess[] = [];
/** What the emulators of a test warned about. */
let warnings: string[] = [];

beforeEach(() => {
  warnings = [];
});

afterEach(async () => {
  disk.room = Number.POSITIVE_INFINITY;
  disk.denied = '';
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const emulator of running.splice(0)) await emulator.close();
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

function statePath(): string {
  const directory = mkdtempSync(join(tmpdir(), 'peeker-emulator-state-'));
  directories.push(directory);
  return join(directory, 'state.json');
}

async function start(path: string, clock: EmulatorOptions['clock'] = 'real') {
  const emulator = await startEmulator({
    port: 0,
    statePath: path,
    rateLimitPerMinute: 0,
    clock,
    onWarning: (message) => warnings.push(message),
  });
  running.push(emulator);
  return { emulator, client: new EmulatorClient(emulator) };
}

/** How `startEmulator` refused to start (`Name: message`), or 'started'. */
async function refusal(options: EmulatorOptions): Promise<string> {
  try {
    running.push(
      await startEmulator({ port: 0, onWarning: (message) => warnings.push(message), ...options }),
    );
    return 'started';
  } catch (error) {
    return String(error);
  }
}

/** The files in a directory, sorted. */
function filesIn(directory: string): string[] {
  return readdirSync(directory).sort();
}

/** A pid that no process has (any more): one of a process that just ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '']).pid!;
}

/** A saved state file as JSON, for a test to edit (records are loosely typed: tests break them). */
// biome-ignore lint/suspicious/noExplicitAny: a test reaches into records to put wrong values in.
type SavedState = { collections: Record<string, any> };

/** The state file with its journal folded in (the journal removed), so a test edits one file. */
function foldedState(path: string): SavedState {
  const snapshot: SavedState = JSON.parse(readFileSync(path, 'utf8'));
  for (const line of readFileSync(`${path}.journal`, 'utf8').split('\n').filter(Boolean)) {
    for (const { c, id, r } of JSON.parse(line).changes) {
      snapshot.collections[c] ??= [];
      const records: { id: string }[] = snapshot.collections[c];
      const at = records.findIndex((record) => record.id === id);
      if (r === null) records.splice(at, 1);
      else if (at >= 0) records.splice(at, 1, r);
      else records.push(r);
    }
  }
  rmSync(`${path}.journal`);
  writeFileSync(path, JSON.stringify(snapshot));
  return snapshot;
}

describe('--state FILE', () => {
  it('saves a reset, one made after a restart too: only the startup key and the seeded inventory come back', async () => {
    const path = statePath();
    const first = await start(path);
    const key = await first.client.key('read');
    let last = '';
    for (let i = 0; i < 3; i++) {
      const body = sampleOrderBody(sampleDomains(`saved${i}`, 20), { user: `saved${i}@example.com` });
      last = (await first.client.api('POST', '/orders', { body })).body.data.id;
    }
    // A partly cancelled order's domains are stored records; the others live in their orders' blocks.
    await first.client.api('POST', `/orders/${last}/cancel`, { body: { domains: ['saved2-1.com'] } });
    await first.emulator.close();
    running.pop();

    const second = await start(path);
    expect((await second.client.api('GET', '/orders')).body.data).toHaveLength(3);
    expect((await second.client.control('POST', '/reset')).status).toBe(200);
    const user = { email: 'after-reset@example.com', sequencer: { provider: 'smartlead', client_id: 1 } };
    expect((await second.client.api('POST', '/users', { body: user })).status).toBe(201);
    await second.emulator.close();
    running.pop();

    const third = await start(path);
    expect((await third.client.api('GET', '/orders')).body.data).toEqual([]);
    expect((await third.client.api('GET', '/domains?per_page=100')).body.data).toHaveLength(40);
    expect(
      (await third.client.api('GET', '/users')).body.data.map((u: { email: string }) => u.email),
    ).toEqual(['after-reset@example.com']);
    expect((await third.client.api('GET', '/me', { key })).status).toBe(401);
    expect((await third.client.api('GET', '/me')).status).toBe(200);
    expect((await third.client.control('GET', '/keys')).body.data.map((k: { id: string }) => k.id)).toEqual([
      'key_startup',
    ]);
  });

  it('survives a restart: records, created keys, the clock and scheduled transitions', async () => {
    const path = statePath();
    const first = await start(path);
    const key = await first.client.key('read');
    const order = (await first.client.api('POST', '/orders', { body: sampleOrderBody(['persist-a.com']) }))
      .body.data;
    await first.client.advance(3600 * 5);
    const needsNs = (
      await first.client.api('POST', '/orders', {
        body: sampleOrderBody(['persist-needs-ns.com'], { user: 'n@x.io' }),
      })
    ).body.data;
    const clockBefore = Date.parse((await first.client.control('GET', '/clock')).body.data.now);
    await first.emulator.close();
    running.pop();

    const second = await start(path);
    expect(second.emulator.apiKey).toBe(first.emulator.apiKey);
    expect((await second.client.api('GET', '/me', { key })).body.data.api_key.permission_preset).toBe('read');
    expect((await second.client.api('GET', `/orders/${order.id}`)).body.data.status).toBe('completed');
    expect(Date.parse((await second.client.control('GET', '/clock')).body.data.now)).toBeGreaterThanOrEqual(
      clockBefore,
    );
    // The needs-ns order's timers were stored too: it blocks, then auto-resolves and completes.
    await second.client.advance(30);
    expect((await second.client.api('GET', `/orders/${needsNs.id}`)).body.data.status).toBe(
      'action_required',
    );
    await second.client.advance(600);
    expect((await second.client.api('GET', `/orders/${needsNs.id}`)).body.data.status).toBe('completed');
    // Dedupe survives too.
    const replay = await second.client.api('POST', '/orders', {
      body: sampleOrderBody(['persist-needs-ns.com'], { user: 'n@x.io' }),
    });
    expect(replay.body.data.id).toBe(needsNs.id);
    // The snapshot is plain JSON (written to a temp file, then renamed).
    expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe(1);
  });

  it('resumes a frozen clock at the emulated time it stopped at, however long it was down', async () => {
    const path = statePath();
    const clockOf = async (client: EmulatorClient) => (await client.control('GET', '/clock')).body.data;
    const statusOf = async (client: EmulatorClient, id: string) =>
      (await client.api('GET', `/orders/${id}`)).body.data.status;
    const downFor = (ms: number) => new Promise((done) => setTimeout(done, ms));

    const first = await start(path, 'frozen');
    const order = (await first.client.api('POST', '/orders', { body: sampleOrderBody(['frozen-a.com']) }))
      .body.data;
    const stopped = await clockOf(first.client);
    await first.emulator.close();
    running.pop();
    await downFor(1100);

    // No advance yet: the frozen time comes from the snapshot written at the first start.
    const second = await start(path, 'frozen');
    expect(await clockOf(second.client)).toEqual(stopped);
    expect(await statusOf(second.client, order.id)).toBe('in_progress');
    await second.client.advance(10);
    const advanced = await clockOf(second.client);
    expect(Date.parse(advanced.now) - Date.parse(stopped.now)).toBe(10_000);
    await second.emulator.close();
    running.pop();
    await downFor(1100);

    // The advance came from the journal, which carries the frozen time with the offset.
    const third = await start(path, 'frozen');
    expect(await clockOf(third.client)).toEqual(advanced);
    expect(await statusOf(third.client, order.id)).toBe('in_progress');
    await third.client.advance(20);
    expect(await statusOf(third.client, order.id)).toBe('completed');
    const completed = await clockOf(third.client);
    await third.emulator.close();
    running.pop();

    // A real clock on the same file runs from real time + offset: never behind the frozen time.
    const fourth = await start(path);
    const real = await clockOf(fourth.client);
    expect(real.frozen).toBe(false);
    expect(Date.parse(real.now)).toBeGreaterThan(Date.parse(completed.now));
  });

  it('issues new ids after a restart on a frozen clock, later than the ones it restored', async () => {
    const path = statePath();
    const bundle = (name: string) => ({ name, monthly_sending_volume: 1000 });
    const first = await start(path, 'frozen');
    const before = {
      bundle: (await first.client.api('POST', '/bundles', { body: bundle('before') })).body.data.id,
      order: (
        await first.client.api('POST', '/orders', { body: sampleOrderBody(['ids-a.com', 'ids-b.com']) })
      ).body.data.id,
    };
    await first.emulator.close();
    running.pop();

    // The same emulated millisecond and the same seed: ids must go on after the restored ones.
    const second = await start(path, 'frozen');
    const after = {
      bundle: (await second.client.api('POST', '/bundles', { body: bundle('after') })).body.data.id,
      order: (
        await second.client.api('POST', '/orders', {
          body: sampleOrderBody(['ids-c.com'], { user: 'later@example.com' }),
        })
      ).body.data.id,
    };
    expect(after.bundle.slice(4) > before.order.slice(4)).toBe(true);
    expect(after.order.slice(4) > after.bundle.slice(4)).toBe(true);
    // Newest first, each record once: a reissued id had overwritten the record restored under it.
    const listed = async (path: string) =>
      ((await second.client.api('GET', path)).body.data as { id: string; name?: string; domain?: string }[])
        .map((record) => [record.id, record.name ?? record.domain!] as const)
        .filter(([, name]) => !name.includes('.') || name.startsWith('ids-'));
    expect(await listed('/bundles')).toEqual([
      [after.bundle, 'after'],
      [before.bundle, 'before'],
    ]);
    const domains = await listed('/domains?per_page=100');
    expect(domains.map(([, name]) => name)).toEqual(['ids-c.com', 'ids-b.com', 'ids-a.com']);
    expect(new Set(domains.map(([id]) => id)).size).toBe(3);
    expect((await second.client.api('GET', `/orders/${before.order}`)).body.data.domain_count).toBe(2);
  });

  it('issues new ids after a reset and a restart on a frozen clock: ids the reset dropped stay gone', async () => {
    const path = statePath();
    const first = await start(path, 'frozen');
    const dropped = (
      await first.client.api('POST', '/orders', { body: sampleOrderBody(['reset-ids-a.com']) })
    ).body.data.id;
    await first.client.control('POST', '/reset');
    await first.emulator.close();
    running.pop();

    // No stored record carries the dropped order's id: only the file's last_ulid says it was issued.
    const second = await start(path, 'frozen');
    const order = (
      await second.client.api('POST', '/orders', {
        body: sampleOrderBody(['reset-ids-b.com'], { user: 'other@example.com' }),
      })
    ).body.data.id;
    expect(order.slice(4) > dropped.slice(4)).toBe(true);
    expect((await second.client.api('GET', `/orders/${dropped}`)).status).toBe(404);
  });

  it('refuses a frozen clock time out of range, with a clear message', async () => {
    const path = statePath();
    writeFileSync(
      path,
      JSON.stringify({ format: 1, clock_offset_ms: 5000, clock_frozen_now_ms: 4000, collections: {} }),
    );
    expect(await refusal({ statePath: path, clock: 'frozen' })).toBe(
      `StateFileError: State file ${path} holds an unusable frozen clock time (4000 ms): it must lie between its clock offset (5000 ms) and 9999-01-01T00:00:00Z. To start fresh, move it and ${path}.journal away.`,
    );
    writeFileSync(
      path,
      JSON.stringify({ format: 1, clock_offset_ms: 0, clock_frozen_now_ms: '1', collections: {} }),
    );
    expect(await refusal({ statePath: path, clock: 'frozen' })).toBe(
      `StateFileError: State file ${path} is damaged: "clock_frozen_now_ms" is not a number. To start fresh, move it and ${path}.journal away.`,
    );
  });

  it('saves each order with its dedupe fingerprint: the customer by id, then the normalized order', async () => {
    const path = statePath();
    const first = await start(path);
    const body = sampleOrderBody(['Fp-One.com', 'fp-two.com.'], {
      sequencer: { ...SAMPLE_SEQUENCER, login_email: 'Ops@Acme.com' },
    });
    const order = (await first.client.api('POST', '/orders', { body })).body.data;
    await first.emulator.close();
    running.pop();
    // A restart folds the journal into the snapshot.
    await (await start(path)).emulator.close();
    running.pop();

    const saved = JSON.parse(readFileSync(path, 'utf8')).collections.orders.find(
      (record: { id: string }) => record.id === order.id,
    );
    const shape = {
      user: order.user_id,
      route: { provider: 'smartlead', client_id: 366903, login_email: 'ops@acme.com' },
      sizing: { google_licenses: 4, microsoft_licenses: 0 },
      inboxes_per_domain: 2,
      domains: ['fp-one.com', 'fp-two.com'],
      personas: [['Sam', 'Lee', '']],
      cost_basis: PRICES,
    };
    const expected = createHash('sha256').update(JSON.stringify(shape)).digest().subarray(0, 16);
    expect(saved.fingerprint).toBe(expected.toString('base64url'));
  });

  it('ignores a torn last journal line', async () => {
    const path = statePath();
    const first = await start(path);
    const bundle = (
      await first.client.api('POST', '/bundles', { body: { name: 'kept', monthly_sending_volume: 1000 } })
    ).body.data;
    await first.emulator.close();
    running.pop();
    appendFileSync(`${path}.journal`, '{"c":"bundles","id":"bun_torn","r":{"id":"bun_t');
    const second = await start(path);
    expect((await second.client.api('GET', `/bundles/${bundle.id}`)).body.data.name).toBe('kept');
    expect((await second.client.api('GET', '/bundles')).body.data).toHaveLength(1);
  });

  it('reads a journal of an earlier version (one change, or the clock offset, a line)', async () => {
    const path = statePath();
    const first = await start(path);
    const bundle = (
      await first.client.api('POST', '/bundles', { body: { name: 'older', monthly_sending_volume: 1000 } })
    ).body.data;
    await first.emulator.close();
    running.pop();
    const changes = readFileSync(`${path}.journal`, 'utf8')
      .trimEnd()
      .split('\n')
      .flatMap((line) => JSON.parse(line).changes);
    const lines = [...changes.map((change) => JSON.stringify(change)), '{"clock_offset_ms":7200000}'];
    writeFileSync(`${path}.journal`, `${lines.join('\n')}\n`);
    const second = await start(path);
    expect((await second.client.api('GET', `/bundles/${bundle.id}`)).body.data.name).toBe('older');
    const now = Date.parse((await second.client.control('GET', '/clock')).body.data.now);
    expect(now - Date.now()).toBeGreaterThan(7_100_000);
  });

  it.each([
    ['not JSON', 'not json', `is not valid JSON (Unexpected token 'o', "not json" is not valid JSON).`],
    [
      'cut short',
      '{"format":1,"clock_offset_ms":0,"collections":{"keys":[{"id":"key_st',
      'is cut short: its JSON ends unfinished after 68 bytes.',
    ],
    // One word that is no JSON token is not JSON; a word cut from a literal is cut short.
    ['a word', 'garbage', `is not valid JSON (Unexpected token 'g', "garbage" is not valid JSON).`],
    ['one letter', 'x', `is not valid JSON (Unexpected token 'x', "x" is not valid JSON).`],
    [
      'a literal cut short',
      '{"format":1,"clock_offset_ms":0,"collections":{},"x":tr',
      'is cut short: its JSON ends unfinished after 55 bytes.',
    ],
    [
      'a number cut short',
      '{"format":1,"clock_offset_ms":1.',
      'is cut short: its JSON ends unfinished after 32 bytes.',
    ],
    // Nesting of any depth is answered, never a bare stack overflow.
    [
      'deeply nested and cut short',
      '['.repeat(20_000),
      'is cut short: its JSON ends unfinished after 20000 bytes.',
    ],
    [
      'deeply nested and not JSON',
      `${'{"a":'.repeat(20_000)}x`,
      `is not valid JSON (Unexpected token 'x', ..."{"a":{"a":x" is not valid JSON).`,
    ],
    [
      'valid but nested deeper than any record',
      `{"format":1,"clock_offset_ms":0,"collections":{"bundles":[{"id":"bun_1","x":${'['.repeat(20_000)}${']'.repeat(20_000)}}]}}`,
      "is damaged: its JSON nests deeper than 100 levels, far more than the emulator's records.",
    ],
    ['an empty object', '{}', 'is not an emulator state file (it has no "format").'],
    ['an array', '[]', 'is not an emulator state file (it holds an array, not an object).'],
    ['null', 'null', 'is not an emulator state file (it holds null, not an object).'],
    [
      'of an unknown format',
      '{"format":"1.0","clock_offset_ms":0,"collections":{}}',
      'has an unknown state format ("1.0"; this version reads format 1).',
    ],
    ['without a clock', '{"format":1,"collections":{}}', 'is damaged: "clock_offset_ms" is not a number.'],
    [
      'with a record without an id',
      '{"format":1,"clock_offset_ms":0,"collections":{"orders":[{"status":"completed"}]}}',
      'is damaged: "collections.orders[0]" is not a record with an "id".',
    ],
    [
      'with records of an unknown kind',
      '{"format":1,"clock_offset_ms":0,"collections":{"widgets":[]}}',
      'holds records of a kind this version does not know ("widgets").',
    ],
  ])('refuses a state file that is %s, and leaves it as it was', async (_, text, problem) => {
    const path = statePath();
    writeFileSync(path, text);
    expect(await refusal({ statePath: path })).toBe(
      `StateFileError: State file ${path} ${problem} To start fresh, move it and ${path}.journal away.`,
    );
    expect(readFileSync(path, 'utf8')).toBe(text);
    expect(filesIn(dirname(path))).toEqual(['state.json']);
  });

  /** A state file as the emulator writes it, with one order on it (the startup key comes first). */
  async function savedStateWithAnOrder(): Promise<{ path: string; snapshot: SavedState }> {
    const path = statePath();
    const { emulator, client } = await start(path);
    await client.api('POST', '/orders', { body: sampleOrderBody(['typed-a.com']) });
    await emulator.close();
    running.pop();
    return { path, snapshot: foldedState(path) };
  }

  // Each of these used to start, then answer 500 (or serve the bad value), or fail with a JS
  // internal naming neither record nor field.
  it.each([
    ['keys', 'preset', 'root', 'preset = "root", expected one of "full", "limited", "read"'],
    ['keys', 'key', 5, 'key = 5, expected a string starting with "pk_test_"'],
    ['orders', 'created_ms', 'soon', 'created_ms = "soon", expected a number'],
    [
      'orders',
      'status',
      42,
      'status = 42, expected one of "in_progress", "completed", "failed", "action_required", "cancel_scheduled", "cancelled"',
    ],
    ['orders', 'domain_block', 'x', 'domain_block = "x", expected an object or null'],
    ['orders', 'personas', undefined, 'no personas, expected an array'],
    ['domains', 'domain', null, 'domain = null, expected a lower-case domain name'],
    ['users', 'email', 7, 'email = 7, expected a string'],
  ])(
    'refuses a state file whose %s record has a wrong %s, naming the record and the field',
    async (collection, field, value, problem) => {
      const { path, snapshot } = await savedStateWithAnOrder();
      const record = snapshot.collections[collection][0];
      record[field] = value;
      const text = JSON.stringify(snapshot);
      writeFileSync(path, text);
      expect(await refusal({ statePath: path })).toBe(
        `StateFileError: State file ${path} can't be loaded: in ${path}, ${collection} record "${record.id}" has ${problem}. It was edited by hand or written by another version: put back the file as the emulator wrote it, or move it and ${path}.journal away to start fresh.`,
      );
      expect(readFileSync(path, 'utf8')).toBe(text);
    },
  );

  it('names the nested field, and never prints a key a wrong field holds', async () => {
    const { path, snapshot } = await savedStateWithAnOrder();
    const order = snapshot.collections.orders[0];
    order.domain_block.names = ['typed-a.com', 'Bad"Name'];
    writeFileSync(path, JSON.stringify(snapshot));
    expect(await refusal({ statePath: path })).toContain(
      `orders record "${order.id}" has domain_block.names[1] = "Bad\\"Name", expected a lower-case domain name.`,
    );
    const again = await savedStateWithAnOrder();
    again.snapshot.collections.keys[0].key = 'pk_live_FAKEKEY0000000000000000000000';
    writeFileSync(again.path, JSON.stringify(again.snapshot));
    const message = await refusal({ statePath: again.path });
    expect(message).toContain('has key = "pk_live_…", expected a string starting with "pk_test_"');
    expect(message).not.toContain('FAKEKEY');
  });

  it('holds the journal to the same checks, naming its line', async () => {
    const path = statePath();
    const first = await start(path);
    await first.client.api('POST', '/orders', { body: sampleOrderBody(['typed-j.com']) });
    await first.emulator.close();
    running.pop();
    const bad = {
      id: 'key_01HZX0AC1A2B3C4D5E6F7G8H',
      key: 'pk_test_x',
      preset: 'root',
      created_at: '2026-05-08T12:00:00Z',
      revoked_at: null,
    };
    appendFileSync(
      `${path}.journal`,
      `${JSON.stringify({ changes: [{ c: 'keys', id: bad.id, r: bad }] })}\n`,
    );
    const lines = readFileSync(`${path}.journal`, 'utf8').trimEnd().split('\n').length;
    expect(await refusal({ statePath: path })).toBe(
      `StateFileError: State file ${path} can't be loaded: in ${path}.journal line ${lines}, keys record "${bad.id}" has preset = "root", expected one of "full", "limited", "read". It was edited by hand or written by another version: put back the file as the emulator wrote it, or move it and ${path}.journal away to start fresh.`,
    );
  });

  it('refuses two records of one id in a collection, naming both places', async () => {
    const { path, snapshot } = await savedStateWithAnOrder();
    const users = snapshot.collections.users;
    users.push({ ...users[0], email: 'twin@example.com' });
    writeFileSync(path, JSON.stringify(snapshot));
    expect(await refusal({ statePath: path })).toBe(
      `StateFileError: State file ${path} can't be loaded: in ${path}, users record "${users[0].id}" appears twice ("collections.users[0]" and [${users.length - 1}]); each id names one record. It was edited by hand or written by another version: put back the file as the emulator wrote it, or move it and ${path}.journal away to start fresh.`,
    );
  });

  it('loads every kind of record the emulator writes (none is refused by the checks)', async () => {
    const path = statePath();
    const emulator = await startEmulator({
      port: 0,
      statePath: path,
      rateLimitPerMinute: 0,
      clock: 'frozen',
      // Nothing listens there: deliveries stay pending and are saved.
      webhookUrl: 'http://127.0.0.1:9/hook',
      webhookSecret: 'whsec_test',
      onWarning: (message) => warnings.push(message),
    });
    const client = new EmulatorClient(emulator);
    const ok = async (method: string, route: string, body: unknown) => {
      const response = await client.api(method, route, { body });
      expect(response.status, `${method} ${route}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
      return response.body.data;
    };
    await client.key('limited');
    await ok('POST', '/bundles', { name: 'b', monthly_sending_volume: 1000 });
    const order = await ok('POST', '/orders', sampleOrderBody(['kinds-a.com', 'kinds-needs-ns.com']));
    await ok('POST', '/users', { email: 'u@x.io', sequencer: { provider: 'smartlead', client_id: 366903 } });
    await ok('POST', '/domains/import', { domains: ['imported-kinds.com'] });
    await ok('POST', '/domains/import/jobs', { domains: ['job-kinds.com'] });
    await client.advance(30);
    const domains = (await client.api('GET', `/domains?user_id=${order.user_id}`)).body.data;
    await ok('POST', '/domains/forwarding', { domains: ['kinds-a.com'], forwarding_url: 'https://acme.com' });
    await ok('POST', '/swaps', {
      type: 'standard',
      domain_id: domains[0].id,
      replacement_domain: 'kinds-new.com',
    });
    await emulator.close();
    const saved = foldedState(path);
    const empty = Object.entries(saved.collections)
      .filter(([, records]) => (records as unknown[]).length === 0)
      .map(([name]) => name);
    expect(empty).toEqual([]);
    expect(await refusal({ statePath: path })).toBe('started');
  });

  it('stores internationalized names as A-labels and refuses the ones IDNA refuses: the state always loads back', async () => {
    const path = statePath();
    const first = await start(path);
    const body = (domains: string[], user: string) => ({ body: sampleOrderBody(domains, { user }) });
    // Punycode that does not decode and a name the Bidi rule refuses: the pattern alone accepted both.
    const refused = await first.client.api('POST', '/orders', body(['persist-ok.com', 'xn--ü.de'], 'a@x.io'));
    expect([refused.status, refused.body.error.field]).toEqual([400, 'domains[1]']);
    const job = await first.client.api('POST', '/domains/import/jobs', { body: { domains: ['אa.com'] } });
    expect([job.status, job.body.error.field]).toEqual([400, 'domains[0]']);
    const order = await first.client.api('POST', '/orders', body(['Bücher.de', 'İstanbul.com'], 'b@x.io'));
    expect(order.status).toBe(200);
    await first.emulator.close();
    running.pop();

    const second = await start(path);
    const detail = (await second.client.api('GET', `/orders/${order.body.data.id}`)).body.data;
    expect(detail.domains.registered).toEqual(['xn--bcher-kva.de', 'xn--istanbul-o0e.com']);
    expect(warnings).toEqual([]);
  });

  it('refuses a state file written with another seed, naming both seeds and what to do', async () => {
    const path = statePath();
    const first = await startEmulator({ port: 0, seed: 7, statePath: path });
    await first.close();
    expect(JSON.parse(readFileSync(path, 'utf8')).seed).toBe(7);
    const before = readFileSync(path, 'utf8');
    expect(await refusal({ statePath: path, seed: 5 })).toBe(
      `StateFileError: State file ${path} was written with seed 7, but this emulator was started with seed 5; page tokens issued before, the partner id and new ids derive from the seed, so mixing them gives mixed results. Restart with seed 7 (--seed 7) to go on with it, or move it and ${path}.journal away to start fresh with seed 5.`,
    );
    expect(readFileSync(path, 'utf8')).toBe(before);
    // The same seed goes on with it, the startup key that seed's.
    const again = await startEmulator({ port: 0, seed: 7, statePath: path });
    running.push(again);
    expect(again.apiKey).toBe(first.apiKey);
  });

  it('loads a state file of an earlier version that holds no seed, and stores the seed from then on', async () => {
    const path = statePath();
    const first = await start(path);
    const bundle = (
      await first.client.api('POST', '/bundles', { body: { name: 'seedless', monthly_sending_volume: 1000 } })
    ).body.data;
    await first.emulator.close();
    running.pop();
    const saved = foldedState(path);
    delete (saved as { seed?: number }).seed;
    writeFileSync(path, JSON.stringify(saved));
    const second = await startEmulator({ port: 0, seed: 9, statePath: path });
    running.push(second);
    expect((await new EmulatorClient(second).api('GET', `/bundles/${bundle.id}`)).body.data.name).toBe(
      'seedless',
    );
    expect(JSON.parse(readFileSync(path, 'utf8')).seed).toBe(9);
  });

  it('refuses a state file whose seed is not a seed', async () => {
    const path = statePath();
    const text = '{"format":1,"seed":"7","clock_offset_ms":0,"collections":{}}';
    writeFileSync(path, text);
    expect(await refusal({ statePath: path })).toBe(
      `StateFileError: State file ${path} is damaged: "seed" is not a whole number from 0 to 4294967295. To start fresh, move it and ${path}.journal away.`,
    );
  });

  it.each(['soon', 'Z'.repeat(26), `8${'0'.repeat(25)}`])(
    'refuses a state file whose last_ulid is not a ULID (%s: a ULID starts 0–7)',
    async (lastUlid) => {
      const path = statePath();
      writeFileSync(
        path,
        `{"format":1,"seed":1,"clock_offset_ms":0,"last_ulid":"${lastUlid}","collections":{}}`,
      );
      expect(await refusal({ statePath: path })).toBe(
        `StateFileError: State file ${path} is damaged: "last_ulid" is not a ULID. To start fresh, move it and ${path}.journal away.`,
      );
    },
  );

  it('refuses a state file from a newer version, and says so', async () => {
    const path = statePath();
    const text = '{"format":2,"clock_offset_ms":0,"collections":{},"tenants":[]}';
    writeFileSync(path, text);
    expect(await refusal({ statePath: path })).toBe(
      `StateFileError: State file ${path} was written by a newer Peeker DevKit (state format 2; this version reads format 1). Upgrade to use it, or move it and ${path}.journal away to start fresh.`,
    );
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('starts afresh on an empty state file (touch FILE)', async () => {
    const path = statePath();
    writeFileSync(path, '');
    const { client } = await start(path);
    expect((await client.api('GET', '/domains?category=inventory&per_page=100')).body.data).toHaveLength(40);
    expect(JSON.parse(readFileSync(path, 'utf8')).format).toBe(1);
  });

  it('refuses a journal that is damaged before its last line: the changes after it would be lost', async () => {
    const path = statePath();
    const first = await start(path);
    await first.client.api('POST', '/bundles', { body: { name: 'one', monthly_sending_volume: 1000 } });
    await first.emulator.close();
    running.pop();
    const journal = readFileSync(`${path}.journal`, 'utf8');
    const lines = journal.split('\n').length - 1;
    // A line cut in the middle, then a whole one: not a crash (only the last line can be torn).
    appendFileSync(`${path}.journal`, `{"changes":[{"c":"bundles","id":"bun_\n${journal.split('\n')[0]}\n`);
    const damaged = readFileSync(`${path}.journal`, 'utf8');
    expect(await refusal({ statePath: path })).toBe(
      `StateFileError: State journal ${path}.journal is damaged at line ${lines + 1}; the changes from there on can't be read. Cut the journal before that line to keep the earlier changes, or move ${path} and ${path}.journal away to start fresh.`,
    );
    expect(readFileSync(`${path}.journal`, 'utf8')).toBe(damaged);
  });

  it('refuses a journal line nested deeper than any record as damage, naming the line', async () => {
    const path = statePath();
    const first = await start(path);
    await first.client.api('POST', '/bundles', { body: { name: 'one', monthly_sending_volume: 1000 } });
    await first.emulator.close();
    running.pop();
    const lines = readFileSync(`${path}.journal`, 'utf8').split('\n').length - 1;
    const deep = `${'['.repeat(20_000)}${']'.repeat(20_000)}`;
    appendFileSync(
      `${path}.journal`,
      `{"changes":[{"c":"bundles","id":"bun_x","r":{"id":"bun_x","x":${deep}}}]}\n`,
    );
    expect(await refusal({ statePath: path })).toBe(
      `StateFileError: State journal ${path}.journal is damaged at line ${lines + 1}; the changes from there on can't be read. Cut the journal before that line to keep the earlier changes, or move ${path} and ${path}.journal away to start fresh.`,
    );
  });

  it('refuses a journal whose snapshot is gone, rather than start from the journal alone', async () => {
    const path = statePath();
    const first = await start(path);
    await first.client.api('POST', '/bundles', { body: { name: 'one', monthly_sending_volume: 1000 } });
    await first.emulator.close();
    running.pop();
    rmSync(path);
    expect(await refusal({ statePath: path })).toBe(
      `StateFileError: State file ${path} is missing or empty but its journal ${path}.journal is not. Put ${path} back, or move ${path}.journal away to start fresh.`,
    );
    expect(filesIn(dirname(path))).toEqual(['state.json.journal']);
  });

  it('refuses a clock offset that puts emulated time out of range, with a clear message', async () => {
    const path = statePath();
    await (await start(path)).emulator.close();
    running.pop();
    // What an unchecked 1e13-second advance used to journal.
    appendFileSync(`${path}.journal`, '{"clock_offset_ms":10000000000000000}\n');
    await expect(startEmulator({ port: 0, statePath: path })).rejects.toThrow(
      `State file ${path} holds an unusable clock offset (10000000000000000 ms): it must lie between 0 and 253370764800000 ms (the clock never passes 9999-01-01T00:00:00Z). To start fresh, move it and ${path}.journal away.`,
    );
  });

  it('keeps the clock before 9999-01-01: a further advance is refused and changes nothing', async () => {
    const path = statePath();
    const hourBefore = Date.UTC(9999, 0, 1) - 3600_000;
    appendFileSync(
      path,
      JSON.stringify({ format: 1, clock_offset_ms: hourBefore - Date.now(), collections: {} }),
    );
    const { client } = await start(path);
    const before = Date.parse((await client.control('GET', '/clock')).body.data.now);
    const refused = await client.control('POST', '/clock/advance', { seconds: 7200 });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toEqual({
      code: 'invalid_request',
      message:
        'seconds would move the emulated clock past 9999-01-01T00:00:00Z, the latest time it supports.',
      field: 'seconds',
    });
    expect(Date.parse((await client.control('GET', '/clock')).body.data.now) - before).toBeLessThan(5_000);
    await client.advance(1800);
    const now = Date.parse((await client.control('GET', '/clock')).body.data.now);
    expect(now - hourBefore).toBeGreaterThanOrEqual(1800_000);
    expect(now).toBeLessThan(Date.UTC(9999, 0, 1));
    const order = await client.api('POST', '/orders', { body: sampleOrderBody(['late-clock.com']) });
    expect(order.status).toBe(200);
    expect(order.body.data.created_at).toMatch(/^9998-12-31T23:\d\d:\d\dZ$/);
  });

  it('loads the file of a real clock that reached 9999-01-01 and stopped there, and goes on at the limit', async () => {
    const path = statePath();
    // A real run that reached the limit an hour ago wrote this offset: real time has moved on since.
    const offset = Date.UTC(9999, 0, 1) + 3600_000 - Date.now();
    writeFileSync(path, JSON.stringify({ format: 1, clock_offset_ms: offset, collections: {} }));
    const { client, emulator } = await start(path);
    expect((await client.control('GET', '/clock')).body.data.now).toBe('9999-01-01T00:00:00.000Z');
    const zero = await client.control('POST', '/clock/advance', { seconds: 0 });
    expect(zero.status).toBe(200);
    expect(zero.body.data.now).toBe('9999-01-01T00:00:00.000Z');
    const order = await client.api('POST', '/orders', { body: sampleOrderBody(['limit-clock.com']) });
    expect(order.body.data.created_at).toBe('9999-01-01T00:00:00Z');
    await emulator.close();
    running.pop();
    // What it saved loads back, at the limit still.
    const again = await start(path);
    expect((await again.client.control('GET', '/clock')).body.data.now).toBe('9999-01-01T00:00:00.000Z');
    expect((await again.client.api('GET', `/orders/${order.body.data.id}`)).status).toBe(200);
  });

  it('loses nothing acknowledged when the process is killed with SIGKILL mid-writes', async () => {
    const path = statePath();
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'cli/main.ts', 'emulator', '--port', '0', '--state', path, '--rate-limit', '0'],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(child);
    const banner = await new Promise<string>((resolvePromise, reject) => {
      let out = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString('utf8');
        if (out.includes('Press Ctrl+C')) resolvePromise(out);
      });
      child.on('exit', (code) => reject(new Error(`emulator exited early (${code}): ${out}`)));
    });
    const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(banner)![1]!;
    const key = /API key +(pk_test_\w+)/.exec(banner)![1]!;
    const target = { url, baseUrl: `${url}/partner/v1`, apiKey: key };
    const client = new EmulatorClient(target);

    const acknowledged: string[] = [];
    let stop = false;
    const writers = Array.from({ length: 4 }, async (_, worker) => {
      for (let i = 0; !stop; i++) {
        try {
          const response = await client.api('POST', '/orders', {
            body: sampleOrderBody([`kill-${worker}-${i}.com`], { user: `w${worker}@example.com` }),
          });
          if (response.status === 200) acknowledged.push(response.body.data.id);
        } catch {
          return; // The process is gone: this request was never acknowledged.
        }
      }
    });
    while (acknowledged.length < 40) await new Promise((r) => setTimeout(r, 10));
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    stop = true;
    await Promise.all([exited, ...writers]);

    const restarted = await start(path);
    expect(warnings).toEqual([
      `State file ${path}: took over ${path}.lock from pid ${child.pid}, which is no longer running.`,
    ]);
    for (const id of acknowledged) {
      const response = await restarted.client.api('GET', `/orders/${id}`);
      expect(response.status, id).toBe(200);
    }
    expect(acknowledged.length).toBeGreaterThanOrEqual(40);
  });
});

/**
 * Drives a running emulator through most of what changes state: keys made and revoked, bundles
 * (one deleted, one used), users (one deleted), orders (Google, Microsoft, with a bundle, with
 * pending actions and a private profile picture), partial and whole cancels, an import and an
 * import job waiting on nameservers, forwarding, standard, premium and user-name swaps. `tag`
 * keeps the names of two runs apart. Every call must succeed.
 */
async function busyDay(client: EmulatorClient, tag: string): Promise<void> {
  const ok = async (method: string, route: string, body?: unknown) => {
    const response = await client.api(method, route, { body });
    expect(response.status, `${method} ${route}: ${JSON.stringify(response.body)}`).toBeLessThan(300);
    return response.body.data;
  };
  const names = (prefix: string, count: number) => sampleDomains(`${tag}-${prefix}`, count);
  const domainsOf = async (order: { id: string; user_id: string }) =>
    (await client.api('GET', `/domains?user_id=${order.user_id}&per_page=100`)).body.data.filter(
      (domain: { order_id?: string }) => domain.order_id === order.id,
    );
  await client.key('limited');
  const revoked = (await client.control('POST', '/keys', { preset: 'read' })).body.data;
  expect((await client.control('DELETE', `/keys/${revoked.id}`)).status).toBe(200);
  const unused = await ok('POST', '/bundles', { name: `${tag} unused`, monthly_sending_volume: 1000 });
  await ok('DELETE', `/bundles/${unused.id}`);
  const bundle = await ok('POST', '/bundles', { name: `${tag} used`, monthly_sending_volume: 25000 });
  await ok('POST', '/users', {
    email: `${tag}-kept@example.com`,
    sequencer: { provider: 'smartlead', client_id: 366903 },
  });
  const gone = await ok('POST', '/users', {
    email: `${tag}-gone@example.com`,
    sequencer: { provider: 'smartlead', client_id: 366903 },
  });
  await ok('DELETE', `/users/${gone.id}`);
  const user = `${tag}-client@example.com`;
  const google = await ok(
    'POST',
    '/orders',
    sampleOrderBody([...names('g', 3), `${tag}-needs-ns.com`], { user }),
  );
  const microsoft = await ok(
    'POST',
    '/orders',
    sampleOrderBody(names('m', 3), { user, google_licenses: 0, microsoft_licenses: 3 }),
  );
  await ok('POST', '/orders', sampleOrderBody([`${tag}-replace-me.com`, ...names('r', 2)], { user }));
  const pictured = await ok(
    'POST',
    '/orders',
    sampleOrderBody(names('p', 2), {
      user,
      personas: [{ first_name: 'Jo', last_name: 'Pham', profile_picture_url: 'http://localhost/j.jpg' }],
    }),
  );
  const bundled = await ok('POST', '/orders', sampleBundleOrderBody(bundle.id, names('b', 19), { user }));
  await ok('POST', '/domains/import', { domains: [`${tag}-imp-needs-ns.com`] });
  await ok('POST', '/domains/import/jobs', { domains: [`${tag}-job.com`, `${tag}-job-needs-ns.com`] });
  await client.advance(30);
  await ok('POST', `/orders/${google.id}/cancel`, { domains: [`${tag}-g-1.com`] });
  await ok('POST', `/orders/${bundled.id}/cancel`);
  const [kept] = await domainsOf(microsoft);
  await ok('POST', '/domains/forwarding', { domains: [kept.domain], forwarding_url: 'https://acme.com' });
  await ok('POST', '/swaps', { type: 'premium', domain_id: kept.id, replacement_domain: `${tag}-m-new.com` });
  const standard = (await domainsOf(google)).find(
    (domain: { domain: string }) => domain.domain === `${tag}-g-2.com`,
  );
  await ok('POST', '/swaps', {
    type: 'standard',
    domain_id: standard.id,
    replacement_domain: `${tag}-g-new.com`,
  });
  const [face] = await domainsOf(pictured);
  await ok('POST', '/swaps/user_names', {
    domain_id: face.id,
    personas: [{ first_name: 'Riley', last_name: 'Wu', profile_picture_url: 'http://localhost/r.jpg' }],
  });
  await client.advance(10);
}

/** The folded state file of a {@link busyDay} (made once: the refusals below each edit a copy). */
let busyState: Promise<string> | undefined;
function savedBusyState(): Promise<string> {
  busyState ??= (async () => {
    const path = statePath();
    const { emulator, client } = await start(path, 'frozen');
    await busyDay(client, 'links');
    await emulator.close();
    running.pop();
    return JSON.stringify(foldedState(path));
  })();
  return busyState;
}

/** An id of `prefix`, well formed, that no record has (its time is 0: before any block too). */
const ghost = (prefix: string) => `${prefix}_${'0'.repeat(26)}`;

/** The id prefix of each collection a link may name. */
const TARGET_PREFIX: Record<string, string> = {
  users: 'usr',
  bundles: 'bun',
  orders: 'ord',
  domains: 'dom',
  imports: 'imp',
  swaps: 'swp',
  forwardingJobs: 'fwj',
};

/**
 * Writes `snapshot` to a fresh state file and starts an emulator on it: the path and what
 * {@link refusal} says. A refused file must come back untouched.
 */
async function startOn(snapshot: unknown): Promise<{ path: string; refused: string }> {
  const path = statePath();
  const text = JSON.stringify(snapshot);
  writeFileSync(path, text);
  const refused = await refusal({ statePath: path });
  if (refused !== 'started') expect(readFileSync(path, 'utf8')).toBe(text);
  return { path, refused };
}

/** How a state file with a broken link is refused (`at`: where the record was read). */
const brokenLinkMessage = (path: string, at: string, what: string) =>
  `StateFileError: State file ${path} can't be loaded: in ${at}, ${what}. It was edited by hand, or cut short and repaired: put back the file as the emulator wrote it, or move it and ${path}.journal away to start fresh.`;

describe('--state FILE: links between records', () => {
  it('refuses two active customers with one email (case aside); a deleted one may share it', async () => {
    const snapshot = JSON.parse(await savedBusyState());
    const active = snapshot.collections.users.filter((user: Loose) => user.status === 'active');
    expect(active.length).toBeGreaterThanOrEqual(2);
    const [first, second] = active;
    second.email = first.email.toUpperCase();
    const { path, refused } = await startOn(snapshot);
    expect(refused).toBe(
      brokenLinkMessage(
        path,
        path,
        `users record "${second.id}" has email = "${second.email}" and users record "${first.id}" has "${first.email}" (emails match whatever their case), and both are active: the emulator finds one by its email, so the other could never be reached`,
      ),
    );
    second.status = 'deleted';
    expect((await startOn(snapshot)).refused).toBe('started');
  });

  it('refuses two active keys with one key text, without printing it; a revoked one may share it', async () => {
    const snapshot = JSON.parse(await savedBusyState());
    const active = snapshot.collections.keys.filter((key: Loose) => key.revoked_at === null);
    expect(active.length).toBeGreaterThanOrEqual(2);
    const [first, second] = active;
    second.key = first.key;
    const { path, refused } = await startOn(snapshot);
    expect(refused).toBe(
      brokenLinkMessage(
        path,
        path,
        `keys record "${second.id}" has the same key as keys record "${first.id}", and both are active: the emulator finds one by its key, so the other could never be reached`,
      ),
    );
    expect(refused).not.toContain(first.key);
    second.revoked_at = '2026-01-01T00:00:00Z';
    expect((await startOn(snapshot)).refused).toBe('started');
  });

  it('counts the startup key as active even when revoked: every start makes it active again', async () => {
    const snapshot = JSON.parse(await savedBusyState());
    const keys: Loose[] = snapshot.collections.keys;
    const startup = keys.find((key) => key.id === 'key_startup');
    const other = keys.find((key) => key.id !== 'key_startup' && key.revoked_at === null);
    startup.revoked_at = '2026-01-01T00:00:00Z';
    other.key = startup.key;
    const { path, refused } = await startOn(snapshot);
    expect(refused).toBe(
      brokenLinkMessage(
        path,
        path,
        `keys record "${other.id}" has the same key as keys record "key_startup" (key_startup, the startup key, is revoked but made active again on every start), and both are active: the emulator finds one by its key, so the other could never be reached`,
      ),
    );
    expect(refused).not.toContain(startup.key);
  });

  /** The places of block domains no stored record has the id of (their names change alone). */
  const derivedPlaces = (snapshot: Loose) => {
    const stored = new Set(snapshot.collections.domains.map((domain: Loose) => domain.id));
    return (snapshot.collections.orders as Loose[]).flatMap((order) =>
      (order.domain_block?.names ?? [])
        .map((_: string, index: number) => ({ order, index }))
        .filter(({ index }: { index: number }) => !stored.has(nthId(order.id, index + 1, 'dom'))),
    );
  };
  /** Stored domains whose ids no block has: renaming them breaks no id link. */
  const standaloneDomains = (snapshot: Loose): Loose[] => {
    const inBlocks = new Set(
      (snapshot.collections.orders as Loose[]).flatMap((order) =>
        (order.domain_block?.names ?? []).map((_: string, index: number) =>
          nthId(order.id, index + 1, 'dom'),
        ),
      ),
    );
    return snapshot.collections.domains.filter((domain: Loose) => !inBlocks.has(domain.id));
  };

  // Domains are found by name (one record each); only a hand edit gives two domains one name.
  it.each<[string, (snapshot: Loose) => { name: string; first: string; second: string }]>([
    [
      'two stored domains',
      (snapshot) => {
        const [first, second] = standaloneDomains(snapshot);
        second.domain = first.domain;
        return {
          name: first.domain,
          first: `domains record "${first.id}"`,
          second: `domains record "${second.id}"`,
        };
      },
    ],
    [
      "a stored domain and another id's block name",
      (snapshot) => {
        const [{ order, index }] = derivedPlaces(snapshot);
        const [domain] = standaloneDomains(snapshot);
        domain.domain = order.domain_block.names[index];
        return {
          name: domain.domain,
          first: `orders record "${order.id}"'s domain_block.names[${index}]`,
          second: `domains record "${domain.id}"`,
        };
      },
    ],
    [
      'two orders’ blocks',
      (snapshot) => {
        const places = derivedPlaces(snapshot);
        const first = places[0];
        const second = places.find(({ order }: Loose) => order !== first.order);
        const name = first.order.domain_block.names[first.index];
        second.order.domain_block.names[second.index] = name;
        return {
          name,
          first: `orders record "${first.order.id}"'s domain_block.names[${first.index}]`,
          second: `orders record "${second.order.id}"'s domain_block.names[${second.index}]`,
        };
      },
    ],
    [
      'one block twice',
      (snapshot) => {
        const places = derivedPlaces(snapshot);
        const [first, second] = places.filter(({ order }: Loose) => order === places[0].order);
        const { order } = first;
        order.domain_block.names[second.index] = order.domain_block.names[first.index];
        return {
          name: order.domain_block.names[first.index],
          first: `orders record "${order.id}"'s domain_block.names[${first.index}]`,
          second: `orders record "${order.id}"'s domain_block.names[${second.index}]`,
        };
      },
    ],
  ])('refuses one domain name held twice: %s', async (_, edit) => {
    const snapshot = JSON.parse(await savedBusyState());
    const { name, first, second } = edit(snapshot);
    const { path, refused } = await startOn(snapshot);
    expect(refused).toBe(
      brokenLinkMessage(
        path,
        path,
        `${second} is "${name}", as ${first} is: the emulator finds a domain by its name, so the other could never be reached`,
      ),
    );
  });

  it('knows what the ref of every task kind with a handler names', () => {
    // A kind missing from TASK_TARGETS would load with its ref unchecked.
    const kinds = seededRuntime().scheduler.kinds();
    expect(kinds.length).toBeGreaterThan(5);
    expect(kinds.filter((kind) => kind !== 'order.cancel_domains' && !(kind in TASK_TARGETS))).toEqual([]);
  });

  // biome-ignore lint/suspicious/noExplicitAny: records are edited loosely, as by hand.
  type Loose = any;
  const isTask = (kind: string) => (task: Loose) => task.kind === kind;
  // Each of these used to start, then answer 404s, 500s or wrong data for whatever followed the link.
  // [collection, field, the collection the field names, which record to edit]
  it.each<[string, string, string, (record: Loose) => boolean]>([
    ['orders', 'user_id', 'users', () => true],
    ['orders', 'bundle_id', 'bundles', () => true],
    ['orders', 'domain_ids[1]', 'domains', (order) => order.domain_ids !== null],
    ['orders', 'cancelling_domain_ids[0]', 'domains', (order) => order.cancelling_domain_ids !== null],
    ['orders', 'blockers[0].domain_id', 'domains', (order) => order.blockers?.[0]?.domain_id],
    ['domains', 'user_id', 'users', (domain) => domain.user_id],
    ['domains', 'order_id', 'orders', (domain) => domain.order_id],
    ['importJobs', 'import_id', 'imports', (job) => job.import_id],
    ['forwardingJobs', 'domain_ids[0]', 'domains', () => true],
    ['forwardingJobs', 'holders[0]', 'orders', (job) => job.holders?.[0]],
    ['swaps', 'domain_id', 'domains', () => true],
    ['swaps', 'user_id', 'users', () => true],
    ['swaps', 'order_id', 'orders', () => true],
    ['swaps', 'blockers.swap_ids[0]', 'swaps', (swap) => swap.blockers],
    ['actions', 'order_id', 'orders', (action) => action.order_id],
    ['actions', 'domain_id', 'domains', (action) => action.domain_id],
    ['actions', 'import_id', 'imports', (action) => action.import_id],
    ['actions', 'swap_ids[0]', 'swaps', (action) => action.swap_ids],
    ['tasks', 'ref', 'orders', isTask('order.cancel')],
    ['tasks', 'ref', 'swaps', isTask('swap.finish')],
    ['tasks', 'ref', 'forwardingJobs', isTask('forwarding.finish')],
    ['tasks', 'ref', 'imports', isTask('import.nameservers')],
  ])(
    "refuses a state file whose %s record's %s names no %s record, naming the record, field, id and collection",
    async (collection, field, target, pick) => {
      const snapshot = JSON.parse(await savedBusyState());
      const record = snapshot.collections[collection].find(pick);
      expect(record, `a ${collection} record to edit`).toBeDefined();
      const id = ghost(TARGET_PREFIX[target]!);
      // Walk to the field (`a.b[0].c`) and put the id there.
      const steps = field.match(/[^.[\]]+/g)!;
      let holder = record;
      for (const step of steps.slice(0, -1)) holder = holder[step];
      holder[steps.at(-1)!] = id;
      const { path, refused } = await startOn(snapshot);
      expect(refused).toBe(
        brokenLinkMessage(
          path,
          path,
          `${collection} record "${record.id}" has ${field} = "${id}", which names no ${target} record`,
        ),
      );
    },
  );

  it("names the domain a partial cancellation's task names when it is not there", async () => {
    const snapshot = JSON.parse(await savedBusyState());
    const task = snapshot.collections.tasks.find(isTask('order.cancel_domains'));
    expect(task).toBeDefined();
    task.ref = `${task.ref.split(' ')[0]} ${ghost('dom')}`;
    const { path, refused } = await startOn(snapshot);
    expect(refused).toBe(
      brokenLinkMessage(
        path,
        path,
        // The ref is clipped at 60 characters, as every quoted value; the id it lacks is named whole.
        `tasks record "${task.id}" has ref = "${task.ref.slice(0, 60)}…", whose "${ghost('dom')}" names no domains record`,
      ),
    );
  });

  it('names the journal line that wrote a record with a broken link', async () => {
    const snapshot = JSON.parse(await savedBusyState());
    const path = statePath();
    writeFileSync(path, JSON.stringify(snapshot));
    const order = { ...snapshot.collections.orders[0], user_id: ghost('usr') };
    const fine = snapshot.collections.users[0];
    writeFileSync(
      `${path}.journal`,
      `${JSON.stringify({ changes: [{ c: 'users', id: fine.id, r: fine }] })}\n${JSON.stringify({ changes: [{ c: 'orders', id: order.id, r: order }] })}\n`,
    );
    expect(await refusal({ statePath: path })).toBe(
      brokenLinkMessage(
        path,
        `${path}.journal line 2`,
        `orders record "${order.id}" has user_id = "${ghost('usr')}", which names no users record`,
      ),
    );
  });

  it('refuses a link to a record the journal removed', async () => {
    const snapshot = JSON.parse(await savedBusyState());
    const path = statePath();
    writeFileSync(path, JSON.stringify(snapshot));
    const order = snapshot.collections.orders[0];
    writeFileSync(
      `${path}.journal`,
      `${JSON.stringify({ changes: [{ c: 'users', id: order.user_id, r: null }] })}\n`,
    );
    expect(await refusal({ statePath: path })).toBe(
      brokenLinkMessage(
        path,
        path,
        `orders record "${order.id}" has user_id = "${order.user_id}", which names no users record (${path}.journal line 1 removed users record "${order.user_id}")`,
      ),
    );
  });

  it("refuses an order's domain_block whose ids run into another record's", async () => {
    const snapshot = JSON.parse(await savedBusyState());
    const orders: Loose[] = snapshot.collections.orders;
    // The order issued right after a block order takes the id after its block's last domain:
    // one more name (a hand edit, a bad repair) gives the block that id.
    const at = orders.findIndex(
      (order, index) =>
        order.domain_block &&
        idOffset(order.id, orders[index + 1]?.id ?? '') === order.domain_block.names.length + 1,
    );
    expect(at).toBeGreaterThanOrEqual(0);
    const [order, next] = [orders[at], orders[at + 1]];
    order.domain_block.names.push('one-too-many.com');
    const { path, refused } = await startOn(snapshot);
    expect(refused).toBe(
      brokenLinkMessage(
        path,
        path,
        `orders record "${next.id}" has the id of a domain in orders record "${order.id}"'s domain_block (domain_block.names[${order.domain_block.names.length - 1}] = "one-too-many.com"): a block's domains take the ids right after their order's, so no other record may have one`,
      ),
    );
  });

  it("refuses a stored domain with a block domain's id but another name", async () => {
    const snapshot = JSON.parse(await savedBusyState());
    const order = snapshot.collections.orders.find((order: Loose) => order.domain_block);
    const domain = snapshot.collections.domains.find((domain: Loose) => domain.imported);
    expect(domain).toBeDefined();
    domain.id = nthId(order.id, 1, 'dom');
    const { path, refused } = await startOn(snapshot);
    expect(refused).toBe(
      brokenLinkMessage(
        path,
        path,
        `domains record "${domain.id}" has the id of a domain in orders record "${order.id}"'s domain_block (domain_block.names[0] = "${order.domain_block.names[0]}"): a block's domains take the ids right after their order's, so no other record may have one`,
      ),
    );
  });

  it('loads what it wrote after heavy mixed use and resets, journal and folded alike, and answers from it', async () => {
    const path = statePath();
    const first = await start(path, 'frozen');
    await busyDay(first.client, 'day1');
    await first.client.advance(3600);
    expect((await first.client.control('POST', '/reset')).status).toBe(200);
    await busyDay(first.client, 'day2');
    await first.emulator.close();
    running.pop();
    // Snapshot plus journal, as the emulator left them.
    const second = await start(path, 'frozen');
    await busyDay(second.client, 'day3');
    await second.client.advance(2 * 3600);
    await busyDay(second.client, 'day4');
    await second.emulator.close();
    running.pop();
    const third = await start(path, 'frozen');
    for (const route of [
      '/orders?per_page=100',
      '/domains?per_page=100',
      '/swaps',
      '/users',
      '/orders/pending',
    ]) {
      const response = await third.client.api('GET', route);
      expect(response.status, route).toBe(200);
      expect(response.body.data.length, route).toBeGreaterThan(0);
    }
    await third.emulator.close();
    running.pop();
    foldedState(path);
    expect(await refusal({ statePath: path, clock: 'frozen' })).toBe('started');
  });
});

describe('--state FILE: one emulator per file', () => {
  it('refuses a second emulator on a file in use, naming the first, until the first stops', async () => {
    const path = statePath();
    const first = await start(path);
    await first.client.api('POST', '/bundles', { body: { name: 'first', monthly_sending_volume: 1000 } });
    const lock = readFileSync(`${path}.lock`, 'utf8');
    expect(lock).toBe(`${JSON.stringify({ pid: process.pid, host: hostname() })}\n`);
    expect(await refusal({ statePath: path })).toBe(
      `StateFileError: State file ${path} is in use by another emulator (pid ${process.pid}, this process); stop it first or use another state file. If no emulator runs as pid ${process.pid}, delete ${path}.lock.`,
    );
    expect(readFileSync(`${path}.lock`, 'utf8')).toBe(lock);
    await first.emulator.close();
    running.pop();
    expect(existsSync(`${path}.lock`)).toBe(false);
    const second = await start(path);
    expect(
      (await second.client.api('GET', '/bundles')).body.data.map((b: { name: string }) => b.name),
    ).toEqual(['first']);
  });

  it('locks the real file behind a symlinked path: a second emulator through the link is refused', async () => {
    const path = statePath();
    const first = await start(path);
    const link = join(dirname(path), 'link.json');
    symlinkSync('state.json', link);
    expect(await refusal({ statePath: link })).toBe(
      `StateFileError: State file ${path} is in use by another emulator (pid ${process.pid}, this process); stop it first or use another state file. If no emulator runs as pid ${process.pid}, delete ${path}.lock.`,
    );
    expect(filesIn(dirname(path))).toEqual([
      'link.json',
      'state.json',
      'state.json.journal',
      'state.json.lock',
    ]);
    await first.emulator.close();
    running.pop();
  });

  it.each([
    ['an existing file', true],
    ['a file still to be created', false],
  ])('keeps a symlinked path a symlink and writes through it to %s', async (_, exists) => {
    const path = statePath();
    if (exists) {
      const seeded = await start(path);
      await seeded.client.api('POST', '/bundles', { body: { name: 'before', monthly_sending_volume: 1000 } });
      await seeded.emulator.close();
      running.pop();
    }
    const link = join(dirname(path), 'link.json');
    symlinkSync('state.json', link);
    const { emulator, client } = await start(link);
    await client.api('POST', '/bundles', { body: { name: 'via link', monthly_sending_volume: 1000 } });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(filesIn(dirname(path))).toEqual([
      'link.json',
      'state.json',
      'state.json.journal',
      'state.json.lock',
    ]);
    await emulator.close();
    running.pop();
    // The changes went to the real file: an emulator on it (not the link) sees them.
    const real = await start(path);
    expect(
      (await real.client.api('GET', '/bundles')).body.data.map((b: { name: string }) => b.name).sort(),
    ).toEqual(exists ? ['before', 'via link'] : ['via link']);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });

  it('releases the lock when the start fails (port in use)', async () => {
    const busy = await start(statePath());
    const path = statePath();
    const port = Number(new URL(busy.emulator.url).port);
    expect(await refusal({ port, statePath: path })).toBe(
      `Error: listen EADDRINUSE: address already in use 127.0.0.1:${port}`,
    );
    expect(existsSync(`${path}.lock`)).toBe(false);
    await start(path);
  });

  it('takes over a stale lock whose process is gone, and says so', async () => {
    const path = statePath();
    const pid = deadPid();
    writeFileSync(`${path}.lock`, `${JSON.stringify({ pid, host: hostname() })}\n`);
    const { emulator } = await start(path);
    expect(warnings).toEqual([
      `State file ${path}: took over ${path}.lock from pid ${pid}, which is no longer running.`,
    ]);
    expect(readFileSync(`${path}.lock`, 'utf8')).toBe(
      `${JSON.stringify({ pid: process.pid, host: hostname() })}\n`,
    );
    await emulator.close();
    expect(filesIn(dirname(path))).toEqual(['state.json', 'state.json.journal']);
  });

  it.runIf(process.platform === 'linux')(
    'takes over a lock whose process was killed and is not yet reaped (a zombie)',
    async () => {
      // `sleep 0.1` exits under a parent that exec'ed `sleep 5` and never waits for it: a zombie
      // that signal 0 still reaches, as under a container's PID 1 that reaps late.
      const parent = spawn('sh', ['-c', 'sleep 0.1 & echo $!; exec sleep 5'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      try {
        const pid = Number(
          await new Promise<string>((done) => parent.stdout!.once('data', (d) => done(String(d)))),
        );
        await vi.waitFor(() => expect(readFileSync(`/proc/${pid}/stat`, 'utf8')).toMatch(/\) Z /), {
          timeout: 4000,
        });
        const path = statePath();
        writeFileSync(`${path}.lock`, `${JSON.stringify({ pid, host: hostname() })}\n`);
        const { emulator } = await start(path);
        expect(warnings).toEqual([
          `State file ${path}: took over ${path}.lock from pid ${pid}, which is no longer running.`,
        ]);
        await emulator.close();
      } finally {
        parent.kill('SIGKILL');
      }
    },
  );

  it.each([
    [
      'from another host (its pid cannot be checked from here)',
      () => `${JSON.stringify({ pid: deadPid(), host: 'build-agent-7' })}\n`,
      (path: string, lock: string) =>
        `is in use by an emulator on host build-agent-7 (pid ${JSON.parse(lock).pid}); stop it first or use another state file. If it no longer runs, delete ${path}.lock.`,
    ],
    [
      'that names no owner',
      () => '',
      (path: string) =>
        `is locked by ${path}.lock, which names no owner (it is being written, or damaged). If no emulator uses ${path}, delete ${path}.lock.`,
    ],
  ])('never takes over a lock %s', async (_, content, problem) => {
    const path = statePath();
    const lock = content();
    writeFileSync(`${path}.lock`, lock);
    expect(await refusal({ statePath: path })).toBe(
      `StateFileError: State file ${path} ${problem(path, lock)}`,
    );
    expect(readFileSync(`${path}.lock`, 'utf8')).toBe(lock);
    expect(filesIn(dirname(path))).toEqual(['state.json.lock']);
  });
});

describe('--state FILE: the path', () => {
  it('refuses an empty path', async () => {
    expect(await refusal({ statePath: '' })).toBe(
      'EmulatorOptionsError: statePath must be a file path, got "".',
    );
  });

  it.each([
    [
      'in a missing directory',
      (directory: string) => join(directory, 'missing', 'state.json'),
      (path: string, directory: string) => `${path}: directory ${join(directory, 'missing')} does not exist.`,
    ],
    [
      'that is a directory',
      (directory: string) => directory,
      (path: string) =>
        `${path} is a directory; give a file path, e.g. ${join(path, 'emulator-state.json')}.`,
    ],
    [
      'under a file',
      (directory: string) => {
        writeFileSync(join(directory, 'notes.txt'), '');
        return join(directory, 'notes.txt', 'state.json');
      },
      (path: string, directory: string) => `${path}: ${join(directory, 'notes.txt')} is not a directory.`,
    ],
    [
      'whose journal is a directory',
      (directory: string) => {
        mkdirSync(join(directory, 'state.json.journal'));
        return join(directory, 'state.json');
      },
      (path: string) => `${path}: ${path}.journal is not a regular file.`,
    ],
  ])('refuses a path %s, saying what is wrong, and creates nothing', async (_, pathIn, problem) => {
    const directory = dirname(statePath());
    const path = pathIn(directory);
    const before = filesIn(directory);
    expect(await refusal({ statePath: path })).toBe(`StateFileError: State file ${problem(path, directory)}`);
    expect(filesIn(directory)).toEqual(before);
  });

  it('refuses a directory it cannot write in', async () => {
    const path = statePath();
    disk.denied = dirname(path);
    expect(await refusal({ statePath: path })).toBe(
      `StateFileError: State file ${path}: directory ${dirname(path)} is not writable (the state, its journal and its lock are written there).`,
    );
    expect(filesIn(dirname(path))).toEqual([]);
  });
});

describe('--state FILE: a full disk', () => {
  const UNSAVED = {
    error: {
      code: 'internal_error',
      message:
        'The emulator cannot save its state (ENOSPC); nothing is acknowledged until it can. Retry later.',
    },
  };

  it('answers 500 internal_error while the journal cannot be written, and saves the changes once it can', async () => {
    const path = statePath();
    const first = await start(path);
    const kept = (
      await first.client.api('POST', '/bundles', { body: { name: 'kept', monthly_sending_volume: 1000 } })
    ).body.data;
    // Room for a few bytes: the write comes back short (a torn line), then fails.
    disk.room = 10;
    const refused = await first.client.api('POST', '/bundles', {
      body: { name: 'held', monthly_sending_volume: 1000 },
    });
    expect(refused.status).toBe(500);
    expect(refused.body).toEqual(UNSAVED);
    expect(refused.requestId).toMatch(/^req_[0-9A-HJKMNP-TV-Z]{26}$/);
    // Nothing is acknowledged meanwhile, reads included: they would show what is not saved.
    expect((await first.client.api('GET', `/bundles/${kept.id}`)).body).toEqual(UNSAVED);
    expect((await first.client.control('GET', '/clock')).body).toEqual(UNSAVED);
    expect(warnings).toEqual([
      `State file ${path}: cannot write ${path}.journal (ENOSPC: no space left on device, write); answering 500 internal_error until it can be written again.`,
    ]);

    disk.room = Number.POSITIVE_INFINITY;
    const bundles = await first.client.api('GET', '/bundles');
    expect(bundles.status).toBe(200);
    expect(bundles.body.data.map((b: { name: string }) => b.name)).toEqual(['held', 'kept']);
    expect(warnings.at(-1)).toBe(
      `State file ${path}: ${path}.journal can be written again; the changes held meanwhile are saved.`,
    );
    // What the failed write left behind was cut off: the restart reads every change.
    await first.emulator.close();
    running.pop();
    const second = await start(path);
    expect(
      (await second.client.api('GET', '/bundles')).body.data.map((b: { name: string }) => b.name),
    ).toEqual(['held', 'kept']);
  });

  it('says so when it stops with changes it could not save; everything acknowledged is kept', async () => {
    const path = statePath();
    const first = await start(path);
    await first.client.api('POST', '/bundles', { body: { name: 'kept', monthly_sending_volume: 1000 } });
    disk.room = 0;
    expect(
      (await first.client.api('POST', '/bundles', { body: { name: 'lost', monthly_sending_volume: 1000 } }))
        .body,
    ).toEqual(UNSAVED);
    await expect(first.emulator.close()).rejects.toThrow(
      `Could not save the last changes to ${path} (ENOSPC: no space left on device, write); they are lost, but no call acknowledged them (each answered 500).`,
    );
    running.pop();
    expect(existsSync(`${path}.lock`)).toBe(false);
    disk.room = Number.POSITIVE_INFINITY;
    const second = await start(path);
    expect(
      (await second.client.api('GET', '/bundles')).body.data.map((b: { name: string }) => b.name),
    ).toEqual(['kept']);
  });

  it('drops a request cut off mid-write as a whole (a crash then loses none of it by halves)', async () => {
    const path = statePath();
    const first = await start(path);
    disk.room = 600;
    const order = await first.client.api('POST', '/orders', { body: sampleOrderBody(['torn-1.com']) });
    expect(order.status).toBe(500);
    // A copy of the files as they are now is what a crash (kill -9) would leave.
    const crashed = statePath();
    copyFileSync(path, crashed);
    copyFileSync(`${path}.journal`, `${crashed}.journal`);
    disk.room = Number.POSITIVE_INFINITY;
    const restarted = await start(crashed);
    expect((await restarted.client.api('GET', '/orders')).body.data).toEqual([]);
    expect((await restarted.client.api('GET', '/users')).body.data).toEqual([]);
  });

  it('keeps the state file as it was when a full disk stops the start', async () => {
    const path = statePath();
    const first = await start(path);
    await first.client.api('POST', '/bundles', { body: { name: 'kept', monthly_sending_volume: 1000 } });
    await first.emulator.close();
    running.pop();
    const snapshot = readFileSync(path, 'utf8');
    disk.room = 100;
    expect(await refusal({ statePath: path })).toBe(
      `StateFileError: Cannot write state file ${path} (ENOSPC: no space left on device, write).`,
    );
    expect(readFileSync(path, 'utf8')).toBe(snapshot);
    expect(filesIn(dirname(path))).toEqual(['state.json', 'state.json.journal']);
  });

  it('keeps journaling when a new snapshot cannot be written (EACCES), and says so', async () => {
    const path = statePath();
    const rt = seededRuntime();
    // A journal of 4 KB calls for a new snapshot; a reset (40 domains removed and made again) passes it.
    const file = openStateFile(path, (message) => warnings.push(message), 4096);
    file.attach(rt);
    disk.denied = 'state.json.tmp';
    rt.reset();
    expect(file.saveError()).toBeUndefined();
    expect(warnings).toEqual([
      `State file ${path}: cannot write a new snapshot (EACCES: permission denied, open '${path}.tmp'); the journal keeps growing until it can.`,
    ]);
    expect(filesIn(dirname(path))).toEqual(['state.json', 'state.json.journal', 'state.json.lock']);
    const journal = readFileSync(`${path}.journal`, 'utf8');
    expect(journal.length).toBeGreaterThan(4096);
    // The next try waits until the journal has grown as much again; then it works.
    disk.denied = '';
    rt.reset();
    expect(readFileSync(`${path}.journal`, 'utf8')).toBe('');
    file.close();
    const restarted = await start(path);
    expect(
      (await restarted.client.api('GET', '/domains?category=inventory&per_page=100')).body.data,
    ).toHaveLength(40);
  });
});
