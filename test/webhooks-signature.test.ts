import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../schemas';
import {
  DEFAULT_TOLERANCE_SECONDS,
  EVENT_ID_HEADER,
  SIGNATURE_HEADER,
  signWebhook,
  TIMESTAMP_HEADER,
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookBody,
  type WebhookHeaders,
} from '../webhooks/signature';

const SECRET = 'whsec_test_secret';
const TIMESTAMP = 1_700_000_000;
const BODY = '{"id":"evt_1","type":"order.completed"}';
// HMAC-SHA256(SECRET, "1700000000." + BODY), computed outside Node with Python's hmac module.
const BODY_DIGEST = 'fab5d4e1b80a476d25d1e056dd64cd3de69eeb7966ef41e9800a8a0c2d7e1382';
const SIGNATURE = `v1=${BODY_DIGEST}`;

/** Verifies with the clock frozen at `at` (default: the signing time). */
function verifyAt(
  headers: WebhookHeaders,
  { body = BODY as WebhookBody, at = TIMESTAMP, secret = SECRET, ...options }: VerifyOptions = {},
) {
  return verifyWebhook(body, headers, secret, { now: () => at, ...options });
}
type VerifyOptions = Omit<VerifyWebhookOptions, 'now'> & {
  body?: WebhookBody;
  at?: number;
  secret?: string;
};

function headersFor(signature: string, timestamp: string | number = TIMESTAMP): Record<string, string> {
  return { 'Peeker-Signature': signature, 'Peeker-Timestamp': String(timestamp), 'Peeker-Event-Id': 'evt_1' };
}

function hmacHex(secret: string, payload: string | Uint8Array): string {
  return createHmac('sha256', secret).update(payload).digest('hex');
}

describe('the signature scheme', () => {
  // signature.ts stays dependency-free for partners, so it repeats these values: keep them in step.
  it('matches the contract: headers, signed string and tolerance', () => {
    expect([EVENT_ID_HEADER, TIMESTAMP_HEADER, SIGNATURE_HEADER]).toEqual(catalog.webhookSignature.headers);
    expect(catalog.webhookSignature.signedPayload).toBe('<Peeker-Timestamp>.<raw body bytes>');
    expect(DEFAULT_TOLERANCE_SECONDS).toBe(catalog.webhookSignature.toleranceSeconds);
  });
});

describe('signWebhook', () => {
  it('signs "<timestamp>.<body>" with HMAC-SHA256 as v1=<lowercase hex>', () => {
    expect(signWebhook(BODY, SECRET, TIMESTAMP)).toEqual({
      'Peeker-Timestamp': '1700000000',
      'Peeker-Signature': SIGNATURE,
    });
  });

  it('signs raw bytes as given, including bytes that are not valid UTF-8', () => {
    const bytes = Uint8Array.of(0xff, 0x00, 0xfe, 0x0a);
    expect(signWebhook(bytes, SECRET, TIMESTAMP)['Peeker-Signature']).toBe(
      'v1=b5189836c5e2486c9499a76d7e9638d42613bb82beb8350a33060efc2daeb485',
    );
  });

  it('encodes string bodies and secrets as UTF-8', () => {
    expect(signWebhook('{"name":"Zoë ✓"}', 'sécret', TIMESTAMP)['Peeker-Signature']).toBe(
      'v1=3c68f47354f8ebb731d03fea13b1487c8bafc120d02570af01cd6cd4d1f63fd7',
    );
  });

  it('gives the same signature for a string and its UTF-8 Buffer', () => {
    expect(signWebhook(Buffer.from(BODY, 'utf8'), SECRET, TIMESTAMP)).toEqual(
      signWebhook(BODY, SECRET, TIMESTAMP),
    );
  });

  it('rejects an empty secret and timestamps that are not whole Unix seconds', () => {
    expect(() => signWebhook(BODY, '', TIMESTAMP)).toThrow(
      new TypeError('signWebhook: the webhook secret must be a non-empty string.'),
    );
    expect(() => signWebhook(BODY, SECRET, 1.5)).toThrow(/whole Unix seconds, got 1.5/);
    expect(() => signWebhook(BODY, SECRET, -1)).toThrow(/got -1/);
    expect(() => signWebhook(BODY, SECRET, Number.NaN)).toThrow(/got NaN/);
  });

  it('refuses a timestamp in milliseconds, as webhooks sign does: every verifier would reject it', () => {
    expect(() => signWebhook(BODY, SECRET, 1_700_000_000_123)).toThrow(
      new TypeError(
        'signWebhook: timestampSeconds 1700000000123 looks like milliseconds (as Date.now() gives); ' +
          'pass Unix seconds, e.g. 1700000000 (Math.floor(Date.now() / 1000)).',
      ),
    );
    expect(signWebhook(BODY, SECRET, 99_999_999_999)['Peeker-Timestamp']).toBe('99999999999');
  });
});

