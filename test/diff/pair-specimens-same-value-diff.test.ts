/**
 * `diffRuleSets` on the two keys that refuse records or groups outright and were not listed (committee-32 W1, W2):
 * a derived value's `pairSpecimens` and the group's `sameValue`. Removing either grades more (looser), adding
 * either grades fewer (stricter); both directions, zh and en, JSON that follows the diff schema, and
 * `diffEntriesForChange` naming `pairSpecimens` for a record refused for one value beside two specimens.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffEntriesForChange } from '../../src/diff/diff-entries-for-change';
import type { DiffEntry } from '../../src/diff/rule-set-diff';
import { createComparison, createGrader, diffRuleSets, parseRuleSet } from '../../src/index';
import { ROOT } from '../cli/cli-harness';
import { validateDiff } from './diff-schema';

const REBAR = readFileSync(join(ROOT, 'rules/steel/hot-rolled-ribbed-bar.yaml'), 'utf8');
const CEMENT = readFileSync(join(ROOT, 'rules/building-materials/cement-lot-grade.yaml'), 'utf8');
const PAIR = '    pairSpecimens: true\n';
const SAME = '  sameValue: [strengthClass]\n';

function cut(text: string, line: string): string {
  expect(text.split(line).length, `the text holds ${JSON.stringify(line)} once`).toBe(2);
  return text.replace(line, '');
}

function diffOf(a: string, b: string) {
  const diff = diffRuleSets(parseRuleSet(a, { filename: 'a.yaml' }), parseRuleSet(b, { filename: 'b.yaml' }));
  expect(validateDiff(JSON.parse(JSON.stringify(diff))), JSON.stringify(validateDiff.errors)).toBe(true);
  return diff;
}

const lineOf = (text: string, line: string) => text.slice(0, text.indexOf(line)).split('\n').length;
const keys = (entries: DiffEntry[]) => entries.map((e) => [e.key, e.direction ?? null]);

describe('diffRuleSets: a derived value’s pairSpecimens', () => {
  const unpaired = cut(REBAR, PAIR);

  it('true → absent is listed, looser, said in words, located at the key in A', () => {
    const diff = diffOf(REBAR, unpaired);
    expect(keys(diff.entries)).toEqual([['derived:strengthRatio:pairSpecimens', 'looser']]);
    const [entry] = diff.entries;
    expect(entry).toMatchObject({
      kind: 'derived-changed',
      aspect: 'pairSpecimens',
      before: 'true',
      after: null,
      id: 'strengthRatio',
      criteria: ['strength-ratio'],
    });
    expect(entry?.a?.line).toBe(lineOf(REBAR, PAIR));
    expect(entry?.message.zh).toBe(
      '计算值“强屈比 Rm°/ReL°”（strengthRatio）的试样配对（pairSpecimens）：逐试样配对计算（单个值不复用于另一指标的每个试样，记录无效） → 单个值复用于另一指标的每个试样，更宽（影响 strength-ratio）',
    );
    expect(entry?.message.en).toContain(
      "specimen pairing (pairSpecimens): paired by specimen (a single value is not reused for each of another indicator's specimens: the record is invalid) → a single value is reused for each of another indicator's specimens, looser",
    );
  });

  it('absent → true is stricter (the mirror), and the same key both sides is no entry', () => {
    expect(keys(diffOf(unpaired, REBAR).entries)).toEqual([
      ['derived:strengthRatio:pairSpecimens', 'stricter'],
    ]);
    expect(diffOf(REBAR, REBAR).entries).toEqual([]);
  });

  it('is the change named for a record invalid under A only for one Rm beside two ReL', async () => {
    const record = {
      designation: 'HRB400E',
      diameter: 20,
      yieldStrength: [420, 480],
      tensileStrength: [605],
      elongation: [24.5, 23.0],
      maxForceElongation: [11.8, 12.2],
      carbon: 0.22,
      silicon: 0.45,
      manganese: 1.38,
      phosphorus: 0.026,
      sulfur: 0.018,
      nitrogen: 0.0085,
      massDeviation: -2.3,
      bendTest: true,
    };
    const a = parseRuleSet(REBAR, { filename: 'a.yaml' });
    const b = parseRuleSet(unpaired, { filename: 'b.yaml' });
    const ra = await createGrader(a).grade(record);
    const rb = await createGrader(b).grade(record);
    expect(ra.errors?.map((e) => e.code)).toEqual(['specimen-count-mismatch']);
    expect(rb.errors).toBeUndefined();
    const change = createComparison(a, b).add(ra, rb);
    expect(change).toBeDefined();
    const named = diffEntriesForChange(change!, diffRuleSets(a, b), { a: ra, b: rb });
    expect(named.map((e) => e.key)).toEqual(['derived:strengthRatio:pairSpecimens']);
  });
});

describe('diffRuleSets: group.sameValue', () => {
  const mixed = cut(CEMENT, SAME);

  it('removed is looser, names the indicator and the group requirements, zh and en', () => {
    const diff = diffOf(CEMENT, mixed);
    expect(keys(diff.entries)).toEqual([['group:sameValue', 'looser']]);
    const [entry] = diff.entries;
    expect(entry).toMatchObject({
      kind: 'group-changed',
      aspect: 'sameValue',
      before: '[strengthClass]',
      after: null,
      criteria: ['cv-28d-first', 'cv-28d-superior'],
    });
    expect(entry?.a?.line).toBe(lineOf(CEMENT, SAME));
    expect(entry?.message.zh).toBe(
      '组内记录须相同的指标（sameValue，不同则该组不分级）：“强度等级” → 无（组内记录可混有不同值），更宽（影响 cv-28d-first、cv-28d-superior）',
    );
    expect(entry?.message.en).toBe(
      'indicators a group\'s records must share (sameValue; a group mixing them is not graded): "Strength class" → none (a group may mix values), looser (read by cv-28d-first, cv-28d-superior)',
    );
  });

  it('added is stricter; one more indicator listed is stricter; one fewer looser', () => {
    expect(keys(diffOf(mixed, CEMENT).entries)).toEqual([['group:sameValue', 'stricter']]);
    const two = CEMENT.replace(SAME, '  sameValue: [strengthClass, cementType]\n');
    expect(diffOf(CEMENT, two).entries).toMatchObject([
      {
        key: 'group:sameValue',
        direction: 'stricter',
        before: '[strengthClass]',
        after: '[strengthClass, cementType]',
      },
    ]);
    expect(diffOf(two, CEMENT).entries[0]?.direction).toBe('looser');
    const other = CEMENT.replace(SAME, '  sameValue: [cementType]\n');
    expect(diffOf(CEMENT, other).entries[0]?.direction).toBe('changed');
    expect(diffOf(CEMENT, CEMENT).entries).toEqual([]);
  });
});

describe('diffRuleSets: a new indicator with a default', () => {
  it('says what a record that omits it counts as (newcomer-32 M-7), zh and en', () => {
    const text = readFileSync(join(ROOT, 'rules/building-materials/cement-quality-grade.yaml'), 'utf8');
    const extra =
      '  stainClass:\n    type: number\n    required: false\n    default: 5\n    label: { zh: 耐污染性级别, en: Stain resistance class }\n';
    const b = text.replace('  autoclaveSoundness:\n', `${extra}  autoclaveSoundness:\n`);
    const entries = diffOf(text, b).entries;
    expect(entries.map((e) => e.message.zh)).toEqual([
      '新增指标“耐污染性级别”（stainClass）：选填，未给出时按 5 计',
    ]);
    expect(entries[0]?.message.en).toBe(
      'indicator Stain resistance class (stainClass) added: optional, counted as 5 when not given',
    );
    expect(diffOf(b, text).entries[0]?.message.zh).toBe(
      '删除指标“耐污染性级别”（stainClass）：选填，未给出时按 5 计',
    );
  });
});
