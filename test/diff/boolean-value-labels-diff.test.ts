/**
 * diffRuleSets on a boolean's value labels (session 23): the AC rule set 1.1.6 labels airCooled's values;
 * against 1.1.5 (no labels) and against an edition that drops an alias, one entry per value, keyed
 * `valueLabels[true]` / `[false]`, with the direction an enum's has, located at the labels' line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRuleSets } from '../../src/diff/diff-rule-sets';
import { parseRuleSet } from '../../src/index';
import { ROOT } from '../cli/cli-harness';

const V116 = readFileSync(join(ROOT, 'rules/home-appliances/room-air-conditioner-energy.yaml'), 'utf8');
const TRUE_LINE = '      true: { zh: 风冷式, en: Air-cooled, aliases: [风冷, 风冷型] }\n';
const FALSE_LINE =
  '      false: { zh: 非风冷式, en: Not air-cooled, aliases: [水冷式, 水冷, 水冷型, Water-cooled, 水源, 水源式, 水源热泵, 地源热泵, 蒸发冷却, 蒸发冷却式, 蒸发式冷凝] }\n';

/** 1.1.6 as 1.1.5 wrote it: no labels on airCooled. */
const V115 = V116.replace(`    valueLabels:\n${TRUE_LINE}${FALSE_LINE}`, '').replace(
  'version: 1.3.3',
  'version: 1.1.5',
);

const lineOf = (text: string, line: string) => text.slice(0, text.indexOf(line)).split('\n').length;

describe('diffRuleSets: a boolean indicator’s value labels', () => {
  it('1.1.5 → 1.1.6: labels added to true and false, looser, null before and located at the indicator', () => {
    expect(V115).not.toContain('非风冷式, en: Not air-cooled');
    const entries = diffRuleSets(
      parseRuleSet(V115, { filename: 'a.yaml' }),
      parseRuleSet(V116, { filename: 'b.yaml' }),
    ).entries.filter((e) => e.aspect === 'valueLabels');
    expect(
      entries.map((e) => ({
        key: e.key,
        value: e.value,
        direction: e.direction,
        before: e.before,
        after: e.after,
      })),
    ).toEqual([
      {
        key: 'indicator:airCooled:valueLabels[true]',
        value: 'true',
        direction: 'looser',
        before: null,
        after: '风冷式 / Air-cooled; aliases: 风冷, 风冷型',
      },
      {
        key: 'indicator:airCooled:valueLabels[false]',
        value: 'false',
        direction: 'looser',
        before: null,
        after:
          '非风冷式 / Not air-cooled; aliases: 水冷式, 水冷, 水冷型, Water-cooled, 水源, 水源式, 水源热泵, 地源热泵, 蒸发冷却, 蒸发冷却式, 蒸发式冷凝',
      },
    ]);
    expect(entries[1]!.b).toMatchObject({ file: 'b.yaml', line: lineOf(V116, FALSE_LINE) });
    expect(entries[1]!.message.zh).toBe(
      '指标“风冷式”（airCooled）的取值标签：false：无 → 非风冷式 / Not air-cooled（别名：水冷式、水冷、水冷型、Water-cooled、水源、水源式、水源热泵、地源热泵、蒸发冷却、蒸发冷却式、蒸发式冷凝），更宽',
    );
  });

  it('an alias dropped from false is stricter (a record writing 水冷型 is refused); true unchanged is no entry', () => {
    const fewer = V116.replace(
      FALSE_LINE,
      '      false: { zh: 非风冷式, en: Not air-cooled, aliases: [水冷式, 水冷, Water-cooled, 水源, 水源式, 水源热泵, 地源热泵, 蒸发冷却, 蒸发冷却式, 蒸发式冷凝] }\n',
    );
    const entries = diffRuleSets(
      parseRuleSet(V116, { filename: 'a.yaml' }),
      parseRuleSet(fewer, { filename: 'b.yaml' }),
    ).entries;
    expect(entries.map((e) => [e.key, e.direction, e.after])).toEqual([
      [
        'indicator:airCooled:valueLabels[false]',
        'stricter',
        '非风冷式 / Not air-cooled; aliases: 水冷式, 水冷, Water-cooled, 水源, 水源式, 水源热泵, 地源热泵, 蒸发冷却, 蒸发冷却式, 蒸发式冷凝',
      ],
    ]);
    expect(entries[0]!.a).toMatchObject({ line: lineOf(V116, FALSE_LINE) });
  });
});
