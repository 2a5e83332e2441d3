import { distinctIssues } from '../errors/distinct-issues';
import { knownKeys, knownOptions, optionKeys } from '../errors/options-argument';
import { RuleSetError } from '../errors/rule-set-error';
import { type RuleSetIssue, sortIssues } from '../errors/rule-set-issue';
import { UsageError } from '../errors/usage-error';
import { decodeRuleText } from '../load/decode-text';
import { ideographicIndents } from '../load/ideographic-indent';
import { SourceDocument } from '../load/source-document';
import type { SourceLimits } from '../load/source-limits';
import { validateAgainstSchema } from '../load/validate-schema';
import type { RuleDocument } from '../model/rule-document';
import { cjkJoin } from '../text/cjk-space';
import { localized } from '../text/localized-text';
import { valueKind } from '../text/value-kind';
import { buildModel } from './build-model';
import { issuesBesideSchemaErrors } from './issues-beside-schema-errors';
import { type RuleSet, toRuleSet } from './rule-set';

/** Options {@link checkRuleSet} and {@link parseRuleSet} take, for a usage error. */
const FILENAME_EXAMPLE = '{ filename: "draft.yaml" }';

/**
 * Options for reading a rule set.
 *
 * @example
 * parseRuleSet(text, { filename: 'draft.yaml', limits: { maxBytes: 1_000_000 } });
 */
export interface ParseOptions {
  /** Name used in error locations (default `"<rule set>"`). */
  filename?: string | undefined;
  /** Limits on size, aliases, nesting and tokens; see {@link SourceLimits}. */
  limits?: SourceLimits | undefined;
}

const PARSE_OPTION_KEYS = optionKeys<ParseOptions>({ filename: true, limits: true });
const SOURCE_LIMIT_KEYS = optionKeys<SourceLimits>({
  maxBytes: true,
  maxAliasCount: true,
  maxDepth: true,
  maxTokens: true,
});

/**
 * The keys a rule set's reading options may hold: `known` at the top (all of
 * {@link ParseOptions}, or all but `filename` for a file, which names itself),
 * {@link SourceLimits}' keys under `limits`.
 */
export function parseOptionsArgument(
  options: Partial<ParseOptions>,
  fn: string,
  example: string,
  known: readonly string[] = PARSE_OPTION_KEYS,
): void {
  knownOptions(options, fn, example, known);
  if (typeof options.limits === 'object' && options.limits !== null)
    knownKeys(options.limits, fn, SOURCE_LIMIT_KEYS, 'options.limits');
}

/**
 * The outcome of checking a rule file: the rule set if it loads, and every issue found.
 *
 * @example
 * const check: RuleSetCheck = checkRuleSet(text);
 * check.ruleSet ? createGrader(check.ruleSet) : console.log(check.issues);
 */
export interface RuleSetCheck {
  /** The rule set, when it loads. */
  ruleSet?: RuleSet;
  /** Every problem found (and warnings), sorted by position, as {@link RuleSetError}'s `issues`. */
  issues: RuleSetIssue[];
}

/**
 * Checks rule-file text through every stage — YAML, schema, names, tables,
 * grades — and returns all problems instead of throwing. The file's bytes
 * may be given instead of its text: they are decoded as a rule file is
 * (UTF-8, or UTF-16 with a byte-order mark; anything else is an issue).
 *
 * @example
 * const { ruleSet, issues } = checkRuleSet(text, { filename: 'draft.yaml' });
 * for (const issue of issues) console.log(formatIssue(issue));
 */
export function checkRuleSet(text: string | Uint8Array, options: ParseOptions = {}): RuleSetCheck {
  parseOptionsArgument(options, 'checkRuleSet', FILENAME_EXAMPLE);
  const file = options.filename ?? '<rule set>';
  if (typeof text !== 'string') {
    // The bytes of a file (a Buffer, a fetch's arrayBuffer) are read as rule files are: UTF-8, or UTF-16 with a BOM.
    if (!(text instanceof Uint8Array)) {
      const got = valueKind(text);
      throw new UsageError(
        localized(
          cjkJoin(
            'checkRuleSet/parseRuleSet 需要规则文件的文本（字符串）或字节（Uint8Array），收到的是',
            got.zh,
          ),
          `checkRuleSet/parseRuleSet take a rule file's text (a string) or its bytes (a Uint8Array), got ${got.en}`,
        ),
      );
    }
    const decoded = decodeRuleText(text, file);
    if ('issue' in decoded) return { issues: [decoded.issue] };
    text = decoded.text;
  }
  const { ruleSet, issues } = checkText(text, file, options.limits);
  // Two checks that find one mistake at one place (a grade id under a cutoff and each dimension it caps) print it once.
  // In the order RuleSetError gives them: by position, as an editor lists them.
  const distinct = sortIssues(distinctIssues(issues));
  return ruleSet ? { ruleSet, issues: distinct } : { issues: distinct };
}

