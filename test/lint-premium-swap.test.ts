import { describe, expect, it } from 'vitest';
import { checkBody, firstApiError, lint } from '../lint';

describe('premium_swap_limits: a premium swap is only checked by the server', () => {
  it('says so as info, on the type value, without guessing', () => {
    const text = '{"type": "premium", "domain_id": "dom_01ABC", "replacement_domain": "fresh-mail.com"}';
    const start = text.indexOf('"premium"');
    expect(lint(text, { operation: 'POST /swaps' }).diagnostics).toEqual([
      {
        range: {
          start: { line: 0, character: start, offset: start },
          end: { line: 0, character: start + 9, offset: start + 9 },
        },
        severity: 'info',
        code: 'premium_swap_limits',
        field: 'type',
        message:
          'Premium swaps are for Microsoft domains only, count against the account tier\'s quota (base 20 %, premium 30 %, vip 40 %, vip_plus 60 % of active Microsoft inboxes) and can repeat on a domain only every 30 days; the server checks these, the linter cannot. Use "standard" when the old domain need not stay warm.',
      },
    ]);
    expect(firstApiError('POST /swaps', JSON.parse(text))).toBeNull();
  });

  it('is quiet for standard swaps', () => {
    expect(
      checkBody('POST /swaps', {
        type: 'standard',
        domain_id: 'dom_01ABC',
        replacement_domain: 'fresh-mail.com',
      }),
    ).toEqual([]);
  });
});

describe('a swap without its type', () => {
  it('is invalid_request on `type`, naming the two kinds', () => {
    expect(
      firstApiError('POST /swaps', {
        domain_id: 'dom_01HZX0D01A2B3C4D5E6F7G8H',
        replacement_domain: 'acme-fresh.com',
      }),
    ).toEqual({
      status: 400,
      code: 'invalid_request',
      message: 'Missing required field `type`. The kind of swap, `standard` or `premium`. Add it.',
      field: 'type',
    });
  });
});
