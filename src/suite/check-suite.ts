import type { RuleSetIssueCode } from '../errors/error-codes';
import { type RuleSetIssue, ruleSetIssue } from '../errors/rule-set-issue';
import type { DocumentPath, SourceDocument } from '../load/source-document';
import { modelOf, type RuleSet } from '../resolve/rule-set';
import { closestTies } from '../text/closest-name';
import { colonSlip, colonSlipText } from '../text/colon-slip';
import { commaNumberFix } from '../text/comma-number';
import { namesMeant } from '../text/did-you-mean';
import { type LocalizedText, localized } from '../text/localized-text';
import { notGradedWord } from './not-graded-word';
import { casePosition, suiteSource, type TestSuite } from './test-suite';

/**
 * What a suite names that its rule set does not have: an expected grade, a
 * failing requirement id, an input key or invalid field that is no
 * indicator (in record cases and group cases alike), a threshold marked uncovered, group cases for a rule set
 * without a group section; and cases that expect nothing. Each would
 * otherwise make a case fail (or pass) for the wrong reason, so each is an
 * error located in the suite, with the closest name as a hint.
 *
 * @example
 * const issues = checkSuite(suite, ruleSet); // [] when every name is known
 */
export function checkSuite(suite: TestSuite, ruleSet: RuleSet): RuleSetIssue[] {
  const model = modelOf(ruleSet);
  const grades = ruleSet.grades.map((g) => g.id);
  const checks = [...model.scope, ...model.criteria].map((c) => c.id);
  const indicators = ruleSet.indicators.map((i) => i.name);
  const source = suiteSource(suite);
  const issues: RuleSetIssue[] = [];
  const report = (
    code: RuleSetIssueCode,
    path: DocumentPath,
    what: LocalizedText,
    name: string,
    known: string[],
    key = false,
    hint: string | readonly string[] | LocalizedText | undefined = closestTies(name, known),
  ) => {
    // Every name as close as the nearest: `compressive2d` for compressive3d and compressive28d names both.
    const names =
      typeof hint === 'string' ? [hint] : Array.isArray(hint) ? (hint as readonly string[]) : undefined;
    const said =
      names !== undefined
        ? names.length > 0
          ? localized(`，是否要写${namesMeant(names).zh}？`, `; did you mean ${namesMeant(names).en}?`)
          : knownNames(what, known)
        : ((hint as LocalizedText | undefined) ?? localized('', ''));
    const text = localized(
      `${ruleSet.id} 中没有${what.zh}“${name}”${said.zh}`,
      `${what.en} "${name}" is not in ${ruleSet.id}${said.en}`,
    );
    const pos = source?.locate(path, { key }) ?? { line: 0, column: 0 };
    issues.push(ruleSetIssue({ code, severity: 'error', text, file: suite.file, ...pos, path: [...path] }));
  };
  // A case the rule set cannot take as written: located at the case, with what to write instead.
  const shapeIssue = (path: DocumentPath, text: LocalizedText) => {
    const pos = source?.locate(path) ?? { line: 0, column: 0 };
    issues.push(
      ruleSetIssue({ code: 'schema', severity: 'error', text, file: suite.file, ...pos, path: [...path] }),
    );
  };
  const [indicator, grade, requirement] = [
    localized('指标', 'indicator'),
    localized('等级', 'grade'),
    localized('判定项', 'requirement'),
  ];
  // The input keys of every case, and the issues of those the rule set lacks: none known is a suite for another.
  const inputKeys = new Set<string>();
  const unknownKeyIssues = new Set<RuleSetIssue>();
  const checkInput = (input: Record<string, unknown>, path: DocumentPath) => {
    for (const key of Object.keys(input)) {
      inputKeys.add(key);
      if (indicators.includes(key)) continue;
      // `{ apf: 5,00 }`, `{ unitType:heat-pump }`: a key with no value that a comma or a colon made (hostile-27 M6).
      const slip =
        input[key] === null && source ? keySlip(source, [...path, key], key, indicators) : undefined;
      if (slip) {
        const pos = source!.locate([...path, key], { key: true });
        const at = { line: pos.line, column: pos.column + slip.column };
        const issue = {
          code: 'schema' as const,
          severity: 'error' as const,
          text: slip.text,
          file: suite.file,
        };
        issues.push(ruleSetIssue({ ...issue, ...at, path: [...path, key] }));
        continue;
      }
      report('unknown-indicator', [...path, key], indicator, key, indicators, true, labelHint(key));
      unknownKeyIssues.add(issues.at(-1)!);
    }
  };
  // An indicator given by its label ("颜色类别" for glassColour), as `grade` says of a JSON key.
  const labelHint = (key: string): LocalizedText | string[] => {
    const folded = key.trim().toLowerCase();
    const named = ruleSet.indicators.find(
      (i) => i.label.zh === key.trim() || i.label.en.toLowerCase() === folded,
    )?.name;
    return named
      ? localized(
          `，是否要写“${named}”？“${key}”是它的标签（label），用例的 input 用指标标识`,
          `; did you mean "${named}"? "${key}" is its label, and a case's input names indicators by id`,
        )
      : closestTies(key, indicators);
  };
  // A criterion id without its grade ("transmittance" for transmittance@ordinary …): list the ids to write.
  const perGradeHint = (id: string, known: string[]): LocalizedText | string[] | undefined => {
    const ids = known.filter((k) => k.startsWith(`${id}@`));
    if (ids.length === 0) return closestTies(id, known);
    const zh = ids.map((k) => `“${k}”`).join('、');
    const en = ids.map((k) => `"${k}"`).join(', ');
    return localized(
      `；“${id}”按等级判定，每个等级一个标识：请写 ${zh} 中的一个或几个`,
      `; "${id}" is judged per grade, one id per grade: write one or more of ${en}`,
    );
  };
  const checkGrade = (expected: string | null | undefined, path: DocumentPath) => {
    if (typeof expected !== 'string' || grades.includes(expected)) return;
    // A grade's label ("Grade 2", "2级") in place of its id: name the id.
    const folded = expected.trim().toLowerCase();
    const byLabel = ruleSet.grades.find(
      (g) => g.label.zh === expected.trim() || g.label.en.toLowerCase() === folded,
    )?.id;
    // 不分级, 无效: the grade table's word for no grade (newcomer-45).
    const none = byLabel === undefined ? notGradedWord(expected) : undefined;
    report(
      'unknown-grade',
      path,
      grade,
      expected,
      grades,
      false,
      byLabel ?? none ?? closestTies(expected, grades),
    );
  };
  const checkFailing = (failing: string[] | undefined, known: string[], path: DocumentPath) => {
    failing?.forEach((id, j) => {
      if (!known.includes(id))
        report('unknown-criterion', [...path, j], requirement, id, known, false, perGradeHint(id, known));
    });
  };
  // Paths are the file's: a case left out for a problem of its own shifts the ones after it.
  suite.cases.forEach((c, n) => {
    const i = casePosition(suite, 'cases', n);
    checkInput(c.input, ['cases', i, 'input']);
    checkGrade(c.grade, ['cases', i, 'grade']);
    checkFailing(c.failing, checks, ['cases', i, 'failing']);
    checkFailing(c.blockers, checks, ['cases', i, 'blockers']);
    // An invalid field is an indicator or derived value, a requirement, or '' (the record as a whole).
    c.errors?.forEach((field, j) => {
      if (field !== '' && !model.slots.has(field) && !checks.includes(field))
        report('unknown-indicator', ['cases', i, 'errors', j], indicator, field, [...model.slots.keys()]);
    });
    if (checksNothing(c)) shapeIssue(['cases', i], nothingChecked(c.name));
  });
  // A group case's failing ids are the group's requirements, not a record's.
  const groupChecks = (model.group?.criteria ?? []).map((c) => c.id);
  suite.groups?.forEach((c, n) => {
    const i = casePosition(suite, 'groups', n);
    c.records.forEach((r, j) => {
      checkInput(r, ['groups', i, 'records', j]);
    });
    checkGrade(c.grade, ['groups', i, 'grade']);
    if (model.group) checkFailing(c.failing, groupChecks, ['groups', i, 'failing']);
    if (checksNothing(c)) shapeIssue(['groups', i], nothingChecked(c.name));
  });
  if (suite.groups?.length && !model.group)
    shapeIssue(
      ['groups'],
      localized(
        `${ruleSet.id} 没有 group 部分（批次统计），无法按批判定这些用例`,
        `${ruleSet.id} has no group section (statistics over a lot), so these cases cannot be graded as groups`,
      ),
    );
  suite.uncovered?.forEach((u, i) => {
    if (!checks.includes(u.criterion)) {
      report(
        'unknown-criterion',
        ['uncovered', i, 'criterion'],
        requirement,
        u.criterion,
        checks,
        false,
        perGradeHint(u.criterion, checks),
      );
    }
  });
  const foreign = otherRuleSet(suite, ruleSet, inputKeys);
  if (!foreign) return issues;
  // Told once, at ruleSet, instead of once per key with the rule set's names listed each time (hostile-46).
  const pos = source?.locate(['ruleSet']) ?? { line: 0, column: 0 };
  const at = ruleSetIssue({
    code: 'unknown-indicator',
    severity: 'error',
    text: foreign,
    file: suite.file,
    ...pos,
    path: ['ruleSet'],
  });
  return [at, ...issues.filter((i) => !unknownKeyIssues.has(i))];
}

