/// <reference lib="dom" />
import { expect, type Page, test } from '@playwright/test';
import { threeLengths } from '../robust/three-lengths';
import { ruleFileHeader } from '../rule-file-header';
import { yieldMeanBody } from '../yield-mean-rule-set';
import { openRuleFile, pasteEditorText, useStudio } from './studio-fixture';

// The load errors and warnings session 46 added, as a rule author meets them in the studio: each in the
// problems list at its line, in zh and en, and underlined in the editor where it points.
const RULE = 'home-appliances/room-air-conditioner-energy.yaml';

const fx = useStudio();

/** A rule file whose `f` is required when `requiredWhen` holds; `s` takes up to 3 specimens (contracts-46). */
const requiredWhenFile = (requiredWhen: string) => `${ruleFileHeader('test/studio-46')}indicators:
  kind: { type: enum, values: [x, y, z], required: false, label: { zh: 类别, en: Kind } }
  s: { type: number, required: false, specimens: { exactly: 3 }, label: { zh: 单值, en: Single values } }
  f: { type: number, required: false, requiredWhen: ${requiredWhen}, label: { zh: 冲击功, en: Impact } }
grades:
  - { id: ok, label: { zh: 合格, en: OK } }
criteria:
  - { id: f, indicator: f, require: "≥ 0", when: { f: "≥ 0" } }
`;

/** Three ReL specimens whose mean is held to 355 MPa, `specimens` as a newcomer wrote it (newcomer-46). */
const meanFile = `${ruleFileHeader('test/studio-46')}${yieldMeanBody('3')}`;

/** 50 `all`s nested in a criterion's `when`, one inside the other (hostile-46), in flow or block style. */
const nestedFile = (style: 'flow' | 'block') => {
  const n = 50;
  const when =
    style === 'flow'
      ? ` ${'{ all: ['.repeat(n)}{ fact: b, operator: greaterThanInclusive, value: 1 }${']}'.repeat(n)}`
      : `\n      all:\n${Array.from({ length: n - 1 }, (_, i) => `${'  '.repeat(4 + 2 * i)}- all:\n`).join('')}${'  '.repeat(2 + 2 * n)}- { fact: b, operator: greaterThanInclusive, value: 1 }`;
  return threeLengths('test/studio-46', '≤ 5', `\n    when:${when}`);
};

const lineOf = (text: string, start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;

/** The texts the editor underlines, by severity. */
async function underlined(page: Page, severity: 'error' | 'warning'): Promise<string[]> {
  return page.locator(`.cm-lintRange-${severity}`).allTextContents();
}

test('a requiredWhen comparing specimens as one value: refused at its line, the comparison underlined (zh, en)', async ({
  page,
}) => {
  const problems = await openRuleFile(page, fx, RULE, 'zh');
  const cases = [
    ['{ fact: s, operator: lessThan, value: 5 }', 'lessThan'],
    ['{ s: "< 5" }', '"< 5"'],
    ['{ s: [4, 5] }', '[4, 5]'],
  ] as const;
  for (const [rw, shown] of cases) {
    const text = requiredWhenFile(rw);
    const line = lineOf(text, '  f: ');
    const column = text.split('\n')[line - 1]!.indexOf(shown) + 1;
    await page.selectOption('#lang', 'zh');
    await pasteEditorText(page, text);
    const item = page.locator('#problem-list li');
    await expect(item).toHaveCount(1);
    await expect(item).toHaveAttribute('data-code', 'type-mismatch');
    await expect(item).toHaveAttribute('data-line', String(line));
    await expect(item).toContainText(`${line}:${column} `);
    await expect(item).toContainText('“s”取多个单值');
    await expect.poll(() => underlined(page, 'error')).toEqual([shown]);
    await page.selectOption('#lang', 'en');
    await expect(item).toContainText('"s" takes several specimens');
    await expect(item).toContainText(`${line}:${column} `);
  }
  expect(problems).toEqual([]);
});

test('a mean over `specimens: 3` warns open-specimen-count at the aggregate, underlining mean (zh, en)', async ({
  page,
}) => {
  const problems = await openRuleFile(page, fx, RULE, 'zh');
  const line = lineOf(meanFile, '    aggregate: mean');
  await pasteEditorText(page, meanFile);
  const item = page.locator('#problem-list li');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-code', 'open-specimen-count');
  await expect(item).toHaveAttribute('data-line', String(line));
  await expect(item).toContainText(`${line}:16 `);
  await expect(item).toContainText('若试验标准规定一组试样，请写 specimens: { exactly: 3 }');
  await expect.poll(() => underlined(page, 'warning')).toEqual(['mean']);
  await expect.poll(() => underlined(page, 'error')).toEqual([]);
  await page.selectOption('#lang', 'en');
  await expect(item).toContainText('write specimens: { exactly: 3 }');
  // Taking the advice clears it.
  await pasteEditorText(page, meanFile.replace('specimens: 3', 'specimens: { exactly: 3 }'));
  await expect(page.locator('#problems')).toContainText('No problems');
  expect(problems).toEqual([]);
});

for (const style of ['flow', 'block'] as const) {
  test(`50 nested all in a when (${style}): the message says how levels count, at the line reading stopped (zh, en)`, async ({
    page,
  }) => {
    const problems = await openRuleFile(page, fx, RULE, 'zh');
    const text = nestedFile(style);
    const when = lineOf(text, '    when:');
    await pasteEditorText(page, text);
    const item = page.locator('#problem-list li');
    await expect(item).toHaveCount(1);
    await expect(item).toHaveAttribute('data-code', 'depth-limit');
    await expect(item).toContainText(
      `第 ${when} 行的“when”嵌套超过 64 层：每个“all: [ … ]”或“any: [ … ]”算 2 层`,
    );
    await expect(item).toContainText('因此读了 31 个嵌套的 all/any/not 就已到上限');
    await page.selectOption('#lang', 'en');
    await expect(item).toContainText(`"when" at line ${when} nests deeper than 64 levels`);
    // The editor draws the lines in view: go to the problem's line, where the underline is.
    await item.locator('button').click();
    if (style === 'flow') {
      // All on the when's line: underlined from where reading stopped, the 32nd all, to its closing brace.
      await expect(item).toHaveAttribute('data-line', String(when));
      const unread = 50 - 31;
      await expect
        .poll(() => underlined(page, 'error'))
        .toEqual([
          `${'{ all: ['.repeat(unread)}{ fact: b, operator: greaterThanInclusive, value: 1 }${']}'.repeat(unread)}`,
        ]);
    } else {
      // One all a line, under \`when:\` and its \`all:\`: the 31st \`- all:\` was read, the next one is not.
      await expect(item).toHaveAttribute('data-line', String(when + 32));
      await expect.poll(() => underlined(page, 'error')).toEqual(['all']);
    }
    expect(problems).toEqual([]);
  });
}
