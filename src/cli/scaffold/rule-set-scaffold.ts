import type { Language } from '../../text/localized-text';

/** The two files `qgrade init` writes. */
export interface Scaffold {
  ruleSet: string;
  testSuite: string;
}

/** A template's prose in the language of the run: the Chinese or the English text. */
export type Say = (zh: string, en: string) => string;

/** The {@link Say} of a language: keys, ids and figures stay the same, only prose changes. */
export function sayIn(lang: Language): Say {
  return (zh, en) => (lang === 'zh' ? zh : en);
}

/**
 * A new rule set and its test suite: valid as they stand, with placeholders
 * (TODO) for what only the standard can say, and the `$schema` lines that
 * give editors completion. Comments and case names are in `lang`.
 *
 * @param id - `<industry>/<name>`
 * @param schemas - paths from the new files' folder to the rule-set and test-suite schemas
 * @param lang - the language of the comments and case names
 */
export function ruleSetScaffold(
  id: string,
  schemas: { ruleSet: string; testSuite: string },
  lang: Language,
): Scaffold {
  const name = id.split('/')[1] as string;
  const t = sayIn(lang);
  const ruleSet = `# yaml-language-server: $schema=${schemas.ruleSet}
${scaffoldIntro(id, t, [t('新建的 qgrade 规则集。', 'A new qgrade rule set.')])}
${scaffoldMetadata(id, t, { enterprise: true })}
indicators:
  tensileStrength: # ${t('TODO 标准中的各项指标，每项一条', "TODO the standard's indicators, one entry each")}
    type: number
    unit: MPa
    range: "> 0"
    label: { zh: 抗拉强度 Rm, en: Tensile strength Rm }
grades: # ${t('从最低等级起', 'lowest first')}
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: first-class, label: { zh: 一等品, en: First class } }
  - { id: superior, label: { zh: 优等品, en: Superior } }
tables:
  strengthLimits: # ${t('分级表：每个等级一个限值，与标准表格一致', "a grade table: one limit per grade, as the standard's table prints them")}
    title: { zh: "TODO 表 1 抗拉强度", en: "TODO Table 1 Tensile strength" }
    # ${t('键列决定取哪一行：通常是产品类别或尺寸区间', 'The key columns select the row: usually a product class or a size band')}
    # ${t('（如 keys: [diameter]，各行为 "(0, 25]"、"(25, 50]"）；这里所有记录共用一行。', '(e.g. keys: [diameter] with rows "(0, 25]", "(25, 50]"); here one row for every record.')}
    keys: [tensileStrength]
    columns: [tensileStrength, qualified, first-class, superior]
    rows:
      - ["> 0", 400, 450, 500]
criteria:
  - id: tensile-strength # ${t('每个等级一项要求：tensile-strength@qualified、@first-class、@superior', 'one requirement per grade: tensile-strength@qualified, @first-class, @superior')}
    indicator: tensileStrength
    require: "≥ strengthLimits"
    clause: "TODO 5.1"
`;
  const testSuite = `# yaml-language-server: $schema=${schemas.testSuite}
# ${t(`rules/${id}.yaml 的测试用例：每个阈值本身、低一个单位、高一个单位各一例，`, `Cases for rules/${id}.yaml: each threshold exactly, one unit below and one above,`)}
# ${t(`另有一条无效记录。运行：qgrade test --coverage rules/${id}.test.yaml`, `and an invalid record. Run: qgrade test --coverage rules/${id}.test.yaml`)}
ruleSet: ./${name}.yaml
cases:
  - name: "${t('399 MPa，刚低于合格品限值（400）', '399 MPa, just below qualified (400)')}"
    input: { tensileStrength: 399 }
    grade: null
    notGradedReason: below-lowest-grade
    failing: [tensile-strength@qualified, tensile-strength@first-class, tensile-strength@superior]
  - name: "${t('400 MPa，等于合格品限值（400）', '400 MPa, at qualified (400)')}"
    input: { tensileStrength: 400 }
    grade: qualified
    failing: [tensile-strength@first-class, tensile-strength@superior]
  - name: "${t('401 MPa，刚高于合格品限值（400）', '401 MPa, just above qualified (400)')}"
    input: { tensileStrength: 401 }
    grade: qualified
  - name: "${t('449 MPa，刚低于一等品限值（450）', '449 MPa, just below first class (450)')}"
    input: { tensileStrength: 449 }
    grade: qualified
  - name: "${t('450 MPa，等于一等品限值（450）', '450 MPa, at first class (450)')}"
    input: { tensileStrength: 450 }
    grade: first-class
    failing: [tensile-strength@superior]
  - name: "${t('451 MPa，刚高于一等品限值（450）', '451 MPa, just above first class (450)')}"
    input: { tensileStrength: 451 }
    grade: first-class
  - name: "${t('499 MPa，刚低于优等品限值（500）', '499 MPa, just below superior (500)')}"
    input: { tensileStrength: 499 }
    grade: first-class
  - name: "${t('500 MPa，等于优等品限值（500）', '500 MPa, at superior (500)')}"
    input: { tensileStrength: 500 }
    grade: superior
    failing: []
  - name: "${t('501 MPa，刚高于优等品限值（500）', '501 MPa, just above superior (500)')}"
    input: { tensileStrength: 501 }
    grade: superior
  - name: "${t('缺少抗拉强度的记录无效', 'a record without the tensile strength is invalid')}"
    input: {}
    grade: null
    notGradedReason: invalid-record
    errors: [tensileStrength]
`;
  return { ruleSet, testSuite };
}

