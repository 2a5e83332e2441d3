import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Scalar,
} from 'yaml';
import type { RuleSetIssueCode } from '../errors/error-codes';
import { type RuleSetIssue, ruleSetIssue } from '../errors/rule-set-issue';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import { utf8Length } from '../text/utf8-length';
import { aliasPastLimit } from './alias-count';
import { findBadAlias } from './bad-alias';
import { conditionNesting, conditionNestingText } from './condition-nesting';
import { controlCharacterSlip } from './control-character-slip';
import { findExplicitTags, tagOffsetBefore, tagOffsets } from './explicit-tags';
import { flowSlip } from './flow-slips';
import { indentationText, misindentedLine, nextContentLine } from './indentation';
import { mergeKeys } from './merge-keys';
import type { ParseError } from './parse-error';
import { type PathKey, parseYaml } from './parse-yaml';
import { type SourceLimits, sourceLimits } from './source-limits';
import { findSlips } from './syntax-slips';
import { yamlErrorWords } from './yaml-error-words';

/** A path into a parsed document: mapping keys and sequence indexes. */
export type DocumentPath = readonly (string | number)[];

/** Where a value sits in its file (1-based). */
export interface SourcePosition {
  line: number;
  column: number;
}

// One broken construct can make the parser report the same thing thousands of times.
const MAX_PARSE_ISSUES = 20;

/**
 * What resolving a document asks of its source: where a path is, the text
 * written there, and issues located there. A {@link SourceDocument} is one; a
 * view of it for a trimmed copy of its data is another.
 */
export type DocumentSource = Pick<
  SourceDocument,
  'file' | 'locate' | 'literal' | 'isPlainInBrackets' | 'followsBareComma' | 'issue' | 'issueInText'
>;

/**
 * A parsed YAML (or JSON) file kept beside its source, so any path in the
 * data can be traced back to a line and column, and any number back to the
 * digits its author wrote.
 */
export class SourceDocument {
  readonly file: string;
  /** The plain data, or `undefined` when the text could not be parsed. */
  readonly data: unknown;
  /** Problems found while reading: syntax errors, duplicate keys, limits. */
  readonly issues: RuleSetIssue[] = [];
  readonly #doc: Document.Parsed | undefined;
  readonly #lines: LineCounter;

