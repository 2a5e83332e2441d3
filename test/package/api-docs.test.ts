import ts from 'typescript';
import { describe, expect, it } from 'vitest';

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
