/**
 * Plain ASCII names never reach IDNA: `domainToASCII` is called for names with non-ASCII characters
 * or an `xn--` label only, whatever the pattern lets IDNA judge for the others.
 */
import * as url from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { checkBody } from '../lint';
import { describeDomainProblem, isValidDomainName } from '../lint/domains';

vi.mock('node:url', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:url')>();
  return { ...real, domainToASCII: vi.fn(real.domainToASCII) };
});

describe('the ASCII fast path of domain names', () => {
  it('validates and checks ASCII names without calling IDNA', () => {
    const calls = vi.mocked(url.domainToASCII);
    calls.mockClear();
    const names = Array.from({ length: 200 }, (_, i) => `outreach-${i}.com`);
    expect(names.every((name) => isValidDomainName(name))).toBe(true);
    expect(checkBody('POST /domains/import/jobs', { domains: names })).toEqual([]);
    expect(describeDomainProblem('acme_mail.com')?.reason).toBe('invalid_character');
    expect(calls).not.toHaveBeenCalled();
    // A Unicode name or a punycode label is IDNA's to judge.
    expect([isValidDomainName('l·l.cat'), isValidDomainName('xn--ll-0ea.cat')]).toEqual([true, true]);
    expect(calls).toHaveBeenCalledTimes(2);
  });
});
