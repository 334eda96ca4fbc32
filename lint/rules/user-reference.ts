import { fullFormats } from 'ajv-formats/dist/formats';
import { describeValue } from '../text-utils';
import { isObject, type Rule } from './rule';

const USER_ID = /^usr_[0-9A-Za-z]+$/;
// The same email check the schema's `format: email` uses, so lint and validation agree.
const EMAIL = fullFormats.email as RegExp;
const MAX_EMAIL_LENGTH = 254;

/** True when `value` is what `user` accepts: a `usr_…` id or an email. */
export function isUserReference(value: string): boolean {
  return USER_ID.test(value) || (value.length <= MAX_EMAIL_LENGTH && EMAIL.test(value));
}

/** A `user` string that is neither a `usr_…` id nor an email → `invalid_request`. */
export const userReferenceRule: Rule = {
  id: 'user-reference',
  code: 'invalid_request',
  severity: 'error',
  description: '`user` must be an existing customer id (`usr_…`) or an email.',
  docs: 'In the current contract `user` is a string: an existing customer id (`usr_…`) or an email — with an email the customer is reused if it exists and created otherwise. Anything else is answered with `400 invalid_request`, `field: "user"`. (The older object shape is reported as deprecated, not as an error.)',
  explainsSchemaErrors: true,
  operations: ['POST /orders'],
  check({ body }) {
    if (!isObject(body) || typeof body.user !== 'string') return [];
    const user = body.user;
    if (isUserReference(user)) return [];
    const base = {
      ruleId: this.id,
      code: this.code,
      severity: 'error' as const,
      path: ['user'],
      field: 'user',
    };
    const trimmed = user.trim();
    if (trimmed !== user && isUserReference(trimmed)) {
      return [
        {
          ...base,
          message: `\`user\` ${describeValue(user)} has spaces around it. Remove them.`,
          fixes: [
            {
              title: 'Remove surrounding whitespace',
              safe: true,
              preferred: true,
              changes: [{ kind: 'replace', path: ['user'], value: trimmed }],
            },
          ],
        },
      ];
    }
    let message: string;
    if (/^usr_/i.test(user)) {
      message = `\`user\` ${describeValue(user)} is not a valid customer id: ids are \`usr_\` followed by letters and digits only.`;
    } else if (user.includes('@')) {
      message = `\`user\` ${describeValue(user)} is not a valid email address. Send the customer's email (e.g. "client@example.com") or their \`usr_…\` id.`;
    } else if (user === '') {
      message =
        '`user` is empty. Send the customer\'s email (e.g. "client@example.com") or their `usr_…` id.';
    } else {
      message = `\`user\` ${describeValue(user)} is neither a customer id (\`usr_…\`) nor an email. Send the customer's email (the customer is created if new) or their \`usr_…\` id.`;
    }
    return [{ ...base, message }];
  },
};
