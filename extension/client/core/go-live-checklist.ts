/**
 * The seed's go-live checklist (§1 "Test in sandbox first") as data, shared by the VS Code
 * walkthrough and `peeker-devkit doctor`. A step is done only when there is evidence — a real
 * successful call or a verified event — never because a button was clicked. Evidence from the
 * local emulator ticks the practice steps, but "Ready for live" needs the order and webhook flow
 * proven in the real sandbox (seed §1: a full sandbox order and a verified webhook flow).
 */

/** The kinds of evidence the checklist is built on. */
export type EvidenceKind =
  | 'testKey'
  | 'meOk'
  | 'orderCreated'
  | 'orderCompleted'
  | 'webhookVerified'
  | 'contractPassed';

/**
 * Where evidence was gathered: the real sandbox (a `pk_test_` key against a non-local base URL), a
 * local emulator (the embedded one, or any base URL on this machine), or the kit standing in for
 * Peeker (`doctor`'s webhook deliveries, which it signs itself). Only sandbox evidence counts for
 * "Ready for live".
 */
export type EvidenceSource = 'sandbox' | 'emulator' | 'kit';

/** One piece of evidence: when it was seen, what it was (an id, a request id…) and where. */
export interface EvidenceRecord {
  at: string;
  detail: string;
  /** Missing on records saved before sources were kept: those never count as sandbox evidence. */
  source?: EvidenceSource;
}

/** Evidence gathered so far; missing kinds are not done. */
export type Evidence = Partial<Record<EvidenceKind, EvidenceRecord>>;

/** One checklist step. */
export interface GoLiveStep {
  /** Stable id, also the walkthrough step id. */
  id: string;
  title: string;
  /** Why it matters, after the seed page. */
  why: string;
  /** The evidence that completes it; `undefined` for the final step, done when all others are. */
  evidence?: EvidenceKind;
  /** How to do it in VS Code. */
  inEditor: string;
  /** How to do it in a terminal. */
  inTerminal: string;
}

/** The steps, in order. */
export const GO_LIVE_STEPS: readonly GoLiveStep[] = Object.freeze([
  {
    id: 'set-test-key',
    title: 'Set a test key',
    why: 'pk_test_ keys run the full API against the sandbox: same shapes, every webhook, no charges.',
    evidence: 'testKey',
    inEditor: 'Run "Peeker: Set API Key" and paste a pk_test_ key (or turn on the local emulator).',
    inTerminal: 'export PEEKER_API_KEY=pk_test_…',
  },
  {
    id: 'get-me',
    title: 'GET /me works',
    why: 'The cheapest health check: it proves the key, the base URL and the environment.',
    evidence: 'meOk',
    inEditor: 'The Account view calls GET /me when a key is set; "Peeker: Refresh Account" calls it again.',
    inTerminal: 'peeker-devkit doctor calls GET /me for you.',
  },
  {
    id: 'first-order',
    title: 'Lint and send a first order',
    why: 'Run a few real POST /orders bodies in the sandbox so your body shape is proven before live.',
    evidence: 'orderCreated',
    inEditor: 'Write an order in a *.peeker.json file, clear the Problems, then click "Send".',
    inTerminal: 'peeker-devkit lint order.peeker.json, then send it with your client.',
  },
  {
    id: 'order-completed',
    title: 'Watch it reach completed',
    why: 'Watch the order move through in_progress → completed before you rely on the lifecycle.',
    evidence: 'orderCompleted',
    inEditor: 'Open the order from the Orders view (or wait for its order.completed webhook).',
    inTerminal: 'GET /orders?status=completed returns your order.',
  },
  {
    id: 'webhook-verified',
    title: 'Receive and verify a signed webhook',
    why: 'Sandbox events are signed with the sandbox secret: prove your verification before live traffic.',
    evidence: 'webhookVerified',
    inEditor: 'Start the Webhooks listener; a delivery with a valid Peeker-Signature completes this step.',
    inTerminal: 'peeker-devkit webhooks check --url <your handler> --secret <whsec_…>',
  },
  {
    id: 'contract-kit',
    title: 'Exercise the error branches',
    why: 'The sandbox answers bad bodies with the same error envelope as live: test your recovery branches.',
    evidence: 'contractPassed',
    inEditor: 'Run the contract properties from the Testing view; all of them must pass.',
    inTerminal: 'peeker-devkit contract',
  },
  {
    id: 'ready-for-live',
    title: 'Ready for live',
    why:
      'Switch to pk_live_ only after a full order and a verified webhook flow end to end in the real sandbox: ' +
      'evidence from the local emulator ticks the practice steps, not this one.',
    inEditor:
      'Complete an order and verify its webhook with your pk_test_ key against the sandbox (emulator off), then set your pk_live_ key; the extension asks before every live write.',
    inTerminal: 'peeker-devkit doctor exits 0 against the sandbox.',
  },
]);

