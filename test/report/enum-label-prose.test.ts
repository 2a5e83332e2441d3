/**
 * Prose that prints an enum's limit or value shows its label in the output
 * language, as explanations do: the cause lines of compare (text, xlsx), the
 * HTML compare report's limits, and a score's "e.g. … (取 热泵型)". A result
 * read from elsewhere (no labels noted) keeps the codes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader, type GradeResult, loadRuleSet, parseRuleSet, type RuleSet } from '../../src/index';
import { causeLimitsLine } from '../../src/report/cause-limits';
import { formatExplanation } from '../../src/report/format-explanation';
import { shortfallText } from '../../src/report/score-text';

const ROOT = join(import.meta.dirname, '../..');
const AC = readFileSync(join(ROOT, 'rules/home-appliances/room-air-conditioner-energy.yaml'), 'utf8');

/** The AC text with each `[from, to]` replaced once; each `from` must be there. */
function acWith(...replacements: [string, string][]): RuleSet {
  let text = AC;
  for (const [from, to] of replacements) {
    expect(text).toContain(from);
    text = text.replace(from, to);
  }
  return parseRuleSet(text, { filename: 'b.yaml' });
}

const WINDOW_LABEL = 'window: { zh: 整体式, en: Single-package, aliases: [窗式, 穿墙式, 一体式] }';
const RENAMED = 'window: { zh: 整体机, en: Single unit, aliases: [窗式, 穿墙式, 一体式] }';
const WINDOW_UNIT = {
  unitType: 'heat-pump',
  ratedCoolingCapacity: 3500,
  unitConfiguration: 'window',
  apf: 4.6,
};

async function notWindow(ruleSet: RuleSet, record: object) {
  const r = await createGrader(ruleSet).grade(record);
  return r.criteria.find((c) => c.id === 'not-window')!;
}

describe('enum labels in report prose', async () => {
  const a = await loadRuleSet('home-appliances/room-air-conditioner-energy');

  it('a cause line: the value and each side’s limit by their labels; B’s label beside A’s when B renamed it (zh, en)', async () => {
    // B renames 整体式 and lets window units in (not-window now asks ≠ ducted): W1 moves.
    const b = acWith([WINDOW_LABEL, RENAMED], ['require: \'≠ "window"\'', 'require: \'≠ "ducted"\'']);
    const ca = await notWindow(a, WINDOW_UNIT);
    const cb = await notWindow(b, WINDOW_UNIT);
    expect(causeLimitsLine('结构形式', ca, cb, 'zh')).toBe(
      '结构形式：整体式（B：整体机），A ≠ 整体式 ✗ → B ≠ 风管送风式 ✓',
    );
    expect(causeLimitsLine('Configuration', ca, cb, 'en')).toBe(
      'Configuration: Single-package (B: Single unit), A ≠ Single-package ✗ → B ≠ Ducted ✓',
    );
  });

  it('the same label on both sides is shown once; a requirement only A has shows A’s', async () => {
    const ca = await notWindow(a, WINDOW_UNIT);
    expect(causeLimitsLine('结构形式', ca, ca, 'zh')).toBe('结构形式：整体式，A ≠ 整体式 ✗ → B ≠ 整体式 ✗');
    expect(causeLimitsLine('Configuration', ca, undefined, 'en')).toBe(
      'Configuration: Single-package, A ≠ Single-package ✗ → B no such criterion',
    );
  });

  it('a value its enum gives no label, and a result read from elsewhere, keep the codes', async () => {
    const climate = (await createGrader(a).grade({ ...WINDOW_UNIT, climateType: 'T2' })).criteria.find(
      (c) => c.id === 'climate-type-t1',
    )!;
    expect(causeLimitsLine('气候类型', climate, climate, 'zh')).toBe('气候类型：T2，A = T1 ✗ → B = T1 ✗');
    const read = JSON.parse(JSON.stringify(await notWindow(a, WINDOW_UNIT)));
    expect(causeLimitsLine('Configuration', read, read, 'en')).toBe(
      'Configuration: window, A ≠ window ✗ → B ≠ window ✗',
    );
  });

  it('a score’s shortfall names the value that lifts an enum item by its label (zh, en); read from elsewhere, its code', async () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/value-labels/scored-enum-item.yaml'), 'utf8');
    const scored = parseRuleSet(text, { filename: 'scored-enum-item.yaml' });
    const r = await createGrader(scored).grade({ unitType: 'cooling-only', other: 80 });
    expect(r.scores!.shortfalls![0]!.raise).toMatchObject({ indicator: 'unitType', toValue: 'heat-pump' });
    expect(formatExplanation(r, 'zh')).toContain(
      '总分 60，差 20 分达到 ≥ 80（高）；例如 机组类型 单冷型 → 热泵型（得分 40 → 100）',
    );
    expect(formatExplanation(r, 'en')).toContain(
      'Total score 60, 20 points short of ≥ 80 (High); e.g. Unit type Cooling only → Heat pump (points 40 → 100)',
    );
    const read = JSON.parse(JSON.stringify(r)) as GradeResult;
    expect(shortfallText(read.scores!.shortfalls![0]!, read, 'zh')).toContain(
      '机组类型 cooling-only → heat-pump（得分 40 → 100）',
    );
  });
});