describe('verifyWebhook: accepted deliveries', () => {
  it('accepts a correctly signed delivery and returns the event id and timestamp', () => {
    expect(verifyAt(headersFor(SIGNATURE))).toEqual({ ok: true, eventId: 'evt_1', timestamp: TIMESTAMP });
  });

  it("returns the signed body's id as eventId, with or without Peeker-Event-Id", () => {
    const result = verifyAt({ 'Peeker-Signature': SIGNATURE, 'Peeker-Timestamp': '1700000000' });
    expect(result).toStrictEqual({ ok: true, eventId: 'evt_1', timestamp: TIMESTAMP });
  });

  it('falls back to the Peeker-Event-Id header, or omits eventId, when the body has no string id', () => {
    for (const body of ['not json', '[1,2]', '{"type":"order.completed"}', '{"id":42}', '"evt_1"']) {
      const signature = signWebhook(body, SECRET, TIMESTAMP)['Peeker-Signature'];
      expect(verifyAt(headersFor(signature), { body })).toStrictEqual({
        ok: true,
        eventId: 'evt_1',
        timestamp: TIMESTAMP,
      });
      const noHeader = { 'Peeker-Signature': signature, 'Peeker-Timestamp': '1700000000' };
      expect(verifyAt(noHeader, { body })).toStrictEqual({ ok: true, timestamp: TIMESTAMP });
    }
  });

  it('accepts the body as a Buffer or a plain Uint8Array', () => {
    const buffer = Buffer.from(BODY, 'utf8');
    expect(verifyAt(headersFor(SIGNATURE), { body: buffer }).ok).toBe(true);
    expect(verifyAt(headersFor(SIGNATURE), { body: new Uint8Array(buffer) }).ok).toBe(true);
  });

  it('accepts the ArrayBuffer a Fetch API server gives, and any ArrayBufferView', async () => {
    const request = new Request('http://127.0.0.1/hooks', {
      method: 'POST',
      body: BODY,
      headers: headersFor(SIGNATURE),
    });
    const arrayBuffer = await request.arrayBuffer();
    expect(verifyWebhook(arrayBuffer, request.headers, SECRET, { now: () => TIMESTAMP })).toEqual({
      ok: true,
      eventId: 'evt_1',
      timestamp: TIMESTAMP,
    });
    // A view of part of a larger buffer: only its own bytes are the body.
    const padded = Buffer.from(`xx${BODY}yy`, 'utf8');
    const inner = { byteOffset: padded.byteOffset + 2, byteLength: padded.length - 4 };
    expect(
      verifyAt(headersFor(SIGNATURE), {
        body: new DataView(padded.buffer, inner.byteOffset, inner.byteLength),
      }).ok,
    ).toBe(true);
    expect(signWebhook(arrayBuffer, SECRET, TIMESTAMP)['Peeker-Signature']).toBe(SIGNATURE);
  });

  it('accepts upper-case hex digests', () => {
    expect(verifyAt(headersFor(`v1=${BODY_DIGEST.toUpperCase()}`)).ok).toBe(true);
  });

  it.each([
    ['comma', `v1=${'0'.repeat(64)},v1=${BODY_DIGEST}`],
    ['comma and space', `v1=${BODY_DIGEST}, v1=${'0'.repeat(64)}`],
    ['space', `v1=${'a'.repeat(64)} v1=${BODY_DIGEST}`],
    ['unknown scheme first', `v0=deadbeef,v1=${BODY_DIGEST}`],
    ['malformed v1 entry first', `v1=not-hex,v1=${BODY_DIGEST}`],
  ])('accepts several entries separated by %s when one v1 entry matches', (_separator, header) => {
    expect(verifyAt(headersFor(header))).toEqual({ ok: true, eventId: 'evt_1', timestamp: TIMESTAMP });
  });

  it('verifies with either secret during a rotation', () => {
    const oldSecret = 'whsec_old';
    const newSecret = 'whsec_new';
    const header = [oldSecret, newSecret]
      .map((secret) => signWebhook(BODY, secret, TIMESTAMP)['Peeker-Signature'])
      .join(', ');
    expect(verifyAt(headersFor(header), { secret: oldSecret }).ok).toBe(true);
    expect(verifyAt(headersFor(header), { secret: newSecret }).ok).toBe(true);
    expect(verifyAt(headersFor(header), { secret: 'whsec_other' })).toMatchObject({
      ok: false,
      reason: 'signature_mismatch',
    });
  });

  it("with signedPayload 'body', checks an HMAC of the body alone", () => {
    const bodyOnly = `v1=${hmacHex(SECRET, BODY)}`;
    expect(bodyOnly).toBe('v1=37a1bc0d0ba44932b625aff06c8a36de7f7ec9807da210731d3487b3adb3663d');
    expect(verifyAt(headersFor(bodyOnly), { signedPayload: 'body' }).ok).toBe(true);
    expect(verifyAt(headersFor(bodyOnly))).toMatchObject({ ok: false, reason: 'signature_mismatch' });
    expect(verifyAt(headersFor(SIGNATURE), { signedPayload: 'body' })).toMatchObject({
      ok: false,
      reason: 'signature_mismatch',
    });
  });
});

