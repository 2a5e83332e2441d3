import type { CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';
import { indicatorIds } from './indicator-ids';

/**
 * A value being typed in a `require:` after `=`, `≠`/`!=`, or inside
 * `in [` / `not in [` / `∈ [` / `∉ [` (after a comma too): the partial
 * value at the end.
 */
const IN_REQUIRE =
  /(?:^|[{,\s-])require[ \t]*:[ \t]*["']?[ \t]*(?:(?:=|==|≠|!=)[ \t]*|(?:in|not[ \t]+in|∈|∉)[ \t]*\[(?:[^\]]*,)?[ \t]*)"?([\w.$-]*)$/;
/** The `indicator: id` of a requirement, in flow or block style. */
const INDICATOR = /(?:^|[{,\s-])indicator[ \t]*:[ \t]*([\w$-]+)/;
/** A list item's start, `- ` after the indentation. */
const ITEM = /^[ \t]*-[ \t]/;

/**
 * The codes of an enum indicator's values (`values: [none, slight, severe]`,
 * flow style on one line), from its section of the file's `indicators:`.
 */
export function enumCodes(text: string, id: string): string[] {
  if (!indicatorIds(text).some((i) => i.id === id)) return [];
  const block = /^indicators:[^\n]*\n((?:[ \t#][^\n]*\n?|\n)*)/m.exec(text)?.[1] ?? '';
  const lines = block.split('\n');
  const at = lines.findIndex((l) => new RegExp(`^([ \\t]+)${id.replace(/[$-]/g, '\\$&')}[ \\t]*:`).test(l));
  if (at < 0) return [];
  const indent = /^[ \t]+/.exec(lines[at]!)![0].length;
  for (let i = at; i < lines.length; i++) {
    const line = lines[i]!;
    // The next indicator (same indentation) ends this one's section.
    if (i > at && line.trim() !== '' && /^[ \t]*/.exec(line)![0].length <= indent) break;
    const values = /(?:^|[{,\s])values[ \t]*:[ \t]*\[([^\]\n]*)\]/.exec(line);
    if (values)
      return values[1]!
        .split(',')
        .map((v) => v.trim().replace(/^(["'])(.*)\1$/, '$2'))
        .filter((v) => v !== '');
  }
  return [];
}

/** The indicator the requirement at the cursor's line names: on its line, else in its list item (above or below). */
function requirementIndicator(ctx: CompletionContext): string | undefined {
  const doc = ctx.state.doc;
  const here = doc.lineAt(ctx.pos);
  const own = INDICATOR.exec(here.text);
  if (own) return own[1];
  if (ITEM.test(here.text)) return undefined;
  const indent = /^[ \t]*/.exec(here.text)![0].length;
  for (let n = here.number - 1; n >= 1; n--) {
    const text = doc.line(n).text;
    const found = INDICATOR.exec(text);
    if (found) return found[1];
    if (ITEM.test(text) || (text.trim() !== '' && /^[ \t]*/.exec(text)![0].length < indent - 2)) break;
  }
  for (let n = here.number + 1; n <= doc.lines; n++) {
    const text = doc.line(n).text;
    if (ITEM.test(text) || (text.trim() !== '' && /^[ \t]*/.exec(text)![0].length < indent)) break;
    const found = INDICATOR.exec(text);
    if (found) return found[1];
  }
  return undefined;
}

/**
 * The codes of the requirement's enum indicator after `=`, `≠` or in `in [ … ]`
 * in its `require:` (studio-23 N7): a rule file writes the code (`severe`),
 * not its label (`严重结块`).
 */
export function enumCodeCompletion(): CompletionSource {
  return (ctx: CompletionContext): CompletionResult | null => {
    const line = ctx.state.doc.lineAt(ctx.pos);
    const before = line.text.slice(0, ctx.pos - line.from);
    const match = IN_REQUIRE.exec(before);
    if (!match) return null;
    const typed = match[1] ?? '';
    if (!typed && !ctx.explicit) return null;
    const id = requirementIndicator(ctx);
    if (id === undefined) return null;
    const codes = enumCodes(ctx.state.doc.toString(), id);
    if (codes.length === 0) return null;
    return {
      from: ctx.pos - typed.length,
      options: codes.map((code, i) => ({ label: code, type: 'enum', boost: Math.max(-99, 99 - i) })),
      validFor: /^[\w.$-]*$/,
    };
  };
}
