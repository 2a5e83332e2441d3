import { type LocalizedText, localized } from './localized-text';

/** Chinese numerals a lab writes a class with (`一级`, `二级`). */
const NUMERALS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * The value of a list a cell most likely means, by the class word it adds or the Chinese numeral it uses: `1级`,
 * `一级`, `Ⅰ级` → `1` (or `"1"`) when the list has it; `undefined` otherwise.
 *
 * @example
 * meantByClass('一级', ['1', '2', '3']); // '1'
 */
export function meantByClass(
  text: string,
  values: readonly (string | number)[],
): string | number | undefined {
  const bare = text
    .normalize('NFKC')
    .trim()
    .replace(/^第/u, '')
    .replace(/\s*(?:级|类|型|等|档|级别)$/u, '');
  if (bare === text.trim()) return undefined;
  const n = NUMERALS[bare] ?? (/^\d+$/u.test(bare) ? Number(bare) : undefined);
  for (const v of values) if (v === n || v === String(n) || v === bare) return v;
  return undefined;
}

/**
 * The rule-side fix for a cell that is another spelling of a listed value (`1级` / `一级` for the value 1, `√` for
 * yes): the line that lists it as an alias under the rule file's `valueLabels`, so every such cell reads as that
 * value (newcomer-36 M7: 13 of 50 rows invalid over a spelling the rule set could take). Only where the value
 * meant is plain: an unknown code (`P.X`) gets no guess.
 *
 * @example
 * valueAliasHint('一级', '1').zh; // '；如这是同一取值的另一种写法，也可在规则文件中把它列为别名：valueLabels: { "1": { aliases: [一级] } }'
 */
export function valueAliasHint(text: string, meant: string | number | boolean): LocalizedText {
  const key = typeof meant === 'string' ? `"${meant}"` : String(meant);
  const line = `valueLabels: { ${key}: { aliases: [${yamlItem(text)}] } }`;
  return localized(
    `；如这是同一取值的另一种写法，也可在规则文件中把它列为别名：${line}`,
    `; if it is another spelling of the same value, the rule file can list it as an alias: ${line}`,
  );
}

/** A text as an item of a YAML flow list: quoted when YAML would read it otherwise (a number, a sign, a comma). */
function yamlItem(text: string): string {
  const t = text.trim();
  return /^[\p{L}\p{N}][\p{L}\p{N}_.\-·]*$/u.test(t) && !/^[\d.+-]/u.test(t) ? t : JSON.stringify(t);
}
