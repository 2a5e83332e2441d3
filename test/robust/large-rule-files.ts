/** Generated rule files at the size limit, for the loader's complexity tests (issue 12, defect 6). Illustrative. */

const HEAD = `schemaVersion: 1
id: test/large
version: 1.0.0
industry: test
subject: product
title: { zh: 大文件, en: Large file }
references: [{ code: TEST 1-2026, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试用, en: For tests only } }
`;

/**
 * A rule set with one threshold table of `rows` rows keyed by two indicators:
 * a category (`kind`, cycling through `kinds` values) and a band of `size`.
 * `gapAt` leaves out one band's upper end, so exactly one gap is reported.
 */
export function tableRuleFile(rows: number, kinds = 1, gapAt = -1): string {
  const kindValues = Array.from({ length: kinds }, (_, i) => `k${i}`);
  const lines: string[] = [];
  const perKind = Math.ceil(rows / kinds);
  for (let r = 0; r < rows; r++) {
    const kind = kindValues[r % kinds]!;
    const i = Math.floor(r / kinds);
    const upper = i === gapAt ? i + 0.5 : i + 1;
    lines.push(`      - [${kind}, "[${i}, ${upper})", ${(i % 97) + 1}]`);
  }
  return `${HEAD}indicators:
  kind: { type: enum, values: [${kindValues.join(', ')}], label: { zh: 类, en: Kind } }
  size: { type: number, range: "[0, ${perKind})", label: { zh: 尺寸, en: Size } }
  x: { type: number, label: { zh: 值, en: Value } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
tables:
  limits:
    keys: [kind, size]
    columns: [kind, size, min]
    rows:
${lines.join('\n')}
criteria:
  - { id: x-min, indicator: x, require: "≥ limits.min", grade: ok }
`;
}

/**
 * A rule set with `count` criteria on `indicators` indicators over three
 * grades, the limits rising with the grade. `looseAt` makes one criterion's
 * limit looser than the grade below it, so exactly one non-monotonic issue is reported.
 */
export function criteriaRuleFile(count: number, indicators = 100, looseAt = -1): string {
  const names = Array.from({ length: indicators }, (_, i) => `v${i}`);
  const lines: string[] = [];
  const grades = ['c', 'b', 'a'];
  for (let i = 0; i < count; i++) {
    const g = i % 3;
    const name = names[Math.floor(i / 3) % indicators]!;
    // The same indicator and grade recur with a rising limit: the ladder check groups them all.
    // In thousandths, divided last: 10 + 7/1000 would print 10.007000000000001, which a rule file may not hold.
    const limit = i === looseAt ? 0 : (10_000 * g + Math.floor(i / (3 * indicators))) / 1000;
    lines.push(`  - { id: c${i}, indicator: ${name}, require: "≥ ${limit}", grade: ${grades[g]} }`);
  }
  return `${HEAD}indicators:
${names.map((n) => `  ${n}: { type: number, label: { zh: ${n}, en: ${n} } }`).join('\n')}
grades:
  - { id: c, label: { zh: 合格品, en: C } }
  - { id: b, label: { zh: 一等品, en: B } }
  - { id: a, label: { zh: 优等品, en: A } }
criteria:
${lines.join('\n')}
`;
}

/**
 * A rule set with `grades` grades and a grade table whose columns are those
 * grades (one requirement per grade), over `rows` rows keyed by a band.
 */
export function gradeTableRuleFile(grades: number, rows = 2): string {
  const ids = Array.from({ length: grades }, (_, i) => `g${i}`);
  const tableRows = Array.from(
    { length: rows },
    (_, r) => `      - ["[${r}, ${r + 1})", ${ids.map((_, g) => g + r).join(', ')}]`,
  );
  return `${HEAD}indicators:
  size: { type: number, range: "[0, ${rows})", label: { zh: 尺寸, en: Size } }
  x: { type: number, label: { zh: 值, en: Value } }
grades:
${ids.map((id) => `  - { id: ${id}, label: { zh: ${id}, en: ${id} } }`).join('\n')}
tables:
  ladder:
    keys: [size]
    columns: [size, ${ids.join(', ')}]
    rows:
${tableRows.join('\n')}
criteria:
  - { id: x-min, indicator: x, require: "≥ ladder" }
`;
}

/** A rule set with `count` number indicators, each with one criterion and a derived value. */
export function indicatorsRuleFile(count: number): string {
  const names = Array.from({ length: count }, (_, i) => `v${i}`);
  return `${HEAD}indicators:
${names.map((n) => `  ${n}: { type: number, label: { zh: ${n}, en: ${n} } }`).join('\n')}
derived:
${names.map((n) => `  d${n}: { formula: "${n} * 2", label: { zh: d${n}, en: d${n} } }`).join('\n')}
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
${names.map((n) => `  - { id: c${n}, indicator: d${n}, require: "≥ 1", grade: ok }`).join('\n')}
`;
}
