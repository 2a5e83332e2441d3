import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// A developer pastes the READMEs' and the docs' TypeScript blocks into an app: each must type-check as written
// (strict, top-level await), `qgrade` and `qgrade/browser` being this package's entries. A block that needs a
// broker or a server (docs/scale-out.md's Kafka consumer, its upload service) is compiled, not run.
const ROOT = new URL('../..', import.meta.url).pathname;
const PAGES = [
  'README.md',
  'README.zh-CN.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`),
];
const text = (page: string) => readFileSync(join(ROOT, page), 'utf8');

const snippets = PAGES.flatMap((page) =>
  [...text(page).matchAll(/```ts\n([\s\S]*?)```/g)].map((m, i) => ({
    name: `${page.replace(/\W/g, '-')}-${i + 1}.ts`,
    page,
    text: m[1]!,
  })),
);

// developer-38 M4: forwarding an option that may be absent (`{ signal: maybeSignal }`) did not compile under
// exactOptionalPropertyTypes, though a key holding `undefined` is as if absent at run time.
const FORWARDED_OPTIONS = {
  name: 'forwarded-options.ts',
  page: '(test)',
  text: `import { createGrader, createGraderPool, gradeFile, gradeSample, loadRuleSet } from 'qgrade';
declare const maybeSignal: AbortSignal | undefined;
declare const maybeWorkers: number | undefined;
declare const maybeEncoding: string | undefined;
const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
for await (const r of grader.gradeMany([{}], { signal: maybeSignal })) console.log(r.grade);
const pool = await createGraderPool({ pathOrId: 'home-appliances/room-air-conditioner-energy' }, { workers: maybeWorkers, batchSize: undefined });
await pool.close();
for await (const r of gradeFile(grader, 'samples.csv', { signal: maybeSignal })) console.log(r.grade);
for (const r of await gradeSample(grader, 'a,b', { encoding: maybeEncoding, signal: maybeSignal })) console.log(r);
`,
};

describe('the TypeScript blocks of the READMEs and docs/', () => {
  it('are found: the Library block and the browser one on each README, the four of docs/scale-out.md and its zh-CN page', () => {
    expect(snippets.map((s) => s.page)).toEqual([
      'README.md',
      'README.md',
      'README.zh-CN.md',
      'README.zh-CN.md',
      'docs/scale-out.md',
      'docs/scale-out.md',
      'docs/scale-out.md',
      'docs/scale-out.md',
      'docs/scale-out.zh-CN.md',
      'docs/scale-out.zh-CN.md',
      'docs/scale-out.zh-CN.md',
      'docs/scale-out.zh-CN.md',
    ]);
    expect(snippets.filter((s) => s.text.includes("from 'qgrade/browser'"))).toHaveLength(2);
    expect(snippets.filter((s) => s.text.includes("from 'kafkajs'"))).toHaveLength(2);
    expect(snippets.filter((s) => s.text.includes("from 'node:http'"))).toHaveLength(2);
    // docs/scale-out.md's time limit (a pool's gradeMany and gradeFile, each given a signal) and its upload service
    // (gradeSample given one, developer-36 S1).
    const timed = snippets.filter((s) => s.text.includes('signal: AbortSignal.timeout('));
    expect(timed.map((s) => s.page)).toEqual([
      'docs/scale-out.md',
      'docs/scale-out.md',
      'docs/scale-out.zh-CN.md',
      'docs/scale-out.zh-CN.md',
    ]);
    expect(timed.filter((s) => s.text.includes("from 'node:http'"))).toHaveLength(2);
  });

  it('are all tagged ts: a block of JavaScript or TypeScript under another tag would not be compiled', () => {
    const untagged = PAGES.flatMap((page) =>
      [...text(page).matchAll(/^```(js|jsx|mjs|cjs|javascript|typescript|tsx)\s*$/gm)].map(
        (m) => `${page}: \`\`\`${m[1]}`,
      ),
    );
    expect(untagged).toEqual([]);
  });

  it('type-check as written, each a module of its own', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'qgrade-readme-'));
    const files = [...snippets, FORWARDED_OPTIONS].map((s) => {
      const file = join(dir, s.name);
      writeFileSync(file, s.text);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      // As strict setups have it: an option given `undefined` must be allowed where the README says it is as if absent.
      exactOptionalPropertyTypes: true,
      noEmit: true,
      skipLibCheck: true,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.dom.d.ts'],
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules/@types')],
      resolveJsonModule: true,
      moduleDetection: ts.ModuleDetectionKind.Force,
      baseUrl: ROOT,
      paths: {
        qgrade: ['src/index.ts'],
        'qgrade/browser': ['src/browser.ts'],
        // qgrade's optional peer dependency, installed here for its tests.
        '@duckdb/node-api': ['node_modules/@duckdb/node-api'],
        // Not a dependency: kafkajs's own declarations of what the Kafka sketch calls.
        kafkajs: ['test/package/doc-stubs/kafkajs.d.ts'],
      },
    });
    // Only the snippets' own diagnostics: src/ is the type check's (`tsc --noEmit`), and checking it again here
    // took most of this test's 15 s.
    const problems = [
      ...program.getOptionsDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...files
        .map((file) => program.getSourceFile(file)!)
        .flatMap((source) => [
          ...program.getSyntacticDiagnostics(source),
          ...program.getSemanticDiagnostics(source),
        ]),
    ].map((d) => {
      const where = d.file
        ? `${d.file.fileName.slice(dir.length + 1)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: `
        : '';
      return `${where}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  });
});