  private constructor(file: string, text: string, limits: Required<SourceLimits>) {
    this.file = file;
    this.#lines = new LineCounter();
    const bytes = utf8Length(text);
    if (bytes > limits.maxBytes) {
      this.#doc = undefined;
      this.issues.push(
        issueAt(
          file,
          'file-too-large',
          localized(
            `文件有 ${bytes} 字节，超过上限 ${limits.maxBytes} 字节`,
            `file is ${bytes} bytes; the limit is ${limits.maxBytes}`,
          ),
          0,
          0,
          [],
        ),
      );
      return;
    }
    const parsed = parseYaml(text, this.#lines, limits);
    if (parsed.doc === undefined) {
      this.#doc = undefined;
      const pos = this.#lines.linePos(parsed.stop?.offset ?? 0);
      this.issues.push(
        parsed.stop?.limit === 'tokens'
          ? issueAt(file, 'token-limit', moreTokensThan(limits.maxTokens), pos.line, pos.col, [])
          : issueAt(
              file,
              'depth-limit',
              this.#depthText(parsed.stop?.keys ?? [], limits.maxDepth),
              pos.line,
              pos.col,
              [],
            ),
      );
      return;
    }
    const doc = parsed.doc;
    this.#doc = doc;
    // A full-width colon, comma or space, or a key short of its siblings: told once, at the slip,
    // instead of the errors it causes; the parser's other errors as it gives them.
    const read =
      doc.errors.length > 0
        ? findSlips(text, doc.errors, (t) => parseYaml(t, undefined, limits).doc?.errors ?? [])
        : {
            slips: [],
            errors: [] as ParseError[],
            lines: doc.warnings.length > 0 ? text.split('\n') : [],
            mended: undefined,
          };
    const lines = read.lines;
    const parseIssues: RuleSetIssue[] = read.slips.map((s) => {
      const pos = this.#lines.linePos(s.offset);
      return issueAt(file, 'yaml-syntax', s.text, pos.line, pos.col, []);
    });
    // Errors the parser reports after one it has already been told about, up to this line:
    // after a tab, the next line it reads wrong; after a line indented too far, the same place again.
    let followOnsUntil = { line: 0, column: 0 };
    // Where the parser refused a tag it does not know (at the tag); the walk below finds the ones it resolved.
    const refusedTags = new Set<number>();
    for (const e of [...read.errors, ...doc.warnings].slice(0, MAX_PARSE_ISSUES)) {
      if (e.code === 'TAG_RESOLVE_FAILED') refusedTags.add(e.pos[0]);
      // A bracket never closed, or a ` #` or `: ` in an unquoted value in brackets: told at the cause.
      // (No nesting reaches this point deep enough to run the composer out of stack: parseYaml stops at the 65th level.)
      const flow = flowSlip(text, e);
      const pos = this.#lines.linePos(flow?.offset ?? e.pos[0]);
      const code: RuleSetIssueCode = 'yaml-syntax';
      if (
        e.code !== 'TAB_AS_INDENT' &&
        (pos.line < followOnsUntil.line ||
          (pos.line === followOnsUntil.line && pos.col <= followOnsUntil.column))
      )
        continue;
      // The line the error is on: some mistakes are told by a character in it (a full-width colon).
      const line = lines[pos.line - 1] ?? '';
      // Told once, at its ">": the parser reports the header and the token after it.
      const block = flow ? undefined : blockScalarSlip(line);
      if (block) pos.col = block.column + 1;
      const indented = e.code === 'BLOCK_AS_IMPLICIT_KEY' ? misindentedLine(lines, pos.line) : undefined;
      // Told at the line it names, at its key (the parser stops at the value of the line above).
      const errorLine = pos.line;
      if (indented) {
        pos.line = indented.line;
        pos.col = indented.column;
      }
      // A NUL or another control character on the line: the cause, which the parser's words do not name.
      const control = flow || indented ? undefined : controlCharacterSlip(line);
      if (control) pos.col = control.column;
      const message = flow
        ? flow.text
        : indented
          ? indentationText(indented, errorLine)
          : (control?.text ?? yamlErrorText(e.code, firstLine(e.message), line));
      if (parseIssues.some((i) => i.text.en === prefixed(message).en && i.code === code)) continue;
      parseIssues.push(issueAt(file, code, message, pos.line, pos.col, []));
      if (e.code === 'TAB_AS_INDENT')
        followOnsUntil = { line: nextContentLine(lines, pos.line) ?? pos.line, column: Infinity };
      else if (indented?.firstKeyUntil !== undefined)
        followOnsUntil = { line: indented.firstKeyUntil, column: Infinity };
      else if (indented) followOnsUntil = { line: pos.line, column: pos.col };
    }
    this.issues.push(...parseIssues.sort((a, b) => a.line - b.line || a.column - b.column));
    // With slips mended, keys are looked at in the mended text: a tab's line misread put keys under the wrong
    // mapping, duplicates of keys above (hostile-25: `description` told twice after two lines indented with tabs).
    const mended = read.slips.length > 0 ? read.mended : undefined;
    const keysOf = mended ? parseYaml(mended.text, undefined, limits).doc?.contents : doc.contents;
    const written = (offset: number) => (mended ? mended.original(offset) : offset);
    const columnOf = (node: Node) => this.#lines.linePos(written(node.range?.[0] ?? 0)).col;
    let textLines: string[] | undefined;
    for (const { key, first, restart } of duplicateKeys(keysOf, columnOf).slice(0, MAX_PARSE_ISSUES)) {
      const pos = this.#lines.linePos(written(key.range?.[0] ?? 0));
      const at = this.#lines.linePos(written(first.range?.[0] ?? 0));
      if (restart) {
        textLines ??= text.split('\n');
        this.issues.push(
          issueAt(
            file,
            'duplicate-key',
            missingDashText(key, pos.line, at.line, textLines),
            pos.line,
            pos.col,
            [],
          ),
        );
        continue;
      }
      // On the same line (a flow mapping, a JSON file on one line) the column tells the two apart.
      const firstAt =
        at.line === pos.line
          ? localized(`第 ${at.line} 行第 ${at.col} 列`, `line ${at.line}, column ${at.col}`)
          : localized(`第 ${at.line} 行`, `line ${at.line}`);
      const name = safeLine(cutShort(String(isScalar(key) ? key.value : key)));
      this.issues.push(
        issueAt(
          file,
          'duplicate-key',
          localized(
            `重复的键“${name}”（第一次在${firstAt.zh}）：同一映射中每个键只能出现一次`,
            `duplicate key "${name}" (first on ${firstAt.en}): each key may appear once in a mapping`,
          ),
          pos.line,
          pos.col,
          [],
        ),
      );
    }
    for (const key of mergeKeys(doc.contents, MAX_PARSE_ISSUES)) {
      const pos = this.#lines.linePos(key.range?.[0] ?? 0);
      this.issues.push(
        issueAt(
          file,
          'yaml-syntax',
          localized(
            'YAML 语法错误：规则文件按 YAML 1.2 读取，不支持合并键“<<”：请把要合并的键逐个写出来',
            'rule files are read as YAML 1.2, which has no merge keys ("<<"): write the keys out',
          ),
          pos.line,
          pos.col,
          [],
        ),
      );
    }
    // Tags the parser knows (!!binary, !!str, !!set) it resolves: refused as every other tag is.
    const tagged = findExplicitTags(doc.contents, MAX_PARSE_ISSUES);
    // Read again only when there is a tag: the node's range starts at its value, maybe a line below the tag.
    const offsets = tagged.length > 0 ? tagOffsets(text) : [];
    for (const { node, tag } of tagged) {
      const start = node.range?.[0] ?? 0;
      const offset = tagOffsetBefore(offsets, start) ?? start;
      if (refusedTags.has(offset)) continue;
      const pos = this.#lines.linePos(offset);
      this.issues.push(issueAt(file, 'yaml-syntax', tagText(tag), pos.line, pos.col, []));
    }
    if (this.issues.some((i) => i.severity === 'error')) return;
    const bad = findBadAlias(doc.contents);
    if (bad) {
      const pos = this.#lines.linePos(bad.alias.range?.[0] ?? 0);
      const name = safeLine(cutShort(bad.name));
      this.issues.push(
        issueAt(
          file,
          'alias-limit',
          bad.kind === 'cyclic'
            ? localized(
                `“*${name}”引用了包含它的值“&${name}”：一个值不能包含它自身（循环别名）`,
                `"*${name}" refers to "&${name}", the value it is inside: a value cannot contain itself (cyclic alias)`,
              )
            : localized(
                `别名“*${name}”之前没有定义锚点“&${name}”（锚点须写在别名之前）`,
                `the alias "*${name}" has no anchor "&${name}" before it (an anchor must come before its aliases)`,
              ),
          pos.line,
          pos.col,
          [],
        ),
      );
      return;
    }
    try {
      // The library counts the anchored value as the first copy: + 1, so the limit is on aliases.
      this.data = doc.toJS({ maxAliasCount: limits.maxAliasCount + 1 });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const excessive = /excessive alias count/i.test(message);
      const past = excessive ? aliasPastLimit(doc.contents, limits.maxAliasCount) : undefined;
      const pos = past ? this.#lines.linePos(past.range?.[0] ?? 0) : { line: 1, col: 1 };
      const name = isAlias(past) ? safeLine(cutShort(past.source)) : undefined;
      const text = excessive
        ? localized(
            `${name ? `到这个“*${name}”为止，` : ''}别名展开已超过规则文件的上限 ${limits.maxAliasCount} 次：请把这些值直接写出来，不要这样多次重复使用别名`,
            `aliases expand more than ${limits.maxAliasCount} times${name ? ` by this "*${name}"` : ''}, the limit for a rule file: write the values out instead of reusing an alias so often`,
          )
        : /alias/i.test(message)
          ? localized('别名无法解析', firstLine(message))
          : localized('无法把文件读作数据', firstLine(message));
      this.issues.push(
        issueAt(file, /alias/i.test(message) ? 'alias-limit' : 'yaml-syntax', text, pos.line, pos.col, []),
      );
    }
  }

  /**
   * Parses text as YAML 1.2 (JSON is accepted too). Never throws for bad
   * input: problems are in {@link SourceDocument.issues}.
   */
  static parse(text: string, file: string, limits: SourceLimits = {}): SourceDocument {
    // Lines ended by a carriage return alone (classic Mac OS, some exports) are lines, as YAML's spec has it; the
    // parser read the file as one line and told of ": " twice on it (hostile-44). One character for one: offsets stay.
    return new SourceDocument(file, text.replace(/\r(?!\n)/g, '\n'), sourceLimits(limits));
  }

  /**
   * The position of the value at `path`, or of the deepest ancestor that
   * exists. With `key: true`, the position of the mapping key instead of its value.
   */
  locate(path: DocumentPath, options: { key?: boolean } = {}): SourcePosition {
    const node = this.#nodeAt(path, options.key === true);
    const offset = node?.range?.[0] ?? 0;
    const pos = this.#lines.linePos(offset);
    return { line: pos.line, column: pos.col };
  }

  /** The text of a scalar as written in the file (`"4.50"` for 4.50), if there is one at `path`. */
  literal(path: DocumentPath): string | undefined {
    const node = this.#exactNode(path);
    if (!isScalar(node)) return undefined;
    return typeof node.source === 'string' ? node.source : undefined;
  }

  /** Whether the value at `path` is a mapping written in braces, `{ zh: …, en: … }`. */
  isFlowMapping(path: DocumentPath): boolean {
    const node = this.#exactNode(path);
    return isMap(node) && node.flow === true;
  }

  /** Whether the value at `path` is unquoted text inside a list written in brackets, `[A，B]`. */
  isPlainInBrackets(path: DocumentPath): boolean {
    const node = this.#exactNode(path);
    const list = this.#exactNode(path.slice(0, -1));
    return isScalar(node) && node.type === 'PLAIN' && isSeq(list) && list.flow === true;
  }

  /**
   * Whether the item at `path`, unquoted in a list in brackets, follows the
   * unquoted item before it with a comma and no space: `70` in `[1,70]`, which
   * a decimal comma may have split from `1`.
   */
  followsBareComma(path: DocumentPath): boolean {
    return this.bareCommaJoin(path) !== undefined;
  }

  /**
   * The texts a comma with no space joins at `path`, unquoted, in brackets or
   * braces: `[1,70]`'s `1` and `70` at `70`; `{ apf: 5,00 }`'s `5` and the key
   * `00` (with `apf`, the key of the `5`) at the key `00`, which has no value.
   * `undefined` anywhere else.
   */
  bareCommaJoin(path: DocumentPath): { before: string; after: string; key?: string } | undefined {
    const step = path.at(-1);
    const parent = this.#exactNode(path.slice(0, -1));
    let before: unknown;
    let item: unknown;
    let key: unknown;
    if (typeof step === 'number' && step > 0 && isSeq(parent) && parent.flow === true) {
      [before, item] = [parent.items[step - 1], parent.items[step]];
    } else if (typeof step === 'string' && isMap(parent) && parent.flow === true) {
      const at = parent.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === step);
      const [previous, pair] = [parent.items[at - 1], parent.items[at]];
      if (!previous || !pair || (pair.value !== null && !(isScalar(pair.value) && pair.value.value === null)))
        return undefined;
      [before, item, key] = [previous.value, pair.key, previous.key];
    } else return undefined;
    const plain = (n: unknown): n is Scalar =>
      isScalar(n) && n.type === 'PLAIN' && typeof n.source === 'string';
    if (!plain(before) || !plain(item) || !before.range || !item.range) return undefined;
    // The value of `1` ends at the comma; one character on, `70` starts.
    if (item.range[0] !== before.range[1] + 1) return undefined;
    return {
      before: String(before.source),
      after: String(item.source),
      ...(isScalar(key) && typeof key.source === 'string' ? { key: key.source } : {}),
    };
  }

