import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { checkRuleSet, createGrader, runTestSuite } from '../../src/index';

// Newcomers write rule files from these pages: their examples must be what the loader accepts.
const PAGES = ['docs/rule-format.md', 'docs/rule-format.zh-CN.md', 'README.md', 'README.zh-CN.md'];

const yamlBlocks = (page: string) =>
  [
    ...readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8').matchAll(/```yaml\n([\s\S]*?)```/g),
  ].map((m) => m[1]!);

const workedOn = (page: string) => yamlBlocks(page).find((b) => b.includes('schemaVersion:'));
const worked = workedOn('docs/rule-format.md');
// The Chinese page's own copy of the worked example: a reader copies it from there.
const workedZh = workedOn('docs/rule-format.zh-CN.md');

/** A fragment put into the worked example: its sections replace the example's, a list of criteria is added to its own. */
function inExample(fragment: unknown): string {
  const base = parse(worked!) as { criteria: unknown[] };
  return stringify(
    Array.isArray(fragment)
      ? { ...base, criteria: [...base.criteria, ...fragment] }
      : { ...base, ...(fragment as object) },
  );
}

/** `# in rules/<id>.test.yaml`: a block of suite cases for a bundled rule set, run as they are. */
const SUITE_CASES = /^# in (rules\/.+)\.test\.yaml\n/;

const blocks = PAGES.flatMap((page) =>
  yamlBlocks(page)
    .filter((b) => b !== worked && b !== workedZh)
    .map((text) => ({ page, text, data: parse(text) as unknown }))
    .filter((b) => b.data !== null),
);
const fragments = blocks.filter((b) => !SUITE_CASES.test(b.text));
const suiteCases = blocks.filter((b) => SUITE_CASES.test(b.text));

describe('the YAML examples of the docs', () => {
  it.each([
    ['docs/rule-format.md', worked],
    ['docs/rule-format.zh-CN.md', workedZh],
  ])(
    '%s: the complete worked example loads without an issue and grades as GB 21455-2019 says',
    (_page, text) => {
      expect(text).toBeDefined();
      const { ruleSet, issues } = checkRuleSet(text!);
      expect(issues).toEqual([]);
      const grader = createGrader(ruleSet!);
      const grade = (apf: number, ratedCoolingCapacity = 3500) =>
        grader.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity, apf }).grade;
      // APF, CC ≤ 4500 W: grade 1 from 5.00, grade 2 from 4.50; (4500, 7100]: grade 1 from 4.50.
      expect([grade(5.0), grade(4.99), grade(4.5), grade(4.49)]).toEqual(['1', '2', '2', '3']);
      expect([grade(4.5, 4500), grade(4.5, 4501)]).toEqual(['2', '1']);
      const outside = grader.gradeSync({ unitType: 'heat-pump', ratedCoolingCapacity: 14001, apf: 5.0 });
      expect([outside.grade, outside.notGradedReason?.code]).toEqual([null, 'out-of-scope']);
    },
  );

  it('finds the examples (a page that lost its blocks would pass the test below without checking anything)', () => {
    expect(worked).toBeDefined();
    expect(fragments.length).toBeGreaterThanOrEqual(12);
    // The Chinese page has every block of the English one, in the same order.
    const count = (page: string) => fragments.filter((f) => f.page === page).length;
    expect(count('docs/rule-format.zh-CN.md')).toBe(count('docs/rule-format.md'));
  });

  it('the Chinese worked example is the English one: same rule set, only comments differ', () => {
    expect(parse(workedZh!)).toEqual(parse(worked!));
  });

  it.each(fragments.map((f) => [f.page, f.text.split('\n').find((l) => !l.startsWith('#')), f]))(
    '%s: %s… follows the rule-file schema',
    (_page, _first, f) => {
      const { issues } = checkRuleSet(inExample(f.data));
      // Names the fragment uses may be defined only elsewhere on the page; its shape must be right.
      expect(issues.filter((i) => i.code === 'schema' || i.code === 'yaml-syntax')).toEqual([]);
    },
  );

  it('finds the suite cases of both rule-format pages', () => {
    expect(suiteCases.map((b) => b.page)).toEqual(['docs/rule-format.md', 'docs/rule-format.zh-CN.md']);
  });

  it.each(suiteCases.map((b) => [b.page, b]))(
    '%s: the suite cases pass against the bundled rule set they name',
    async (_page, b) => {
      const ruleFile = fileURLToPath(new URL(`../../${SUITE_CASES.exec(b.text)![1]}.yaml`, import.meta.url));
      const file = join(mkdtempSync(join(tmpdir(), 'qgrade-doc-suite-')), 'doc.test.yaml');
      writeFileSync(file, stringify({ ruleSet: ruleFile, cases: b.data }));
      const result = await runTestSuite(file);
      expect(result.error).toBeUndefined();
      expect(result.cases.length).toBeGreaterThan(0);
      expect(result.cases.filter((c) => !c.passed).map((c) => c.problems)).toEqual([]);
    },
  );

  it('fragments that only use the worked example’s names load without an issue', () => {
    for (const page of ['docs/rule-format.md', 'docs/rule-format.zh-CN.md']) {
      const onPage = fragments.filter((f) => f.page === page);
      const hatch = onPage.find((f) => f.text.includes('high-efficiency-either-way'));
      const scope = onPage.find((f) => f.text.startsWith('scope:'));
      for (const f of [hatch, scope]) {
        expect(f, page).toBeDefined();
        expect(checkRuleSet(inExample(f!.data)).issues, page).toEqual([]);
      }
    }
  });
});

describe('the Chinese pages of the docs', () => {
  const read = (page: string) => readFileSync(new URL(`../../${page}`, import.meta.url), 'utf8');
  const TWINS: [string, string][] = [
    ['docs/rule-format.md', 'docs/rule-format.zh-CN.md'],
    ['docs/studio.md', 'docs/studio.zh-CN.md'],
    ['docs/tutorial.md', 'docs/tutorial.zh-CN.md'],
    ['docs/scale-out.md', 'docs/scale-out.zh-CN.md'],
    ['docs/architecture.md', 'docs/architecture.zh-CN.md'],
  ];

  it.each(TWINS)('%s and %s link each other at the top, and the READMEs link the Chinese page', (en, zh) => {
    const name = (p: string) => p.replace('docs/', '');
    expect(read(en).split('\n').slice(0, 4)).toContain(`[中文](${name(zh)})`);
    expect(read(zh).split('\n').slice(0, 4)).toContain(`[English](${name(en)})`);
    for (const readme of ['README.md', 'README.zh-CN.md']) expect(read(readme)).toContain(`](${zh})`);
  });

  // docs/scale-out.zh-CN.md translates the prose only: its commands and programs are the English page's, which the
  // CLI tests run and readme-snippets type-checks, so a block changed on one page must change on the other.
  it('docs/scale-out.zh-CN.md has the code blocks of docs/scale-out.md, in order and as written', () => {
    const blocks = (page: string) => [...read(page).matchAll(/^```[^\n]*\n[\s\S]*?^```$/gm)].map((m) => m[0]);
    expect(blocks('docs/scale-out.md').length).toBeGreaterThan(10);
    expect(blocks('docs/scale-out.zh-CN.md')).toEqual(blocks('docs/scale-out.md'));
  });

  it.each(TWINS.map(([, zh]) => [zh]))('%s: every relative link leads to a file', (zh) => {
    const links = [...read(zh).matchAll(/\]\(([^)#:]+)(#[^)]*)?\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(existsSync(new URL(`../../docs/${link}`, import.meta.url)), link).toBe(true);
    }
  });
});
