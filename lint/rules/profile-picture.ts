import { catalog } from '../../schemas';
import { type Finding, type FixSpec, fieldOf } from '../findings';
import { publicUrlProblem } from '../urls';
import { PERSONA_OPERATIONS, personas } from './personas';
import { findingAt, type Rule } from './rule';

const REASON = 'profile_picture_not_accessible';

/** What Peeker does with a picture it cannot fetch, said for the operation that sent it. */
function outcomeFor(operation: string): string {
  return operation === 'POST /swaps/user_names'
    ? `Peeker would accept the swap, then hold it at \`swap.action_required\` with the pending action \`${REASON}\`.`
    : `Peeker would accept the order, then block it with the pending action \`${REASON}\`.`;
}

/**
 * Plain http on a public host: the docs list invalid, private, local or unreachable URLs, never
 * http as such, so this is the kit's caution, not a documented outcome.
 */
function httpCautionFor(operation: string): string {
  const outcome =
    operation === 'POST /swaps/user_names'
      ? `\`swap.action_required\` with \`${REASON}\``
      : `the pending action \`${REASON}\``;
  return `Peeker may refuse it (${outcome}): the docs ask for a public URL, and https is Peeker DevKit's recommendation (the docs do not say plain http is refused). Use an https URL, or send "" for none.`;
}

/**
 * A profile picture URL that is not public → the `profile_picture_not_accessible` pending action,
 * in advance (plus a caution for plain http, which the docs do not mention): on orders ([BP]
 * [PEND]) and on user-name swaps, where the user-name swaps guide [UNS] says it triggers
 * `swap.action_required` (the API reference [S-UN] says the picture is "not currently applied";
 * the kit follows the newer, more specific guide).
 */
export const profilePictureRule: Rule = {
  id: 'profile-picture-not-accessible',
  code: REASON,
  severity: 'warning',
  description:
    'A persona’s `profile_picture_url` that Peeker cannot fetch (localhost, private IP, `file:`, `data:`…), or may refuse (plain http).',
  docs: `Google profile pictures must be public images. The order is accepted, but an invalid, private, local or unreachable URL stops it at the pending action \`${REASON}\` (type \`${catalog.pendingActionReasons[REASON].action_type}\`): “${catalog.pendingActionReasons[REASON].resolution}” The user-name swaps guide says the same of \`POST /swaps/user_names\`: a private or local URL triggers \`swap.action_required\` with \`${REASON}\` (the API reference page says the picture is “accepted but not currently applied”; the kit follows the newer, more specific guide). The linter flags what can be decided offline: schemes Peeker cannot fetch (\`file:\`, \`data:\`, …), localhost, private/loopback/link-local IPs, internal host names and URLs with credentials. It also cautions about plain \`http:\` on a public host: the docs do not say it is refused, but they ask for a public URL and https is the kit's recommendation (the emulator accepts it). Send \`""\` for no picture.`,
  operations: PERSONA_OPERATIONS,
  check({ operation, body }) {
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
      const message =
        problem.reason === 'not_https'
          ? `\`${fieldOf(urlPath)}\` ${problem.message} ${httpCautionFor(operation)}`
          : `\`${fieldOf(urlPath)}\` ${problem.message} ${outcomeFor(operation)} Host the picture on a public https URL (e.g. a CDN), or send "" for none.`;
      const details = {
        reason: problem.reason,
        pending_action_type: catalog.pendingActionReasons[REASON].action_type,
      };
      findings.push(findingAt(this, urlPath, message, { details, fixes }));
    }
    return findings;
  },
};
