import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// Every export of the public API (src/index.ts) carries TSDoc with an example.
describe('API documentation', () => {
  it('every export has a TSDoc comment with an @example', () => {
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
});