describe('verifyWebhook: header shapes', () => {
  it.each<[string, WebhookHeaders]>([
    [
      'lower-case record (Node IncomingHttpHeaders)',
      { 'peeker-signature': SIGNATURE, 'peeker-timestamp': '1700000000', 'peeker-event-id': 'evt_1' },
    ],
    [
      'upper-case record',
      { 'PEEKER-SIGNATURE': SIGNATURE, 'PEEKER-TIMESTAMP': '1700000000', 'PEEKER-EVENT-ID': 'evt_1' },
    ],
    [
      'mixed-case record',
      { 'pEEker-Signature': SIGNATURE, 'Peeker-timestamp': '1700000000', 'peeker-Event-id': 'evt_1' },
    ],
    [
      'array values',
      {
        'peeker-signature': [`v1=${'0'.repeat(64)}`, SIGNATURE],
        'peeker-timestamp': ['1700000000'],
        'peeker-event-id': 'evt_1',
      },
    ],
    ['WHATWG Headers', new Headers(headersFor(SIGNATURE))],
  ])('reads headers from a %s', (_shape, headers) => {
    expect(verifyAt(headers)).toEqual({ ok: true, eventId: 'evt_1', timestamp: TIMESTAMP });
  });

  it('trims surrounding whitespace from header values', () => {
    expect(verifyAt(headersFor(`  ${SIGNATURE} `, ' 1700000000 ')).ok).toBe(true);
  });
});