  /** Builds an issue located at `path`. */
  issue(
    code: RuleSetIssueCode,
    text: LocalizedText,
    path: DocumentPath,
    options: { key?: boolean } = {},
  ): RuleSetIssue {
    const pos = this.locate(path, options);
    return issueAt(this.file, code, text, pos.line, pos.column, path);
  }

  /**
   * Builds an issue at a character of the text scalar at `path` (a formula or a
   * requirement), so the column points at the offending word.
   */
  issueInText(code: RuleSetIssueCode, text: LocalizedText, path: DocumentPath, index: number): RuleSetIssue {
    const node = this.#exactNode(path);
    if (
      !isScalar(node) ||
      !node.range ||
      (node.type !== 'PLAIN' && node.type !== 'QUOTE_DOUBLE' && node.type !== 'QUOTE_SINGLE')
    ) {
      return this.issue(code, text, path);
    }
    const quote = node.type === 'PLAIN' ? 0 : 1;
    const pos = this.#lines.linePos(node.range[0] + quote + Math.max(0, index));
    return issueAt(this.file, code, text, pos.line, pos.col, path);
  }

  /** Nesting past the limit: in a condition, what counts and how many `all`/`any`/`not` were read; else the general text. */
  #depthText(keys: readonly PathKey[], maxDepth: number): LocalizedText {
    const nesting = conditionNesting(keys);
    if (!nesting) return deeperThan(maxDepth);
    return conditionNestingText(nesting, this.#lines.linePos(nesting.owner.offset).line, maxDepth);
  }

