/**
 * The JUnit XML report (`--junit FILE`): one `<testsuite>` per contract, one `<testcase>` per
 * property; failures carry the full failure text (counterexample, request/response, replay),
 * skipped properties say why.
 *
 * @packageDocumentation
 */
import { CONTRACT_GROUPS } from '../property';
import { failureText } from './human';
import type { ContractReport, PropertyResult } from './model';

/** Renders a report as JUnit XML. */
export function formatJunitReport(report: ContractReport): string {
  const count = (results: PropertyResult[], status: PropertyResult['status']) =>
    results.filter((r) => r.status === status).length;
  const all = report.results;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="peeker-devkit contract" tests="${all.length}" failures="${count(all, 'failed')}" ` +
      `errors="${count(all, 'error')}" skipped="${count(all, 'skipped')}" time="${secs(report.durationMs)}" ` +
      `timestamp="${attr(report.startedAt)}">`,
  ];
  for (const { group, title } of CONTRACT_GROUPS) {
    const results = all.filter((r) => r.group === group);
    if (results.length === 0) continue;
    const time = results.reduce((sum, r) => sum + r.durationMs, 0);
    lines.push(
      `  <testsuite name="${attr(`${group}: ${title}`)}" tests="${results.length}" failures="${count(results, 'failed')}" ` +
        `errors="${count(results, 'error')}" skipped="${count(results, 'skipped')}" time="${secs(time)}" ` +
        `timestamp="${attr(report.startedAt)}">`,
      '    <properties>',
      `      <property name="target" value="${attr(`${report.target.kind} ${report.target.baseUrl}`)}"/>`,
      `      <property name="seed" value="${report.seed}"/>`,
      `      <property name="numRuns" value="${report.numRuns}"/>`,
      '    </properties>',
    );
    for (const result of results) lines.push(...testcase(result));
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>', '');
  return lines.join('\n');
}

function testcase(result: PropertyResult): string[] {
  const open = `    <testcase classname="contract.${attr(result.group)}" name="${attr(result.name)}" time="${secs(result.durationMs)}"`;
  switch (result.status) {
    case 'passed':
      return [`${open}/>`];
    case 'skipped':
      return [
        `${open}>`,
        `      <skipped message="${attr(`skipped: ${result.reason ?? 'not run'}`)}"/>`,
        '    </testcase>',
      ];
    case 'failed':
    case 'error': {
      const tag = result.status === 'failed' ? 'failure' : 'error';
      const message = result.failure?.message ?? result.reason ?? 'unknown problem';
      const body = result.failure ? failureText(result.failure, result.promise) : message;
      return [
        `${open}>`,
        `      <${tag} message="${attr(message)}" type="${result.status === 'failed' ? 'ContractViolation' : 'Error'}">${text(body)}</${tag}>`,
        '    </testcase>',
      ];
    }
  }
}

function secs(ms: number): string {
  return (ms / 1000).toFixed(3);
}

// XML 1.0 forbids most control characters even when escaped: drop them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

function text(value: string): string {
  return value.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}
