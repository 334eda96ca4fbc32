import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_CONTRACT_NAMES } from '../cli/command';
import {
  ContractConfigError,
  ContractInterruptedError,
  ContractPathError,
  type ContractProgress,
  type RateLimitWait,
  runContractSuite,
} from '../contract-tests';
import {
  type ContractProperty,
  ContractViolation,
  expectThat,
  type TargetInfo,
} from '../contract-tests/property';
import {
  FixtureStore,
  printCounterexample,
  propertySeed,
  type RunnerEnvironment,
  runProperty,
} from '../contract-tests/runner';
import { TargetClient, TargetUnreachableError } from '../contract-tests/target';
import { startEmulator } from '../emulator';
import { startupKeyFor } from '../emulator/auth';
import { EmulatorClient } from '../emulator/client';
import { LATEST_MS } from '../emulator/clock';
import { buildServer } from '../emulator/server';
import { refusingPort } from './helpers/ports';
import { seededRuntime } from './helpers/runtime';

const KEY = 'pk_test_FakeRunnerKey00000000000000';
let server: Server;
let baseUrl: string;
let counter = 0;

beforeAll(async () => {
  // Echoes `n` back with a fresh request id: enough to fail on chosen values.
  server = createServer((req, res) => {
    const n = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('n'));
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Peeker-Request-Id': `req_${String(++counter).padStart(26, '0')}`,
    });
    res.end(JSON.stringify({ data: { n } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/partner/v1`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const TARGET: TargetInfo = {
  kind: 'sandbox',
  baseUrl: '',
  requestIdPattern: /^req_/,
  requestIdRule: 'req_…',
};

function environment(overrides: Partial<RunnerEnvironment> = {}): RunnerEnvironment {
  return {
    client: new TargetClient({ baseUrl, apiKey: KEY }),
    control: undefined,
    target: { ...TARGET, baseUrl },
    seed: 42,
    numRuns: 50,
    fixtures: new FixtureStore(),
    replayCommand: (name, path) => `replay ${name} ${path}`,
    ...overrides,
  };
}

const unique = (label: string) => label;
const noWebhooks = () => Promise.reject(new Error('no webhooks here'));

/** Fails for every n ≥ 10: the smallest counterexample is exactly 10. */
const thresholdProperty: ContractProperty = {
  name: 'demo.below-ten',
  group: 'errors',
  description: 'n stays below ten',
  promise: 'n < 10',
  needsEmulator: false,
  async run(ctx) {
    await ctx.check(fc.integer({ min: 0, max: 1000 }), async (n) => {
      const exchange = await ctx.api.get('/echo', { n });
      expectThat((exchange.json as { data: { n: number } }).data.n < 10, `n=${n} is not below ten`, exchange);
    });
  },
};

describe('runProperty', () => {
  it('reports the shrunk counterexample, its exchange and how to replay it', async () => {
    const result = await runProperty(thresholdProperty, environment(), unique, noWebhooks);
    expect(result).toMatchObject({ name: 'demo.below-ten', status: 'failed' });
    const failure = result.failure!;
    expect(failure.counterexample).toBe('10');
    expect(failure.message).toBe('n=10 is not below ten');
    expect(failure.exchange?.url).toBe(`${baseUrl}/echo?n=10`);
    expect(failure.exchange?.requestId).toMatch(/^req_\d{26}$/);
    expect(failure.exchanges).toEqual([failure.exchange]);
    expect(failure.replay).toBe(`replay demo.below-ten ${failure.path}`);
    expect(failure.seed).toBe(42);
    expect(failure.shrinks).toBeGreaterThan(0);
  });

  it('replays exactly the same counterexample from its path', async () => {
    const first = await runProperty(thresholdProperty, environment(), unique, noWebhooks);
    const again = await runProperty(
      thresholdProperty,
      environment({ path: first.failure!.path }),
      unique,
      noWebhooks,
    );
    expect(again.failure?.counterexample).toBe('10');
    expect(again.failure?.path).toBe(first.failure!.path);
    expect(again.failure?.shrinking).toBe('replayed');
    expect(again.runs).toBeLessThan(first.runs);
  });

  it('says when the shrink budget cut shrinking short, and replays that very case (not a smaller one)', async () => {
    // A budget of 0 ms: the first failure found is reported as is.
    const first = await runProperty(
      thresholdProperty,
      environment({ shrinkBudgetMs: 0 }),
      unique,
      noWebhooks,
    );
    const reported = first.failure!;
    expect(reported.shrinking).toBe('cut-off');
    expect(Number(reported.counterexample)).toBeGreaterThan(10);
    const again = await runProperty(
      thresholdProperty,
      environment({ path: reported.path }),
      unique,
      noWebhooks,
    );
    expect(again.failure).toMatchObject({
      counterexample: reported.counterexample,
      message: reported.message,
      path: reported.path,
      shrinks: 0,
      shrinking: 'replayed',
    });
    expect(again.requests).toBe(1);
  });

  it('prints a counterexample built of prototype-less records (as fc.record makes) as JSON', async () => {
    const record = (entries: Record<string, unknown>) => Object.assign(Object.create(null), entries);
    const value = record({
      order: record({ user: 'sam.lee@acme-clients.com', domains: ['a.com'] }),
      copies: 3,
    });
    const failing: ContractProperty = {
      ...thresholdProperty,
      async run(ctx) {
        await ctx.check(fc.constant(value), async () => {
          throw new ContractViolation('3 simultaneous copies of one body created 3 different orders');
        });
      },
    };
    const result = await runProperty(failing, environment(), unique, noWebhooks);
    expect(result.failure?.counterexample).toBe(
      '{"order":{"user":"sam.lee@acme-clients.com","domains":["a.com"]},"copies":3}',
    );
    expect(JSON.parse(result.failure!.counterexample)).toEqual({
      order: { user: 'sam.lee@acme-clients.com', domains: ['a.com'] },
      copies: 3,
    });
  });

  it('prints a counterexample holding undefined as valid JSON in every report, as the request body would carry it', async () => {
    // As the dedupe property generates it: a density left out is undefined, in the array and the body.
    const value = { order: { user: 'sam', google_inboxes_per_domain: undefined }, densities: [undefined, 3] };
    const failing: ContractProperty = {
      ...thresholdProperty,
      async run(ctx) {
        await ctx.check(fc.constant(value), async () => {
          throw new ContractViolation('the density was not part of the fingerprint');
        });
      },
    };
    const result = await runProperty(failing, environment(), unique, noWebhooks);
    expect(result.failure?.counterexample).toBe('{"order":{"user":"sam"},"densities":[null,3]}');
    expect(JSON.parse(result.failure!.counterexample)).toEqual({
      order: { user: 'sam' },
      densities: [null, 3],
    });
  });

  it.each<[string, unknown, string]>([
    ['undefined in an array and an object', [{ a: undefined, b: 1 }, undefined], '[{"b":1},null]'],
    ['undefined alone', undefined, 'null'],
    [
      '-0, NaN and infinities',
      [-0, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 1.5],
      '[0,null,null,null,1.5]',
    ],
    ['a bigint', { big: 12345678901234567890n }, '{"big":12345678901234567890}'],
    ['a date', [new Date('2026-01-02T03:04:05.000Z')], '["2026-01-02T03:04:05.000Z"]'],
    [
      'a Set and Maps',
      [new Set([1, 'a']), new Map([['k', 1]]), new Map([[1, 'one']])],
      '[[1,"a"],{"k":1},[[1,"one"]]]',
    ],
    ['functions and symbols', { f: () => 1, s: Symbol('s'), list: [Symbol('t')] }, '{"list":[null]}'],
    [
      'boxed primitives and escapes',
      [Object('x'), Object(2), 'quote " and \n'],
      '["x",2,"quote \\" and \\n"]',
    ],
  ])('prints %s as valid JSON', (_name, value, printed) => {
    expect(printCounterexample(value)).toBe(printed);
    expect(() => JSON.parse(printCounterexample(value))).not.toThrow();
  });

  it('prints a cycle as valid JSON without looping, and a value seen twice in full', () => {
    const cycle: Record<string, unknown> = { name: 'loop' };
    cycle.self = cycle;
    const shared = { n: 1 };
    expect(printCounterexample(cycle)).toBe('{"name":"loop","self":"[circular]"}');
    expect(printCounterexample([shared, shared])).toBe('[{"n":1},{"n":1}]');
  });

  it('derives a stable, name-specific seed per property', () => {
    expect(propertySeed(42, 'a.b')).toBe(propertySeed(42, 'a.b'));
    expect(propertySeed(42, 'a.b')).not.toBe(propertySeed(42, 'a.c'));
    expect(propertySeed(42, 'a.b')).not.toBe(propertySeed(43, 'a.b'));
  });

  it('passes a property that holds and counts its runs and requests', async () => {
    const holds: ContractProperty = {
      ...thresholdProperty,
      async run(ctx) {
        await ctx.check(fc.integer({ min: 0, max: 9 }), async (n) => {
          await ctx.api.get('/echo', { n });
        });
      },
    };
    const result = await runProperty(holds, environment({ numRuns: 7 }), unique, noWebhooks);
    expect(result).toMatchObject({ status: 'passed', runs: 7, requests: 7 });
    expect(result.failure).toBeUndefined();
  });

  it('scales runs by runsFactor, never below one', async () => {
    const cheap: ContractProperty = {
      ...thresholdProperty,
      runsFactor: 0.01,
      async run(ctx) {
        await ctx.check(fc.constant(1), async () => {});
      },
    };
    expect((await runProperty(cheap, environment({ numRuns: 30 }), unique, noWebhooks)).runs).toBe(1);
  });

  it('skips emulator-only properties without a control API', async () => {
    const result = await runProperty(
      { ...thresholdProperty, needsEmulator: true },
      environment(),
      unique,
      noWebhooks,
    );
    expect(result).toMatchObject({ status: 'skipped', reason: 'needs emulator', runs: 0, requests: 0 });
  });

  it('tells a kit error (TypeError) from a broken promise, and set-up failures from both', async () => {
    const buggy: ContractProperty = {
      ...thresholdProperty,
      async run(ctx) {
        await ctx.check(fc.constant(1), async () => {
          (undefined as unknown as { x: number }).x;
        });
      },
    };
    const bug = await runProperty(buggy, environment(), unique, noWebhooks);
    expect(bug.status).toBe('error');
    expect(bug.failure?.message).toMatch(/^TypeError: /);

    const setup: ContractProperty = {
      ...thresholdProperty,
      async run() {
        throw new Error(`fixture failed with ${KEY}`);
      },
    };
    const broken = await runProperty(setup, environment(), unique, noWebhooks);
    expect(broken).toMatchObject({ status: 'error', reason: 'Error: fixture failed with [redacted]' });
  });

  it('stops at an unreachable target instead of shrinking against it', async () => {
    const gone: ContractProperty = {
      ...thresholdProperty,
      async run(ctx) {
        await ctx.check(fc.integer(), async () => {
          throw new TargetUnreachableError('Nothing is listening.');
        });
      },
    };
    await expect(runProperty(gone, environment(), unique, noWebhooks)).rejects.toThrow(
      'Nothing is listening.',
    );
  });

  it('does not count fc.pre skips as failures', async () => {
    const picky: ContractProperty = {
      ...thresholdProperty,
      async run(ctx) {
        await ctx.check(fc.integer({ min: 0, max: 20 }), async (n) => {
          fc.pre(n % 2 === 0);
          if (n > 100) throw new ContractViolation('impossible');
        });
      },
    };
    expect((await runProperty(picky, environment(), unique, noWebhooks)).status).toBe('passed');
  });
});

describe('FixtureStore', () => {
  it('creates once, retries after a failed set-up, and tears down newest first', async () => {
    const store = new FixtureStore();
    let calls = 0;
    const make = () => store.once('x', async () => ++calls);
    expect(await Promise.all([make(), make()])).toEqual([1, 1]);
    await expect(store.once('y', () => Promise.reject(new Error('flaky')))).rejects.toThrow('flaky');
    expect(await store.once('y', async () => 'second try')).toBe('second try');
    const order: string[] = [];
    store.onTeardown(async () => void order.push('first'));
    store.onTeardown(async () => {
      order.push('second');
      throw new Error('teardown hiccup');
    });
    expect(await store.teardown()).toEqual(['teardown hiccup']);
    expect(order).toEqual(['second', 'first']);
    expect(await store.teardown()).toEqual([]);
  });

  it('runs clean-up registered after the teardown at once (a property finishing after an interruption)', async () => {
    const store = new FixtureStore();
    await store.teardown();
    const order: string[] = [];
    store.onTeardown(async () => void order.push('late'));
    expect(order).toEqual(['late']);
  });
});

describe('runContractSuite seeds', () => {
  it('refuses a suite seed beyond 32 bits (it would replay the run of a smaller one) before starting anything', async () => {
    await expect(runContractSuite({ seed: 2 ** 32 + 1 })).rejects.toThrow(
      new ContractConfigError('The suite seed must be a whole number from 0 to 4294967295, got 4294967297.'),
    );
    await expect(runContractSuite({ seed: 1.5 })).rejects.toThrow(ContractConfigError);
    expect(propertySeed(2 ** 32 - 1, 'a.b')).not.toBe(propertySeed(0, 'a.b'));
  });
});

describe('runContractSuite options from plain JavaScript', () => {
  it.each([
    [{ numRuns: Number.NaN }, 'numRuns must be a whole number from 1 to 100000, got NaN.'],
    [{ numRuns: 0 }, 'numRuns must be a whole number from 1 to 100000, got 0.'],
    [{ numRuns: 2.5 }, 'numRuns must be a whole number from 1 to 100000, got 2.5.'],
    [{ numRuns: '10' }, 'numRuns must be a whole number from 1 to 100000, got "10".'],
    [{ numRuns: 1e9 }, 'numRuns must be a whole number from 1 to 100000, got 1000000000.'],
    [{ only: 'dedupe' }, `only must be an array of property or group names (e.g. ['dedupe']), got "dedupe".`],
    [{ seed: '7' }, 'The suite seed must be a whole number from 0 to 4294967295, got "7".'],
    [null, 'The suite options must be an object, got null.'],
    // A key copied from a wrapped terminal line: undici's error quoted the header, and blamed baseUrl.
    [
      { baseUrl: 'http://127.0.0.1:9/partner/v1', apiKey: 'pk_test_4f9aQ2Lm\n0PqRs8TuVw4XyZ7k' },
      'apiKey has a line break at character 17, which an HTTP header cannot carry. Copy the key again: pk_test_ or pk_live_ followed by letters and digits.',
    ],
    [
      { baseUrl: 'http://127.0.0.1:9/partner/v1', apiKey: '"pk_test_FAKEKEY00000000000000000"' },
      'apiKey is wrapped in quotes (as some .env loaders keep them): remove them, the key is only pk_test_ and letters and digits.',
    ],
    ...[
      ' pk_live_FAKEKEY00000000000',
      '"pk_live_FAKEKEY00000000000"',
      'PK_LIVE_FAKEKEY00000000000',
      'pk_live%5FFAKEKEY00000000000',
    ].map((apiKey): [{ baseUrl: string; apiKey: string }, string] => [
      { baseUrl: 'http://127.0.0.1:9/partner/v1', apiKey },
      'Refusing a pk_live_ key: contract tests create orders and send invalid requests. Use a pk_test_ (sandbox) key, or no key to test the embedded emulator.',
    ]),
    [
      { configNames: '--base-url' },
      'configNames must be an object { baseUrl, apiKey, giveApiKey } of texts, got "--base-url".',
    ],
    [
      { configNames: { baseUrl: 'url', apiKey: 'key' } },
      "configNames.giveApiKey must be a non-empty text (what to do without a key, e.g. 'set apiKey to a pk_test_… key'), got undefined.",
    ],
    [
      { configNames: { baseUrl: ' ', apiKey: 'key', giveApiKey: 'set key' } },
      `configNames.baseUrl must be a non-empty text (where the base URL is set, e.g. 'baseUrl'), got " ".`,
    ],
    [
      { configNames: { baseUrl: 'url', apiKey: 'key', giveApiKey: 'set key', propertyNames: 5 } },
      "configNames.propertyNames must be a non-empty text (where the property names are listed, e.g. 'CONTRACT_PROPERTIES lists the property names'), got 5.",
    ],
  ])(
    'refuses %j before anything is sent (it used to report every property as holding after 0 runs)',
    async (options, message) => {
      await expect(runContractSuite(options as never)).rejects.toThrow(new ContractConfigError(message));
    },
  );
});

describe('runContractSuite set-up errors name where the caller configures the target', () => {
  /** A server on 127.0.0.1 answering every request (the emulator probe too: not an emulator) with `status`. */
  async function fakeApi(
    status: number,
    contentType: string,
    body: string,
    headers: Record<string, string> = {},
  ): Promise<string> {
    const fake = createServer((_req, res) =>
      res.writeHead(status, { 'Content-Type': contentType, ...headers }).end(body),
    );
    fakes.push(fake);
    await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(fake.address() as AddressInfo).port}/partner/v1`;
  }
  const fakes: Server[] = [];
  afterAll(async () => {
    for (const fake of fakes) {
      fake.closeAllConnections();
      await new Promise((resolve) => fake.close(resolve));
    }
  });
  const refusal = (baseUrl: string, options: Parameters<typeof runContractSuite>[0] = {}) =>
    runContractSuite({ baseUrl, only: ['dedupe'], ...options }).then(
      () => 'ran',
      (error: unknown) => (error instanceof ContractConfigError ? error.message : String(error)),
    );
  const notTheApi = (where: string, baseUrl: string) =>
    `GET ${where}/me answered 200 with text/html, not JSON: is ${baseUrl} the API base ending in /partner/v1 (e.g. https://api.peeker.ai/partner/v1)?`;

  it('names the options by default: a library caller has baseUrl and apiKey, not --base-url and --api-key', async () => {
    const unauthorized = await fakeApi(
      401,
      'application/json',
      '{"error":{"code":"unauthorized","message":"No."}}',
    );
    const html = await fakeApi(200, 'text/html', '<!doctype html>');
    const missing = await fakeApi(404, 'application/json', '{"error":{"code":"not_found","message":"No."}}');
    const { port, release } = await refusingPort();
    const origin = `http://127.0.0.1:${port}`;

    expect(await refusal(`${origin}/partner/v1`).finally(release)).toBe(
      `Nothing is listening at ${origin} (connection refused). Check baseUrl, or start the emulator with 'peeker-devkit emulator'.`,
    );
    expect(await refusal(unauthorized)).toBe(
      `No API key for ${unauthorized}: set apiKey to a pk_test_… key (a full-preset sandbox key).`,
    );
    expect(await refusal(unauthorized, { apiKey: KEY })).toBe(
      'The API key was refused (401 unauthorized): check apiKey; it may be mistyped or revoked.',
    );
    expect(await refusal(html, { apiKey: KEY })).toBe(notTheApi(html, 'baseUrl'));
    // Already ending in /partner/v1: not that advice again, but what else the server can be.
    const root = missing.replace(/\/partner\/v1$/, '');
    expect(await refusal(missing, { apiKey: KEY })).toBe(
      `GET ${missing}/me answered 404: this server has no /partner/v1/me. Either it is not the Peeker API, ` +
        `or it is a mock serving the spec's paths at its root (as Prism does): then use ${root} as baseUrl.`,
    );
    expect(await refusal(root, { apiKey: KEY })).toBe(
      `GET ${root}/me answered 404: baseUrl should be the API base ending in /partner/v1.`,
    );
    // The echo server answers GET /me 200 with JSON, but not the key's details.
    expect(await refusal(baseUrl, { apiKey: KEY })).toBe(
      `GET ${baseUrl}/me answered 200 without the key's details the Peeker API gives there (data.api_key.environment ` +
        'and data.api_key.permission_preset): is baseUrl the Peeker API base ending in /partner/v1 ' +
        '(e.g. https://api.peeker.ai/partner/v1)?',
    );
    expect(await refusal('api.peeker.ai/partner/v1', { apiKey: KEY })).toBe(
      "baseUrl 'api.peeker.ai/partner/v1' is not a URL; expected e.g. https://api.peeker.ai/partner/v1.",
    );
    expect(await refusal('ftp://api.peeker.ai/partner/v1', { apiKey: KEY })).toBe(
      'baseUrl must be http:// or https://, got ftp://.',
    );
    expect(await refusal('http://api.peeker.ai/partner/v1', { apiKey: KEY })).toBe(
      'baseUrl http://api.peeker.ai is plain http on another machine: the key would cross the network in clear. Use https://.',
    );
    expect(await refusal(`${html}?env=test`, { apiKey: KEY })).toBe(
      `baseUrl should be the API base without a query, e.g. ${html}.`,
    );
  });

  it('names where a redirect points, and JSON cut short as cut short, not as "not JSON"', async () => {
    const moved = await fakeApi(301, 'text/html', '<a>Moved</a>', {
      Location: 'https://api.example.test/partner/v1/me',
    });
    const relative = await fakeApi(308, 'text/plain', '', { Location: '/v2/me' });
    const bare = await fakeApi(302, 'text/plain', '');
    const truncated = await fakeApi(200, 'application/json', '{"data": {"api_key": ');
    const broken = await fakeApi(200, 'application/json', '{"data": nope}');
    expect(await refusal(moved, { apiKey: KEY })).toBe(
      `GET ${moved}/me answered 301 redirecting to https://api.example.test/partner/v1/me: the kit does not follow redirects. ` +
        'Set baseUrl to the API base it points at, ending in /partner/v1.',
    );
    expect(await refusal(relative, { apiKey: KEY })).toBe(
      `GET ${relative}/me answered 308 redirecting to ${new URL(relative).origin}/v2/me: the kit does not follow redirects. ` +
        'Set baseUrl to the API base it points at, ending in /partner/v1.',
    );
    // A key as the Location's user name is redacted, not quoted percent-encoded (%5Bredacted%5D); the password masked.
    const keyed = await fakeApi(302, 'text/plain', '', {
      Location: `https://${KEY}:pw@api.example.test/partner/v1/me`,
    });
    expect(await refusal(keyed, { apiKey: KEY })).toBe(
      `GET ${keyed}/me answered 302 redirecting to https://[redacted]:***@api.example.test/partner/v1/me: the kit does not follow redirects. ` +
        'Set baseUrl to the API base it points at, ending in /partner/v1.',
    );
    expect(await refusal(bare, { apiKey: KEY })).toBe(
      `GET ${bare}/me answered 302, a redirect without a Location: the kit does not follow redirects. ` +
        'Set baseUrl to the API base itself, ending in /partner/v1.',
    );
    expect(await refusal(truncated, { apiKey: KEY })).toBe(
      `GET ${truncated}/me answered 200 with application/json, but the JSON is cut short (it stops mid-value): ` +
        'the answer was truncated on its way. Check the server and any proxy in front of it, then try again.',
    );
    expect(await refusal(broken, { apiKey: KEY })).toMatch(
      new RegExp(
        `^GET ${broken.replace(/[.]/g, '\\.')}/me answered 200 with application/json, but the body is not valid JSON \\(Unexpected token .+\\): is baseUrl the Peeker API base ending in /partner/v1`,
      ),
    );
  });

  it('reports a rate-limited GET /me as such, never waiting past the cap nor retrying sooner than asked', async () => {
    const limited = (seconds: number) =>
      fakeApi(
        429,
        'application/json',
        JSON.stringify({
          error: { code: 'rate_limited', message: 'slow down', details: { retry_after_seconds: seconds } },
        }),
      );
    const hour = await limited(3600);
    const year = await limited(31_536_000);
    const started = Date.now();
    expect(await refusal(hour, { apiKey: KEY })).toBe(
      `GET ${hour}/me answered 429 ("rate_limited: slow down"), asking to wait 1 h (more than the 60 s the kit waits). ` +
        "Nothing else was sent: the key's rate limit is spent. Wait until it resets, then run again.",
    );
    expect(await refusal(year, { apiKey: KEY })).toBe(
      `GET ${year}/me answered 429 ("rate_limited: slow down"), asking to wait 365 days (more than the 60 s the kit waits). ` +
        "Nothing else was sent: the key's rate limit is spent. Wait until it resets, then run again.",
    );
    // Neither waited: an hour in silence, or a retry at once (setTimeout overflowing to 1 ms).
    expect(Date.now() - started).toBeLessThan(5_000);

    const brief = await limited(0);
    const waits: RateLimitWait[] = [];
    const onProgress = (event: ContractProgress) => {
      if (event.kind === 'rate-limit-wait') waits.push(event);
    };
    expect(await refusal(brief, { apiKey: KEY, onProgress })).toBe(
      `GET ${brief}/me answered 429 ("rate_limited: slow down"), asking to wait 0 s; still rate-limited after 3 retries. ` +
        "Nothing else was sent: the key's rate limit is spent. Wait until it resets, then run again.",
    );
    // Each wait is the 0 s asked for plus under a second of jitter.
    expect(waits.every((wait) => wait.seconds >= 0 && wait.seconds < 1)).toBe(true);
    expect(waits.map(({ seconds: _, ...wait }) => wait)).toEqual(
      [1, 2, 3].map((retry) => ({
        kind: 'rate-limit-wait',
        method: 'GET',
        url: `${brief}/me`,
        retry,
        retries: 3,
      })),
    );
  });

  it('does not wait out a 429 from an emulator whose clock is frozen: it says how to free the key', async () => {
    const emulator = await startEmulator({ port: 0, clock: 'frozen', rateLimitPerMinute: 1 });
    try {
      const client = new EmulatorClient(emulator);
      expect((await client.api('GET', '/me')).status).toBe(200);
      const waits: RateLimitWait[] = [];
      const onProgress = (event: ContractProgress) => {
        if (event.kind === 'rate-limit-wait') waits.push(event);
      };
      const started = Date.now();
      const refused = await refusal(emulator.baseUrl, { apiKey: emulator.apiKey, onProgress });
      expect(refused).toMatch(
        new RegExp(
          `^GET ${emulator.baseUrl.replace(/[.]/g, '\\.')}/me answered 429 \\("rate_limited: API rate limit exceeded .+"\\)\\. ` +
            "Nothing else was sent: the key's rate limit is spent, and the emulator's clock is frozen, so waiting never frees it\\. " +
            'Advance the clock \\(POST /_emulator/clock/advance\\) or raise rate_limit_per_minute \\(PUT /_emulator/config\\), then run again\\.$',
        ),
      );
      expect(waits).toEqual([]);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await emulator.close();
    }
  });

  it('does not wait out a 429 from an emulator whose clock stands at its limit: it names the config call only', async () => {
    // A real clock that reached 9999-01-01T00:00:00Z: it stands there, and advances are refused.
    const rt = seededRuntime({ clockOffsetMs: LATEST_MS, rateLimitPerMinute: 1 });
    const app = buildServer(rt, 'verify');
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/partner/v1`;
      const apiKey = startupKeyFor(1);
      const me = await fetch(`${baseUrl}/me`, { headers: { authorization: `Bearer ${apiKey}` } });
      expect(me.status).toBe(200);
      const waits: RateLimitWait[] = [];
      const onProgress = (event: ContractProgress) => {
        if (event.kind === 'rate-limit-wait') waits.push(event);
      };
      const started = Date.now();
      expect(await refusal(baseUrl, { apiKey, onProgress })).toMatch(
        new RegExp(
          `^GET ${baseUrl.replace(/[.]/g, '\\.')}/me answered 429 \\("rate_limited: API rate limit exceeded .+"\\)\\. ` +
            "Nothing else was sent: the key's rate limit is spent, and the emulator's clock stands at 9999-01-01T00:00:00Z, the latest time it supports, so neither waiting nor an advance frees it\\. " +
            'Raise rate_limit_per_minute \\(PUT /_emulator/config\\), or restart the emulator without its state file \\(the clock starts again at the real time\\), then run again\\.$',
        ),
      );
      expect(waits).toEqual([]);
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      await app.close();
      rt.close();
    }
  });

  it('uses the names the caller passes, capitalising one written as prose where it starts the message', async () => {
    const configNames = {
      baseUrl: 'the BASE_URL variable',
      apiKey: 'the API_KEY variable',
      giveApiKey: 'set API_KEY to a pk_test_… key',
    };
    const unauthorized = await fakeApi(
      401,
      'application/json',
      '{"error":{"code":"unauthorized","message":"No."}}',
    );
    const html = await fakeApi(200, 'text/html', '<!doctype html>');
    expect(await refusal(unauthorized, { configNames })).toBe(
      `No API key for ${unauthorized}: set API_KEY to a pk_test_… key (a full-preset sandbox key).`,
    );
    expect(await refusal(unauthorized, { apiKey: KEY, configNames })).toBe(
      'The API key was refused (401 unauthorized): check the API_KEY variable; it may be mistyped or revoked.',
    );
    expect(await refusal(html, { apiKey: KEY, configNames })).toBe(notTheApi(html, 'the BASE_URL variable'));
    expect(await refusal('http://api.peeker.ai/partner/v1', { apiKey: KEY, configNames })).toBe(
      'The BASE_URL variable http://api.peeker.ai is plain http on another machine: the key would cross the network in clear. Use https://.',
    );
  });

  it('words them as the CLI always has, given the CLI names (its flags and PEEKER_API_KEY)', async () => {
    const configNames = CLI_CONTRACT_NAMES;
    const unauthorized = await fakeApi(
      401,
      'application/json',
      '{"error":{"code":"unauthorized","message":"No."}}',
    );
    const missing = await fakeApi(404, 'application/json', '{"error":{"code":"not_found","message":"No."}}');
    expect(await refusal(unauthorized, { configNames })).toBe(
      `No API key for ${unauthorized}: pass --api-key pk_test_… or set PEEKER_API_KEY (a full-preset sandbox key).`,
    );
    expect(await refusal(unauthorized, { apiKey: KEY, configNames })).toBe(
      'The API key was refused (401 unauthorized): check --api-key or PEEKER_API_KEY; it may be mistyped or revoked.',
    );
    const root = missing.replace(/\/partner\/v1$/, '');
    expect(await refusal(missing, { apiKey: KEY, configNames })).toBe(
      `GET ${missing}/me answered 404: this server has no /partner/v1/me. Either it is not the Peeker API, ` +
        `or it is a mock serving the spec's paths at its root (as Prism does): then use ${root} as --base-url.`,
    );
    expect(await refusal(root, { apiKey: KEY, configNames })).toBe(
      `GET ${root}/me answered 404: --base-url should be the API base ending in /partner/v1.`,
    );
    expect(await refusal('api.peeker.ai', { apiKey: KEY, configNames })).toBe(
      "--base-url 'api.peeker.ai' is not a URL; expected e.g. https://api.peeker.ai/partner/v1.",
    );
  });
});

