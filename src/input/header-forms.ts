import type { IndicatorInfo } from '../resolve/rule-set';
import { isSymbol, splitLabelSymbol } from '../text/loose-label';
import { methodFirst } from '../text/method-first';
import { endingBracket } from './ending-bracket';
import { labelNearForms, labelsRead } from './header-synonyms';

/**
 * A header as compared for hints: NFKC (so full-width letters, brackets and
 * the ideographic space fold), white space removed, Latin case folded.
 *
 * @example
 * normaliseHeader('全年能源消耗效率　ＡＰＦ'); // '全年能源消耗效率apf'
 */
export function normaliseHeader(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').toLowerCase();
}

/**
 * A text and the same without the symbol or bracketed note that ends it
 * (`额定制冷量 CC` → `额定制冷量`, `强制性产品认证（CCC）` → `强制性产品认证`,
 * `APF（W/W）` → `APF`), each normalised ({@link normaliseHeader}); never `''`.
 *
 * @example
 * textForms('APF（W/W）'); // Set { 'apf(w/w)', 'apf' }
 */
export function textForms(text: string): Set<string> {
  const folded = text.normalize('NFKC').trim();
  const forms = new Set<string>([normaliseHeader(folded)]);
  // "额定制冷量 CC", "Nitrogen N": the symbol after the last space; "强制性产品认证（CCC）", "APF（W/W）": the note in brackets.
  // Checked first: a header of a wide table (100,000 columns) is mostly neither.
  const symbol = /\s/u.test(folded) ? /^(.+?)\s+(\S+)$/u.exec(folded) : null;
  const symbolText = symbol && (/^[A-Z][\w.]*$/u.test(symbol[2]!) || isSymbol(symbol[2]!)) ? symbol : null;
  // The outer brackets, balanced: `APF（5级（能效限定值））` → `APF`, as `APF（能效限定值）` (committee-26 F7).
  const bracket = endingBracket(folded);
  for (const short of [symbolText?.[1], bracket?.before]) if (short) forms.add(normaliseHeader(short));
  forms.delete('');
  return forms;
}

/**
 * A column's forms as held to an indicator's ({@link indicatorForms}):
 * {@link textForms}, and each without the wording people wrap one quantity
 * in — a yes/no question or answer (`是否风冷` → `风冷`, `风冷式 是/否` →
 * `风冷式`), brackets round it all (`【风冷式】`), `含量` (`氮含量`, `含氮量` →
 * `氮`), a unit after a comma (`氮N，%` → `氮n`) or in signs and digits
 * after it (`氮 N ×10-6` → `氮n`), a symbol or unit glued on
 * (`烧失量LOI` → `烧失量`), a yes/no label's last word (`风冷型` → `风冷`), a
 * method in brackets put before it (`安定性（压蒸法）` → `压蒸安定性`), or a second reading of it:
 * a number after it (`下屈服强度 ReL 2`, `… #2`, `…-2`, `…_2`, `ReL2`, `A 2`, `N2`) or a
 * retest, product-analysis or measured-value word before or after it (`碳 C复验`, `成品碳 C`,
 * `碳C成品分析`, `APF实测`, `实测值APF`). Never `''`.
 *
 * @example
 * columnForms('是否风冷'); // Set { '是否风冷', '风冷' }
 */
export function columnForms(text: string): Set<string> {
  const forms = textForms(text);
  for (const form of [...forms]) for (const f of wordings(form)) forms.add(f);
  forms.delete('');
  return forms;
}

