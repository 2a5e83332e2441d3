import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, ROOT, useCli, useTempDir } from './cli-harness';
import { editedCopy } from './edited-rules';

// newcomer-39 F4 and F6: two validate messages on a provincial association's scored rule set whose advice led
// nowhere (F4: `when` on a score item) or made the file worse (F6: a grade id written twice).
const cli = useCli();
const temp = useTempDir();
const DIR = join(FIXTURES, 'newcomer-39');

async function validate(file: string) {
  return { en: await cli.run(['validate', file]), zh: await cli.run(['--lang', 'zh', 'validate', file]) };
}

describe('`when` on a score item points to the documented conditional derived value (newcomer-39 F4)', () => {
  it('m8-item-when.yaml: the unknown key, the keys allowed, and the rule-format section (zh, en)', async () => {
    const { en, zh } = await validate(join(DIR, 'm8-item-when.yaml'));
    // Named as given, from the working folder.
    const file = relative(ROOT, join(DIR, 'm8-item-when.yaml'));
    expect([en.code, zh.code]).toEqual([1, 1]);
    expect(zh.stdout).toContain(
      `${file}:109:11: 未知的键“when”；可用的键：“indicator”、“weight”、“points”、“missing”。评分项没有“when”：` +
        '对部分记录不适用的评分项，若不适用时不计分、权重按比例分给其余项，在该项上写 missing: reweight，不适用的记录留空' +
        '（docs/rule-format.zh-CN.md“打分”一节，评价时可能未评的评分项）；权重不按比例时，以条件派生值' +
        '（formula: "条件 ? … : …"，两种情况各自分配权重）作为评分项，并给只在适用时填写的指标设 requiredWhen\n',
    );
    expect(en.stdout).toContain(
      `${file}:109:11: unknown key "when"; allowed: indicator, weight, points, missing. A score item has no "when": ` +
        'for an item that does not apply to some records, write missing: reweight on it if its weight is then shared ' +
        'out over the other items in proportion, and leave it blank there (docs/rule-format.md, "Scoring", an item an ' +
        'assessment may leave out); where the shares are not in proportion, score a conditional derived value ' +
        '(formula: "condition ? … : …", weighting the items for each case) instead, and mark the indicator given only ' +
        'where it applies with requiredWhen\n',
    );
  });

  it('the section the message names is there, in each language', () => {
    const zh = readFileSync(join(DIR, '../../../../docs/rule-format.zh-CN.md'), 'utf8');
    const en = readFileSync(join(DIR, '../../../../docs/rule-format.md'), 'utf8');
    const inSection = (text: string, heading: string, words: string) =>
      text.indexOf(words, text.indexOf(`\n## ${heading}\n`));
    expect(zh.indexOf('\n## 打分\n')).toBeGreaterThan(0);
    expect(inSection(zh, '打分', '评价时可能未评的评分项')).toBeGreaterThan(0);
    expect(en.indexOf('\n## Scoring\n')).toBeGreaterThan(0);
    expect(inSection(en, 'Scoring', 'An item an assessment may leave out')).toBeGreaterThan(0);
  });

  it('`when` elsewhere (a dimension) keeps the plain message; a misspelt key on an item keeps its hint', async () => {
    const text = readFileSync(join(DIR, 'm8-item-when.yaml'), 'utf8');
    const dim = editedCopy(temp(), text, 'dim-when', [
      ['          when: { hasRnd: true }\n', ''],
      [
        '      weight: 0.2\n      items:\n        - indicator: rdQuality',
        '      weight: 0.2\n      when: { hasRnd: true }\n      items:\n        - indicator: rdQuality',
      ],
    ]);
    const d = await validate(dim);
    expect(d.zh.stdout).toMatch(/未知的键“when”；可用的键：[^\n]*\n/);
    expect(d.zh.stdout).not.toContain('评分项没有“when”');
    expect(d.en.stdout).not.toContain('A score item has no "when"');
    const typo = editedCopy(temp(), text, 'weigth', [
      ['          when: { hasRnd: true }\n', '          weigth: 2\n'],
    ]);
    const t = await validate(typo);
    expect(t.en.stdout).toContain('unknown key "weigth"; did you mean "weight"?\n');
  });
});

describe('a grade id listed twice, the label of the second written where its id belongs (newcomer-39 F6)', () => {
  it('m7b-id-twice.yaml: rename the duplicated id to the name written, not "write assurance" (zh, en)', async () => {
    const { en, zh } = await validate(join(DIR, 'm7b-id-twice.yaml'));
    const file = relative(ROOT, join(DIR, 'm7b-id-twice.yaml'));
    expect([en.code, zh.code]).toEqual([1, 1]);
    expect(zh.stdout).toContain(`${file}:84:11: 等级“assurance”列出了两次\n`);
    expect(zh.stdout).toContain(
      `${file}:119:45: 未知等级“prevention”：等级“预防级”的标识写成了 assurance（与等级“保证级”重复）：请把它改为 prevention\n`,
    );
    expect(en.stdout).toContain(
      `${file}:119:45: unknown grade "prevention": grade "Prevention" has the id assurance, which grade "Assurance" has too: change that grade's id to prevention\n`,
    );
    expect(zh.stdout).not.toContain('请写 assurance');
  });

  it('the duplicate first, the label written matching the first of the two: the same advice for that one', async () => {
    const text = readFileSync(join(DIR, 'm7b-id-twice.yaml'), 'utf8');
    const file = editedCopy(temp(), text, 'first', [
      [
        '  - { id: assurance, label: { zh: 保证级, en: Assurance } }\n  - { id: assurance, label: { zh: 预防级, en: Prevention } }',
        '  - { id: assurance, label: { zh: 预防级, en: Prevention } }\n  - { id: assurance, label: { zh: 保证级, en: Assurance } }',
      ],
    ]);
    const { zh } = await validate(file);
    expect(zh.stdout).toContain(
      '未知等级“prevention”：等级“预防级”的标识写成了 assurance（与等级“保证级”重复）：请把它改为 prevention',
    );
  });

  it('no id listed twice: a label written for an id is still told the id to write', async () => {
    const text = readFileSync(join(DIR, 'provincial-qmc.yaml'), 'utf8');
    const file = editedCopy(temp(), text, 'label', [['prevention: 80,', 'Prevention: 80,']]);
    const { en, zh } = await validate(file);
    expect(zh.stdout).toContain(
      '未知等级“Prevention”：“Prevention”是等级“prevention”的名称，这里要写等级标识：请写 prevention',
    );
    expect(en.stdout).toContain('write prevention');
  });
});
