/**
 * Pending actions (seed §6) → what blocks, how to resolve it (from the contract's catalog), and a
 * prefilled request file that starts the resolution.
 */
import { catalog, type PendingAction } from '../../../schemas';
import { requestFileText } from './request-file';

/** How the Pending actions view presents one action. */
export interface PendingActionResolution {
  /** What is blocking, from the catalog (or the action's own message for an unknown reason). */
  blocking: string;
  /** How to resolve it, from the catalog. */
  resolution: string;
  /** The button, e.g. "Create swap…". */
  actionLabel: string;
  /** Suggested file name and text of the request file that starts the resolution. */
  fileName: string;
  fileText: string;
}

/** The resolution for one pending action. */
export function resolvePendingAction(
  action: Pick<PendingAction, 'id' | 'reason'> & Partial<PendingAction>,
): PendingActionResolution {
  const info = (
    catalog.pendingActionReasons as Record<string, { blocking: string; resolution: string } | undefined>
  )[action.reason];
  const blocking = info?.blocking ?? action.message ?? `Unknown reason ${action.reason}.`;
  const resolution =
    info?.resolution ?? 'This reason is not in the contract; read the action message and contact support.';
  const short = action.id.slice(-8).toLowerCase();
  switch (action.reason) {
    case 'replace_domain':
      return {
        blocking,
        resolution,
        actionLabel: 'Create swap…',
        fileName: `swap-${short}.peeker.json`,
        fileText: requestFileText({
          description: `Replace ${action.domain ?? action.domain_id ?? 'the domain'} (pending action ${action.id}). Fill in replacement_domain, then Send.`,
          request: 'POST /swaps',
          body: { type: 'standard', domain_id: action.domain_id ?? 'dom_…', replacement_domain: '' },
        }),
      };
    case 'update_nameservers':
      return {
        blocking,
        resolution,
        actionLabel: 'Look up nameservers…',
        fileName: `import-${short}.peeker.json`,
        fileText: requestFileText({
          description: `The import of ${action.domain ?? 'the domain'} lists the nameserver_groups to send to the customer (pending action ${action.id}).`,
          request: 'GET /domains/import',
          query: { domains: action.domain ?? '' },
        }),
      };
    default:
      return {
        blocking,
        resolution,
        actionLabel: 'Open order…',
        fileName: `order-${short}.peeker.json`,
        fileText: requestFileText({
          description: `The order blocked by pending action ${action.id}: correct it and place a new order.`,
          request: 'GET /orders/{id}',
          path: { id: action.order_id ?? 'ord_…' },
        }),
      };
  }
}
