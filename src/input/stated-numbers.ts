import type { IndicatorInfo } from '../resolve/rule-set';

/** A number a remark gives for an indicator ({@link statedNumbers}): `氮 0.015` gives nitrogen 0.015. */
export interface StatedNumber {
  indicator: IndicatorInfo;
  /** The number as read. */
  value: number;
  /** The unit written after it (`%`, `ppm`, `‰`), when one is. */
  unit?: string;
  /** The statement as the cell writes it (`N=0.015%`), trimmed. */
  text: string;
}

/** The number indicators with a default, each with the pattern of its names before a number. */
export interface NumberNames {
  readonly indicators: readonly IndicatorInfo[];
  readonly patterns: readonly { indicator: IndicatorInfo; pattern: RegExp; symbolOnly: boolean }[];
  /** The first characters of the names (both cases of a Latin word's): a cell with none of them names none. */
  readonly firsts: ReadonlySet<number>;
}

// A number as a remark writes it (NFKC-folded first), then an optional unit: `0.015`, `.015`, `150 ppm`, `0.015%`.
const NUMBER = String.raw`(\d+(?:\.\d+)?|\.\d+)(?![\d.])\s*(%|ppm|ppb|‰)?`;
// Between the name and the number: a colon, `=`, or a space (or nothing: `氮0.015`, `N0.015`).
const BETWEEN = String.raw`\s*(?:[:=]\s*)?`;

/**
 * The number indicators a record need not give because the rule set gives them a `default` (`nitrogen`, default 0),
 * and how a remark names each before a number (hostile-31 W7): its Chinese label's Han part with 含…量 round it
 * (`氮`, `含氮量`, `氮含量`), its label's chemical symbol, case as written, bare or in brackets (`N`, `[N]`), and its
 * English word and name in any case (`Nitrogen`, `nitrogen content`). `undefined` when the rule set has none.
 *
 * @example
 * numberNames(rebar.indicators)?.indicators.map((i) => i.name); // ['chromium', 'vanadium', …, 'nitrogen']
 */
export function numberNames(indicators: readonly IndicatorInfo[]): NumberNames | undefined {
  const patterns: NumberNames['patterns'][number][] = [];
  const firsts = new Set<number>(['含', '['].map((c) => c.charCodeAt(0)));
  for (const indicator of indicators) {
    if (indicator.type !== 'number' || typeof indicator.default !== 'number') continue;
    if (indicator.required || indicator.conditionallyRequired) continue;
    const han = indicator.label.zh.match(/\p{Script=Han}+/gu) ?? [];
    const symbols = [indicator.label.zh, indicator.label.en].flatMap(
      (label) => label.match(/(?<![A-Za-z])[A-Z][a-z]?(?![A-Za-z])/gu) ?? [],
    );
    const latin = [indicator.name, ...(indicator.label.en.match(/[A-Za-z]{3,}/gu) ?? [])].filter(
      (word) => !symbols.includes(word),
    );
    for (const first of [...han, ...symbols].map((t) => t.charAt(0))) firsts.add(first.charCodeAt(0));
    for (const word of latin)
      for (const c of [word.charAt(0).toLowerCase(), word.charAt(0).toUpperCase()])
        firsts.add(c.charCodeAt(0));
    const names: string[] = [];
    for (const h of new Set(han)) names.push(`(?<!\\p{Script=Han})(?:含)?${escapeRegExp(h)}(?:含量|量)?`);
    for (const w of new Set(latin.map((w) => w.toLowerCase())))
      names.push(`(?<![A-Za-z])${escapeRegExp(w)}(?:\\s+content)?(?![A-Za-z])`);
    if (names.length > 0)
      patterns.push({
        indicator,
        // Any case: the Latin words only have one (`Nitrogen`, `NITROGEN`); a symbol's case is its own (below).
        pattern: new RegExp(`(?:${names.join('|')})${BETWEEN}${NUMBER}`, 'giu'),
        symbolOnly: false,
      });
    // A symbol alone (`N 0.015`) only before a figure with a decimal point or a unit: `N 2` may be anything.
    const symbolNames = [...new Set(symbols)].map(
      (s) => `(?<![A-Za-z])(?:\\[${escapeRegExp(s)}\\]|${escapeRegExp(s)})(?:含量)?(?![A-Za-z])`,
    );
    if (symbolNames.length > 0)
      patterns.push({
        indicator,
        pattern: new RegExp(`(?:${symbolNames.join('|')})${BETWEEN}${NUMBER}`, 'gu'),
        symbolOnly: true,
      });
  }
  if (patterns.length === 0) return undefined;
  return { indicators: [...new Set(patterns.map((p) => p.indicator))], patterns, firsts };
}

/**
 * The numbers a cell gives for the indicators of `names` (`氮 0.015`, `N=0.015%`, `含氮量0.015%`, `[N]=0.015`,
 * `Nitrogen 0.015%`, `氮 150ppm`, `Cu 0.4 Ni 0.3`), in the order written; none for a limit (`氮≤0.012`, `N<0.012`:
 * the comparison is no value), a name with no figure (`氮未检`) or a symbol before a figure with neither a decimal
 * point nor a unit (`N 2`). A cell without a digit is not looked at.
 *
 * @example
 * statedNumbers('N=0.015%', names)[0]; // { indicator: nitrogen, value: 0.015, unit: '%', text: 'N=0.015%' }
 */
export function statedNumbers(cell: string, names: NumberNames): StatedNumber[] {
  if (!/[0-9０-９]/u.test(cell) || !namesMayStart(cell, names.firsts)) return [];
  const text = cell.normalize('NFKC');
  const found: (StatedNumber & { at: number })[] = [];
  for (const { indicator, pattern, symbolOnly } of names.patterns) {
    pattern.lastIndex = 0;
    for (const m of text.matchAll(pattern)) {
      const [written, figure, unit] = [m[0], m[1]!, m[2]];
      if (symbolOnly && unit === undefined && !figure.includes('.')) continue;
      if (found.some((f) => f.indicator === indicator)) continue;
      const stated: StatedNumber & { at: number } = {
        indicator,
        value: Number(figure),
        text: written.trim(),
        at: m.index,
      };
      if (unit !== undefined) stated.unit = unit;
      found.push(stated);
    }
  }
  return found.sort((a, b) => a.at - b.at).map(({ at: _, ...stated }) => stated);
}

/**
 * Whether a stated number says other than the default: a figure other than it in the indicator's unit (or in none),
 * or any figure but 0 in another unit (`150 ppm` is not the default 0 %).
 *
 * @example
 * differsFromDefault({ indicator: nitrogen, value: 0, text: '氮 0' }); // false
 */
export function differsFromDefault(stated: StatedNumber): boolean {
  const { indicator, value, unit } = stated;
  if (unit === undefined || unit === indicator.unit) return value !== indicator.default;
  return value !== 0 || indicator.default !== 0;
}

/** Whether some character of a cell may begin a name (a full-width one is let through: NFKC may make it one). */
function namesMayStart(cell: string, firsts: ReadonlySet<number>): boolean {
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (firsts.has(c) || (c >= 0xff01 && c <= 0xff5e)) return true;
  }
  return false;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}
