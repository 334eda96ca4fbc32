import { type Finding, fieldOf } from '../findings';
import type { JsonPath } from '../types';
import { PERSONA_OPERATIONS, personas } from './personas';
import { findingAt, type Rule } from './rule';

const nameKey = (value: unknown) => (typeof value === 'string' ? value.trim().toLowerCase() : '');

/** Two personas with the same first and last name → `duplicate_persona` warning. */
export const duplicatePersonaRule: Rule = {
  id: 'duplicate-persona',
  code: 'duplicate_persona',
  severity: 'warning',
  description: 'Two personas with the same first and last name.',
  docs: 'Peeker derives inbox usernames from persona names (Jane + Doe → `jane.doe@…`), so two personas with the same name would ask for the same mailbox on every domain. Give each persona a different name.',
  operations: PERSONA_OPERATIONS,
  check({ body }) {
    const findings: Finding[] = [];
    const seen = new Map<string, JsonPath>();
    for (const { path, persona } of personas(body)) {
      const first = nameKey(persona.first_name);
      const last = nameKey(persona.last_name);
      if (first === '' || last === '') continue;
      const key = `${first}\u0000${last}`;
      const earlier = seen.get(key);
      if (earlier === undefined) {
        seen.set(key, path);
        continue;
      }
      findings.push(
        findingAt(
          this,
          path,
          `${String(persona.first_name).trim()} ${String(persona.last_name).trim()} is already \`${fieldOf(earlier)}\`: both would get the same inbox username on every domain. Give each persona a different name.`,
        ),
      );
    }
    return findings;
  },
};
