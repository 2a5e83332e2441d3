import type { CompletionContext, CompletionResult, CompletionSource } from '@codemirror/autocomplete';

/** `indicator: partial` at the end of the text before the cursor, in block or flow style. */
const AFTER_INDICATOR_KEY = /(?:^|[{,\s-])indicator[ \t]*:[ \t]+([\w$-]*)$/;
/** A key being typed inside a flow `when: { …`, after `{` or `,`. */
const IN_FLOW_WHEN = /(?:^|[{,\s-])when[ \t]*:[ \t]*\{(?:[^{}]*,)?[ \t]*([\w$-]*)$/;
/** A key being typed alone on its line (a block mapping's key). */
const BLOCK_KEY = /^([ \t]*)([\w$-]*)$/;
/** `unit: partial` at the end of the text before the cursor. */
const AFTER_UNIT_KEY = /(?:^|[{,\s-])unit[ \t]*:[ \t]+([^\s#,{}[\]]*)$/;
/** The `indicators:` mapping: from its key to the next top-level key. */
const INDICATORS_BLOCK = /^indicators:[ \t]*(?:#[^\n]*)?\n((?:[ \t#][^\n]*\n?|\n)*)/m;
/** A one-line label, `label: { zh: 结块情况, en: Caking }`. */
const LABEL =
  /(?:^|[{,\s])label[ \t]*:[ \t]*\{[ \t]*zh[ \t]*:[ \t]*([^,}\n]+?)[ \t]*,[ \t]*en[ \t]*:[ \t]*([^,}\n]+?)[ \t]*[,}]/;
/** A unit the file writes, `unit: MPa` or `unit: "%"`. */
const UNIT = /(?:^|[{,\s])unit[ \t]*:[ \t]*(?:"([^"\n]+)"|'([^'\n]+)'|([^\s,#}'"]+))/gm;

/** An indicator of the file: its id, and its label's Chinese and English when written on one line. */
export interface IndicatorId {
  id: string;
  label?: string;
}

/**
 * The ids of the file's indicators (the keys of its `indicators:` mapping, in
 * its order), each with its label when written as `label: { zh: …, en: … }`.
 * Read from the text, so a file that does not parse yet still has them.
 *
 * @example
 * indicatorIds('indicators:\n  apf:\n    type: number\n    label: { zh: 全年能源消耗效率, en: APF }\n');
 * // [{ id: 'apf', label: '全年能源消耗效率 / APF' }]
 */
export function indicatorIds(text: string): IndicatorId[] {
  const block = INDICATORS_BLOCK.exec(text)?.[1] ?? '';
  const lines = block.split('\n');
  // The indicators are the keys at the block's first indentation.
  const first = lines.find((l) => /^[ \t]+[\w$-]+[ \t]*:/.test(l));
  const indent = first ? (/^[ \t]+/.exec(first)?.[0] ?? '') : '';
  if (indent === '') return [];
  const found: IndicatorId[] = [];
  let current: IndicatorId | undefined;
  for (const line of lines) {
    const key = new RegExp(`^${indent}([\\w$-]+)[ \\t]*:`).exec(line);
    if (key && !/^[ \t]/.test(line.slice(indent.length))) {
      current = { id: key[1]! };
      if (!found.some((f) => f.id === current!.id)) found.push(current);
    }
    // On the key's line (a flow indicator) or its own.
    const label = LABEL.exec(line);
    if (label && current && current.label === undefined) current.label = `${label[1]} / ${label[2]}`;
  }
  return found;
}

/** The units the file already writes, in their order, without repeats. */
export function fileUnits(text: string): string[] {
  const units: string[] = [];
  for (const m of text.matchAll(UNIT)) {
    const unit = m[1] ?? m[2] ?? m[3];
    if (unit && !units.includes(unit)) units.push(unit);
  }
  return units;
}

/**
 * Whether the cursor's line is a key of a block `when:` mapping: the nearest
 * line above it that is indented less is `when:` (or `- when:`).
 */
function inBlockWhen(ctx: CompletionContext, indent: string): boolean {
  const doc = ctx.state.doc;
  for (let n = doc.lineAt(ctx.pos).number - 1; n >= 1; n--) {
    const text = doc.line(n).text;
    if (text.trim() === '' || /^[ \t]*#/.test(text)) continue;
    const own = /^[ \t]*/.exec(text)![0];
    if (own.length >= indent.length) continue;
    return /^[ \t]*(?:-[ \t]+)?when[ \t]*:[ \t]*(?:#.*)?$/.test(text);
  }
  return false;
}

/**
 * The file's indicator ids where an id belongs — after `indicator: ` in a
 * requirement, and as a key of a `when:` condition (flow or block) — each with
 * its label beside it; and after `unit: ` the units the file already writes.
 * The schema only says "an indicator's name" there, so its completion offers
 * nothing (studio-23 N7).
 */
export function indicatorIdCompletion(): CompletionSource {
  return (ctx: CompletionContext): CompletionResult | null => {
    const line = ctx.state.doc.lineAt(ctx.pos);
    const before = line.text.slice(0, ctx.pos - line.from);
    if (/(?:^|\s)#/.test(before)) return null;
    const unit = AFTER_UNIT_KEY.exec(before);
    if (unit) {
      const typed = unit[1] ?? '';
      if (!typed && !ctx.explicit) return null;
      const units = fileUnits(ctx.state.doc.toString());
      if (units.length === 0) return null;
      return {
        from: ctx.pos - typed.length,
        // `%` and units starting with a YAML indicator character go in quotes.
        options: units.map((u) => ({
          label: u,
          type: 'constant',
          apply: /^[%@`&*!|>'"]/.test(u) ? `"${u}"` : u,
        })),
        validFor: /^[^\s#,{}[\]]*$/,
      };
    }
    const value = AFTER_INDICATOR_KEY.exec(before);
    const flow = value ? undefined : IN_FLOW_WHEN.exec(before);
    const block = value || flow ? undefined : BLOCK_KEY.exec(before);
    const asKey = flow !== undefined || block !== undefined;
    if (block && (block[1] === '' || !inBlockWhen(ctx, block[1]!))) return null;
    const match = value ?? flow ?? block;
    if (!match) return null;
    const typed = (block ? block[2] : match[1]) ?? '';
    // After `indicator: ` the value is one of the file's ids, a closed list: it opens by itself, as the schema's
    // enums and the grade ids do (studio-44). A `when:` key waits for a letter: the key may be anything.
    if (!typed && !ctx.explicit && !value) return null;
    const ids = indicatorIds(ctx.state.doc.toString());
    if (ids.length === 0) return null;
    return {
      from: ctx.pos - typed.length,
      // In the file's order, as they are defined; a key comes with its colon.
      options: ids.map(({ id, label }, i) => ({
        label: id,
        ...(label === undefined ? {} : { detail: label }),
        type: 'variable',
        apply: asKey ? `${id}: ` : id,
        boost: Math.max(-99, 99 - i),
      })),
      validFor: /^[\w$-]*$/,
    };
  };
}
