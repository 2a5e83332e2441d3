import { codePointText } from '../text/full-width';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import type { DocumentPath, DocumentSource } from './source-document';

// `，` (U+FF0C) and `、` (U+3001): what a Chinese input method types where `[A, B]` wants an ASCII comma.
const FULL_WIDTH_COMMA = /[\uff0c\u3001]/;

// Items shown when saying how to write a list too long to show whole (more than MAX_SHOWN_CHARS characters).
const MAX_SHOWN = 8;
const MAX_SHOWN_CHARS = 100;

// Text YAML would not read back as the same text if written unquoted in `[ ]`.
const NEEDS_QUOTES =
  /^(?:[-+]?(?:\d|\.\d)|[-?:,[\]{}#&*!|>'"%@`\s]|(?:true|false|null|~)$)|[,[\]{}#]|:\s|\s$/i;

/** A list in brackets whose items an input method joined with a full-width comma. */
export interface JoinedList {
  /** The first item holding such a comma: where to report it. */
  index: number;
  /**
   * The items split at those commas: as text, as written, or as numbers when
   * every item is a number (`[2, 3, 8，10]` is a list of numbers, as the rest of it says).
   */
  items: (string | number)[];
  /** The message: the comma, and the list to write. */
  text: LocalizedText;
}

interface Part {
  /** The item as text: what a list of values holds. */
  text: string;
  /** The item as the list to write shows it. */
  written: string;
  /** Whether it is part of an item joined by a full-width comma. */
  split: boolean;
  /** Whether YAML reads it (or would, once split) as a number. */
  number: boolean;
}

// A plain item YAML reads as a decimal number: `8`, `-0.5`, `1e3`.
const YAML_NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/**
 * A list written in brackets where an input method joined some items with a
 * full-width comma, `values: [A，B]`: YAML reads `A，B` as one item. Returns
 * the message to give once, at the first such item, with the list to write,
 * and the items split at those commas, so that what names `A` or `B`
 * elsewhere is not refused too. Quoted items are left alone: the comma in
 * `"A，B"` was meant. The list to write keeps every other item as written,
 * a nested list `[4, 5, 6]` in a table row too, so that following it gives a valid file.
 *
 * @param list - the list as the message names it: `“columns”的列表` / `the list of "columns"`, `第 3 行` / `row 3`
 * @param quote - quote the items to write that YAML would not read as text (a list of an enum's values),
 *   unless every item is a number: then it is a list of numbers and stays one
 * @returns `undefined` when no unquoted item holds such a comma
 */
export function joinedList(
  source: Pick<DocumentSource, 'literal' | 'isPlainInBrackets'>,
  list: LocalizedText,
  items: readonly unknown[],
  path: DocumentPath,
  quote = false,
): JoinedList | undefined {
  const plain = (v: unknown, i: number): v is string =>
    typeof v === 'string' && source.isPlainInBrackets([...path, i]);
  const index = items.findIndex((v, i) => plain(v, i) && FULL_WIDTH_COMMA.test(v));
  if (index < 0) return undefined;
  // Each item as text (what a value list holds) and as it is to be written in the list.
  const parts = items.flatMap((v, i): Part[] => {
    if (!plain(v, i)) {
      const text = typeof v === 'string' ? v : (source.literal([...path, i]) ?? String(v));
      const written = writtenItem(source, v, [...path, i]);
      return [{ text, written, split: false, number: typeof v === 'number' }];
    }
    return v
      .split(/[\uff0c\u3001]/)
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => ({ text: part, written: part, split: true, number: YAML_NUMBER.test(part) }));
  });
  // [2, 3, 8，10]: every item a number, the joined ones too; quoting them would make them text.
  const numbers = parts.every((p) => p.number);
  const joined = items[index] as string;
  const comma = FULL_WIDTH_COMMA.exec(joined)![0];
  const key = path[path.length - 1];
  const shownItem = (p: Part) => {
    if (!quote || numbers) return p.written;
    return NEEDS_QUOTES.test(p.text) ? JSON.stringify(p.text) : p.text;
  };
  const all = parts.map(shownItem);
  // The whole list when it is short enough to copy; else its first items.
  const cut = all.join(', ').length > MAX_SHOWN_CHARS && all.length > MAX_SHOWN;
  const shown = `${typeof key === 'string' ? `${key}: ` : ''}[${(cut ? all.slice(0, MAX_SHOWN) : all).join(', ')}${cut ? ', …' : ''}]`;
  const item = safeLine(cutShort(joined));
  return {
    index,
    items: parts.map((p) => (numbers ? Number(p.text) : p.text)),
    text: localized(
      `${list.zh}用了全角逗号“${comma}”（${codePointText(comma)}）：方括号 [ ] 中只有半角逗号才分隔各项，“${item}”被读作一项；请写 ${shown}`,
      `${list.en} uses the full-width comma "${comma}" (${codePointText(comma)}): only an ASCII comma separates the items in [ ], so "${item}" is read as one item; write ${shown}`,
    ),
  };
}

/** An item as written in the file: a scalar's own text, a nested list `[4, 5, 6]` with its items. */
function writtenItem(source: Pick<DocumentSource, 'literal'>, v: unknown, path: DocumentPath): string {
  if (Array.isArray(v)) return `[${v.map((x, j) => writtenItem(source, x, [...path, j])).join(', ')}]`;
  // A text YAML would not read as written keeps quotes (`"> 0"`: hostile-29 M1, unquoted it is a block scalar).
  if (typeof v === 'string') return NEEDS_QUOTES.test(v) ? JSON.stringify(v) : v;
  return source.literal(path) ?? String(v);
}

/**
 * An item of a list in brackets that names values of `name` but was joined by
 * a full-width comma, `when: { teaClass: [A，B] }`: the message saying so, or
 * `undefined` when the item is quoted, holds no such comma, or its parts are
 * not all among `values`.
 */
export function joinedValuesText(
  source: Pick<DocumentSource, 'isPlainInBrackets'>,
  name: string,
  item: string,
  values: readonly (string | number)[],
  path: DocumentPath,
): LocalizedText | undefined {
  const comma = FULL_WIDTH_COMMA.exec(item)?.[0];
  if (!comma || !source.isPlainInBrackets(path)) return undefined;
  const parts = item
    .split(/[\uff0c\u3001]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length < 2 || !parts.every((part) => values.map(String).includes(part))) return undefined;
  const shown = safeLine(cutShort(item));
  // Quoted where YAML would not read it as the value: "1" of a text enum, not 1 of a numeric one.
  const quote = (v: string) =>
    typeof values.find((x) => String(x) === v) === 'string' && NEEDS_QUOTES.test(v);
  const write = parts.map((v) => (quote(v) ? JSON.stringify(v) : v)).join(', ');
  return localized(
    `“${shown}”用了全角逗号“${comma}”（${codePointText(comma)}）：方括号 [ ] 中只有半角逗号才分隔各项，它被读作“${name}”的一个取值；请在此处写 ${write}`,
    `"${shown}" uses the full-width comma "${comma}" (${codePointText(comma)}): only an ASCII comma separates the items in [ ], so it is read as one value of "${name}"; write ${write} in its place`,
  );
}