/**
 * A suite whose cases give two names or more as input, none of them an indicator of the rule set: written for
 * another rule set, or `ruleSet` names the wrong file (hostile-46: each key was told it is not in the rule set, with
 * its 19 indicators listed, four times over).
 */
function otherRuleSet(
  suite: TestSuite,
  ruleSet: RuleSet,
  keys: ReadonlySet<string>,
): LocalizedText | undefined {
  const names = new Set(ruleSet.indicators.map((i) => i.name));
  if (keys.size < 2 || [...keys].some((k) => names.has(k))) return undefined;
  const given = [...keys].slice(0, 4);
  const more = keys.size - given.length;
  const zhGiven = `${given.map((k) => `“${k}”`).join('、')}${more > 0 ? ` 等 ${keys.size} 个` : ''}`;
  const enGiven = `${given.map((k) => `"${k}"`).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  return localized(
    `用例的 input 所写的名称（${zhGiven}）都不是 ${ruleSet.id} 的指标，而 ruleSet: ${suite.ruleSet} 指向它：请检查 ruleSet 是否指向这些用例所针对的规则文件；它的指标见 qgrade schema input --rules ${suite.ruleSet}`,
    `none of the names the cases give as input (${enGiven}) is an indicator of ${ruleSet.id}, which ruleSet: ${suite.ruleSet} names: check that ruleSet names the rule file these cases were written for; its indicators: qgrade schema input --rules ${suite.ruleSet}`,
  );
}

/** A case that states no expectation passes whatever the rule set does. */
function checksNothing(c: {
  grade?: unknown;
  failing?: unknown;
  blockers?: unknown;
  notGradedReason?: unknown;
  errors?: unknown;
}): boolean {
  return (
    c.grade === undefined &&
    c.failing === undefined &&
    c.blockers === undefined &&
    c.notGradedReason === undefined &&
    c.errors === undefined
  );
}

function nothingChecked(name: string): LocalizedText {
  return localized(
    `用例“${name}”没有写任何预期，无论规则集如何判定都会通过：请写出 grade、failing、notGradedReason 或 errors`,
    `case "${name}" expects nothing, so it passes whatever the rule set does: give grade, failing, notGradedReason or errors`,
  );
}

type SuiteSource = Pick<SourceDocument, 'isFlowMapping' | 'bareCommaJoin'>;

/**
 * A key of a case's input with no value that is not a name but a slip: the
 * digits after a comma in `{ apf: 5,00 }` (YAML reads `apf: 5` and a key
 * `00`), or an entry whose colon YAML did not read (`{ unitType:heat-pump }`).
 * The message, and how far into the key to point.
 */
function keySlip(
  source: SuiteSource,
  path: DocumentPath,
  key: string,
  indicators: readonly string[],
): { text: LocalizedText; column: number } | undefined {
  const slip = colonSlip(key);
  if (slip && (slip.kind === 'full-width-colon' || indicators.includes(slip.key)))
    return {
      text: colonSlipText(slip, { braces: source.isFlowMapping(path.slice(0, -1)) }),
      column: slip.at,
    };
  const join = source.bareCommaJoin(path);
  if (!join || join.key === undefined || !/^[+-]?\d+$/.test(join.before) || !/^\d+$/.test(join.after))
    return undefined;
  const fix = commaNumberFix([join.before, join.after], true);
  if (!fix) return undefined;
  const written = `${join.key}: ${join.before},${join.after}`;
  return {
    text: localized(
      `花括号 { } 中的逗号分隔各项，“${written}”被读作“${join.key}: ${join.before}”和一个键“${join.after}”；${fix.zh}`,
      `"${written}" is read as "${join.key}: ${join.before}" and a key "${join.after}", as a comma separates the entries in { }: ${fix.en}`,
    ),
    column: 0,
  };
}

/** At most this many known names are listed after an unknown one with no close name. */
const NAMES_LISTED = 12;

/**
 * The names a suite may write, for an unknown one with none close to it (`zzz`): hostile-44 found "indicator \"zzz\"
 * is not in …" said nothing to write. The first {@link NAMES_LISTED}, and how many more.
 */
function knownNames(what: LocalizedText, known: readonly string[]): LocalizedText {
  if (known.length === 0) return localized('', '');
  const shown = known.slice(0, NAMES_LISTED);
  const more = known.length - shown.length;
  return localized(
    `；可写的${what.zh}有 ${shown.map((n) => `“${n}”`).join('、')}${more > 0 ? ` 等 ${known.length} 个` : ''}`,
    `; its ${what.en}s are ${shown.map((n) => `"${n}"`).join(', ')}${more > 0 ? ` and ${more} more` : ''}`,
  );
}