/** What differs between the templates in the metadata every new rule set starts with. */
export interface MetadataOptions {
  /** Whether the `subject` line says it may be `enterprise` (a template that fits both). */
  enterprise?: boolean;
  /** Title placeholders. */
  title?: { zh: string; en: string };
  /** The reference's placeholder code. */
  code?: string;
  /** The comment lines over the provenance level, in the language of the run. */
  provenanceComment?: string[];
  /** The provenance note placeholders. */
  note?: { zh: string; en: string };
}

/**
 * The comment lines that open a new rule set: what it is (`about`), then the
 * commands to run once each TODO is replaced.
 *
 * @param id - `<industry>/<name>`
 * @param t - the language of the run
 * @param about - the lines saying what kind of rule set this is
 * @param more - further commands, each a line, and the section of docs/rule-format.md (in Chinese docs/rule-format.zh-CN.md) to read
 */
export function scaffoldIntro(
  id: string,
  t: Say,
  about: string[],
  more: { commands?: string[]; section?: { zh: string; en: string } } = {},
): string {
  const section = more.section;
  return [
    ...about,
    t('把每个 TODO 换成标准原文的内容，然后运行', 'Replace each TODO with what the standard says, then run'),
    `  qgrade validate rules/${id}.yaml`,
    `  qgrade test --coverage rules/${id}.test.yaml`,
    ...(more.commands ?? []).map((c) => `  ${c}`),
    section
      ? t(
          `规则格式见 qgrade 的 docs/rule-format.zh-CN.md（${section.zh}）。`,
          `The rule format is described in qgrade's docs/rule-format.md (${section.en}).`,
        )
      : t(
          '规则格式见 qgrade 的 docs/rule-format.zh-CN.md。',
          "The rule format is described in qgrade's docs/rule-format.md.",
        ),
  ]
    .map((line) => `# ${line}`)
    .join('\n');
}

/**
 * The metadata block of a new rule set (schemaVersion … provenance), as YAML
 * lines with placeholders; comments in the language of `t`, the bilingual
 * title and note in both.
 */
export function scaffoldMetadata(id: string, t: Say, options: MetadataOptions = {}): string {
  const [industry] = id.split('/') as [string, string];
  const title = options.title ?? { zh: 'TODO 标准名称', en: 'TODO title of the standard' };
  const note = options.note ?? {
    zh: 'TODO 阈值为占位示例，尚未核对标准原文',
    en: 'TODO placeholder thresholds, not yet checked against the standard',
  };
  const comment = options.provenanceComment ?? [
    t(
      'sourced（据标准原文）、secondary（二手资料）、unverified（未核实）或 illustrative（示例，无来源）。',
      'sourced (read in the standard) | secondary | unverified | illustrative (no source).',
    ),
    untilChecked(t),
  ];
  // An id under enterprise/ grades enterprises: the template that fits both says so from the start.
  const subject = !options.enterprise
    ? 'product'
    : industry === 'enterprise'
      ? `enterprise # ${t('评价产品时写 product', 'or product')}`
      : `product # ${t('评价企业时写 enterprise', 'or enterprise')}`;
  return `schemaVersion: 1
id: ${id}
version: 0.1.0 # ${t('任何阈值改动时都要提高版本号', 'raise it whenever a threshold changes')}
industry: ${industry}
subject: ${subject}
title: { zh: "${title.zh}", en: "${title.en}" }
references:
  - code: "${options.code ?? 'TODO GB/T 00000-2026'}"
    edition: "2026"
    status: draft
provenance:
${comment.map((c) => `  # ${c}`).join('\n')}
  level: illustrative
  note:
    zh: "${note.zh}"
    en: "${note.en}"`;
}

/** The provenance comment of a template whose thresholds are placeholders. */
export function untilChecked(t: Say): string {
  return t(
    '下面的阈值核对标准原文之前，均为示例（illustrative）。',
    'Until the thresholds below are checked against the standard, they are illustrative.',
  );
}
