import type { DocumentPath } from '../load/source-document';
import { codePointText } from '../text/full-width';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import type { ModelContext } from './model-context';

// `，` (U+FF0C) and `、` (U+3001): what a Chinese input method types where `[A, B]` wants an ASCII comma.
const FULL_WIDTH_COMMA = /[\uff0c\u3001]/;

// Items shown in full when saying how to write the list, at most.
const MAX_SHOWN = 8;

// Text YAML would not read back as the same text if written unquoted in `[ ]`.
const NEEDS_QUOTES =
  /^(?:[-+]?(?:\d|\.\d)|[-?:,[\]{}#&*!|>'"%@`\s]|(?:true|false|null|~)$)|[,[\]{}#]|:\s|\s$/i;

/**
 * The items of a list written in brackets where an input method joined some
 * with a full-width comma, `values: [A，B]`: YAML reads `A，B` as one item.
 * Says so once, at the first such item, with the list to write; returns the
 * items split at those commas (all as text, as written), so that what names
 * `A` or `B` elsewhere is not refused too. Quoted items are left alone: the
 * comma in `"A，B"` was meant.
 *
 * @returns the split items, or `undefined` when no unquoted item holds such a comma
 */
export function splitFullWidthCommas(
  ctx: ModelContext,
  name: string,
  items: readonly (string | number | boolean)[],
  path: DocumentPath,
): string[] | undefined {
  const joined = items.findIndex(
    (v, i) => typeof v === 'string' && FULL_WIDTH_COMMA.test(v) && ctx.source.isPlainInBrackets([...path, i]),
  );
  if (joined < 0) return undefined;
  const split = items.flatMap((v, i) => {
    const written = typeof v === 'string' ? v : (ctx.source.literal([...path, i]) ?? String(v));
    if (typeof v !== 'string' || !ctx.source.isPlainInBrackets([...path, i])) return [written];
    return v
      .split(/[\uff0c\u3001]/)
      .map((part) => part.trim())
      .filter((part) => part !== '');
  });
  const comma = FULL_WIDTH_COMMA.exec(items[joined] as string)![0];
  const key = path[path.length - 1];
  const shown = `${typeof key === 'string' ? `${key}: ` : ''}[${split
    .slice(0, MAX_SHOWN)
    .map((v) => (NEEDS_QUOTES.test(v) ? JSON.stringify(v) : v))
    .join(', ')}${split.length > MAX_SHOWN ? ', …' : ''}]`;
  const item = safeLine(cutShort(items[joined] as string));
  ctx.error(
    'schema',
    localized(
      `“${name}”的列表用了全角逗号“${comma}”（${codePointText(comma)}）：方括号 [ ] 中只有半角逗号才分隔各项，“${item}”被读作一项；请写 ${shown}`,
      `the list of "${name}" uses the full-width comma "${comma}" (${codePointText(comma)}): only an ASCII comma separates the items in [ ], so "${item}" is read as one item; write ${shown}`,
    ),
    [...path, joined],
  );
  return split;
}

/**
 * An item of a list in brackets that names values of `name` but was joined by
 * a full-width comma, `when: { teaClass: [A，B] }`: the message saying so, or
 * `undefined` when the item is quoted, holds no such comma, or its parts are
 * not all among `values`.
 */
export function joinedValuesText(
  ctx: ModelContext,
  name: string,
  item: string,
  values: readonly (string | number)[],
  path: DocumentPath,
): LocalizedText | undefined {
  const comma = FULL_WIDTH_COMMA.exec(item)?.[0];
  if (!comma || !ctx.source.isPlainInBrackets(path)) return undefined;
  const parts = item
    .split(/[\uff0c\u3001]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length < 2 || !parts.every((part) => values.map(String).includes(part))) return undefined;
  const shown = safeLine(cutShort(item));
  const write = parts.map((v) => (NEEDS_QUOTES.test(v) ? JSON.stringify(v) : v)).join(', ');
  return localized(
    `“${shown}”用了全角逗号“${comma}”（${codePointText(comma)}）：方括号 [ ] 中只有半角逗号才分隔各项，它被读作“${name}”的一个取值；请在此处写 ${write}`,
    `"${shown}" uses the full-width comma "${comma}" (${codePointText(comma)}): only an ASCII comma separates the items in [ ], so it is read as one value of "${name}"; write ${write} in its place`,
  );
}
