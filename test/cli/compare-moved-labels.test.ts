/**
 * compare and diff when B moves an alias from one enum value to another
 * (hostile-23 M5): B takes `柜式` from split and gives it to window, renames
 * split 分体式 → 分体机 (keeping 分体式 as an alias) and drops 挂壁式. A record
 * writing 柜式 is split under A (graded) and window under B (out of scope):
 * its change is put down to that move, not to the unchanged not-window
 * requirement alone; records invalid under one side for split's spellings are
 * not put down to window's labels; diff calls both entries "changed".
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const A = 'home-appliances/room-air-conditioner-energy';

function files(): { a: string; b: string; csv: string } {
  const dir = temp();
  let text = readFileSync(join(ROOT, 'rules', `${A}.yaml`), 'utf8');
  for (const [from, to] of [
    [
      'split: { zh: 分体式, en: Split, aliases: [挂壁式, 柜式] }',
      'split: { zh: 分体机, en: Split, aliases: [分体式] }',
    ],
    [
      'window: { zh: 整体式, en: Single-package, aliases: [窗式, 穿墙式, 一体式] }',
      'window: { zh: 整体式, en: Single-package, aliases: [窗式, 穿墙式, 一体式, 柜式] }',
    ],
  ]) {
    expect(text).toContain(from);
    text = text.replace(from!, to!);
  }
  const b = join(dir, 'b.yaml');
  writeFileSync(b, text);
  const csv = join(dir, 'units.csv');
  writeFileSync(
    csv,
    [
      '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,结构形式',
      'K1,热泵型,3500,5.1,分体式',
      'K3,热泵型,3500,4.6,柜式',
      'K4,热泵型,3500,4.1,挂壁式',
      'K5,热泵型,3500,4.1,分体机',
      'K6,热泵型,3500,4.6,柜式',
      '',
    ].join('\n'),
  );
  return { a: A, b, csv };
}

const SPLIT = 'indicator:unitConfiguration:valueLabels[split]';
const WINDOW = 'indicator:unitConfiguration:valueLabels[window]';

describe.concurrent('qgrade compare: an alias moved between enum values', () => {
  it('json: the moved reading per change and overall; diff keys only of the values involved', async () => {
    const { a, b, csv } = files();
    const run = await cli.run(['compare', '-f', 'json', a, b, csv]);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    const byId = new Map(
      out.changes.map((c: { kept: { 样品编号: string } }) => [c.kept.样品编号, c] as const),
    );
    expect([...byId.keys()]).toEqual(['K3', 'K4', 'K5', 'K6']);
    const k3 = byId.get('K3') as Record<string, unknown>;
    expect(k3).toMatchObject({ from: '2', to: null, causes: ['not-window'], diff: [SPLIT, WINDOW] });
    expect(k3.movedLabels).toEqual([
      { field: 'unitConfiguration', written: '柜式', a: 'split', b: 'window' },
    ]);
    // Invalid under one side for a spelling of split: window's new alias has nothing to do with them.
    expect((byId.get('K4') as { diff: string[] }).diff).toEqual([SPLIT]);
    expect((byId.get('K5') as { diff: string[] }).diff).toEqual([SPLIT]);
    expect(byId.get('K4')).not.toHaveProperty('movedLabels');
    expect(out.movedLabels).toEqual([
      { field: 'unitConfiguration', written: '柜式', a: 'split', b: 'window', records: 2, changed: 2 },
    ]);
    // The requirement's outcome did change: causes keep their meaning.
    expect(out.causeCounts).toEqual([{ id: 'not-window', records: 2, alone: 2 }]);
    expect(run.stderr).toContain(
      '2 records write unitConfiguration (Configuration) "柜式", which A reads as Split (split) and B as Single-package (window)',
    );
  });

  it('table: the change names the moved reading, zh and en', async () => {
    const { a, b, csv } = files();
    const en = await cli.run(['--lang', 'en', 'compare', a, b, csv]);
    // The requirement by its English name (committee-27 M6), not its id `not-window`; the side by the matrix's
    // name for its column, Out of scope, not Not graded (fix-left4b).
    expect(en.stdout).toMatch(/row 2 \(K3\): Grade 2 → Out of scope {2}Configuration[^\n]*\n/u);
    expect(en.stdout).not.toContain('Not graded  not-window');
    expect(en.stdout).toContain(
      '\n    unitConfiguration (Configuration) "柜式" reads as Split (split) under A, as Single-package (window) under B: B\'s valueLabels moved "柜式" to another value\n',
    );
    expect(en.stdout).toContain(
      'Configuration (2 of them: B reads a cell as another value, see valueLabels)  not-window',
    );
    expect(en.stdout).toMatch(
      /row 3 \(K4\): Grade 3 → Not graded {2}\(invalid under B\)\n {4}← indicator [^\n]*\(unitConfiguration\), value labels[^\n]*\nrow 4/,
    );
    const zh = await cli.run(['--lang', 'zh', 'compare', a, b, csv]);
    expect(zh.stdout).toContain(
      '结构形式“柜式”在 A 下读作 分体式（split），在 B 下读作 整体式（window）：B 的 valueLabels 把“柜式”移到了另一个值',
    );
    expect(zh.stdout).toContain(
      '2 条记录的 结构形式 写“柜式”，A 读作 分体式（split），B 读作 整体式（window）',
    );
  });

  it('html and xlsx: the change names the moved reading', async () => {
    const { a, b, csv } = files();
    const html = join(temp(), 'c.html');
    expect((await cli.run(['--lang', 'en', 'compare', '-f', 'html', '-o', html, a, b, csv])).code).toBe(1);
    expect(readFileSync(html, 'utf8')).toContain(
      '<p class="meta" data-moved-label>unitConfiguration (Configuration) &quot;柜式&quot; reads as Split (split) under A, as Single-package (window) under B',
    );
    const xlsx = join(temp(), 'c.xlsx');
    expect((await cli.run(['--lang', 'zh', 'compare', '-f', 'xlsx', '-o', xlsx, a, b, csv])).code).toBe(1);
    const cells = (await readBack(readFileSync(xlsx))).flatMap((s) => s.rows.flat()).map(String);
    expect(
      cells.some((c) =>
        c.startsWith('结构形式“柜式”在 A 下读作 分体式（split），在 B 下读作 整体式（window）'),
      ),
    ).toBe(true);
    expect(cells.some((c) => c.startsWith('2 条记录的 结构形式 写“柜式”'))).toBe(true);
  });

  it('--tally-by the enum column: a spelling both read as one value is one group, any other as written', async () => {
    const { a, b, csv } = files();
    const run = await cli.run(['compare', '-f', 'json', '--tally-by', '结构形式', a, b, csv]);
    const groups = JSON.parse(run.stdout).tally.groups as {
      key: string;
      total: number;
      down: number;
      invalid: number;
    }[];
    expect(groups.map((g) => [g.key, g.total, g.down, g.invalid])).toEqual([
      ['Split', 1, 0, 0],
      ['柜式', 2, 2, 0],
      ['挂壁式', 1, 0, 1],
      ['分体机', 1, 0, 1],
    ]);
  });

  it('diff: an alias moved between values is a change of meaning on both, not looser', async () => {
    const { a, b } = files();
    const run = await cli.run(['diff', '-f', 'json', a, b]);
    const entries = JSON.parse(run.stdout).entries as { key: string; direction?: string }[];
    const direction = (key: string) => entries.find((e) => e.key === key)?.direction;
    expect(direction(SPLIT)).toBe('changed');
    expect(direction(WINDOW)).toBe('changed');
  });
});