  #exactNode(path: DocumentPath): Node | undefined {
    let node: unknown = this.#doc?.contents;
    for (const step of path) {
      node = child(node, step)?.value;
      if (node === undefined) return undefined;
    }
    return node as Node;
  }

  #nodeAt(path: DocumentPath, wantKey: boolean): Node | undefined {
    let node: unknown = this.#doc?.contents;
    let last: Node | undefined = node as Node | undefined;
    for (let i = 0; i < path.length; i++) {
      const found = child(node, path[i] as string | number);
      if (!found) return last;
      if (wantKey && i === path.length - 1 && found.key) return found.key;
      node = found.value;
      if (node && typeof node === 'object' && 'range' in node) last = node as Node;
    }
    return last;
  }
}

function child(node: unknown, step: string | number): { key?: Node; value: unknown } | undefined {
  if (isMap(node)) {
    const pair = keyIndex(node).get(String(step));
    return pair ? { key: pair.key as Node, value: pair.value ?? undefined } : undefined;
  }
  if (isSeq(node) && typeof step === 'number') {
    const item = node.items[step];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

type YamlPair = { key: unknown; value: unknown };
const keyIndexes = new WeakMap<object, Map<string, YamlPair>>();

/**
 * A mapping's pairs by key, built once per mapping: locating every one of
 * 30,000 criteria must not search a mapping of 30,000 keys each time.
 */
function keyIndex(node: { items: unknown[] }): Map<string, YamlPair> {
  let index = keyIndexes.get(node);
  if (!index) {
    index = new Map();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (!index.has(key)) index.set(key, pair as YamlPair);
    }
    keyIndexes.set(node, index);
  }
  return index;
}

/** A key written again in its mapping, with the first one (whose line the message names). */
interface DuplicateKey {
  key: Node;
  first: Node;
  /**
   * The item's first key again, in its column, in an item of a block list: a new item whose
   * `- ` is missing. The keys after it that the item had before are told with it, not one by one.
   */
  restart?: true;
}

/**
 * Keys that repeat one before them in the same mapping, in one pass. Keys
 * are compared as the data will have them (`1` and `"1"` are one property).
 *
 * @param columnOf - the column a key starts in, in the text as written
 */
function duplicateKeys(root: unknown, columnOf: (node: Node) => number): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const stack: [unknown, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, inBlockList] = stack.pop()!;
    if (isMap(node)) {
      // Keys of the item as it was meant to be: from its first key, or from where that key starts it again.
      let seen = new Map<string, Node>();
      const firstPair = inBlockList && !node.flow ? node.items[0] : undefined;
      const firstKey = isPair(firstPair) && isScalar(firstPair.key) ? (firstPair.key as Node) : undefined;
      const firstName = firstKey && String((firstKey as { value?: unknown }).value);
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
        const first = seen.get(key);
        if (
          first &&
          firstKey &&
          key === firstName &&
          isScalar(pair.key) &&
          columnOf(pair.key as Node) === columnOf(firstKey)
        ) {
          out.push({ key: pair.key as Node, first, restart: true });
          seen = new Map([[key, pair.key as Node]]);
        } else if (first) out.push({ key: pair.key as Node, first });
        else seen.set(key, pair.key as Node);
        stack.push([pair.value, false]);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push([item, !node.flow]);
  }
  return out.sort((a, b) => (a.key.range?.[0] ?? 0) - (b.key.range?.[0] ?? 0));
}