describe('verifyWebhook: rejected deliveries', () => {
  it.each<[string, WebhookHeaders, string]>([
    ['no signature header', { 'Peeker-Timestamp': '1700000000' }, 'missing_signature'],
    ['an empty signature header', headersFor('  '), 'missing_signature'],
    ['no timestamp header', { 'Peeker-Signature': SIGNATURE }, 'missing_timestamp'],
    ['an empty timestamp header', headersFor(SIGNATURE, ''), 'missing_timestamp'],
    ['a decimal timestamp', headersFor(SIGNATURE, '1700000000.5'), 'malformed_timestamp'],
    ['a negative timestamp', headersFor(SIGNATURE, '-1700000000'), 'malformed_timestamp'],
    ['an exponent timestamp', headersFor(SIGNATURE, '1.7e9'), 'malformed_timestamp'],
    ['a timestamp in words', headersFor(SIGNATURE, 'yesterday'), 'malformed_timestamp'],
    ['a signature without scheme', headersFor(BODY_DIGEST), 'malformed_signature'],
    ['only an unknown scheme', headersFor(`v0=${BODY_DIGEST}`), 'malformed_signature'],
    ['a 63-digit digest', headersFor(`v1=${BODY_DIGEST.slice(1)}`), 'malformed_signature'],
    ['a non-hex digest', headersFor(`v1=${'g'.repeat(64)}`), 'malformed_signature'],
    ['a wrong digest', headersFor(`v1=${'0'.repeat(64)}`), 'signature_mismatch'],
  ])('rejects %s', (_case, headers, reason) => {
    const result = verifyAt(headers);
    expect(result).toMatchObject({ ok: false, reason });
    expect(result.ok ? '' : result.message).toMatch(/Reject|reject/);
  });

  it('rejects a body that differs from the signed one', () => {
    expect(verifyAt(headersFor(SIGNATURE), { body: `${BODY} ` })).toMatchObject({
      ok: false,
      reason: 'signature_mismatch',
    });
  });

  it('rejects a signature made with another secret', () => {
    const forged = signWebhook(BODY, 'whsec_attacker', TIMESTAMP)['Peeker-Signature'];
    expect(verifyAt(headersFor(forged))).toMatchObject({ ok: false, reason: 'signature_mismatch' });
  });

  it('explains the likely cause when the body was already parsed as JSON', () => {
    const parsed = JSON.parse(BODY) as unknown as string;
    const result = verifyAt(headersFor(SIGNATURE), { body: parsed });
    expect(result).toEqual({
      ok: false,
      reason: 'signature_mismatch',
      message:
        'verifyWebhook needs the raw body as a string, Buffer, Uint8Array or ArrayBuffer, got an object. ' +
        'Did a JSON body parser run first? Use a raw body parser on the webhook route.',
    });
  });

  it('rejects a signed delivery whose Peeker-Event-Id is not the signed body id (a replay under a new id)', () => {
    const replayed = { ...headersFor(SIGNATURE), 'Peeker-Event-Id': 'evt_attacker0000000000000001' };
    expect(verifyAt(replayed)).toEqual({
      ok: false,
      reason: 'event_id_mismatch',
      message:
        'Peeker-Event-Id "evt_attacker0000000000000001" differs from the signed body\'s id "evt_1": the header is ' +
        'not signed, so this looks like a replayed delivery with a forged event id. Reject it with 400.',
    });
    // The signature is checked first: a forged body is a signature_mismatch whatever its ids.
    expect(verifyAt(replayed, { body: BODY.replace('evt_1', 'evt_2') })).toMatchObject({
      reason: 'signature_mismatch',
    });
  });

  it('accepts a Peeker-Event-Id a proxy repeated, as Node joins it or as an array, when every copy is the signed id', () => {
    const accepted = { ok: true, eventId: 'evt_1', timestamp: TIMESTAMP };
    for (const repeated of ['evt_1, evt_1', 'evt_1,evt_1', ' evt_1 ,  evt_1 , evt_1 ']) {
      expect(verifyAt({ ...headersFor(SIGNATURE), 'Peeker-Event-Id': repeated })).toStrictEqual(accepted);
    }
    expect(verifyAt({ ...headersFor(SIGNATURE), 'peeker-event-id': ['evt_1', 'evt_1'] })).toStrictEqual(
      accepted,
    );
    const fetchHeaders = new Headers(headersFor(SIGNATURE));
    fetchHeaders.append('Peeker-Event-Id', 'evt_1');
    expect(fetchHeaders.get('Peeker-Event-Id')).toBe('evt_1, evt_1');
    expect(verifyAt(fetchHeaders)).toStrictEqual(accepted);
  });

  it('still rejects a repeated Peeker-Event-Id when any copy is another id', () => {
    for (const [repeated, shown] of [
      ['evt_1, evt_2', 'evt_1, evt_2'],
      [['evt_2', 'evt_1'], 'evt_2, evt_1'],
      ['evt_1, ', 'evt_1,'],
      ['evt_1, evt_1, evt_1x', 'evt_1, evt_1, evt_1x'],
    ] as const) {
      expect(verifyAt({ ...headersFor(SIGNATURE), 'Peeker-Event-Id': repeated })).toEqual({
        ok: false,
        reason: 'event_id_mismatch',
        message:
          `Peeker-Event-Id "${shown}" differs from the signed body's id "evt_1": the header is ` +
          'not signed, so this looks like a replayed delivery with a forged event id. Reject it with 400.',
      });
    }
  });

  it('says a secret that is not a string must be one, rather than calling it empty', () => {
    expect(verifyAt(headersFor(SIGNATURE), { secret: Buffer.from(SECRET) as unknown as string })).toEqual({
      ok: false,
      reason: 'signature_mismatch',
      message:
        'The webhook secret given to verifyWebhook must be a string, got a Buffer. Pass it as the text shown ' +
        "in the Peeker portal (a Buffer: secret.toString('utf8')); reject deliveries until then.",
    });
    expect(
      verifyWebhook(BODY, headersFor(SIGNATURE), undefined as unknown as string, { now: () => TIMESTAMP }),
    ).toMatchObject({
      message: expect.stringMatching(/^The webhook secret given to verifyWebhook is empty\./),
    });
  });

  it('refuses an unknown signedPayload instead of verifying some other way', () => {
    const options = { signedPayload: 'nonsense' as unknown as 'body' };
    expect(verifyAt(headersFor(SIGNATURE), options)).toEqual({
      ok: false,
      reason: 'signature_mismatch',
      message:
        "verifyWebhook: options.signedPayload is \"nonsense\"; expected 'timestamp.body' (the default) or 'body'. " +
        'Fix the option; every delivery is rejected until then.',
    });
  });

  it('never matches with an empty secret, even against a signature made with an empty key', () => {
    const emptyKeyDigest = `v1=${hmacHex('', `${TIMESTAMP}.${BODY}`)}`;
    expect(verifyAt(headersFor(emptyKeyDigest), { secret: '' })).toMatchObject({
      ok: false,
      reason: 'signature_mismatch',
    });
  });

  it('quotes and shortens attacker-supplied header values in messages', () => {
    const result = verifyAt(headersFor(SIGNATURE, `12\n${'9'.repeat(100)}`));
    expect(result.ok ? '' : result.message).toBe(
      `Peeker-Timestamp "12\\n${'9'.repeat(77)}…" is not Unix seconds. Reject the request with 400.`,
    );
  });
});

