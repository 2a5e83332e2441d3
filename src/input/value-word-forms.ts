import { type IndicatorInfo, valueSpellingsOf } from '../resolve/rule-set';

/** A text that says a value, beyond the labels and aliases themselves (see {@link moreValueWords}). */
export type ValueText = readonly [text: string, value: string | number | boolean];

// The product words a trade name puts after a configuration's stem: 多联机, 风管机, 窗式机, 移动空调, 移动式空调.
const PRODUCT_WORDS = ['机', '空调', '式空调', '式机'];

// A leading time qualifier of a yes/no label (近三年, 最近3年内, 过去两年): a remark may leave it out.
const TIME_QUALIFIER = /^(?:近|最近|过去)?[一二三四五六七八九十两\d]+年(?:内|来|中)?/u;
// A verb of occurrence a remark may write before the event (有重大质量事故, 发生重大质量事故).
const OCCURRED = /^(?:发生|有|存在)/u;
const HAPPENED = ['有', '发生', '发生过', '曾发生', '曾发生过', '曾有', '出现', '出现过'];
const NOT_HAPPENED = ['无', '没有', '未发生', '没有发生', '未发生过', '没有发生过'];

/**
 * The value words {@link valueWords} adds beyond an indicator's labels,
 * aliases and codes, as texts with the value each says:
 * - an enum value's Chinese label or alias, and its stem without a trailing
 *   `式`/`型`, followed by a product word (`机`, `空调`, `式空调`, `式机`):
 *   `多联机`, `风管机`, `窗机`, `移动空调` (hostile-23 W13). A text two values
 *   would share is dropped by `valueWords` (it says neither).
 * - a yes/no label that starts with a time qualifier (`近三年`) or a verb of
 *   occurrence (`发生`, `有`): the event with `有`/`发生` before it, with or
 *   without the qualifier, says yes (`发生重大质量事故`, `有重大质量事故`,
 *   `近三年重大质量事故`); with `无`/`没有`/`未发生` before it, no
 *   (`无重大质量事故`, `近三年未发生重大质量事故`) (hostile-23 W8).
 * - an enum code with a digit next to the indicator's Chinese label or its stem less 类型
 *   (`T3气候`, `T3 气候类型`, `气候T3`) (hostile-24 W16), or, a space between, its English label or its
 *   stem less `type` (`T3 climate`, `climate T3`) (hostile-27 W6).
 *
 * @example
 * moreValueWords(unitConfiguration); // [['移动机', 'mobile'], ['移动空调', 'mobile'], …]
 */
export function moreValueWords(indicator: IndicatorInfo): ValueText[] {
  if (indicator.type === 'enum') return [...tradeWords(indicator), ...codeWithLabelWords(indicator)];
  if (indicator.type === 'boolean')
    return [...incidentWords(indicator.label.zh), ...yesNoTradeWords(indicator)];
  return [];
}

// The product words after a yes/no label's or value label's stem: 水冷式机组, 风冷机, 半封闭型压缩机.
const YES_NO_PRODUCT_WORDS = ['机组', '机', '空调', '压缩机', '冷凝器'];
// A yes/no label's stem is its words less a trailing product word (全封闭型压缩机 → 全封闭型).
const TRAILING_PRODUCT = /(?:压缩机|机组|空调|机)$/u;

/**
 * A Chinese text less a trailing product word (`开启式压缩机` → `开启式`, `水冷式机组` → `水冷式`), the stem a
 * yes/no value's label or alias is written with; `undefined` when there is none or too little would be left.
 *
 * @example
 * withoutProductWord('半封闭型压缩机'); // '半封闭型'
 */
export function withoutProductWord(text: string): string | undefined {
  if (!/\p{Script=Han}$/u.test(text)) return undefined;
  const bare = text.replace(TRAILING_PRODUCT, '');
  return bare !== text && bare.length >= 2 ? bare : undefined;
}
const NEGATIONS = ['非', '不是', '不属于'];

/**
 * A yes/no indicator's Chinese label (meaning yes) and value labels and aliases (their value): each stem (less
 * a trailing product word, less 式/型) with 式, 型 or a product word after it (`水冷式机组`, `全封闭型` for
 * 全封闭型压缩机), and the label's forms with a negation before them meaning no (`非全封闭型`) (hostile-24 W3, W16).
 */
function yesNoTradeWords(indicator: IndicatorInfo, negations = true): ValueText[] {
  const texts: ValueText[] = [];
  const add = (text: string | undefined, value: boolean, negate: boolean) => {
    const t = text?.trim();
    if (!t || !/^\p{Script=Han}+$/u.test(t)) return;
    const bare = t.replace(TRAILING_PRODUCT, '');
    const stems = new Set([t, bare, bare.replace(/[式型]$/u, '')].filter((s) => s.length >= 2));
    for (const s of stems)
      for (const after of ['', '式', '型', ...YES_NO_PRODUCT_WORDS]) {
        // 风冷式 + 式 is no word.
        if (/[式型]$/u.test(s) && /^[式型]/u.test(after)) continue;
        const word = s + after;
        texts.push([word, value]);
        if (negate) for (const no of NEGATIONS) texts.push([no + word, !value]);
      }
  };
  add(indicator.label.zh, true, negations);
  for (const [text, value] of valueSpellingsOf(indicator) ?? [])
    if (typeof value === 'boolean') add(text, value, false);
  return texts;
}

