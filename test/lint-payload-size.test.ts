/**
 * `payload_too_large` measures what would be sent: a request file's body re-serialized as compact
 * JSON (what the extension sends), a plain body file's text byte for byte (what `curl
 * --data-binary @file` sends).
 */
import { describe, expect, it } from 'vitest';
import { lint, MAX_BODY_BYTES } from '../lint';

const names = (count: number) => Array.from({ length: count }, (_, i) => `acme-mail-${i}.com`);
const sizeOf = (text: string) => Buffer.byteLength(text, 'utf8');
const tooLarge = (text: string, target: Parameters<typeof lint>[1]) =>
  lint(text, target).diagnostics.filter((d) => d.code === 'payload_too_large');

describe('a request file', () => {
  // 45k names: ≈ 1 MB compact; indented with 8 spaces per level, the file is about half again as big.
  const body = { domains: names(45_000) };
  const file = JSON.stringify({ request: 'POST /domains/import/jobs', body }, null, 8);

  it('is measured by its body as sent (compact JSON), not by its indented text', () => {
    expect(sizeOf(JSON.stringify(body))).toBeLessThan(MAX_BODY_BYTES);
    expect(sizeOf(file)).toBeGreaterThan(MAX_BODY_BYTES * 1.4);
    expect(tooLarge(file, { kind: 'request-file' })).toEqual([]);
  });

  it('reports the compact size when that is over the limit, at the start of the body', () => {
    const bigger = { domains: names(50_000) };
    const text = JSON.stringify({ request: 'POST /domains/import/jobs', body: bigger }, null, 8);
    const sent = sizeOf(JSON.stringify(bigger));
    expect(sent).toBeGreaterThan(MAX_BODY_BYTES);
    const [diagnostic] = tooLarge(text, { kind: 'request-file' });
    expect(diagnostic).toMatchObject({
      severity: 'error',
      message: `The body is ${sent} bytes as sent (compact JSON); the API accepts at most 1048576 (1 MB) and answers payload_too_large (Peeker DevKit's limit and code: the docs give none). Split it into several requests (for bulk imports use POST /domains/import/jobs).`,
      details: { size_bytes: sent, limit_bytes: 1048576 },
    });
    expect(text.slice(diagnostic!.range.start.offset, diagnostic!.range.end.offset)).toBe('{');
    expect(diagnostic!.range.start.offset).toBe(text.indexOf('"body": ') + '"body": '.length);
  });

  it('counts what serializing rewrites: escapes shrink, exponents grow', () => {
    // "\u00e9" (6 characters) is sent as é (2 bytes); 1e20 is sent as 21 digits.
    const escaped = `{"request": "POST /domains/availability", "body": {"domains": ["a.com"], "pad": "${'\\u00e9'.repeat(200_000)}"}}`;
    expect(sizeOf(escaped)).toBeGreaterThan(MAX_BODY_BYTES);
    expect(tooLarge(escaped, { kind: 'request-file' })).toEqual([]);
    const numbers = `{"request": "POST /domains/availability", "body": {"domains": ["a.com"], "pad": [${Array(60_000).fill('1e20').join(',')}]}}`;
    expect(sizeOf(numbers)).toBeLessThan(MAX_BODY_BYTES / 3);
    expect(tooLarge(numbers, { kind: 'request-file' }).map((d) => d.details)).toEqual([
      {
        size_bytes: sizeOf(JSON.stringify({ domains: ['a.com'], pad: Array(60_000).fill(1e20) })),
        limit_bytes: 1048576,
      },
    ]);
  });
});

describe('a plain body file', () => {
  it('is measured by its text, indentation included: it is sent as it is', () => {
    const text = JSON.stringify({ domains: names(45_000) }, null, 8);
    expect(sizeOf(JSON.stringify(JSON.parse(text)))).toBeLessThan(MAX_BODY_BYTES);
    expect(tooLarge(text, { operation: 'POST /domains/import/jobs' }).map((d) => d.details)).toEqual([
      { size_bytes: sizeOf(text), limit_bytes: 1048576 },
    ]);
  });
});
