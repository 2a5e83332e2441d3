/**
 * Every problem qgrade reports in a rule file has one of these codes.
 * The set is closed so tools can rely on it; messages may be reworded, codes may not.
 *
 * @example
 * RULE_SET_ISSUE_CODES.includes('band-gap') // true
 */
export const RULE_SET_ISSUE_CODES = [
  // reading the file
  'file-not-found',
  'file-too-large',
  'rule-set-not-found',
  'yaml-syntax',
  'duplicate-key',
  'alias-limit',
  // nesting deeper than limits.maxDepth (block or flow style)
  'depth-limit',
  // more YAML tokens than limits.maxTokens (a flow list of a million items), counted while parsing
  'token-limit',
  'not-a-mapping',
  // the shape of the document (JSON Schema)
  'schema',
  // names and references
  'unknown-indicator',
  'unknown-grade',
  'unknown-criterion',
  'duplicate-id',
  'id-mismatch',
  // the text of requirements, bands and formulas
  'invalid-requirement',
  'invalid-band',
  'invalid-formula',
  'invalid-interval',
  'type-mismatch',
  'derived-cycle',
  // a warning: a limit formula can divide by zero for a valid record
  'possible-division-by-zero',
  // a warning: a limit has more digits than the rounding interval it is compared at
  'limit-finer-than-interval',
  // a warning: an indicator's label is another indicator's name or label (a column headed so could be either)
  'ambiguous-label',
  // a warning: a record leaving out an optional indicator has another tested by no requirement (each `when` needs it)
  'untested-when-absent',
  // a warning: an optional indicator (no default) is tested by a requirement that always applies: a record
  // without it never reaches that grade
  'unmet-when-absent',
  // a warning: a required indicator nothing reads (no requirement, scope, derived value, table): it can only make a
  // record invalid
  'unread-indicator',
  // a warning: a required indicator (no requiredWhen, no default) read only by requirements under a `when` that
  // leave some records out: such a record, not tested on it, is invalid without it
  'required-beyond-when',
  // a warning: a requirement on the mean of specimens whose `specimens` is only a maximum (`specimens: 3`): a record
  // giving fewer values is graded on their mean
  'open-specimen-count',
  // tables
  'table-shape',
  'band-gap',
  'band-overlap',
  'duplicate-row',
  // a warning: a grade table leaves out a grade between grades it names
  'missing-grade-column',
  // a warning: a table row's band, or a requirement's `when`, lies outside what a graded record can have
  // (its `range`, `plausible`, the scope), or a row is matched only by records earlier rows take: it never applies
  'unreachable-band',
  // grades
  'non-monotonic',
  'unreachable-grade',
  // scoring
  'invalid-scoring',
  // a warning: a text is still a `TODO` placeholder of a `qgrade init` template
  'placeholder',
  // a warning: a label, id or other text holds a control character or a bidi override (ESC, BEL, U+202E)
  'control-character',
] as const;

/**
 * A code from {@link RULE_SET_ISSUE_CODES}.
 *
 * @example
 * const unknownNames = issues.filter((i) => i.code === 'unknown-indicator');
 */
export type RuleSetIssueCode = (typeof RULE_SET_ISSUE_CODES)[number];

/**
 * Codes of problems with one input record; each names the field it concerns.
 *
 * @example
 * RECORD_ERROR_CODES.includes('out-of-range') // true
 */
export const RECORD_ERROR_CODES = [
  'missing',
  'wrong-type',
  'out-of-range',
  'implausible',
  'not-allowed',
  'too-many-specimens',
  'too-few-specimens',
  'specimen-count-mismatch',
  'not-an-object',
  'record-too-large',
  'not-computable',
  'unreadable',
  'grading-failed',
] as const;

/**
 * A code from {@link RECORD_ERROR_CODES}.
 *
 * @example
 * const code: RecordErrorCode = result.errors?.[0]?.code ?? 'missing';
 */
export type RecordErrorCode = (typeof RECORD_ERROR_CODES)[number];
