import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { editedRules } from './edited-rules';

const cli = useCli();
const temp = useTempDir();

const A = 'home-appliances/appliance-quality-grading';
const ZH = '本规则集的指标、权重、分档、分数线和最低分均为示例性设定，不是任何标准的规定。';
const EN = "The indicators, weights, bands, cutoffs and minimums here are illustrative, not any standard's.";
const ADDED = '草案：二星级分数线 75→78 为工作组拟定的示例值。';

const draft = (name: string, edits: readonly (readonly [string, string])[]) =>
  editedRules(temp(), A, edits, name);

describe.concurrent('qgrade diff: what a draft added to the provenance note (committee-44 M5)', () => {
  it('a sentence appended to the Chinese note is quoted; English says its text is unchanged', async () => {
    const b = draft('zh-appended', [[ZH, ZH + ADDED]]);
    const zh = await cli.run(['--lang', 'zh', 'diff', A, b]);
    expect(zh.stdout).toContain(`  - 来源说明：末尾增加“${ADDED}”\n`);
    expect(zh.stdout).not.toContain('两版全文见 JSON');
    const en = await cli.run(['--lang', 'en', 'diff', A, b]);
    expect(en.stdout).toContain('  - provenance note: English unchanged (the Chinese changed)\n');
    const md = await cli.run(['--lang', 'zh', 'diff', '-f', 'markdown', A, b]);
    expect(md.stdout).toContain(`| 来源说明：末尾增加“${ADDED}” |`);
  });

  it('appended in both languages, each quotes its own; a note rewritten in the middle reads as before', async () => {
    const both = draft('both-appended', [
      [ZH, ZH + ADDED],
      [EN, `${EN} In the draft the 2-star cutoff of 78 is the working group's.`],
    ]);
    const en = await cli.run(['--lang', 'en', 'diff', A, both]);
    expect(en.stdout).toContain(
      `  - provenance note: added at the end: "In the draft the 2-star cutoff of 78 is the working group's."\n`,
    );
    const rewritten = draft('rewritten', [
      [ZH, ZH.replace('示例性设定', '工作组拟定')],
      [EN, EN.replace('illustrative', "the working group's")],
    ]);
    const zh = await cli.run(['--lang', 'zh', 'diff', A, rewritten]);
    expect(zh.stdout).toContain('  - 来源说明：有修改（两版全文见 JSON 的 before / after）\n');
  });
});
