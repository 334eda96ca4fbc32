import type { Finding } from '../findings';
import { MAX_PERSONAS, PERSONA_OPERATIONS, personaLists } from './personas';
import type { Rule } from './rule';

/** More than 10 personas → `invalid_request` on the extra entries. */
export const personasLimitRule: Rule = {
  id: 'personas-limit',
  code: 'invalid_request',
  severity: 'error',
  description: `More than ${MAX_PERSONAS} personas in one request.`,
  docs: `An order (or a user-name swap) takes up to ${MAX_PERSONAS} personas; the API answers \`400 invalid_request\` with \`field: "personas"\` beyond that. The diagnostic covers the extra entries; the quick fix removes them (not safe: you choose who stays).`,
  explainsSchemaErrors: true,
  operations: PERSONA_OPERATIONS,
  check({ body }) {
    const findings: Finding[] = [];
    for (const { key, items } of personaLists(body)) {
      if (items.length <= MAX_PERSONAS) continue;
      const extra = items.length - MAX_PERSONAS;
      findings.push({
        ruleId: this.id,
        code: this.code,
        severity: 'error',
        path: [key],
        anchor: { fromIndex: MAX_PERSONAS },
        field: key,
        message: `\`${key}\` has ${items.length} entries; the API accepts at most ${MAX_PERSONAS}. Remove ${extra} (the highlighted ${extra === 1 ? 'entry' : 'entries'}).`,
        details: { max_count: MAX_PERSONAS, submitted_count: items.length },
        fixes: [
          {
            title: `Remove the last ${extra === 1 ? 'persona' : `${extra} personas`}`,
            safe: false,
            preferred: true,
            changes: items
              .slice(MAX_PERSONAS)
              .map((_, i) => ({ kind: 'remove' as const, path: [key, MAX_PERSONAS + i] })),
          },
        ],
      });
    }
    return findings;
  },
};
