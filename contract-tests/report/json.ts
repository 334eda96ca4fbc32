/**
 * The JSON report: the {@link ContractReport} as is, minus the parsed copies of response bodies
 * (their text is already there). Stable field names; safe to archive (secrets are redacted).
 *
 * @packageDocumentation
 */
import type { ContractReport } from './model';

/** Serialises a report, two-space indented. */
export function formatJsonReport(report: ContractReport): string {
  return JSON.stringify(report, (key, value: unknown) => (key === 'json' ? undefined : value), 2);
}
