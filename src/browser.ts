/**
 * qgrade for the browser (and any JavaScript runtime without Node's
 * built-ins): read rule sets from text, grade with explanations, run test
 * suites and coverage, compare two editions, round by GB/T 8170. No code is
 * generated at run time, so it works under `Content-Security-Policy:
 * script-src 'self'`. The bundled rule sets load by id without a file system.
 *
 * @packageDocumentation
 * @module qgrade/browser
 *
 * @example
 * import { createGrader, loadBundledRuleSet } from 'qgrade/browser';
 * const grader = createGrader(await loadBundledRuleSet('home-appliances/room-air-conditioner-energy'));
 * grader.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 }).grade; // '2'
 */

import { runSuite as runSuiteFn } from './suite/run-suite';

export type { AbortSignalLike, StreamOptions } from './batch/abort-signal';
export {
  type BatchCounts,
  BatchSummary,
  type BatchSummaryOptions,
  DEFAULT_MAX_GROUPS,
  type GroupCounts,
  type GroupTally,
  type OtherGroupCounts,
  type SummaryEntry,
  type SummaryTally,
} from './batch/batch-summary';
export type { SideOutcomes } from './batch/outcome-counter';
export { bundledRuleSetIds, bundledRuleSetText, loadBundledRuleSet } from './bundled/bundled-rule-sets';
export {
  createGroupComparison,
  type GroupComparison,
  type GroupComparisonBuilder,
  type GroupCriterionCount,
  type GroupGradeChange,
  type GroupRecordMove,
  type GroupSideCounts,
} from './compare/compare-groups';
export {
  type ComparisonBuilder,
  compareRuleSets,
  createComparison,
  type GradeChange,
  movedCriteria,
  NOT_GRADED_KEY,
  type RuleSetComparison,
} from './compare/compare-rule-sets';
export type { CompareCounts, CompareSideCounts, NotGradedCode } from './compare/compare-tally';
export type { ChangeDirection } from './compare/grade-direction';
export { DEFAULT_RECORD_LIMITS, type JsonSchema, type RecordLimits } from './compile/input-schema';
export { diffRuleSets } from './diff/diff-rule-sets';
export type { RuleSetDiff } from './diff/rule-set-diff';
export type { RecordErrorCode, RuleSetIssueCode } from './errors/error-codes';
export { RECORD_ERROR_CODES, RULE_SET_ISSUE_CODES } from './errors/error-codes';
export { QgradeError, type QgradeErrorCode } from './errors/qgrade-error';
export { RuleSetError } from './errors/rule-set-error';
export { formatIssue, type RuleSetIssue } from './errors/rule-set-issue';
export { type GradeOnlyResult, type ResultDetail, resultAtDetail } from './explain/result-detail';
export {
  type Graded,
  type Invalid,
  isGraded,
  isInvalid,
  isNotGraded,
  type NotGraded,
} from './explain/result-narrowing';
export { createGrader, type EngineChoice, type Grader, type GraderOptions } from './grade/create-grader';
export { gradeSample, type SampleGrade, type SampleOptions } from './grade/grade-sample';
export type { FormulaReading } from './input/formula-reading';
export type { InputFormat } from './input/input-item';
export { XLSX_LIMITS, type XlsxLimits } from './input/xlsx/xlsx-items';
export { DEFAULT_SOURCE_LIMITS, type SourceLimits } from './load/source-limits';
export type * from './model/grade-result';
export type * from './model/group-document';
export type * from './model/group-result';
export type * from './model/rule-document';
export { type CompareReport, type CompareTotals, createCompareReport } from './report/html/compare-report';
export {
  createGradeReport,
  DEFAULT_MAX_RECORDS,
  type GradeReport,
  type HtmlReportOptions,
} from './report/html/grade-report';
export type { ReportResult } from './report/html/record-view';
export type { MovedByChangeRow } from './report/moved-by-change';
export { createNdjsonEncoder, type NdjsonEncoder } from './report/ndjson-encoder';
export type { RuleSetChangeRow } from './report/rule-set-changes';
export { checkRuleSet, type ParseOptions, parseRuleSet, type RuleSetCheck } from './resolve/check-rule-set';
export type { GradeInfo, IndicatorInfo, RuleSet } from './resolve/rule-set';
export {
  parseRoundingInterval,
  RoundingError,
  type RoundingInterval,
  roundGbt8170,
} from './rounding/gbt8170';
export type { ConditionLimit } from './suite/condition-limits';
export {
  type CoverageReport,
  type GradedCase,
  type ThresholdCoverage,
  type ThresholdKind,
  thresholdCoverage,
  type UndecidedSide,
} from './suite/coverage';
export type { CaseExpectation } from './suite/deciding-case';
export type { PointBandEdge } from './suite/point-band-edges';

export { type CaseResult, runSuite, type SuiteResult } from './suite/run-suite';

/**
 * {@link runSuite} under the name this entry gave it first. In `qgrade`,
 * `runTestSuite` reads a suite file by its path; here there are no files, so
 * it takes the parsed suite and the rule set, as {@link runSuite} does.
 *
 * @deprecated Use {@link runSuite}, which both entries export with one
 * signature (developer-38 M1: the same name took other arguments in each).
 */
export const runTestSuite: typeof runSuiteFn = runSuiteFn;
export { parseTestSuite, type TestCase, type TestSuite, type UncoveredThreshold } from './suite/test-suite';
export type { VetoCoverage } from './suite/veto-coverage';
export type { Language, LocalizedText } from './text/localized-text';