/**
 * The evidence "Ready for live" needs from the real sandbox, not the local emulator: a full order
 * that reached `completed` and a verified webhook (seed §1).
 */
export const SANDBOX_ONLY_EVIDENCE: readonly EvidenceKind[] = Object.freeze([
  'orderCompleted',
  'webhookVerified',
]);

/** A step with whether it is done, the evidence that did it, and for the last step what is missing. */
export interface StepStatus {
  step: GoLiveStep;
  done: boolean;
  evidence?: EvidenceRecord;
  /** Why the step is not done (the last step only). */
  missing?: string;
}

/**
 * Evaluates every step against the evidence. The last step is done when every other one is and
 * the {@link SANDBOX_ONLY_EVIDENCE} came from the real sandbox.
 */
export function evaluateChecklist(evidence: Evidence): StepStatus[] {
  const statuses: StepStatus[] = GO_LIVE_STEPS.filter((step) => step.evidence !== undefined).map((step) => {
    const record = evidence[step.evidence!];
    return record ? { step, done: true, evidence: record } : { step, done: false };
  });
  const final = GO_LIVE_STEPS.find((step) => step.evidence === undefined)!;
  const missing = readinessGap(evidence);
  statuses.push(missing === undefined ? { step: final, done: true } : { step: final, done: false, missing });
  return statuses;
}

/** Why "Ready for live" is not done yet, or `undefined` when it is. */
export function readinessGap(evidence: Evidence): string | undefined {
  const practice = GO_LIVE_STEPS.filter((step) => step.evidence !== undefined);
  if (practice.some((step) => evidence[step.evidence!] === undefined))
    return 'not until every step above is done';
  const notInSandbox = practice.filter(
    (step) =>
      SANDBOX_ONLY_EVIDENCE.includes(step.evidence!) && evidence[step.evidence!]?.source !== 'sandbox',
  );
  if (notInSandbox.length === 0) return undefined;
  const titlesOf = (steps: typeof practice) => steps.map((step) => `"${step.title}"`).join(' and ');
  const byKit = notInSandbox.filter((step) => evidence[step.evidence!]?.source === 'kit');
  const elsewhere = notInSandbox.filter((step) => !byKit.includes(step));
  return [
    ...(elsewhere.length > 0
      ? [
          `${titlesOf(elsewhere)} must be done in the real sandbox (a pk_test_ key, local emulator off), not only on the local emulator`,
        ]
      : []),
    ...(byKit.length > 0
      ? [
          `${titlesOf(byKit)} needs a delivery from the real sandbox: the kit's own signed deliveries show your handler works, not that Peeker's reach it`,
        ]
      : []),
  ].join('; ');
}

/** Hosts that mean "this machine": a base URL there is a local emulator, never the real sandbox. */
const LOCAL_HOSTS =
  /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/i;

/**
 * Where evidence gathered against `baseUrl` comes from: the embedded emulator or a base URL on this
 * machine is a local emulator; anything else is the sandbox (the key prefix tells sandbox from live,
 * and live calls bring no evidence at all).
 */
export function evidenceSourceOf(baseUrl: string, embeddedEmulator = false): EvidenceSource {
  if (embeddedEmulator) return 'emulator';
  try {
    return LOCAL_HOSTS.test(new URL(baseUrl).hostname) ? 'emulator' : 'sandbox';
  } catch {
    // An unparsable base URL sends nothing; "emulator" is the side that never unlocks go-live.
    return 'emulator';
  }
}

/**
 * A context key the extension pulses (true, then false) to re-announce done steps. VS Code's
 * walkthrough service ignores an `onContext:` key that is already true when the service starts
 * (it does so lazily, when the walkthrough is first opened); a second completion event
 * `<step key> && peeker.goLive.sync` lets a later pulse complete such steps.
 */
