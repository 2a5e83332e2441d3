/**
 * compare --tally-by's table splits "to / from not graded" by why the side
 * that does not grade a record does not, one column per reason met in the
 * run, as grade's tally splits 不分级 (committee-24 F9: a product the standard
 * does not cover lumped with one that failed a veto item).
 */
import { describe, expect, it } from 'vitest';
import { createMovesByColumn } from '../../src/compare/moves-by-column';
import type { GradeResult } from '../../src/model/grade-result';
import { movesByColumnLines, movesTable } from '../../src/report/moves-by-column-table';

const LADDER = { grades: [{ id: 'mid' }, { id: 'high' }] };

function result(grade: string | null, reason?: string): GradeResult {
  const r = { grade, criteria: [], nextGrade: null } as unknown as GradeResult;
  if (reason)
    r.notGradedReason = { code: reason, message: { zh: '', en: '' } } as GradeResult['notGradedReason'];
  return r;
}

describe('moves by column: to and from not graded by reason', () => {
  const moves = createMovesByColumn(LADDER, LADDER, '生产企业');
  moves.add('甲', result('mid'), result(null, 'gate-failed')); // down: a veto item under B
  moves.add('甲', result('high'), result(null, 'out-of-scope')); // down: out of scope under B
  moves.add('乙', result('mid'), result(null, 'gate-failed'));
  moves.add('乙', result(null, 'gate-failed'), result('mid')); // up from a veto item
  const r = moves.result();

  it('counts each reason per group, adding up to the column', () => {
    expect(r.groups[0]!.downToNotGradedBy).toEqual({ 'gate-failed': 1, 'out-of-scope': 1 });
    expect(r.groups[1]!.downToNotGradedBy).toEqual({ 'gate-failed': 1 });
    expect(r.groups[1]!.upFromNotGradedBy).toEqual({ 'gate-failed': 1 });
    expect(r.groups[0]!.upFromNotGradedBy).toBeUndefined();
    expect(r.whole.downToNotGradedBy).toEqual({ 'gate-failed': 2, 'out-of-scope': 1 });
  });

  it('one column per reason, out of scope first, in zh and en', () => {
    const zh = movesTable(r, 'zh');
    expect(zh.header).toContain('降为不分级（超出适用范围）');
    expect(zh.header).toContain('降为不分级（否决项不合格）');
    expect(zh.header).toContain('由不分级升入（否决项不合格）');
    expect(zh.header).not.toContain('降为不分级');
    const at = (h: string) => zh.header.indexOf(h) - 1;
    expect(at('降为不分级（超出适用范围）')).toBeLessThan(at('降为不分级（否决项不合格）'));
    const row = (label: string) => zh.rows.find((x) => x.label === label)!.counts;
    expect(row('甲')[at('降为不分级（超出适用范围）')]).toBe(1);
    expect(row('甲')[at('降为不分级（否决项不合格）')]).toBe(1);
    expect(row('乙')[at('降为不分级（超出适用范围）')]).toBe(0);
    expect(row('合计')[at('降为不分级（否决项不合格）')]).toBe(2);
    expect(movesTable(r, 'en').header).toContain('Down to not graded (out of scope)');
    expect(movesByColumnLines(r, 'en').join('\n')).toContain('Up from not graded (veto item failed)');
  });
});

describe('moves by column under a rule set of one grade (committee-34 M7)', () => {
  // GB 175 as the bundled rule set grades it: one grade, a record below it is "Nonconforming" in the matrix.
  const ONE = { grades: [{ id: 'conforming' }] };
  const moves = createMovesByColumn(ONE, ONE, '生产企业');
  moves.add('甲', result('conforming'), result(null, 'below-lowest-grade'));
  moves.add('甲', result(null, 'below-lowest-grade'), result('conforming'));
  moves.add('乙', result('conforming'), result(null, 'out-of-scope'));
  const r = moves.result();
  const one = [{ label: { zh: '合格', en: 'Conforming' } }];
  const two = [...one, { label: { zh: '优等品', en: 'Superior' } }];

  it('names the records below the one grade as the matrix does, in zh and en', () => {
    const zh = movesTable(r, 'zh', { a: one, b: one }).header;
    expect(zh).toContain('降为不合格');
    expect(zh).toContain('由不合格升入');
    expect(zh).toContain('降为不分级（超出适用范围）');
    expect(zh.join()).not.toMatch(/未达/);
    const en = movesByColumnLines(r, 'en', { a: one, b: one }).join('\n');
    expect(en).toContain('Down to nonconforming');
    expect(en).toContain('Up from nonconforming');
    expect(en).not.toMatch(/below the lowest grade/);
  });

  it('a ladder of several grades keeps "below the lowest grade"; each side named by its own ladder', () => {
    expect(movesTable(r, 'en', { a: two, b: two }).header).toContain(
      'Down to not graded (below the lowest grade)',
    );
    const mixed = movesTable(r, 'en', { a: two, b: one }).header;
    expect(mixed).toContain('Down to nonconforming');
    expect(mixed).toContain('Up from not graded (below the lowest grade)');
  });
});
