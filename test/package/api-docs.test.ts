import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as browserEntry from '../../src/browser';
import * as mainEntry from '../../src/index';

// Every export of the public API (src/index.ts) carries TSDoc with an example.
describe('API documentation', () => {
  const index = new URL('../../src/index.ts', import.meta.url).pathname;
  const program = ts.createProgram([index], {
    strict: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    resolveJsonModule: true,
  });
  const checker = program.getTypeChecker();
  const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(index)!)!);

  it('every export has a TSDoc comment with an @example', () => {
    expect(exports.length).toBeGreaterThan(40);
    const undocumented = exports
      .map((sym) => (sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym))
      .filter(
        (sym) =>
          sym.getDocumentationComment(checker).length === 0 ||
          !sym.getJsDocTags(checker).some((t) => t.name === 'example'),
      )
      .map((sym) => sym.name);
    expect(undocumented).toEqual([]);
  });

  it('@throws of an export names a type the package exports (a caller cannot catch an undeclared class)', () => {
    const names = new Set(exports.map((sym) => sym.name));
    const unknown: string[] = [];
    for (const sym of exports) {
      const target = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
      for (const tag of target.getJsDocTags(checker)) {
        if (tag.name !== 'throws') continue;
        const text = ts.displayPartsToString(tag.text);
        const named = /^\{(?:@link\s+)?([\w.]+)\s*\}/.exec(text)?.[1];
        if (named && !names.has(named) && !['Error', 'TypeError', 'RangeError'].includes(named))
          unknown.push(`${sym.name}: ${named}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('QgradeError declares `text` (zh and en), documented, as usage errors carry it', () => {
    const error = exports.find((sym) => sym.name === 'QgradeError')!;
    const type = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(error));
    const text = type.getProperty('text');
    expect(text).toBeDefined();
    expect(ts.displayPartsToString(text!.getDocumentationComment(checker))).toMatch(/zh.*en/s);
    expect(checker.typeToString(checker.getTypeOfSymbol(text!))).toBe('LocalizedText | undefined');
  });
});

// developer-44: the API pages named `XLSX_LIMITS` (the defaults `xlsxLimits` replaces, in XlsxLimits' example) and
// `gradeSample`'s example called `loadBundledRuleSet`, neither of which `qgrade` exports: a developer pasting them
// got "has no exported member".
describe('the generated API pages (docs/api) name only what their entry exports', () => {
  const page = (name: string) =>
    readFileSync(new URL(`../../docs/api/${name}`, import.meta.url), 'utf8').replaceAll('\\_', '_');
  const constants = (text: string) => new Set(text.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g));

  it('every constant named on a page (`XLSX_LIMITS`, `DEFAULT_SOURCE_LIMITS`…) is an export of that entry', () => {
    const missing = [
      ...[...constants(page('qgrade.md'))]
        .filter((name) => !(name in mainEntry))
        .map((name) => `qgrade: ${name}`),
      ...[...constants(page('qgrade.browser.md'))]
        .filter((name) => !(name in browserEntry))
        .map((name) => `qgrade/browser: ${name}`),
    ];
    expect(missing).toEqual([]);
  });

  it("an example on qgrade's page that calls a function only qgrade/browser has imports it from there", () => {
    const browserOnly = Object.keys(browserEntry).filter((name) => !(name in mainEntry));
    expect(browserOnly).toContain('loadBundledRuleSet');
    const blocks = [...page('qgrade.md').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    const unimported = blocks.filter(
      (block) =>
        browserOnly.some((name) => new RegExp(`\\b${name}\\(`).test(block)) &&
        !block.includes("from 'qgrade/browser'"),
    );
    expect(unimported).toEqual([]);
  });

  it('XLSX_LIMITS is the defaults the pages give (20 MiB, 100,000 rows, no cell limit), frozen', () => {
    expect(mainEntry.XLSX_LIMITS).toBe(browserEntry.XLSX_LIMITS);
    expect(mainEntry.XLSX_LIMITS).toMatchObject({
      maxFileBytes: 20 * 1024 * 1024,
      maxRows: 100_000,
      maxCells: Number.POSITIVE_INFINITY,
      maxSharedStrings: 1_000_000,
    });
    // Exported, it must not be a way to change every later read's limits.
    expect(Object.isFrozen(mainEntry.XLSX_LIMITS)).toBe(true);
  });
});
