import { catalog } from '../../schemas';
import { type Finding, type FixSpec, fieldOf } from '../findings';
import { publicUrlProblem } from '../urls';
import { personas } from './personas';
import { findingAt, type Rule } from './rule';

const REASON = 'profile_picture_not_accessible';

/**
 * A profile picture URL that is not public https → the `profile_picture_not_accessible` pending
 * action, in advance. Orders only: user-name swaps do not apply the picture (see
 * {@link profilePictureNotAppliedRule}).
 */
export const profilePictureRule: Rule = {
  id: 'profile-picture-not-accessible',
  code: REASON,
  severity: 'warning',
  description:
    'A persona’s `profile_picture_url` that Peeker cannot fetch (not https, localhost, private IP, `file:`, `data:`…).',
  docs: `Google profile pictures must be public images. The order is accepted, but an invalid, private, local or unreachable URL stops it at the pending action \`${REASON}\` (type \`${catalog.pendingActionReasons[REASON].action_type}\`): “${catalog.pendingActionReasons[REASON].resolution}” The linter flags what can be decided offline: non-https schemes (\`http:\`, \`file:\`, \`data:\`, …), localhost, private/loopback/link-local IPs, internal host names and URLs with credentials. Send \`""\` for no picture.`,
  operations: ['POST /orders'],
  check({ body }) {
    const findings: Finding[] = [];
    for (const { path, persona } of personas(body)) {
      const url = persona.profile_picture_url;
      if (typeof url !== 'string' || url === '') continue;
      const problem = publicUrlProblem(url, true);
      if (!problem) continue;
      const urlPath = [...path, 'profile_picture_url'];
      const fixes: FixSpec[] = [];
      if (problem.reason === 'not_https') {
        fixes.push({
          title: 'Use https',
          safe: false,
          preferred: true,
          changes: [{ kind: 'replace', path: urlPath, value: url.trim().replace(/^http:/i, 'https:') }],
        });
      }
      fixes.push({
        title: 'Send no profile picture ("")',
        safe: false,
        changes: [{ kind: 'replace', path: urlPath, value: '' }],
      });
      const message = `\`${fieldOf(urlPath)}\` ${problem.message} Peeker would accept the order, then block it with the pending action \`${REASON}\`. Host the picture on a public https URL (e.g. a CDN), or send "" for none.`;
      const details = {
        reason: problem.reason,
        pending_action_type: catalog.pendingActionReasons[REASON].action_type,
      };
      findings.push(findingAt(this, urlPath, message, { details, fixes }));
    }
    return findings;
  },
};

/** A profile picture sent with a user-name swap, which the API accepts but does not apply. */
export const profilePictureNotAppliedRule: Rule = {
  id: 'profile-picture-not-applied',
  code: 'profile_picture_not_applied',
  severity: 'info',
  description:
    'A persona’s `profile_picture_url` in a user-name swap, which Peeker accepts but does not apply.',
  docs: 'Peeker’s API reference for `POST /swaps/user_names` (June 2026) says `profile_picture_url` is “accepted but not currently applied” (the user-name swaps guide calls the picture optional). So a picture sent there would not be set, and the order-only pending action `profile_picture_not_accessible` is not warned about. The linter notes each non-empty URL so that nobody counts on it; send `""` to say none.',
  operations: ['POST /swaps/user_names'],
  check({ body }) {
    const findings: Finding[] = [];
    for (const { path, persona } of personas(body)) {
      const url = persona.profile_picture_url;
      if (typeof url !== 'string' || url === '') continue;
      const urlPath = [...path, 'profile_picture_url'];
      const message = `\`${fieldOf(urlPath)}\` is accepted but not applied: Peeker’s API reference says user-name swaps do not currently apply profile pictures, so this one would not be set.`;
      findings.push(findingAt(this, urlPath, message));
    }
    return findings;
  },
};
