/**
 * The one decision taken before any request leaves the editor: send it, ask first (a write with a
 * live key), or refuse (an untrusted workspace). Pure, so every operation × key × trust case is
 * unit-tested; `PeekerSession.send` only carries the decision out.
 */
import type { OperationInfo } from '../../../schemas';
import { type AccountSummary, liveConfirmationMessage, needsLiveConfirmation } from './account';

/** Why nothing is sent in Restricted Mode (shown in a notification and the Account view). */
export const RESTRICTED_MODE_MESSAGE =
  'This workspace is in Restricted Mode: Peeker sends no requests until you trust it.';

/** The modal's confirm button; any other answer (Cancel, Escape) sends nothing. */
export const SEND_TO_LIVE = 'Send to LIVE';

/** What to do with a request. */
export type SendDecision =
  | { kind: 'send' }
  | { kind: 'confirm'; message: string; detail: string; confirmLabel: typeof SEND_TO_LIVE }
  | { kind: 'refuse'; message: string };

/** What the decision depends on. */
export interface SendContext {
  /** `vscode.workspace.isTrusted`. */
  trusted: boolean;
  /** The embedded emulator (its own `pk_test_` key) or the configured base URL with the stored key. */
  target: 'emulator' | 'configured';
  /** The stored key (never shown). */
  key: string | undefined;
  /** What `GET /me` said about it, if it answered. */
  account?: AccountSummary;
}

/**
 * Decides whether a request may be sent: never in Restricted Mode; a `write` operation with a live
 * key (by prefix, or by `GET /me`) only after an explicit confirmation; anything else at once.
 */
export function decideSend(
  operation: Pick<OperationInfo, 'key' | 'permission'>,
  url: string,
  context: SendContext,
): SendDecision {
  if (!context.trusted) return { kind: 'refuse', message: RESTRICTED_MODE_MESSAGE };
  // The embedded emulator always uses its own pk_test_ key, whatever key is stored.
  if (context.target === 'configured' && needsLiveConfirmation(operation, context.key, context.account)) {
    return {
      kind: 'confirm',
      message: liveConfirmationMessage(operation, url),
      detail: 'Your key is a pk_live_ key. Test in the sandbox with a pk_test_ key first.',
      confirmLabel: SEND_TO_LIVE,
    };
  }
  return { kind: 'send' };
}