describe('verifyWebhook: timestamp tolerance', () => {
  it.each([
    ['exactly 300 s old', TIMESTAMP + 300],
    ['exactly 300 s ahead', TIMESTAMP - 300],
  ])('accepts a timestamp %s', (_case, now) => {
    expect(verifyAt(headersFor(SIGNATURE), { at: now })).toEqual({
      ok: true,
      eventId: 'evt_1',
      timestamp: TIMESTAMP,
    });
  });

  it.each([
    ['301 s old', TIMESTAMP + 301],
    ['301 s ahead', TIMESTAMP - 301],
  ])('rejects a timestamp %s as stale', (_case, now) => {
    expect(verifyAt(headersFor(SIGNATURE), { at: now })).toMatchObject({
      ok: false,
      reason: 'stale_timestamp',
    });
  });

  it('says how far off the timestamp is and in which direction', () => {
    const old = verifyAt(headersFor(SIGNATURE), { at: TIMESTAMP + 301 });
    const ahead = verifyAt(headersFor(SIGNATURE), { at: TIMESTAMP - 400 });
    expect(old.ok ? '' : old.message).toMatch(/^Peeker-Timestamp is 301 s old \(tolerance 300 s\)/);
    expect(ahead.ok ? '' : ahead.message).toMatch(
      /^Peeker-Timestamp is 400 s in the future \(tolerance 300 s\)/,
    );
  });

  it('checks staleness before the signature so replays are reported as such', () => {
    const result = verifyAt(headersFor(`v1=${'0'.repeat(64)}`), { at: TIMESTAMP + 1000 });
    expect(result).toMatchObject({ ok: false, reason: 'stale_timestamp' });
  });

  it('honours a custom tolerance', () => {
    expect(verifyAt(headersFor(SIGNATURE), { at: TIMESTAMP + 10, toleranceSeconds: 10 }).ok).toBe(true);
    expect(verifyAt(headersFor(SIGNATURE), { at: TIMESTAMP + 11, toleranceSeconds: 10 }).ok).toBe(false);
  });

  it.each([Number.NaN, -1, Number.POSITIVE_INFINITY])(
    'falls back to 300 s for a tolerance of %s',
    (tolerance) => {
      expect(DEFAULT_TOLERANCE_SECONDS).toBe(300);
      expect(verifyAt(headersFor(SIGNATURE), { at: TIMESTAMP + 300, toleranceSeconds: tolerance }).ok).toBe(
        true,
      );
      expect(verifyAt(headersFor(SIGNATURE), { at: TIMESTAMP + 301, toleranceSeconds: tolerance }).ok).toBe(
        false,
      );
    },
  );

  it('uses the system clock by default', () => {
    const now = Math.floor(Date.now() / 1000);
    const headers = signWebhook(BODY, SECRET, now);
    expect(verifyWebhook(BODY, headers, SECRET)).toEqual({ ok: true, eventId: 'evt_1', timestamp: now });
    const stale = signWebhook(BODY, SECRET, now - 3600);
    expect(verifyWebhook(BODY, stale, SECRET)).toMatchObject({ ok: false, reason: 'stale_timestamp' });
  });
});