/**
 * A list item's first key written again below it in the same column: a new
 * item whose `- ` is missing (`id: b` under `- id: a`), which the parser
 * reads as the keys of the item above, each one a duplicate. What to write.
 */
function missingDashText(
  key: Node,
  line: number,
  firstLine: number,
  lines: readonly string[],
): LocalizedText {
  const name = safeLine(cutShort(String(isScalar(key) ? key.value : key)));
  const written = (lines[line - 1] ?? '').replace(/\r$/, '');
  const indent = /^ */.exec(written)![0].length;
  const fixed =
    indent >= 2
      ? safeLine(cutShort(`${written.slice(0, indent - 2)}- ${written.slice(indent)}`, 80))
      : undefined;
  return localized(
    `第 ${line} 行的“${name}”与第 ${firstLine} 行的“${name}”落在列表的同一项中：这里应是新的一项，是否漏写了“- ”？列表的每一项都以“- ”开头${fixed ? `，请写作“${fixed}”` : ''}`,
    `"${name}" on line ${line} falls in the same list item as "${name}" on line ${firstLine}: a new item starts here; is its "- " missing? Each item of a list starts with "- "${fixed ? `: write "${fixed}"` : ''}`,
  );
}

/** A yaml parser error in both languages, in qgrade's words (see yamlErrorWords), with advice where the line shows more. */
function yamlErrorText(code: string, message: string, line = ''): LocalizedText {
  const words = yamlErrorWords(code, message);
  // Typed with a Chinese input method: "unit： W" is one key that runs on, not a key and a value.
  if (line.includes('：') && !line.includes(': '))
    return localized(
      `YAML 语法错误：${words.zh}；这一行的全角冒号“：”不是 YAML 的冒号，请写半角冒号加空格“: ”`,
      `${SYNTAX_EN}${words.en}; the full-width colon "：" on this line is not YAML's colon: write ": " (an ASCII colon and a space)`,
    );
  // `require: >= 400` unquoted: ">" starts a folded block of text in YAML.
  const block = blockScalarSlip(line) ?? flowBlockSlip(line);
  if (block) return blockScalarText(block);
  if (/^Block scalar header/.test(message))
    return blockScalarText({ column: 0, key: 'require', value: '>= 400' });
  // `unit: %`, the unit a newcomer types first: YAML keeps `%`, `@` and `` ` `` for itself at a value's start.
  const reserved = code === 'BAD_SCALAR_START' ? reservedStartSlip(line) : undefined;
  if (reserved) return reservedStartText(reserved);
  // Where the line to line up with could not be told (see shortIndentSlip): what to look for.
  if (code === 'BAD_INDENT' && message.startsWith('All mapping items must start at the same column'))
    return localized(
      'YAML 语法错误：缩进有误：同一映射中的键要从同一列开始；请把这一行与上面同一层的键对齐（缩进只用半角空格）',
      'the keys of one mapping start in the same column: line this key up with the keys above it at the same level (indent with ASCII spaces only)',
    );
  // A `{` or `[` not closed where flowSlip could not find it: the Chinese says so as the English does.
  // Its words are the library's ("Flow sequence in block collection must be sufficiently indented and end with a ]"):
  // said as what to do (developer-34).
  const close = /end with an? ([}\]])$/.exec(message)?.[1];
  if (code === 'BAD_INDENT' && close) {
    const open = close === ']' ? '[' : '{';
    return localized(
      `YAML 语法错误：前面的“${open}”在这里还没有用“${close}”闭合，或它的续行缩进不够：请在这一项的末尾补上“${close}”；一项写成多行时，续行要比这一项所属的键缩进得更深`,
      `the "${open}" before this is not closed with "${close}" by here, or its next line is not indented enough: add a "${close}" at the end of the entry; an entry written over several lines needs its next lines indented deeper than the key it belongs to`,
    );
  }
  // Told as the walk for tags tells the tags the parser resolves.
  const tag =
    code === 'TAG_RESOLVE_FAILED' ? /(?:tag:|Verbatim tags .*so) (\S+)/.exec(message)?.[1] : undefined;
  if (code === 'TAG_RESOLVE_FAILED') return tag ? tagText(tag) : words;
  // The parser's own advice here is for programmers (use parseAllDocuments()).
  if (code === 'MULTIPLE_DOCS')
    return localized(
      `YAML 语法错误：${words.zh}；请删去此处开始另一个文档的“---”行，或把它分成两个文件`,
      `${words.en}: remove the "---" line that starts another here, or split the file in two`,
    );
  return localized(`YAML 语法错误：${words.zh}`, words.en);
}

