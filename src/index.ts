/**
 * qgrade — grade product quality and enterprise quality-management capability
 * against YAML rule sets that encode quality grading standards (质量分级).
 *
 * @packageDocumentation
 * @module qgrade
 *
 * @example
 * import { loadRuleSet, createGrader } from 'qgrade';
 * const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
 * const result = await grader.grade({ unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 });
 * console.log(result.grade, result.nextGrade?.blockers.map((b) => b.message.en));
 */

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
export type { InvalidRecord, InvalidUnder } from './compare/invalid-records';
export { DEFAULT_RECORD_LIMITS, type JsonSchema, type RecordLimits } from './compile/input-schema';
export { type ChangeResults, diffEntriesForChange } from './diff/diff-entries-for-change';
export { diffRuleSets } from './diff/diff-rule-sets';
export type {
  DiffAspect,
  DiffDirection,
  DiffEntry,
  DiffKind,
  DiffLocation,
  DiffSide,
  RuleSetDiff,
} from './diff/rule-set-diff';
export type { RecordErrorCode, RuleSetIssueCode } from './errors/error-codes';
export { RECORD_ERROR_CODES, RULE_SET_ISSUE_CODES } from './errors/error-codes';
export { QgradeError, type QgradeErrorCode, type QgradeErrorJson } from './errors/qgrade-error';
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
export {
  type DuckDBConnectionLike,
  type GradeFunctionOptions,
  registerGradeFunctions,
} from './grade/duckdb-functions';
export { type GradeFileOptions, gradeFile } from './grade/grade-file';
export { gradeSample, type SampleGrade, type SampleOptions } from './grade/grade-sample';
export {
  createGraderPool,
  type GraderPool,
  type GraderPoolOptions,
  type PoolGradeOptions,
  type PoolNdjsonOptions,
  type ResultOfDetail,
  type RuleSetSource,
} from './grade/grader-pool';
export { FORMULA_READINGS, type FormulaReading } from './input/formula-reading';
export { INPUT_FORMATS, type InputFormat } from './input/input-item';
export type { KeepColumns } from './input/keep-columns';
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
export {
  checkRuleSetFile,
  listRuleSets,
  loadRuleSet,
  type RuleSetSummary,
} from './resolve/load-rule-set';
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
  type ThresholdSide,
  thresholdCoverage,
  type UndecidedSide,
} from './suite/coverage';
export type { CaseExpectation } from './suite/deciding-case';
export type { PointBandEdge } from './suite/point-band-edges';
export { type CaseResult, runSuite, type SuiteResult } from './suite/run-suite';
export { runTestSuite } from './suite/run-test-suite';
export {
  type GroupTestCase,
  parseTestSuite,
  type TestCase,
  type TestSuite,
  type UncoveredThreshold,
} from './suite/test-suite';
export type { VetoCoverage } from './suite/veto-coverage';
export type { Language, LocalizedText } from './text/localized-text';
