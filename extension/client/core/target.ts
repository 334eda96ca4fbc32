/**
 * Where requests go, decided and named in one place (pure, so every case is unit-tested):
 * {@link targetKindOf} / {@link TARGET_LABELS} give the words the Send lens, the status bar, the
 * Account view and the walkthrough's evidence notes use, and {@link testRunTarget} picks what a
 * Testing-view run (the contract kit and the request-file smoke tests) talks to — never a live key
 * — and {@link contractRunOptions} how the contract kit is pointed at it.
 */
import type { ContractConfigNames, ContractSuiteOptions } from '../../../contract-tests';
import { type AccountSummary, isLiveKey } from './account';
import { EVIDENCE_SOURCE_LABELS, type EvidenceSource, evidenceSourceOf } from './go-live-checklist';
import { VSCODE_ADVICE } from './http';
import type { Result } from './request-file';

/** Where a request goes: the embedded emulator (its own `pk_test_` key) or the configured base URL with the stored key. */
export interface Target {
  baseUrl: string;
  apiKey: string;
  kind: 'emulator' | 'configured';
}

/** What the extension knows when it names the target. */
export interface TargetFacts {
  /** The embedded emulator ("Use local emulator") is running. */
  emulatorOn: boolean;
  /** The key in Secret Storage (never shown). */
  storedKey: string | undefined;
  /** What `GET /me` said about it, if it answered. */
  account?: AccountSummary | undefined;
  /** The `peeker.baseUrl` setting. */
  baseUrl: string;
}

/** The four answers to "where would Send go now?". */
export type TargetKind = 'local-emulator' | 'sandbox' | 'live' | 'no-key';

/** The words for each {@link TargetKind}, shared by the Send lens, the status bar and the walkthrough's evidence notes. */
export const TARGET_LABELS: Readonly<Record<TargetKind, string>> = Object.freeze({
  'local-emulator': EVIDENCE_SOURCE_LABELS.emulator,
  sandbox: 'sandbox',
  live: 'LIVE',
  'no-key': 'no API key',
});

/**
 * Where requests go: the embedded emulator when it is on; else nothing without a stored key; else
 * LIVE when the key is live (by prefix or `GET /me` — what the send guard asks about, even on a
 * local base URL); else a local emulator when `peeker.baseUrl` is on this machine (as the
 * walkthrough judges evidence); else the sandbox.
 */
export function targetKindOf(facts: TargetFacts): TargetKind {
  if (facts.emulatorOn) return 'local-emulator';
  if (!facts.storedKey) return 'no-key';
  if (isLiveKey(facts.storedKey, facts.account)) return 'live';
  return evidenceSourceOf(facts.baseUrl) === 'emulator' ? 'local-emulator' : 'sandbox';
}

/** The Send CodeLens: its title and what it runs (Set API Key when there is nothing to send with). */
export function sendLens(facts: TargetFacts): {
  title: string;
  command: 'peeker.sendRequest' | 'peeker.setApiKey';
} {
  const kind = targetKindOf(facts);
  if (kind === 'no-key') return { title: '$(key) Send (no API key — set one)', command: 'peeker.setApiKey' };
  return { title: `$(play) Send (${TARGET_LABELS[kind]})`, command: 'peeker.sendRequest' };
}

/** What a Testing-view run talks to. */
export type TestRunTarget =
  | {
      kind: 'current';
      target: Target;
      /** For the test output, e.g. "the local emulator" or the base URL. */
      where: string;
      /** Where evidence from this run was gathered. */
      source: EvidenceSource;
    }
  | {
      kind: 'embedded';
      /** Why not the current target, for the test output. */
      why: string;
    };

/**
 * The target of a Testing-view run (contract kit and request-file smoke tests alike): the
 * embedded emulator when it is on, else the configured target only when its key is not live, else
 * an emulator embedded for the run. A test run never sends with a live key, and so never asks to.
 * @param current the session's target (or why there is none), `live` its LIVE marker.
 */
export function testRunTarget(current: Result<Target>, live: boolean): TestRunTarget {
  if (current.ok && current.value.kind === 'emulator') {
    return { kind: 'current', target: current.value, where: 'the local emulator', source: 'emulator' };
  }
  if (current.ok && !live) {
    return {
      kind: 'current',
      target: current.value,
      where: current.value.baseUrl,
      source: evidenceSourceOf(current.value.baseUrl),
    };
  }
  return {
    kind: 'embedded',
    why: current.ok ? 'a test run never uses a live key' : current.message,
  };
}

/**
 * What the contract kit's set-up errors call the base URL and the key in VS Code: the setting and
 * the command where the user changes them (not the CLI's flags, which a Testing-view user has not got).
 */
export const VSCODE_CONTRACT_NAMES: ContractConfigNames = Object.freeze({
  baseUrl: VSCODE_ADVICE.baseUrl,
  apiKey: 'the API key stored with "Peeker: Set API Key"',
  giveApiKey: 'run "Peeker: Set API Key" and paste a pk_test_… key',
});

/**
 * The contract kit's options for a Testing-view run to `choice`: its base URL and key, or none
 * (the kit embeds its own emulator), and {@link VSCODE_CONTRACT_NAMES} for its set-up errors.
 */
export function contractRunOptions(
  choice: TestRunTarget,
): Pick<ContractSuiteOptions, 'baseUrl' | 'apiKey' | 'configNames'> {
  return {
    ...(choice.kind === 'current' ? { baseUrl: choice.target.baseUrl, apiKey: choice.target.apiKey } : {}),
    configNames: VSCODE_CONTRACT_NAMES,
  };
}