/**
 * The texts that name a yes/no indicator beside an answer beyond its labels (`全封闭压缩机：否`, `水冷机组：是`): its
 * label's and value labels' stems with 式, 型 or a product word, each with the value it names (hostile-29 W2).
 *
 * @example
 * yesNoNames(hermeticCompressor); // [['全封闭型压缩机', true], …, ['全封闭压缩机', true], …]
 */
export function yesNoNames(indicator: IndicatorInfo): ValueText[] {
  return indicator.type === 'boolean' ? yesNoTradeWords(indicator, false) : [];
}

function tradeWords(indicator: IndicatorInfo): ValueText[] {
  const texts: ValueText[] = [];
  const add = (text: string | undefined, value: string | number) => {
    const t = text?.trim();
    if (!t || !/^\p{Script=Han}+$/u.test(t)) return;
    const stems = new Set([t, t.replace(/[式型]$/u, '')]);
    for (const s of stems) {
      if (s === '') continue;
      // 移动式 + 式机 is no word: a stem that ends in 式 takes 机 and 空调 only.
      for (const product of PRODUCT_WORDS)
        if (!(s.endsWith('式') && product.startsWith('式'))) texts.push([s + product, value]);
    }
  };
  for (const value of indicator.values ?? []) add(indicator.valueLabels?.[String(value)]?.zh, value);
  for (const [text, value] of valueSpellingsOf(indicator) ?? [])
    if (typeof value !== 'boolean') add(text, value);
  return texts;
}

/**
 * An enum's codes that hold a digit (`T3`, not `split`: a word there would be the label's, not a code's) written
 * next to the Chinese label or its stem less 类型 (`T3气候`, `气候类型 T3`): the code said of that indicator. The
 * label's own words are no climate name: `热带型` is not read (no source gives the names).
 */
function codeWithLabelWords(indicator: IndicatorInfo): ValueText[] {
  const label = indicator.label.zh.trim();
  const stems = /^\p{Script=Han}{2,}$/u.test(label)
    ? [label, label.replace(/类型$/u, '')].filter((s) => s.length >= 2)
    : [];
  // The English label and its stem less `type` (`T3 climate`, `climate type T3`: hostile-27 W6), set apart by a space.
  const en = indicator.label.en.trim();
  const latin = /^[A-Za-z][A-Za-z -]+$/u.test(en) ? [en, en.replace(/ type$/iu, '')] : [];
  const texts: ValueText[] = [];
  for (const value of indicator.values ?? []) {
    const code = String(value);
    if (!/\d/u.test(code) || /\p{Script=Han}/u.test(code)) continue;
    for (const s of new Set(stems))
      for (const text of [code + s, `${code} ${s}`, s + code, `${s} ${code}`]) texts.push([text, value]);
    for (const s of new Set(latin)) texts.push([`${code} ${s}`, value], [`${s} ${code}`, value]);
  }
  return texts;
}

/**
 * The event a yes/no label names after its time qualifier and verb of occurrence (`近三年发生重大质量事故` →
 * `重大质量事故`); `undefined` for a label with neither (`风冷式`) or an event shorter than two Chinese characters.
 * A remark names the indicator by it beside an answer (`重大质量事故：有`); alone it says nothing (a heading).
 *
 * @example
 * incidentEvent('近三年发生重大质量事故'); // '重大质量事故'
 */
export function incidentEvent(label: string): { event: string; qualifier: string } | undefined {
  const t = label.trim();
  const qualifier = TIME_QUALIFIER.exec(t)?.[0] ?? '';
  const rest = t.slice(qualifier.length);
  const verb = OCCURRED.exec(rest)?.[0] ?? '';
  const event = rest.slice(verb.length);
  if ((qualifier === '' && verb === '') || !/^\p{Script=Han}{2,}$/u.test(event)) return undefined;
  return { event, qualifier };
}

// An English yes/no label's time qualifier (`… in the last three years`, `… within 3 years`).
const LATIN_QUALIFIER =
  /^([a-z][a-z -]+?)\s+(?:in|within|during|over)\s+(?:the\s+)?(?:last|past|\d+|[a-z]+)\b.*$/iu;

/**
 * The event an English yes/no label names before its time qualifier (`Major quality incident in the last three
 * years` → `Major quality incident`); `undefined` for a label with none or of one word. As {@link incidentEvent}.
 *
 * @example
 * latinEvent('Major quality incident in the last three years'); // 'Major quality incident'
 */
export function latinEvent(label: string): string | undefined {
  const event = LATIN_QUALIFIER.exec(label.trim())?.[1];
  return event?.includes(' ') ? event : undefined;
}

function incidentWords(label: string): ValueText[] {
  const found = incidentEvent(label);
  if (!found) return [];
  const { event, qualifier } = found;
  const texts: ValueText[] = [];
  for (const before of ['', qualifier]) {
    // The bare event (重大质量事故) is a heading as often as a remark: only with its qualifier.
    if (before !== '') texts.push([before + event, true]);
    for (const v of HAPPENED) texts.push([before + v + event, true]);
    for (const n of NOT_HAPPENED) texts.push([before + n + event, false]);
  }
  return texts;
}
