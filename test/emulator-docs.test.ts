import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAULTS, MAGIC, TIMINGS } from '../emulator';
import { normalizeDomain } from '../lint';
import { catalog } from '../schemas';

// Table cells are padded by the formatter: compare with runs of spaces collapsed.
const DOC = readFileSync(join(__dirname, '..', 'docs', 'emulator.md'), 'utf8').replace(/ {2,}/g, ' ');

describe('docs/emulator.md', () => {
  it('lists every magic value with its effect, as in emulator/magic.ts', () => {
    for (const magic of Object.values(MAGIC)) {
      expect(DOC).toContain(
        `| \`${magic.token}\` (${magic.match}) | ${magic.where} | ${magic.effect.replace(/\.$/, '')}`,
      );
    }
  });

  it('lists every fault with the contract it breaks', () => {
    for (const fault of FAULTS) expect(DOC).toContain(`| \`${fault.name}\` | ${fault.breaks} |`);
  });

  it("gives the cancellation wait as TIMINGS does, and says it compresses the docs' renewal period", () => {
    const hours = TIMINGS.cancelGraceSeconds / 3600;
    expect(DOC).toContain(`→ \`cancelled\`, domains back to inventory | +${hours} h (\`cancels_at\`)¹ |`);
    expect(DOC.replace(/\s+/g, ' ')).toContain(
      "¹ Peeker cancels at the end of the renewal period (the cancel page's example has `cancels_at` 30 days after `cancellation_scheduled_at`;",
    );
    expect(DOC).not.toMatch(/end of the grace window/);
  });

  it('says that domain names come back normalized, with an example normalizeDomain agrees with', () => {
    const prose = DOC.replace(/\s+/g, ' ');
    expect(prose).toContain(
      "Domain names are stored and returned normalized, as the lint engine's `normalizeDomain` writes them: lower-case, no trailing dot, internationalized labels as punycode A-labels. `Bücher.DE.` comes back as `xn--bcher-kva.de` everywhere",
    );
    expect(normalizeDomain('Bücher.DE.')).toBe('xn--bcher-kva.de');
  });

  it('says webhook attempts go one at a time, and what a hanging handler costs an advance', () => {
    const prose = DOC.replace(/\s+/g, ' ');
    const timeout = TIMINGS.webhookTimeoutMs / 1000;
    expect(prose).toContain(
      'Attempts go out **one at a time**, in due order (shuffled per batch under chaos), never concurrently',
    );
    expect(prose).toContain(
      `one that never answers costs the full ${timeout} s timeout per attempt, so a clock advance waits N × ${timeout} s for N attempts that hang.`,
    );
  });

  it('names every webhook event type of the catalog', () => {
    for (const { type } of catalog.webhookEvents) {
      const [family, name] = type.split('.') as [string, string];
      expect(
        DOC.includes(`\`${type}\``) || DOC.includes(`\`${family}.${name}\``) || DOC.includes(`.${name}\``),
      ).toBe(true);
    }
  });
});
