/**
 * Two limit mistakes of the author sweep whose messages said what was wrong
 * but not what to write:
 * - `≥ 0.7 * impact.energy` under `comparison: rounded` without `interval`
 *   (test/fixtures/author-sweep/q355-no-interval.yaml) said "needs interval";
 *   it now says to add `interval: <step>` to that criterion and which step.
 * - `"≤ % 5.0"` (unit-before-number.yaml) said `Unexpected "%"`; it now says
 *   the unit goes after the number, with the limit to write.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/author-sweep/${name}`, import.meta.url), 'utf8');

describe('a rounded comparison against a computed limit without interval', () => {
  it('says where to add interval and which step, in both languages', () => {
    const { ruleSet, issues } = checkRuleSet(fixture('q355-no-interval.yaml'), { filename: 'q355.yaml' });
    expect(ruleSet).toBeUndefined();
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid-interval', severity: 'error', line: 73, column: 56 });
    expect(issues[0]!.text.zh).toBe(
      '与计算出的限值作修约值比较需要“interval”（该限值没有书写精度可供修约）：请在判定项“kv2-floor”中加上“interval: <修约间隔>”，' +
        '即试验方法标准规定“impactEnergy”（J）修约到的间隔，如冲击吸收能量 KV2 以 J 计为 1，断后伸长率以 % 计为 0.5；' +
        '也可写在指标“impactEnergy”上，对它的每个判定项都适用',
    );
    expect(issues[0]!.message).toBe(
      'a rounded comparison against a computed limit needs "interval" (the limit has no written precision to round to): ' +
        'add "interval: <step>" to the criterion "kv2-floor", the step the test standard rounds "impactEnergy" (in J) to, ' +
        'e.g. 1 for impact energy KV2 in J, 0.5 for elongation in %; or write it once on the indicator "impactEnergy", for all its criteria',
    );
  });

  it('does as it says: interval: 1 on the criterion, or on the indicator, loads', () => {
    const text = fixture('q355-no-interval.yaml');
    const onCriterion = text.replace('"≥ 0.7 * impact.energy" }', '"≥ 0.7 * impact.energy", interval: 1 }');
    const onIndicator = text.replace('    unit: J\n', '    unit: J\n    interval: 1\n');
    expect(onCriterion).not.toBe(text);
    expect(onIndicator).not.toBe(text);
    expect(checkRuleSet(onCriterion).issues).toEqual([]);
    expect(checkRuleSet(onIndicator).issues).toEqual([]);
  });
});

describe('a unit written before the limit’s number', () => {
  const text = fixture('unit-before-number.yaml');
  const issuesOf = (require: string) =>
    checkRuleSet(text.replace('"≤ % 5.0"', JSON.stringify(require)), { filename: 'gb175.yaml' }).issues;

  it('says the unit goes after the number, with the limit to write, at the unit', () => {
    const { issues } = checkRuleSet(text, { filename: 'gb175.yaml' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid-requirement', severity: 'error', line: 48, column: 78 });
    expect(issues[0]!.text.zh).toBe('“mgo”的限值：单位应写在数值之后，如 ≤ 5.0 %');
    expect(issues[0]!.message).toBe('limit of "mgo": a unit goes after the number: write ≤ 5.0 %');
  });

  it.each([
    ['≤ %5.0', '≤ 5.0 %'],
    ['<= % 5', '≤ 5 %'],
  ])('%s → %s', (written, fixed) => {
    const issues = issuesOf(written);
    expect(issues.map((i) => i.message)).toEqual([
      `limit of "mgo": a unit goes after the number: write ${fixed}`,
    ]);
  });

  it('another unit than the value’s: the order and the unit, both said', () => {
    const issues = issuesOf('≤ MPa 5.0');
    expect(issues.map((i) => i.message)).toEqual([
      'limit of "mgo": a unit goes after the number: write ≤ 5.0 MPa; besides, the limit is written in MPa, but "mgo" is measured in %: write the number alone or with %',
    ]);
  });

  it('the limit to write loads', () => {
    expect(issuesOf('≤ 5.0 %')).toEqual([]);
  });

  it('a name before a number is a formula missing its operator, not a unit', () => {
    const issues = issuesOf('≤ mgo 5');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).not.toContain('unit');
  });

  it('a full-width ％ first gets the full-width advice', () => {
    const issues = issuesOf('≤ ％ 5.0');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.message).toContain('U+FF05');
  });
});

describe('a comparison sign written twice, or a bracket left open (developer-25 C1)', () => {
  const base = readFileSync(
    new URL('../../rules/home-appliances/room-air-conditioner-energy.yaml', import.meta.url),
    'utf8',
  );
  const withLimit = (limit: string) => {
    const text = base.replace('require: "≤ 14000 W"', `require: "${limit}"`);
    expect(text).not.toBe(base);
    return checkRuleSet(text, { filename: 'ac.yaml' }).issues.filter((i) => i.severity === 'error');
  };

  it.each([
    ['≤≤ 14000 W', '≤ 14000 W', 16],
    ['≤ ≤ 14000 W', '≤ 14000 W', 17],
    ['≤ <14000', '≤ 14000', 17],
    ['≥≥ 5', '≥ 5', 16],
  ])('%j: says the sign is written twice and what to write, at the second sign', (limit, write, column) => {
    const issues = withLimit(limit);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'invalid-requirement', column });
    expect(issues[0]!.text.en).toBe(
      `limit of "ratedCoolingCapacity": the comparison is written twice: write ${write}`,
    );
    expect(issues[0]!.text.zh).toBe(`“ratedCoolingCapacity”的限值：比较符号写了两次：请写成 ${write}`);
  });

  it('says a closing bracket is missing, not that a unit follows a name', () => {
    const issues = withLimit('≤ (14000 W');
    expect(issues).toHaveLength(1);
    expect(issues[0]!.text.en).toBe('limit of "ratedCoolingCapacity": a closing ")" is missing');
  });

  it('the limit as advised loads', () => {
    expect(withLimit('≤  14000 W')).toEqual([]);
  });
});
