import { describe, expect, it } from 'vitest';
import { BatchSummary, createGrader, loadRuleSet } from '../../src/index';
import { createTableFormatter, formatTable } from '../../src/report/format-table';

describe('BatchSummary', async () => {
  const ruleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
  const grader = createGrader(ruleSet);
  const results = [
    { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 },
    { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.7 },
    { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 3.1 },
    { unitType: 'heat-pump', ratedCoolingCapacity: 16000, apf: 5 },
    { unitType: 'heat-pump', ratedCoolingCapacity: 3500 },
  ].map((r, i) => ({ ...grader.gradeSync(r), row: i + 1 }));

  it('counts per grade, not graded by reason, invalid rows, and the most frequent failures', () => {
    const summary = new BatchSummary(ruleSet.grades);
    for (const r of results) summary.add(r);
    expect(summary.counts()).toEqual({
      total: 5,
      graded: { '1': 0, '2': 2, '3': 0, '4': 0, '5': 0 },
      notGraded: { 'below-lowest-grade': 1, 'out-of-scope': 1 },
      invalid: 1,
      invalidRows: [5],
      invalidExamples: [{ row: 5 }],
      failing: [
        { id: 'apf@1', count: 3 },
        { id: 'apf@2', count: 1 },
        { id: 'apf@3', count: 1 },
        { id: 'apf@4', count: 1 },
        { id: 'apf@5', count: 1 },
        { id: 'capacity-in-scope', count: 1 },
      ],
    });
  });

  it('counts only the scope items of a record out of scope among the most frequent failures', () => {
    // APF 3.10 fails every grade's APF limit (grade 5 asks ≥ 3.30 up to 4,500 W); a mobile unit is outside
    // GB 21455-2019's scope.
    const apf = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 3.1 };
    const outside = grader.gradeSync({ ...apf, unitConfiguration: 'mobile' });
    const inside = grader.gradeSync(apf);
    expect(outside.notGradedReason?.code).toBe('out-of-scope');
    // The result itself still says what failed: the explanation is not cut.
    expect(outside.criteria.filter((c) => c.passed === false).map((c) => c.id)).toContain('apf@1');
    const summary = new BatchSummary(ruleSet.grades);
    summary.add(outside);
    summary.add(inside);
    expect(summary.counts().failing).toEqual([
      { id: 'apf@1', count: 1 },
      { id: 'apf@2', count: 1 },
      { id: 'apf@3', count: 1 },
      { id: 'apf@4', count: 1 },
      { id: 'apf@5', count: 1 },
      { id: 'not-mobile', count: 1 },
    ]);
    expect(BatchSummary.entry(outside).failing).toEqual(['not-mobile']);
  });

  it('a result whose reason is invalid-record is invalid, with or without its errors (as read back from JSON)', () => {
    const invalid = results[4]!; // no apf: invalid, row 5
    expect(invalid.errors).toBeDefined();
    const { errors: _, ...withoutErrors } = invalid;
    const summary = new BatchSummary(ruleSet.grades);
    summary.add(invalid);
    summary.add({ ...withoutErrors, row: 6 });
    expect(summary.counts()).toMatchObject({ total: 2, invalid: 2, notGraded: {}, invalidRows: [5, 6] });
  });

  it('counts batches merged by their tallies, in order, as it counts the results one by one', () => {
    // 60 results, 12 of them invalid: the first 10 invalid rows span batches, and the last 2 are left out.
    const many = Array.from({ length: 12 }, (_, k) =>
      results.map((r, i) => ({ ...r, row: k * results.length + i + 1 })),
    ).flat();
    const whole = new BatchSummary(ruleSet.grades);
    for (const r of many) whole.add(r);
    for (const size of [1, 3, 7, 60]) {
      const merged = new BatchSummary(ruleSet.grades);
      for (let start = 0; start < many.length; start += size) {
        const batch = new BatchSummary(ruleSet.grades);
        for (const r of many.slice(start, start + size)) batch.add(r);
        // As a worker sends it: plain data, copied.
        merged.addTally(structuredClone(batch.tally()));
      }
      expect(merged.counts()).toEqual(whole.counts());
      expect(merged.tally()).toEqual(whole.tally());
    }
    expect(whole.counts().invalid).toBe(12);
    expect(whole.counts().invalidRows).toEqual([5, 10, 15, 20, 25, 30, 35, 40, 45, 50]);
    expect(whole.tally().failing).toContainEqual(['apf@1', 36]);
  });

  it('counts each group too: every grade from 0, in order of first appearance, no value last', () => {
    // Results: grade 2, grade 2, below the lowest, out of scope, invalid.
    const keys = ['北区', '', '南区', '北区', '  '];
    const summary = new BatchSummary(ruleSet.grades);
    for (const [i, r] of results.entries()) summary.add(r, keys[i]);
    const zero = { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 };
    expect(summary.counts().groups).toEqual([
      { key: '北区', total: 2, graded: { ...zero, '2': 1 }, notGraded: { 'out-of-scope': 1 }, invalid: 0 },
      { key: '南区', total: 1, graded: zero, notGraded: { 'below-lowest-grade': 1 }, invalid: 0 },
      { key: '', total: 2, graded: { ...zero, '2': 1 }, notGraded: {}, invalid: 1 },
    ]);
    // Merged from tallies of batches of 2, in order: the same groups, in the same order.
    const merged = new BatchSummary(ruleSet.grades);
    for (let start = 0; start < results.length; start += 2) {
      const batch = new BatchSummary(ruleSet.grades);
      for (let i = start; i < Math.min(start + 2, results.length); i++) batch.add(results[i]!, keys[i]);
      merged.addTally(structuredClone(batch.tally()));
    }
    expect(merged.counts()).toEqual(summary.counts());
    expect(summary.formatGroups('en', '区域')).toBe(
      [
        'by 区域 (3 groups):',
        // Not graded split by reason, as the summary splits it (committee-24 F9), in the matrix's order (committee-45).
        '  区域        Grade 1  Grade 2  Grade 3  Grade 4  Grade 5  below the lowest grade  out of scope  invalid  total',
        '  北区              0        1        0        0        0                       0             1        0      2',
        '  南区              0        0        0        0        0                       1             0        0      1',
        '  (no value)        0        1        0        0        0                       0             0        1      2',
        '  total             0        2        0        0        0                       1             1        1      5',
      ].join('\n'),
    );
    // Without groups: none in the counts, and no table.
    const plain = new BatchSummary(ruleSet.grades);
    for (const r of results) plain.add(r);
    expect(plain.counts().groups).toBeUndefined();
    expect(plain.tally().groups).toBeUndefined();
    expect(plain.formatGroups('zh', '区域')).toBe('');
  });

  it('prints a table of 200,000 groups (a column of near-unique values) without running out of stack', () => {
    // Kept whole on request: by default the values past the first 1,000 are one group (summary-group-bound.test.ts).
    const summary = new BatchSummary(ruleSet.grades, { maxGroups: Number.POSITIVE_INFINITY });
    for (let i = 0; i < 200_000; i++)
      summary.addEntry({ grade: '2', invalid: false, failing: [], group: `P${i}` });
    const lines = summary.formatGroups('en', 'producer').split('\n');
    expect(lines).toHaveLength(1 + 1 + 200_000 + 1);
    expect(lines[0]).toBe('by producer (200,000 groups):');
    expect(lines.at(-1)).toMatch(/^ {2}total\s+0\s+200,000\s+0\s+0\s+0\s+0\s+0\s+200,000$/);
  });

  it('reads as a few lines, in English and Chinese', () => {
    const summary = new BatchSummary(ruleSet.grades);
    for (const r of results) summary.add(r);
    expect(summary.format('en')).toBe(
      [
        '5 records: 2 graded, 2 not graded, 1 invalid',
        '  Grade 1     0',
        '  Grade 2     2',
        '  Grade 3     0',
        '  Grade 4     0',
        '  Grade 5     0',
        // The count after a colon: "below the lowest grade 1" read as "Grade 1" beside Grade 1 … Grade 5.
        '  not graded  2  (below the lowest grade: 1, out of scope: 1)',
        '  invalid     1  (row 5)',
        'most frequent failing criteria: apf@1 3, apf@2 1, apf@3 1, apf@4 1, apf@5 1',
      ].join('\n'),
    );
    const zh = summary.format('zh').split('\n');
    expect(zh[0]).toBe('共 5 条记录：已分级 2，不分级 2，无效 1');
    expect(zh).toContain('  不分级  2  （未达最低等级 1 条，超出适用范围 1 条）');
  });

  it('streams the same table formatTable prints, with widths known before the first row', () => {
    const rows = results.map((result) => ({ row: result.row, result }));
    // Wide enough that no line is cut: the two tables' columns differ in width, and so would a cut
    // (the out-of-scope line carries the rule file's reason sentence).
    const table = createTableFormatter(ruleSet.grades, { lang: 'en', width: 200 });
    const streamed = [table.header(), ...rows.map((r) => table.row(r))];
    const whole = formatTable(rows, { lang: 'en', width: 200 }).split('\n');
    expect(streamed.map((l) => l.replace(/\s+/g, ' '))).toEqual(whole.map((l) => l.replace(/\s+/g, ' ')));
    const narrow = createTableFormatter(ruleSet.grades, { lang: 'en', width: 80 });
    for (const r of rows) expect(narrow.row(r).length).toBeLessThanOrEqual(80);
  });

  it('zh: one 等级 column of grade labels, coloured by whether the record is graded; ids with --ids', () => {
    const rows = results.map((result) => ({ row: result.row, result }));
    for (const ids of [false, true]) {
      const table = createTableFormatter(ruleSet.grades, { lang: 'zh', width: 80, ids });
      const streamed = [table.header(), ...rows.map((r) => table.row(r))];
      const whole = formatTable(rows, { lang: 'zh', width: 80, ids }).split('\n');
      expect(streamed.map((l) => l.replace(/\s+/g, ' '))).toEqual(whole.map((l) => l.replace(/\s+/g, ' ')));
      expect(whole[0]!.split(/\s+/)).toEqual(
        ids ? ['序号', '等级', '名称', '未达下一级的原因'] : ['序号', '等级', '未达下一级的原因'],
      );
      const second = whole.map((l) => l.split(/\s+/)[1]);
      expect(second.slice(1)).toEqual(
        ids
          ? results.map((r) => r.grade ?? '—')
          : results.map((r) => r.label?.zh ?? (r.errors ? '无效' : '不分级')),
      );
    }
    const colored = createTableFormatter(ruleSet.grades, { lang: 'zh', width: 80, color: true });
    for (const result of results) {
      const line = colored.row({ row: result.row, result });
      expect(line).toContain(`\u001b[${result.grade === null ? 31 : 32}m${result.label?.zh ?? ''}`);
    }
  });
});
