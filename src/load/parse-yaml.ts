import { Composer, CST, type Document, Lexer, type LineCounter, Parser, YAMLParseError } from 'yaml';

/** Where reading stopped, and at which limit: the first collection nested too deep, or the token past the count. */
export interface YamlStop {
  limit: 'depth' | 'tokens';
  /** Offset into the text: where that collection starts, or that token. */
  offset: number;
  /** For `depth`: the keys leading to that collection, outermost first (a list item adds none). */
  keys?: PathKey[];
}

/** A key on the way to a collection, as written (quotes removed), and where it is. */
export interface PathKey {
  key: string;
  offset: number;
}

/** A parsed document, or where reading stopped at a limit. */
export interface ParsedYaml {
  /** The document; `undefined` when reading stopped at `stop`. */
  doc: Document.Parsed | undefined;
  stop?: YamlStop;
}

/** The limits {@link parseYaml} watches while it reads. */
export interface YamlReadLimits {
  /** Deepest nesting of mappings and lists (the top-level one is depth 0). */
  maxDepth: number;
  /** Most tokens: keys, values, brackets and the marks `,` `:` `-` `?`, anchors and tags. */
  maxTokens: number;
}

const COLLECTIONS = new Set<CST.Token['type']>(['block-map', 'block-seq', 'flow-collection']);
// Lexemes that are layout, not content: not counted. (A plain scalar is counted at the marker before it.)
const LAYOUT = new Set<CST.TokenType>([
  'space',
  'newline',
  'comment',
  'byte-order-mark',
  'doc-mode',
  'flow-error-end',
]);

/**
 * Parses a rule file's YAML as `parseDocument` does with qgrade's options,
 * watching the parser as it reads: reading stops at the first mapping or
 * list nested deeper than `maxDepth`, and at the token past `maxTokens`.
 * yaml's cost is per token: a file of 400,000 brackets took its parser 45 s
 * and 1 GiB before its composer ran out of stack, a flow list of 1,000,000
 * items 46 s; stopped here, they cost what their first tokens cost.
 *
 * @example
 * parseYaml('a: [[1]]', undefined, { maxDepth: 64, maxTokens: 100 }).doc?.toJS() // { a: [[1]] }
 * parseYaml('a: [[1]]', undefined, { maxDepth: 1, maxTokens: 100 }).stop // { limit: 'depth', offset: 4 }, the inner "["
 * parseYaml('a: [1, 2]', undefined, { maxDepth: 64, maxTokens: 4 }).stop // { limit: 'tokens', offset: 5 }, the ","
 */
export function parseYaml(
  text: string,
  lineCounter: LineCounter | undefined,
  limits: YamlReadLimits,
): ParsedYaml {
  const { maxDepth, maxTokens } = limits;
  const parser = new Parser(lineCounter?.addNewLine);
  const composer = new Composer({
    // Checked by the caller in one pass: yaml's own check compares each key with every other (quadratic).
    uniqueKeys: false,
    prettyErrors: false,
    strict: true,
    merge: false,
    version: '1.2',
  });
  let stop: YamlStop | undefined;
  let tokens = 0;
  let plainNext = false;
  function* read(): Generator<CST.Token, void> {
    lineCounter?.addNewLine(0);
    for (const lexeme of new Lexer().lex(text)) {
      // The text of a plain scalar follows its marker, already counted.
      if (plainNext) plainNext = false;
      else {
        const type = CST.tokenType(lexeme);
        if (type === 'scalar') plainNext = true;
        if (type === null || !LAYOUT.has(type)) {
          if (++tokens > maxTokens) {
            stop = { limit: 'tokens', offset: parser.offset };
            return;
          }
        }
      }
      yield* parser.next(lexeme);
      // A document nests at most twice as deep as the parser's stack (see tooDeep): below half the limit, nothing to look at.
      if (parser.stack.length * 2 > maxDepth + 1) {
        const at = tooDeep(parser.stack, maxDepth);
        if (at !== undefined) {
          stop = { limit: 'depth', offset: at.offset, keys: at.keys };
          return;
        }
      }
    }
    yield* parser.end();
  }
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(read(), true, text.length)) {
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
  return stop === undefined ? { doc } : { doc: undefined, stop };
}

/**
 * Where the first collection open on the parser's stack that the document
 * will hold deeper than `maxDepth` starts. The stack holds every collection
 * still open; a pair in a list in brackets (`[a: [1]]`) is a mapping of its
 * own in the document, one level the stack does not show: counted here, so
 * `[a: [a: …]]` stops at the same 65th level the document would have.
 */
function tooDeep(
  stack: readonly CST.Token[],
  maxDepth: number,
): { offset: number; keys: PathKey[] } | undefined {
  let depth = -1;
  let parent: CST.Token | undefined;
  // The keys of the collections above it: what the path to it is made of.
  const keys: PathKey[] = [];
  for (const token of stack) {
    if (!COLLECTIONS.has(token.type)) continue;
    const pair =
      parent?.type === 'flow-collection' && parent.start.source === '[' ? lastPair(parent) : undefined;
    if (pair && ++depth > maxDepth) return { offset: pairOffset(pair, token.offset), keys };
    if (++depth > maxDepth) return { offset: token.offset, keys };
    const key = lastKey(token as CST.BlockMap | CST.BlockSequence | CST.FlowCollection);
    if (key) keys.push(key);
    parent = token;
  }
  return undefined;
}

const KEY_SCALARS = new Set<CST.Token['type']>(['scalar', 'single-quoted-scalar', 'double-quoted-scalar']);

/** The key of a collection's item being read, when it is written as text (quotes removed). */
function lastKey(collection: CST.BlockMap | CST.BlockSequence | CST.FlowCollection): PathKey | undefined {
  const key = collection.items.at(-1)?.key;
  if (!key || !KEY_SCALARS.has(key.type) || !('source' in key)) return undefined;
  return { key: key.source.replace(/^(["'])(.*)\1$/s, '$2'), offset: key.offset };
}

/** The item being read of a list in brackets, when it is a pair (`a: …` or `? …`). */
function lastPair(list: CST.FlowCollection): CST.CollectionItem | undefined {
  const item = list.items.at(-1);
  if (!item) return undefined;
  const isPair =
    item.sep?.some((t) => t.type === 'map-value-ind') ||
    item.start.some((t) => t.type === 'explicit-key-ind');
  return isPair ? item : undefined;
}

/** Where the mapping a pair makes starts: at its key, or at its first mark when it has none. */
function pairOffset(item: CST.CollectionItem, fallback: number): number {
  return (
    item.key?.offset ??
    item.start.find((t) => t.type === 'explicit-key-ind')?.offset ??
    item.sep?.[0]?.offset ??
    fallback
  );
}
