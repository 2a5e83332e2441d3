/**
 * compare between the bundled air-conditioner rule set and a copy that
 * renames the label of `window` (整体式 → 整体机) and lets window units in: a
 * sheet giving the configuration by an alias both keep (窗式) is read alike,
 * and the HTML report and the workbook's cause lines show the value and
 * each side's limit by their labels, B's beside A's (zh, en).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBack } from '../report/xlsx/read-back';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const A = 'home-appliances/room-air-conditioner-energy';

function files(): string[] {
  const dir = temp();
  let text = readFileSync(join(ROOT, 'rules', `${A}.yaml`), 'utf8');
  for (const [from, to] of [
    [
      'window: { zh: 整体式, en: Single-package, aliases: [窗式, 穿墙式, 一体式] }',
      'window: { zh: 整体机, en: Single unit, aliases: [窗式, 穿墙式, 一体式] }',
    ],
    ['require: \'≠ "window"\'', 'require: \'≠ "ducted"\''],
  ]) {
    expect(text).toContain(from);
    text = text.replace(from!, to!);
  }
  const b = join(dir, 'b.yaml');
  writeFileSync(b, text);
  const csv = join(dir, 'units.csv');
  writeFileSync(
    csv,
    '型号,机组类型,额定制冷量,结构形式,APF\nW1,热泵型,3500,窗式,4.6\nS1,热泵型,3500,分体式,4.6\n',
  );
  return [A, b, csv];
}

describe.concurrent('qgrade compare: enum value labels', () => {
  it('HTML: the moved requirement with the value and limits by their labels, zh and en', async () => {
    const args = files();
    for (const [lang, line] of [
      [
        'zh',
        '结构形式：整体式（B：整体机），A ≠ 整体式 <span class="m no">✗</span> → B ≠ 风管送风式 <span class="m ok">✓</span>',
      ],
      [
        'en',
        'Configuration: Single-package (B: Single unit), A ≠ Single-package <span class="m no">✗</span> → B ≠ Ducted <span class="m ok">✓</span>',
      ],
    ] as const) {
      const html = join(temp(), `c-${lang}.html`);
      const run = await cli.run(['--lang', lang, 'compare', '-f', 'html', '-o', html, ...args]);
      expect(run.code).toBe(0);
      const page = readFileSync(html, 'utf8');
      expect(page).toContain(`<li data-criterion="not-window">${line}</li>`);
      // Not in the causes; the rule-set changes (under them, and in the tables of changes) word it as qgrade diff
      // does, by the stored value: a diff wording left for later.
      const causes = [...page.matchAll(/<li data-criterion="[^"]*">(.*?)<\/li>/g)]
        .map((m) => m[1])
        .join('\n');
      expect(causes).not.toContain('≠ window');
    }
  });

  it('xlsx: the changed record’s cause line by labels', async () => {
    const args = files();
    const xlsx = join(temp(), 'c.xlsx');
    const run = await cli.run(['--lang', 'en', 'compare', '-f', 'xlsx', '-o', xlsx, ...args]);
    expect(run.code).toBe(0);
    // The cause's line; the rule-set change that moved it on the next line of the cell.
    const cells = (await readBack(readFileSync(xlsx))).flatMap((s) =>
      s.rows.flat().map((c) => String(c).split('\n')[0]),
    );
    expect(cells).toContain(
      'Configuration: Single-package (B: Single unit), A ≠ Single-package ✗ → B ≠ Ducted ✓',
    );
  });

  it('text: the scope change that moved a record, in the per-change table and under it, by the values’ labels; JSON by codes (fix-committee-26)', async () => {
    const [a, b, csv] = files();
    const en = await cli.run(['compare', a!, b!, csv!]);
    // English names the change in a sentence, as Chinese does (fix-compare-27), by the values' labels.
    const line = 'scope item Configuration (not-window), limit: ≠ Single-package → ≠ Ducted, changed';
    expect(en.stdout).toMatch(new RegExp(`^ +1 +1  ${line.replace(/[()]/g, '\\$&')}$`, 'm'));
    expect(en.stdout).toContain(`    ← ${line}\n`);
    expect(en.stdout).not.toContain('≠ window');
    const zh = await cli.run(['--lang', 'zh', 'compare', a!, b!, csv!]);
    expect(zh.stdout).toContain(
      '适用范围条件“结构形式”（not-window）的限值：≠ 整体式 → ≠ 风管送风式，有变化',
    );
    expect(zh.stdout).not.toContain('≠ window');
    const json = JSON.parse((await cli.run(['compare', '-f', 'json', a!, b!, csv!])).stdout) as {
      ruleSetDiff: { entries: { key: string; before: string; after: string }[] };
    };
    const entry = json.ruleSetDiff.entries.find((e) => e.key === 'scope:not-window:limit')!;
    expect([entry.before, entry.after]).toEqual(['≠ window', '≠ ducted']);
  });
});
