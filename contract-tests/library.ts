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
// Named one by one, not `export * from './index'`: in this repository, which is CommonJS,
// `npx tsx` loads this file as CommonJS, and an ES module importing it (`contract.mts`, as the docs
// show) sees only the names Node's CommonJS lexer can find; it finds none behind `export *`.
export type {
  ContractConfigNames,
  ContractProgress,
  ContractProperty,
  ContractReport,
  ContractSuiteOptions,
  PropertyResult,
  RateLimitWait,
} from './index';
export {
  CONTRACT_GROUPS,
  CONTRACT_PROPERTIES,
  ContractConfigError,
  ContractInterruptedError,
  ContractPathError,
  ContractStoppedError,
  DEFAULT_CONFIG_NAMES,
  DEFAULT_NUM_RUNS,
  DEFAULT_SANDBOX_NUM_RUNS,
  MAX_NUM_RUNS,
  MAX_RATE_LIMIT_RETRIES,
  MAX_RESPONSE_BYTES,
  MAX_RETRY_AFTER_SECONDS,
  MAX_SUITE_SEED,
  runContractSuite,
  selectProperties,
} from './index';
export type { ContractGroup, TargetKind } from './property';
export { BODY_PREVIEW_CHARS, formatHumanReport } from './report/human';
export { formatJsonReport } from './report/json';
export { formatJunitReport } from './report/junit';
export type { PropertyFailure, PropertyStatus } from './report/model';
export type { Exchange } from './target';
