/**
 * newcomer-22 finding 8: a cutoff written as a requirement, `excellence: "≥ 90"`, got "“excellence”必须是数值，
 * 实际是文本 "≥ 90"" at the right place but no word on what to write. Now the message says: the number
 * alone (a cutoff already means "a score of at least this"), or without its quotes.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { locatedIssues } from '../helpers';

const QMC = readFileSync(
  new URL('../../rules/enterprise/quality-management-capability.yaml', import.meta.url),
  'utf8',
);
const CUTOFFS = 'cutoffs: { inspection: 50, assurance: 65, prevention: 80, excellence: 90 }';
const LINE = QMC.split('\n').findIndex((l) => l.includes(CUTOFFS)) + 1;

const withCutoff = (excellence: string) => {
  expect(QMC).toContain(CUTOFFS);
  return QMC.replace(CUTOFFS, CUTOFFS.replace('excellence: 90', `excellence: ${excellence}`));
};
const issuesOf = (text: string) => locatedIssues(text, 'qmc.yaml');

describe('a number written as text where a number is needed', () => {
  it('the bundled file is valid', () => {
    expect(issuesOf(QMC)).toEqual([]);
  });

  it('a cutoff written "≥ 90": at the value, saying to write the number alone and why', () => {
    expect(issuesOf(withCutoff('"≥ 90"'))).toEqual([
      {
        code: 'schema',
        line: LINE,
        column: 73,
        zh: '“excellence”必须是数值，实际是文本 "≥ 90"；分数线只写数值（它的意思就是“得分 ≥ 该值”），写作 excellence: 90',
        en: '"excellence" must be a number, got text "≥ 90"; a cutoff is a number alone (it means "a score of at least this"): write excellence: 90',
      },
    ]);
    // Followed, the file is valid again.
    expect(issuesOf(withCutoff('90'))).toEqual([]);
  });

  it('unquoted ≥ 90, full-width ＞＝９０, and 90 分 read the same way', () => {
    for (const written of ['≥ 90', '">= 90"', '"９０分"'])
      expect(issuesOf(withCutoff(written)).map((i) => i.en.replace(/.*; /, ''))).toEqual([
        written.includes('≥') || written.includes('>=')
          ? 'a cutoff is a number alone (it means "a score of at least this"): write excellence: 90'
          : 'write the number alone: excellence: 90',
      ]);
  });

  it('a quoted number: remove the quotes; text with no number in it: as before', () => {
    expect(issuesOf(withCutoff('"90"')).map((i) => i.zh)).toEqual([
      '“excellence”必须是数值，实际是文本 "90"；去掉引号，写作 excellence: 90',
    ]);
    expect(issuesOf(withCutoff('"九十"')).map((i) => i.en)).toEqual([
      '"excellence" must be a number, got text "九十"',
    ]);
  });
});
