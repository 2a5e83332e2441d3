/** The two files `qgrade init` writes. */
export interface Scaffold {
  ruleSet: string;
  testSuite: string;
}

/**
 * A new rule set and its test suite: valid as they stand, with placeholders
 * (TODO) for what only the standard can say, and the `$schema` lines that
 * give editors completion.
 *
 * @param id - `<industry>/<name>`
 * @param schemas - paths from the new files' folder to the rule-set and test-suite schemas
 */
export function ruleSetScaffold(id: string, schemas: { ruleSet: string; testSuite: string }): Scaffold {
  const name = id.split('/')[1] as string;
  const ruleSet = `# yaml-language-server: $schema=${schemas.ruleSet}
# A new qgrade rule set. Replace each TODO with what the standard says, then run
#   qgrade validate rules/${id}.yaml
#   qgrade test --coverage rules/${id}.test.yaml
# The rule format is described in qgrade's docs/rule-format.md.
${scaffoldMetadata(id, { subject: 'product # or enterprise' })}
indicators:
  tensileStrength: # TODO the standard's indicators, one entry each
    type: number
    unit: MPa
    range: "> 0"
    label: { zh: 抗拉强度 Rm, en: Tensile strength Rm }
grades: # lowest first
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
  - { id: first-class, label: { zh: 一等品, en: First class } }
  - { id: superior, label: { zh: 优等品, en: Superior } }
tables:
  strengthLimits: # a grade table: one limit per grade, as the standard's table prints them
    title: { zh: "TODO 表 1 抗拉强度", en: "TODO Table 1 Tensile strength" }
    # The key columns select the row: usually a product class or a size band
    # (e.g. keys: [diameter] with rows "(0, 25]", "(25, 50]"); here one row for every record.
    keys: [tensileStrength]
    columns: [tensileStrength, qualified, first-class, superior]
    rows:
      - ["> 0", 400, 450, 500]
criteria:
  - id: tensile-strength # one requirement per grade: tensile-strength@qualified, @first-class, @superior
    indicator: tensileStrength
    require: "≥ strengthLimits"
    clause: "TODO 5.1"
`;
  const testSuite = `# yaml-language-server: $schema=${schemas.testSuite}
# Cases for rules/${id}.yaml: each threshold exactly, one unit below and one above,
# and an invalid record. Run: qgrade test --coverage rules/${id}.test.yaml
ruleSet: ./${name}.yaml
cases:
  - name: "399 MPa, just below qualified (400)"
    input: { tensileStrength: 399 }
    grade: null
    notGradedReason: below-lowest-grade
    failing: [tensile-strength@qualified, tensile-strength@first-class, tensile-strength@superior]
  - name: "400 MPa, at qualified (400)"
    input: { tensileStrength: 400 }
    grade: qualified
    failing: [tensile-strength@first-class, tensile-strength@superior]
  - name: "401 MPa, just above qualified (400)"
    input: { tensileStrength: 401 }
    grade: qualified
  - name: "449 MPa, just below first class (450)"
    input: { tensileStrength: 449 }
    grade: qualified
  - name: "450 MPa, at first class (450)"
    input: { tensileStrength: 450 }
    grade: first-class
    failing: [tensile-strength@superior]
  - name: "451 MPa, just above first class (450)"
    input: { tensileStrength: 451 }
    grade: first-class
  - name: "499 MPa, just below superior (500)"
    input: { tensileStrength: 499 }
    grade: first-class
  - name: "500 MPa, at superior (500)"
    input: { tensileStrength: 500 }
    grade: superior
    failing: []
  - name: "501 MPa, just above superior (500)"
    input: { tensileStrength: 501 }
    grade: superior
  - name: "a record without the tensile strength is invalid"
    input: {}
    grade: null
    notGradedReason: invalid-record
    errors: [tensileStrength]
`;
  return { ruleSet, testSuite };
}

/** What differs between the templates in the metadata every new rule set starts with. */
export interface MetadataOptions {
  /** The `subject` line's value, with its comment. */
  subject?: string;
  /** Title placeholders. */
  title?: { zh: string; en: string };
  /** The reference's placeholder code. */
  code?: string;
  /** The comment lines over the provenance level. */
  provenanceComment?: string[];
  /** The provenance note placeholders. */
  note?: { zh: string; en: string };
}

/** The metadata block of a new rule set (schemaVersion … provenance), as YAML lines with placeholders. */
export function scaffoldMetadata(id: string, options: MetadataOptions = {}): string {
  const [industry] = id.split('/') as [string, string];
  const title = options.title ?? { zh: 'TODO 标准名称', en: 'TODO title of the standard' };
  const note = options.note ?? {
    zh: 'TODO 阈值为占位示例，尚未核对标准原文',
    en: 'TODO placeholder thresholds, not yet checked against the standard',
  };
  const comment = options.provenanceComment ?? [
    'sourced (read in the standard) | secondary | unverified | illustrative (no source).',
    'Until the thresholds below are checked against the standard, they are illustrative.',
  ];
  return `schemaVersion: 1
id: ${id}
version: 0.1.0 # raise it whenever a threshold changes
industry: ${industry}
subject: ${options.subject ?? 'product'}
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
