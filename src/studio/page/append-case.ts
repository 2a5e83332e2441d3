import { Document, isMap, isScalar, isSeq, parse, parseDocument } from 'yaml';
import type { GradeResult, IndicatorInfo, Language } from '../../browser';
import { failedCounted } from '../../model/out-of-scope';
import { valueSpellingsOf } from '../../resolve/rule-set';
import { foldValueText } from '../../text/fold-value-text';

/**
 * A test case as the studio writes it: the record, and what it was graded
 * (grade, the requirements it failed, and why it was not graded or which
 * fields were invalid), so the suite fails when a change moves the record.
 */
export interface NewCase {
  name: string;
  input: Record<string, unknown>;
  grade: string | null;
  failing: string[];
  notGradedReason?: string;
  errors?: string[];
}

/** The case that pins `result` for `input`. */
export function caseFor(name: string, input: Record<string, unknown>, result: GradeResult): NewCase {
  const c: NewCase = {
    name,
    input,
    grade: result.grade,
    // Out of scope: the scope items that put it out, as its row lists them (committee-36 M7).
    failing: failedCounted(result).map((r) => r.id),
  };
  if (result.notGradedReason) c.notGradedReason = result.notGradedReason.code;
  if (result.errors) c.errors = [...new Set(result.errors.map((e) => e.field))];
  return c;
}

/**
 * A sample record as a case's input: only the fields the rule set reads (its
 * indicators, the record already mapped). A sample's other columns (样品编号,
 * 备注) are no indicators, and a suite naming one does not load. An enum's
 * value given by its label or an alias (`严重结块`) is written as its code
 * (`severe`), as the grader reads it: a suite writes codes, and a label
 * edited later would silently change what the case says.
 *
 * @example
 * caseInput({ 样品编号: 'C27', caking: '严重结块', soundness: true }, ruleSet.indicators);
 * // { caking: 'severe', soundness: true }
 */
export function caseInput(
  record: Record<string, unknown>,
  indicators: readonly IndicatorInfo[],
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const info of indicators) {
    if (!Object.hasOwn(record, info.name)) continue;
    const value = record[info.name];
    // A label (热泵型, a boolean's 水冷式) as its value: a suite names values.
    input[info.name] =
      typeof value === 'string' && (info.type === 'enum' || info.type === 'boolean')
        ? codeOf(value, info)
        : value;
  }
  return input;
}

/** The value a text names, as the grader reads it (`spelledValue`): as written, then folded; else the text itself. */
function codeOf(text: string, info: IndicatorInfo): string | number | boolean {
  if (info.values?.includes(text)) return text;
  const spellings = valueSpellingsOf(info);
  return spellings?.get(text) ?? spellings?.get(foldValueText(text)) ?? text;
}

/**
 * A new case's name: the record's sample id (its kept column, as `qgrade
 * grade` keeps it) when it has one; else its row, in the page's language.
 *
 * @param sample - the sample file's name; undefined for pasted records
 */
export function caseName(result: GradeResult, sample: string | undefined, lang: Language): string {
  const id = result.kept ? Object.values(result.kept)[0] : undefined;
  if (id !== undefined && id !== '') return id;
  const row = result.row ?? '';
  if (sample === undefined) return lang === 'zh' ? `粘贴的第 ${row} 条` : `pasted row ${row}`;
  return lang === 'zh' ? `${sample} 第 ${row} 条` : `${sample} row ${row}`;
}

/**
 * `name`, or `name (2)`, `name (3)`… when the suite already has a case of
 * that name: the same record added twice stays two cases a failure names
 * apart. A suite that does not parse keeps `name`.
 *
 * @example
 * uniqueCaseName('S04', 'cases:\n  - name: S04\n') // 'S04 (2)'
 */
export function uniqueCaseName(name: string, suiteText: string | undefined): string {
  let taken: Set<string>;
  try {
    const cases = (parse(suiteText ?? '') as { cases?: unknown } | null)?.cases;
    taken = new Set(
      Array.isArray(cases) ? cases.map((c) => String((c as { name?: unknown } | null)?.name ?? '')) : [],
    );
  } catch {
    return name;
  }
  if (!taken.has(name)) return name;
  let n = 2;
  while (taken.has(`${name} (${n})`)) n++;
  return `${name} (${n})`;
}

/**
 * The suite's text with `c` appended to its `cases`, the rest of the file
 * as it was (comments, quoting, layout): the case is added as text after
 * the last one when `cases` is the file's last key, in block style, and
 * otherwise through the YAML document. Without a suite, a new one for
 * `ruleFile`.
 *
 * @param ruleFile - the rule file's name, for a new suite's `ruleSet:`
 */
export function appendCase(suiteText: string | undefined, c: NewCase, ruleFile: string): string {
  const item = caseYaml(c);
  if (suiteText === undefined || suiteText.trim() === '') {
    return `ruleSet: ./${ruleFile}\ncases:\n${indent(item, '  ')}`;
  }
  const doc = parseDocument(suiteText);
  const root = doc.contents;
  if (!isMap(root)) throw new Error('the suite is not a mapping with cases:');
  const last = root.items.at(-1);
  const cases = root.get('cases', true);
  const lastKey = last && isScalar(last.key) ? last.key.value : undefined;
  if (lastKey === 'cases' && isSeq(cases) && !cases.flow && cases.items.length > 0) {
    const firstRange = (cases.items[0] as { range?: [number, number, number] }).range;
    const lineStart = firstRange ? suiteText.lastIndexOf('\n', firstRange[0] - 1) + 1 : 0;
    const column = firstRange ? firstRange[0] - lineStart : 4;
    // The item starts after "- ": its dash is two columns to the left.
    const dash = ' '.repeat(Math.max(0, column - 2));
    const body = suiteText.endsWith('\n') ? suiteText : `${suiteText}\n`;
    return `${body}${indent(item, dash)}`;
  }
  if (cases !== undefined && !isSeq(cases)) throw new Error('the suite’s cases: is not a list');
  if (isSeq(cases)) cases.add(doc.createNode(c));
  else doc.set('cases', doc.createNode([c]));
  return doc.toString();
}

/** One case as a block-sequence item ("- name: …"), its input and failing list on one line each. */
function caseYaml(c: NewCase): string {
  const doc = new Document(c);
  const map = doc.contents;
  if (isMap(map)) {
    for (const key of ['input', 'failing', 'errors']) {
      const node = map.get(key, true);
      if (isMap(node) || isSeq(node)) node.flow = true;
    }
    const grade = map.get('grade', true);
    // Grade ids are text: "1", not the number 1.
    if (isScalar(grade) && typeof grade.value === 'string') grade.type = 'QUOTE_DOUBLE';
  }
  const lines = doc.toString({ lineWidth: 0 }).trimEnd().split('\n');
  return `${lines.map((l, i) => (i === 0 ? `- ${l}` : `  ${l}`)).join('\n')}\n`;
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((l) => (l === '' ? l : by + l))
    .join('\n');
}