/**
 * Whether a file read as a rule file is a sample instead (`-r samples.csv`): a data file's name, or a list of
 * records. Such a file read as YAML is one long string or a list, and "must be a mapping" alone did not say
 * that the data went where the rule file goes.
 */
function looksLikeData(file: string, data: unknown): boolean {
  return /\.(csv|tsv|txt|json|ndjson|jsonl)$/i.test(file) || (Array.isArray(data) && data.some(isRecordLike));
}

function isRecordLike(item: unknown): boolean {
  return item !== null && typeof item === 'object' && !Array.isArray(item);
}

/** {@link checkRuleSet} of decoded text. */
function checkText(text: string, file: string, limits: SourceLimits | undefined): RuleSetCheck {
  const source = SourceDocument.parse(text, file, limits);
  if (source.issues.some((i) => i.severity === 'error')) return { issues: source.issues };
  if (source.data === null || typeof source.data !== 'object' || Array.isArray(source.data)) {
    return {
      issues: [
        ...source.issues,
        source.issue(
          'not-a-mapping',
          looksLikeData(file, source.data)
            ? localized(
                '规则文件的顶层必须是映射（键: 值）；这看起来是要评级的数据，不是规则文件（要评级的数据请作为输入给出）',
                'a rule file must be a mapping (key: value) at the top level; this looks like data to grade, not a rule file (give data to grade as the input)',
              )
            : localized(
                '规则文件的顶层必须是映射（键: 值）',
                'a rule file must be a mapping (key: value) at the top level',
              ),
          [],
        ),
      ],
    };
  }
  // A test suite where a rule file was asked for (a suite's ruleSet naming a suite, or itself):
  // a dozen "missing" and "unknown key" lines would not say what is wrong. (The reverse has its own message.)
  const top = source.data as Record<string, unknown>;
  if ('cases' in top && !('schemaVersion' in top)) {
    const text = localized(
      `${file} 是测试套件，不是规则文件；测试套件的 ruleSet 应指向它要测试的规则文件（*.yaml，而不是 *.test.yaml）`,
      `${file} is a test suite, not a rule file; a suite's ruleSet names the rule file it tests (a *.yaml, not a *.test.yaml)`,
    );
    return { issues: [...source.issues, source.issue('schema', text, ['cases'], { key: true })] };
  }
  // Keys indented with full-width spaces: the structure is not what the author sees, so nothing after is reliable.
  const indents = ideographicIndents(source);
  if (indents.length > 0) return { issues: [...source.issues, ...indents] };
  const schemaIssues = validateAgainstSchema(source);
  if (schemaIssues.length > 0) {
    // A file with schema errors does not load, but the rest of it is checked too: one round of fixes, not two.
    return { issues: [...source.issues, ...schemaIssues, ...issuesBesideSchemaErrors(source, schemaIssues)] };
  }
  const doc = source.data as RuleDocument;
  const { model, issues } = buildModel(doc, source);
  // Distinct before the rule set keeps its warnings.
  const all = distinctIssues([...source.issues, ...issues]);
  if (!model) return { issues: all };
  return { ruleSet: toRuleSet(model, doc, all, source), issues: all };
}

/**
 * Reads a rule set from YAML or JSON text (or a file's bytes, as {@link checkRuleSet} reads them).
 *
 * @throws {@link RuleSetError} listing every problem, each at `file:line:column`.
 * @example
 * const ruleSet = parseRuleSet(readFileSync('my-rules.yaml', 'utf8'), { filename: 'my-rules.yaml' });
 */
export function parseRuleSet(text: string | Uint8Array, options: ParseOptions = {}): RuleSet {
  parseOptionsArgument(options, 'parseRuleSet', FILENAME_EXAMPLE);
  const { ruleSet, issues } = checkRuleSet(text, options);
  if (!ruleSet) throw new RuleSetError(options.filename ?? '<rule set>', issues);
  return ruleSet;
}
