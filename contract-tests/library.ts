/**
 * `peeker-devkit/contract`: the contract test suite ({@link runContractSuite}) and the renderers of
 * its report (human, JSON, JUnit), for running it from a partner's own code or CI.
 *
 * A module of its own rather than more exports of `./index`: the VS Code extension loads that one
 * whole, and the report renderers would only grow its bundle.
 *
 * @example
 * ```ts
 * const report = await runContractSuite({ only: ['dedupe'], seed: 42 });
 * console.log(formatHumanReport(report, false));
 * ```
 *
 * @packageDocumentation
 */
export * from './index';
export type { ContractGroup, TargetKind } from './property';
export { BODY_PREVIEW_CHARS, formatHumanReport } from './report/human';
export { formatJsonReport } from './report/json';
export { formatJunitReport } from './report/junit';
export type { PropertyFailure, PropertyStatus } from './report/model';
export type { Exchange } from './target';