export const WALKTHROUGH_SYNC_CONTEXT_KEY = 'peeker.goLive.sync';

/** The completion events of a step in `contributes.walkthroughs`. */
export function completionEventsFor(step: GoLiveStep): string[] {
  const key = contextKeyFor(step);
  return [`onContext:${key}`, `onContext:${key} && ${WALKTHROUGH_SYNC_CONTEXT_KEY}`];
}

/** The VS Code context key that tells the walkthrough a step is done. */
export function contextKeyFor(step: GoLiveStep): string {
  // camelCase: a context key expression is safest with identifier characters only.
  const name = step.id.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return `peeker.goLive.${name}`;
}

/** New evidence found in one call's outcome. */
export interface FoundEvidence {
  kind: EvidenceKind;
  detail: string;
}

/**
 * Evidence in a response. Only sandbox calls count (`environment` must be `test`): the checklist is
 * about proving the integration before live.
 */
export function evidenceFromResponse(
  operationKey: string,
  status: number,
  json: unknown,
  environment: string | undefined,
  requestId?: string,
): FoundEvidence[] {
  if (environment !== 'test' || status < 200 || status >= 300) return [];
  const found: FoundEvidence[] = [];
  const suffix = requestId ? ` (${requestId})` : '';
  const data = (json as { data?: unknown } | undefined)?.data;
  if (operationKey === 'GET /me') found.push({ kind: 'meOk', detail: `GET /me ${status}${suffix}` });
  const rows = Array.isArray(data) ? data : data === undefined ? [] : [data];
  for (const row of rows) {
    const id = (row as { id?: unknown } | null)?.id;
    const rowStatus = (row as { status?: unknown } | null)?.status;
    if (typeof id !== 'string' || !id.startsWith('ord_')) continue;
    if (operationKey === 'POST /orders') found.push({ kind: 'orderCreated', detail: `${id}${suffix}` });
    if (rowStatus === 'completed') {
      found.push({ kind: 'orderCompleted', detail: `${id} completed${suffix}` });
      break;
    }
  }
  return found;
}

/** Evidence in a verified webhook delivery (the caller verified the signature). */
export function evidenceFromWebhook(
  eventType: string,
  eventId: string,
  dataStatus?: unknown,
): FoundEvidence[] {
  const found: FoundEvidence[] = [{ kind: 'webhookVerified', detail: `${eventType} ${eventId}` }];
  if (eventType === 'order.completed' || (eventType.startsWith('order.') && dataStatus === 'completed')) {
    found.push({ kind: 'orderCompleted', detail: `${eventType} ${eventId}` });
  }
  return found;
}

/** Evidence from a contract-kit run: only a run in which every property held and at least one ran. */
export function evidenceFromContractRun(passed: number, failed: number, target: string): FoundEvidence[] {
  return failed === 0 && passed > 0
    ? [{ kind: 'contractPassed', detail: `${passed} properties held against ${target}` }]
    : [];
}

/** How evidence that is not from the sandbox is labelled, so the checklist never passes it off as such. */
export const EVIDENCE_SOURCE_LABELS = Object.freeze({
  emulator: 'local emulator',
  kit: 'kit-signed, not from Peeker',
}) satisfies Record<Exclude<EvidenceSource, 'sandbox'>, string>;

/**
 * Adds found evidence from `source`, keeping the first record of each kind — except that sandbox
 * evidence replaces any other (it is what "Ready for live" needs). Other evidence is labelled
 * ("· local emulator", "· kit-signed, not from Peeker") so the checklist never passes it off as
 * sandbox evidence. Does not mutate `evidence`.
 */
export function recordEvidence(
  evidence: Evidence,
  found: readonly FoundEvidence[],
  at: Date,
  source: EvidenceSource,
): Evidence {
  const next: Evidence = { ...evidence };
  for (const item of found) {
    const existing = next[item.kind];
    if (existing !== undefined && (existing.source === 'sandbox' || source !== 'sandbox')) continue;
    const label = source === 'sandbox' ? undefined : EVIDENCE_SOURCE_LABELS[source];
    const detail =
      label !== undefined && !item.detail.includes(label) ? `${item.detail} · ${label}` : item.detail;
    next[item.kind] = { at: at.toISOString(), detail, source };
  }
  return next;
}