describe('runContractSuite replaying a path', () => {
  it('names its options, not CLI flags, when path selects more than one property or an unknown one', async () => {
    await expect(runContractSuite({ only: ['errors'], path: '1:2' })).rejects.toThrow(
      new ContractConfigError(
        'path replays one counterexample of one property: select exactly one with only (selected 4).',
      ),
    );
    await expect(runContractSuite({ only: ['nope'] })).rejects.toThrow(
      /^Unknown property or group: nope\. Groups: .*; the property names are in CONTRACT_PROPERTIES, and 'peeker-devkit contract --list' prints them\.$/,
    );
    // A wrapping tool words where its users find the names.
    await expect(
      runContractSuite({
        only: ['nope'],
        configNames: {
          baseUrl: 'url',
          apiKey: 'key',
          giveApiKey: 'set key',
          propertyNames: 'the Testing view lists them',
        },
      }),
    ).rejects.toThrow(/^Unknown property or group: nope\. Groups: .*; the Testing view lists them\.$/);
  });

  it('refuses a path that is not a fast-check path before anything is sent', async () => {
    await expect(runContractSuite({ only: ['pagination.no-totals'], path: '3:x' })).rejects.toThrow(
      new ContractConfigError(
        `path must be a fast-check path like '3:1:0', as a failure's report gives it, got "3:x".`,
      ),
    );
  });

  it('refuses a path that names no case of the property, saying which settings it was tried with', async () => {
    const replay = runContractSuite({ only: ['pagination.no-totals'], path: '9:9:9:9', seed: 4, numRuns: 1 });
    await expect(replay).rejects.toThrow(ContractPathError);
    await expect(replay).rejects.toMatchObject({
      message:
        'The path 9:9:9:9 names no case of pagination.no-totals with seed 4 and numRuns 1; replay a failure ' +
        "with the path, seed and numRuns of its report's replay command, unchanged.",
      path: '9:9:9:9',
      property: 'pagination.no-totals',
      seed: 4,
      numRuns: 1,
    });
    await expect(replay).rejects.toBeInstanceOf(ContractConfigError);
  });
});

