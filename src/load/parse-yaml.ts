import { Composer, type CST, type Document, Lexer, type LineCounter, Parser, YAMLParseError } from 'yaml';

/** A parsed document, or where its nesting first went deeper than the limit. */
export interface ParsedYaml {
  /** The document; `undefined` when reading stopped at `deepAt`. */
  doc: Document.Parsed | undefined;
  /** Offset of the first mapping or list nested deeper than the limit (the top-level one is depth 0). */
  deepAt?: number;
}

const COLLECTIONS = new Set<CST.Token['type']>(['block-map', 'block-seq', 'flow-collection']);

/**
 * Parses a rule file's YAML as `parseDocument` does with qgrade's options,
 * watching the parser's stack as it reads: reading stops at the first
 * mapping or list nested deeper than `maxDepth`. A file of 400,000 brackets
 * took yaml's parser 45 s and 1 GiB before its composer ran out of stack;
 * stopped here, it costs what its first 70 brackets cost.
 *
 * @example
 * parseYaml('a: [[1]]', undefined, 64).doc?.toJS() // { a: [[1]] }
 * parseYaml('a: [[1]]', undefined, 1).deepAt // 4, the inner "["
 */
export function parseYaml(text: string, lineCounter: LineCounter | undefined, maxDepth: number): ParsedYaml {
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer({
    // Checked by the caller in one pass: yaml's own check compares each key with every other (quadratic).
    uniqueKeys: false,
    prettyErrors: false,
    strict: true,
    merge: false,
    version: '1.2',
  });
  let deepAt: number | undefined;
  function* tokens(): Generator<CST.Token, void> {
    lineCounter?.addNewLine(0);
    for (const lexeme of new Lexer().lex(text)) {
      yield* parser.next(lexeme);
      // The stack holds the document and every collection still open: only past the limit are they counted.
      if (parser.stack.length > maxDepth + 1) {
        const open = parser.stack.filter((t) => COLLECTIONS.has(t.type));
        if (open.length > maxDepth + 1) {
          deepAt = open[maxDepth + 1]!.offset;
          return;
        }
      }
    }
    yield* parser.end();
  }
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens(), true, text.length)) {
    if (doc === undefined) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  }
  return deepAt === undefined ? { doc } : { doc: undefined, deepAt };
}