/** {@link columnForms}' shorter forms of one normalised form (see there), each pattern once. */
function wordings(form: string): string[] {
  const found: string[] = [];
  const add = (re: RegExp) => {
    const m = re.exec(form)?.[1];
    if (m !== undefined && m !== '') found.push(m);
  };
  add(/^是否(.{2,})$/u);
  add(/^(.{2,}?)(?:是\/否|是否|y\/n)$/u);
  add(/^[[【〔〖](.+)[\]】〕〗]$/u);
  add(/^(.+?)含量$/u);
  // `Nitrogen content`, `nitrogen_pct`, `n_total` (hostile-24 W8): the English label or the symbol, qualified.
  add(/^([a-z]{3,}?)[_\-.]?(?:content|contents|pct|percent)$/u);
  add(/^([a-z]{1,2})[_\-.](?:total|tot|content)$/u);
  add(/^含(.+?)量$/u);
  add(/^(.+?),[^,\p{Script=Han}]{1,8}$/u);
  // A symbol or unit glued on (`烧失量LOI`, `氮Nppm`), and a yes/no label's last word (`风冷型`, `压蒸安定性合格`).
  add(/^(.*\p{Script=Han})[a-z][a-z0-9]{0,4}$/u);
  add(/^(\p{Script=Han}{2,}?)(?:合格|式|型)$/u);
  // A unit qgrade cannot read, in signs and digits after the label (`氮 N ×10-6`, `氮 N ‰%`, `氮 N {%}`); not after one letter.
  const signs = beforeSigns(form);
  if (signs !== undefined) found.push(signs);
  // A method in brackets after the quantity, as GB 175 writes it before: `安定性（压蒸法）` → `压蒸安定性`.
  const method = /^(\p{Script=Han}+)\((\p{Script=Han}+?)法?\)$/u.exec(form);
  if (method) found.push(`${method[2]}${method[1]}`);
  // A second reading: a number (not a bracketed note, read already) or a retest word.
  // One letter too (`A 2`, `N2`, `A-2` → `a`, `n`): beside a column read as that symbol, a second specimen; alone, the only reading.
  add(/^(.*[\p{L}°])[#\-_.]?\d{1,2}$/u);
  // A measured value's word too (`APF实测`, `实测值APF`, `APF 实测值`): beside the label's column, a second figure
  // of it (hostile-30 W4); the label and the word alone (`全年能源消耗效率 APF 实测值`) is read as the label.
  // Hostile-31 W3: a result's or nominal figure's word too (`APF结果`, `APF检验结果`, `检测APF`, `APF标称值`, `Rated APF`),
  // in English (`APF_measured`, `Measured APF`), and after `-` or `_` (`APF-实测`). Not `额定` before: labels start so
  // (`额定容量(g)` is a hint's business).
  const retest =
    /^(?:(?:成品|复验|复检|熔炼|实测值?|检测值?|检验|测量值|测定值|测试值|标称值?|明示值?|measured|tested|rated|nominal|declared)[-_]?)?(.+?)(?:[-_]?(?:复验|复检|复测|重测|成品分析|成品|熔炼分析|平行|实测值?|检测值|测量值|测定值|测试值|(?:检验|检测|实测|测试|试验)?结果|标称值?|额定值?|明示值?|铭牌值?|measured|tested|rated|nominal|declared))?$/u.exec(
      form,
    );
  if (retest && retest[1] !== form) found.push(retest[1]!);
  return found;
}

/**
 * The forms a header close to an indicator takes: its name, its labels
 * (and their synonym forms, `灼烧减量 LOI` for `烧失量 LOI`: see `labelSynonyms`) with and without the symbol or bracketed note at their end, the symbol
 * alone (`n` for `氮 N`), a yes/no label without the word that ends it
 * (`压蒸安定性` for `压蒸安定性合格`, `风冷` for `风冷式`), and a label's method in brackets put before it
 * (`沸煮法安定性` for `安定性（沸煮法）`), normalised.
 *
 * @example
 * indicatorForms(apf); // Set { 'apf', '全年能源消耗效率apf', '全年能源消耗效率', 'annualperformancefactor(apf)', 'annualperformancefactor' }
 */
export function indicatorForms(ind: IndicatorInfo): Set<string> {
  const forms = new Set<string>([normaliseHeader(ind.name)]);
  for (const label of labelsRead(ind.label)) {
    for (const f of textForms(label)) forms.add(f);
    const folded = label.normalize('NFKC').trim();
    const symbol = splitLabelSymbol(folded)?.symbol;
    if (symbol !== undefined) forms.add(normaliseHeader(symbol));
    const core = /^(\p{Script=Han}{2,}?)(?:合格|式|型)$/u.exec(normaliseHeader(folded))?.[1];
    if (core !== undefined) forms.add(core);
    // `沸煮法安定性` for 安定性（沸煮法）: the same test (the reverse of columnForms' `安定性（压蒸法）` → `压蒸安定性`).
    for (const first of methodFirst(label)) forms.add(normaliseHeader(first));
  }
  // `烧损量`, `Loss` for `烧失量 LOI`: close to it, not read (hostile-25 W5).
  for (const label of [ind.label.zh, ind.label.en])
    for (const near of labelNearForms(label)) for (const f of textForms(near)) forms.add(f);
  forms.delete('');
  return forms;
}

/**
 * Where the letters of a text end: the index after its last letter (0 when
 * it has none). A scan from the end, not a pattern: `/[^\p{L}]+$/u` and
 * `/^(.*\p{L}.*\p{L})…/u` take time growing with the square of a long
 * header's length (a 100,000-character hostile column took seconds).
 */
export function lettersEnd(text: string): number {
  let end = text.length;
  while (end > 0) {
    const code = text.codePointAt(end - 1)!;
    // The low half of a pair: look at the whole character.
    const start = code >= 0xdc00 && code <= 0xdfff && end >= 2 ? end - 2 : end - 1;
    if (/\p{L}/u.test(text.slice(start, end))) return end;
    end = start;
  }
  return 0;
}

/** A form without the signs and digits after its last letter, when two letters or more come before them. */
function beforeSigns(form: string): string | undefined {
  const end = lettersEnd(form);
  if (end === form.length || end === 0) return undefined;
  const head = form.slice(0, end);
  return lettersEnd(head.slice(0, -1)) > 0 ? head : undefined;
}