describe('runContractSuite interrupted through its signal', () => {
  it('settles at once while a property waits out a 429, and sends nothing after the abort', async () => {
    // /me checks out; every other call is rate-limited for a short while, which the old code waited out and retried.
    const sent: number[] = [];
    const limited = createServer((req, res) => {
      const headers = {
        'Content-Type': 'application/json',
        'Peeker-Request-Id': 'req_01HZX0E5K7N9P2Q4R6S8T0U1V3',
      };
      if (req.url === '/partner/v1/me') {
        res.writeHead(200, headers);
        res.end(JSON.stringify({ data: { api_key: { environment: 'test', permission_preset: 'full' } } }));
        return;
      }
      if (req.url?.startsWith('/_emulator')) {
        res.writeHead(404, headers).end('{"error":{"code":"not_found","message":"No such route."}}');
        return;
      }
      sent.push(Date.now());
      res.writeHead(429, headers);
      res.end(
        JSON.stringify({
          error: { code: 'rate_limited', message: 'Slow down.', details: { retry_after_seconds: 0.3 } },
        }),
      );
    });
    await new Promise<void>((resolve) => limited.listen(0, '127.0.0.1', resolve));
    try {
      const interrupt = new AbortController();
      const run = runContractSuite({
        baseUrl: `http://127.0.0.1:${(limited.address() as AddressInfo).port}/partner/v1`,
        apiKey: KEY,
        only: ['request-ids.present-on-every-response'],
        signal: interrupt.signal,
      }).catch((error: unknown) => error);
      while (sent.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      const abortedAt = Date.now();
      interrupt.abort('SIGINT');
      const error = await run;
      expect(error).toBeInstanceOf(ContractInterruptedError);
      expect(Date.now() - abortedAt).toBeLessThan(1_000);
      // Longer than the 429's wait plus its jitter: a retry would have been sent by now.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(sent.filter((at) => at > abortedAt)).toEqual([]);
    } finally {
      limited.closeAllConnections();
      await new Promise((resolve) => limited.close(resolve));
    }
  });
});
