/**
 * The words of the status bar item, from the server's `peeker/documentTarget` (pure, so the wording
 * is unit-tested without VS Code).
 */
import type { DocumentTargetParams } from '../shared/protocol';

/** What the status bar shows for a target (pure, so the wording is tested without VS Code). */
export function statusText(target: DocumentTargetParams): { text: string; tooltip: string } | undefined {
  if (target.source === 'none') return undefined;
  if (!target.operation) {
    return {
      text: '$(warning) Peeker: no operation',
      tooltip: 'This request file has no known "request" yet, so only the file itself is linted.',
    };
  }
  const why = target.reason ? ` (${target.reason})` : '';
  const click =
    target.source === 'request-file'
      ? 'Change its "request" field to lint it as another operation.'
      : 'Click to lint this file as another operation.';
  return {
    text: `$(checklist) Peeker: ${target.operation}`,
    tooltip: `Linted against ${target.operation}${why}. ${click}`,
  };
}