describe('verifyWebhook never throws', () => {
  it('fails closed on hostile or malformed arguments', () => {
    const throwingHeaders = {
      get() {
        throw new Error('boom');
      },
    };
    const cases: Array<() => ReturnType<typeof verifyWebhook>> = [
      () => verifyWebhook(BODY, null as unknown as WebhookHeaders, SECRET),
      () => verifyWebhook(BODY, undefined as unknown as WebhookHeaders, SECRET),
      () => verifyWebhook(BODY, 42 as unknown as WebhookHeaders, SECRET),
      () => verifyWebhook(BODY, throwingHeaders, SECRET),
      () =>
        verifyWebhook(BODY, headersFor(SIGNATURE), SECRET, {
          now: () => {
            throw new Error('clock broke');
          },
        }),
      () => verifyWebhook(BODY, headersFor(SIGNATURE), SECRET, { now: () => Number.NaN }),
      () => verifyWebhook(123 as unknown as string, headersFor(SIGNATURE), SECRET, { now: () => TIMESTAMP }),
      () =>
        verifyWebhook(BODY, headersFor(SIGNATURE), undefined as unknown as string, { now: () => TIMESTAMP }),
    ];
    for (const run of cases) {
      const result = run();
      expect(result.ok).toBe(false);
    }
    expect(verifyWebhook(BODY, throwingHeaders, SECRET)).toEqual({
      ok: false,
      reason: 'signature_mismatch',
      message: 'Could not verify the delivery (boom). Reject it with 400.',
    });
  });

  it('returns a verdict for arbitrary inputs (property)', () => {
    const headerValue = fc.oneof(fc.string(), fc.array(fc.string()), fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.uint8Array(), fc.anything()),
        fc.oneof(
          fc.record({ 'peeker-signature': headerValue, 'peeker-timestamp': headerValue }),
          fc.dictionary(fc.string(), headerValue),
          fc.anything(),
        ),
        fc.oneof(fc.string(), fc.anything()),
        (body, headers, secret) => {
          const result = verifyWebhook(body as string, headers as WebhookHeaders, secret as string);
          return typeof result.ok === 'boolean';
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('sign → verify round trip (properties)', () => {
  const body = fc.oneof(fc.string(), fc.uint8Array({ maxLength: 512 }));
  const secret = fc.string({ minLength: 1 });
  const timestamp = fc.integer({ min: 0, max: 4_102_444_800 });

  it('verifies whatever it signed', () => {
    fc.assert(
      fc.property(body, secret, timestamp, (payload, key, at) => {
        const result = verifyWebhook(payload, signWebhook(payload, key, at), key, { now: () => at });
        expect(result).toEqual({ ok: true, timestamp: at });
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('rejects the delivery when any single byte of the body is flipped', () => {
    const bodyAndIndex = fc
      .uint8Array({ minLength: 1, maxLength: 512 })
      .chain((bytes) => fc.tuple(fc.constant(bytes), fc.nat({ max: bytes.length - 1 })));
    fc.assert(
      fc.property(bodyAndIndex, secret, fc.integer({ min: 1, max: 255 }), ([bytes, index], key, mask) => {
        const headers = signWebhook(bytes, key, TIMESTAMP);
        const tampered = Uint8Array.from(bytes);
        tampered[index] = tampered[index]! ^ mask;
        const result = verifyWebhook(tampered, headers, key, { now: () => TIMESTAMP });
        expect(result).toMatchObject({ ok: false, reason: 'signature_mismatch' });
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('rejects the delivery when any single byte of the signature is flipped', () => {
    fc.assert(
      fc.property(
        body,
        secret,
        fc.nat({ max: 31 }),
        fc.integer({ min: 1, max: 255 }),
        (payload, key, index, mask) => {
          const headers = signWebhook(payload, key, TIMESTAMP);
          const digest = Buffer.from(headers['Peeker-Signature'].slice('v1='.length), 'hex');
          digest[index] = digest[index]! ^ mask;
          const forged = { ...headers, 'Peeker-Signature': `v1=${digest.toString('hex')}` };
          const result = verifyWebhook(payload, forged, key, { now: () => TIMESTAMP });
          expect(result).toMatchObject({ ok: false, reason: 'signature_mismatch' });
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});