/** `unit: %` on a line: the key and the unquoted value that starts with a character YAML keeps for itself. */
function reservedStartSlip(line: string): { key: string; value: string } | undefined {
  const m = /(?:^|[\s{,-])([^\s:#"'{}[\],]+):[ \t]+([%@`][^,{}[\]#]*?)[ \t]*(?:$|[,}\]]|\s#)/.exec(line);
  return m ? { key: m[1]!, value: m[2]! } : undefined;
}

/** What to write for a value that starts with `%`, `@` or `` ` ``: the same value in quotes. */
function reservedStartText({ key, value }: { key: string; value: string }): LocalizedText {
  const shown = safeLine(cutShort(value));
  const k = safeLine(cutShort(key));
  const quoted = `${k}: "${shown.replace(/["\\]/g, '\\$&')}"`;
  return localized(
    `YAML 语法错误：“${k}”的值以“${shown.charAt(0)}”开头：YAML 中以“${shown.charAt(0)}”开头的值必须加引号，请写作 ${quoted}`,
    `${SYNTAX_EN}the value of "${k}" starts with "${shown.charAt(0)}", which YAML keeps for itself at a value's start: quote the value, write ${quoted}`,
  );
}

/** A YAML tag in a rule file: refused, with what to write instead. */
function tagText(tag: string): LocalizedText {
  const shown = safeLine(cutShort(tag));
  return localized(
    `规则文件不能使用 YAML 标签（${shown}）：请删去它；要把值读作文本，请给它加引号`,
    `rule files may not use YAML tags (${shown}): remove it; to have a value read as text, quote it`,
  );
}

/** An unquoted value after a key that starts with `>` or `|` but is no block of text: what it says, and where. */
interface BlockScalarSlip {
  /** 0-based column of the `>` or `|`. */
  column: number;
  key: string;
  value: string;
}

/**
 * `range: >= 0`, `require: > 400`: YAML reads the `>` as the start of a
 * folded block and then fails on the rest of the line, once or twice. A
 * real block header (`>`, `|-`, `>2` with at most a comment after it) is
 * no slip.
 */
function blockScalarSlip(line: string): BlockScalarSlip | undefined {
  const m = /^(\s*(?:-\s+)?)([^\s:#"'{}[\],][^:#]*?):[ \t]+([>|].*?)\s*(?:\s#.*)?$/.exec(line);
  if (!m || /^[>|](?:[1-9][+-]?|[+-][1-9]?)?$/.test(m[3]!)) return undefined;
  return {
    column: m[1]!.length + m[2]!.length + line.slice(m[1]!.length + m[2]!.length).search(/[>|]/),
    key: m[2]!,
    value: m[3]!,
  };
}

/**
 * `requiredWhen: { employees: > 300 }`: in braces or brackets a plain value cannot start with `>` or `|` at all
 * (newcomer-35 M7: told only "quote a value that starts with a special character"); the first such pair on the line.
 */
function flowBlockSlip(line: string): BlockScalarSlip | undefined {
  const m = /([{,[]\s*)([^\s:#"'{}[\],][^:#{}[\],]*?):[ \t]+([>|][^,}\]#]*?)\s*(?=[,}\]]|$)/.exec(line);
  if (!m) return undefined;
  return {
    column: m.index + m[1]!.length + line.slice(m.index + m[1]!.length).search(/[>|]/),
    key: m[2]!,
    value: m[3]!,
  };
}

function blockScalarText(slip: BlockScalarSlip): LocalizedText {
  const quoted = `${slip.key}: "${slip.value.replace(/["\\]/g, '\\$&')}"`;
  return localized(
    `YAML 语法错误：以 > 或 | 开头的值会被 YAML 当作多行文本：请给这个值加引号，写作 ${quoted}`,
    `a value that starts with > or | is read by YAML as a block of text: quote it, ${quoted}`,
  );
}

/** The one message of nesting past the limit, wherever it is found (block or flow style, a pair in brackets). */
function deeperThan(maxDepth: number): LocalizedText {
  // What to do, too (hostile-44: the bare limit said none): no hand-written file nests so deep.
  return localized(
    `嵌套超过 ${maxDepth} 层：手写的文件用不了这么多层，请检查是否有没写完的括号“[”“{”，或检查生成它的程序`,
    `nesting deeper than ${maxDepth} levels: no file written by hand needs so many; look for a "[" or "{" left open, or check what generated it`,
  );
}

/** A file of more tokens than a rule file needs: the limit, what counts, and what to do. */
function moreTokensThan(maxTokens: number): LocalizedText {
  const n = maxTokens.toLocaleString('en-US');
  return localized(
    `文件的 YAML 记号（键、值、括号及“,”“:”“-”等符号）超过上限 ${maxTokens} 个：规则文件用不了这么多，请检查生成它的程序，或把它拆成几个规则集`,
    `the file has more than ${n} YAML tokens (keys, values, brackets and marks such as "," ":" "-"), the limit for a rule file: check what generated it, or split it into several rule sets`,
  );
}

function firstLine(message: string): string {
  return (
    message
      .split('\n')[0]!
      .replace(/ at line \d+, column \d+:?$/, '')
      // The parser quotes the offending token whole: random bytes would print a kilobyte of binary per issue.
      .replace(
        /^([^:"]{1,80}): (.*)$/s,
        (_, what: string, detail: string) => `${what}: ${safeLine(cutShort(detail))}`,
      )
  );
}

function issueAt(
  file: string,
  code: RuleSetIssueCode,
  text: LocalizedText,
  line: number,
  column: number,
  path: DocumentPath,
): RuleSetIssue {
  return ruleSetIssue({ code, severity: 'error', text: prefixed(text), file, line, column, path: [...path] });
}

const SYNTAX_ZH = 'YAML 语法错误：';
const SYNTAX_EN = 'YAML syntax error: ';

/**
 * A YAML syntax error says so in English as in Chinese: each text that starts `YAML 语法错误：` gets `YAML syntax
 * error: ` before its English, in this one place (developer-34: the English had no such prefix).
 */
function prefixed(text: LocalizedText): LocalizedText {
  if (!text.zh.startsWith(SYNTAX_ZH) || text.en.startsWith(SYNTAX_EN)) return text;
  // The parser's sentence starts with a capital: after the prefix, a word in lower case ("all mapping items…").
  const en = /^[A-Z][a-z]/.test(text.en) ? text.en[0]!.toLowerCase() + text.en.slice(1) : text.en;
  return localized(text.zh, `${SYNTAX_EN}${en}`);
}
