/**
 * compare reads the input for each side as `qgrade grade` with that rule set
 * alone reads it (hostile-24 W13): a yes/no column by that side's value labels
 * (1.1.6 reads `风冷`/`水冷` on 风冷式, 1.1.5 refuses them), and a column read as
 * nothing (`冷却方式` = 水冷, `机型` = 柜式) checked by that side's labels and
 * aliases. Each side's grades in compare equal its `grade`'s, record by record.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const acText = () => readFileSync(join(ROOT, 'rules', `${AC}.yaml`), 'utf8');

/** The bundled rule set before airCooled had value labels (1.1.5). */
function noBooleanLabels(dir: string, name: string): string {
  const text = acText();
  const labels = [
    '    valueLabels:\n      true: { zh: 风冷式, en: Air-cooled, aliases: [风冷, 风冷型] }\n      false: { zh: 非风冷式, en: Not air-cooled, aliases: [水冷式, 水冷, 水冷型, Water-cooled, 水源, 水源式, 水源热泵, 地源热泵, 蒸发冷却, 蒸发冷却式, 蒸发式冷凝] }\n',
  ];
  for (const l of labels) expect(text).toContain(l);
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    labels.reduce((t, l) => t.replace(l, ''), text).replace('version: 1.3.3', 'version: 1.1.5'),
  );
  return file;
}

/** The bundled rule set with 柜式 moved from split to window. */
function cabinetWindow(dir: string): string {
  const text = acText();
  const from = [
    'split: { zh: 分体式, en: Split, aliases: [挂壁式, 柜式] }',
    'window: { zh: 整体式, en: Single-package, aliases: [窗式, 穿墙式, 一体式] }',
  ];
  for (const f of from) expect(text).toContain(f);
  const file = join(dir, 'moved.yaml');
  writeFileSync(
    file,
    text
      .replace(from[0]!, 'split: { zh: 分体式, en: Split, aliases: [挂壁式] }')
      .replace(from[1]!, 'window: { zh: 整体式, en: Single-package, aliases: [窗式, 穿墙式, 一体式, 柜式] }'),
  );
  return file;
}

function csv(dir: string, name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const HEAD = '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF';

/** Each record's grade (`invalid` for an invalid one) under `grade -r`. */
async function grades(ruleSet: string, data: string): Promise<(string | null)[]> {
  const run = await cli.run(['grade', '-f', 'json', '-r', ruleSet, data]);
  const results = JSON.parse(run.stdout) as { grade: string | null; errors?: unknown }[];
  return results.map((r) => (r.errors ? 'invalid' : r.grade));
}

/** Each record's grade under A and B in compare (`invalid` for one invalid under that side). */
async function compared(a: string, b: string, data: string, n: number) {
  const run = await cli.run(['compare', '-f', 'json', a, b, data]);
  const json = JSON.parse(run.stdout) as {
    changes: { row: number; from: string | null; to: string | null }[];
    invalid: { row: number; under: 'a' | 'b' | 'both' }[];
  };
  const side = (which: 'a' | 'b', graded: (string | null)[]) =>
    graded.map((g, i) => {
      const row = i + 1;
      const invalid = json.invalid.find((x) => x.row === row);
      if (invalid && (invalid.under === which || invalid.under === 'both')) return 'invalid';
      const change = json.changes.find((c) => c.row === row);
      return change ? (which === 'a' ? change.from : change.to) : g;
    });
  return { run, json, side, n };
}

describe.concurrent('qgrade compare: each side reads the input as its own grade would', () => {
  it('a yes/no column by each side’s value labels, both ways round', async () => {
    const dir = temp();
    const a = noBooleanLabels(dir, 'a115-cool');
    const data = csv(dir, 'cool.csv', [
      `${HEAD},风冷式`,
      'S1,热泵型,3500,5.1,风冷',
      'S2,热泵型,3500,5.1,水冷',
      'S3,热泵型,3500,5.1,是',
      'S4,热泵型,3500,5.1,水冷式',
    ]);
    const underA = await grades(a, data);
    const underB = await grades(AC, data);
    expect(underA).toEqual(['invalid', 'invalid', '1', 'invalid']);
    expect(underB).toEqual(['1', null, '1', null]);
    for (const [x, y, gx, gy] of [
      [a, AC, underA, underB],
      [AC, a, underB, underA],
    ] as const) {
      const c = await compared(x, y, data, 4);
      expect(c.run.code).toBe(1);
      // Records unchanged in compare carry no grade in JSON: take A's from grade where both agree.
      const same = gx.map((g, i) => (g === gy[i] ? g : null));
      expect(c.side('a', same).map((g, i) => (gx[i] === gy[i] ? gx[i] : g))).toEqual(gx);
      expect(c.side('b', same).map((g, i) => (gx[i] === gy[i] ? gy[i] : g))).toEqual(gy);
      expect(c.json.invalid.every((i) => i.under !== 'both')).toBe(true);
    }
    const en = await cli.run(['--lang', 'en', 'compare', a, AC, data]);
    expect(en.stdout).toContain(
      'row 1 (S1): invalid under A: airCooled (Air-cooled) must be a boolean: "风冷"',
    );
    expect(en.stdout).not.toContain('invalid under A and B');
    expect(en.stdout).toContain('Under B: 2 graded, 2 not graded (2 out of scope)');
  });

  it('a column read as nothing is checked by each side’s labels (冷却方式 = 水冷) and aliases (机型 = 柜式)', async () => {
    const dir = temp();
    const a = noBooleanLabels(dir, 'a115-unread');
    const moved = cabinetWindow(dir);
    const cooling = csv(dir, 'cooling.csv', [
      `${HEAD},冷却方式`,
      'S1,热泵型,3500,5.1,水冷',
      'S2,热泵型,3500,5.1,风冷',
    ]);
    const cabinet = csv(dir, 'cabinet.csv', [
      `${HEAD},机型`,
      'S1,热泵型,3500,5.1,柜式',
      'S2,热泵型,3500,5.1,挂壁式',
    ]);
    expect(await grades(a, cooling)).toEqual(['1', '1']);
    expect(await grades(AC, cooling)).toEqual(['invalid', '1']);
    expect(await grades(AC, cabinet)).toEqual(['1', '1']);
    expect(await grades(moved, cabinet)).toEqual(['invalid', '1']);
    const invalidOf = async (x: string, y: string, data: string) =>
      (await compared(x, y, data, 2)).json.invalid.map((i) => [i.row, i.under]);
    expect(await invalidOf(a, AC, cooling)).toEqual([[1, 'b']]);
    expect(await invalidOf(AC, a, cooling)).toEqual([[1, 'a']]);
    expect(await invalidOf(AC, moved, cabinet)).toEqual([[1, 'b']]);
    expect(await invalidOf(moved, AC, cabinet)).toEqual([[1, 'a']]);
    const zh = await cli.run(['--lang', 'zh', 'compare', a, AC, cooling]);
    expect(zh.stdout).toContain('“冷却方式”列是“水冷”');
  });
});
