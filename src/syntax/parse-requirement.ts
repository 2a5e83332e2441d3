import { COMPARE_OPERATORS, type CompareOperator } from '../model/operators';
import type { Literal } from '../model/value';
import { decimalsOf, parseDecimal } from '../rounding/decimal';
import { numberTextProblem } from '../text/finite-number';
import { codePointText, nameCharacter } from '../text/full-width';
import { asciiWritten, WRITTEN_FULL_WIDTH as FULL_WIDTH, fullWidthAdvice } from '../text/full-width-advice';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import { asciiMinus, typesetMinusAdvice } from '../text/typeset-minus';
import { bandWithUnit } from './band-unit';
import { boundInWords, boundWordsAdvice, OPERATOR_WORDS } from './bound-words';
import { infiniteLimit } from './infinite-limit';
import { nonDecimalBeforeUnit, nonDecimalNumber } from './non-decimal-number';
import { type ParsedBand, parseBand } from './parse-band';
import { printedTolerance, reversedTolerance } from './printed-tolerance';
import { readBand } from './read-band';
import { tildeRange } from './tilde-range';

/** A requirement text, read but not yet resolved against the rule set. */
export type RequirementSyntax =
  | { kind: 'compare'; operator: CompareOperator; operand: OperandSyntax }
  | { kind: 'range'; band: ParsedBand }
  | { kind: 'member'; negate: boolean; values: Literal[] }
  | ToleranceSyntax;

/**
 * `nominal ± tolerance` or `nominal +upper/−lower` (GB/T 8170: both ends
 * included). `nominal` is absent for `± massTolerance.value`, a deviation
 * around zero. Each part is a number or an expression (table column, derived value).
 */
export interface ToleranceSyntax {
  kind: 'tolerance';
  nominal?: OperandSyntax;
  plus: OperandSyntax;
  minus: OperandSyntax;
  symmetric: boolean;
}

/** Why a requirement text cannot be read; `index`, when given, is where in the text the mistake is. */
export interface RequirementError {
  error: LocalizedText;
  index?: number;
  /**
   * The unit written after a range's numbers (`[2, 6] cm`, `2~6 cm`), which the advice leaves out: the resolver,
   * which knows the indicator's unit, tells one that is not it to convert the ends.
   */
  rangeUnit?: string;
}

/** The right-hand side of a comparison, before name resolution. */
export type OperandSyntax =
  | { kind: 'literal'; literal: Literal; unit?: string }
  /** A formula or a name (table column, grade table, derived value); `offset` locates it in the text. */
  | { kind: 'expression'; text: string; offset: number };

// Every spelling of every operator, longest first so "<=" is not read as "<".
const OPERATORS: [string, CompareOperator][] = Object.entries(COMPARE_OPERATORS)
  .flatMap(([op, info]) => info.spellings.map((s): [string, CompareOperator] => [s, op as CompareOperator]))
  .sort((a, b) => b[0].length - a[0].length);

const NUMBER_WITH_UNIT =
  /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)(?:\s*([A-Za-z%‰°µ·²³][A-Za-z0-9%‰°µ·/²³]*))?$/;

// A number and a unit of any other characters: `dB(A)`, `分钟`, `℃`, `W/(m²·K)`. The unit is one
// run without spaces that starts with no digit, operator, bracket or quote and holds no operator
// but `/`, so `0.7 * kv`, `1/3`, `40 (A)` and `40 kv * 2` stay formulas. The resolver says
// whether it is the indicator's unit; the formula parser never sees it.
const NUMBER_THEN_UNIT =
  /^([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)\s*([^\s\d.+\-*/<>=!?:&|,;()[\]{}"'`\\^~][^\s*+<>=!?:&|,;"'`\\]*)$/u;

/**
 * Reads requirement text as a standard writes it: `≥ 4.50`, `>= 400 MPa`,
 * `= true`, `= "heat-pump"`, `[1.25, 1.30]`, `in [HRB400, HRB500]`,
 * `≥ mechanical.yieldStrength`, `≤ 1.30 * nominalYield`.
 *
 * @returns the syntax, or a message (in both languages) saying what was expected.
 */
export function parseRequirement(text: string): RequirementSyntax | RequirementError {
  const read = readRequirement(text);
  // `≤ −60`, the minus as a standard prints it (U+2212), or `≤ –60` with a dash: read as a formula, a word or a unit,
  // it was told "a unit goes after the number: ≤ 60 −" or "never matches" (newcomer-43, hostile-43); `≤ 5e−3` "is
  // written in e−3". A tolerance's `+0.5/−0.3` reads as it is and stays.
  if (!minusMisread(read)) return read;
  const minus = typesetMinusAdvice(text, (ascii) => {
    const r = readRequirement(ascii);
    return !('error' in r) && !minusMisread(r) && (r.kind !== 'compare' || r.operand.kind === 'literal');
  });
  if (minus) return { error: minus.text, index: minus.index };
  // `≥ −1e999`: with ASCII "-" a number, but one that no computer holds; say that, not "a unit goes after the number".
  // Quoted as written (`−1e999`), not as its ASCII, which the rule file does not hold (hostile-45).
  if ('error' in read || read.kind !== 'compare' || read.operand.kind !== 'expression') return read;
  const written = read.operand.text;
  const numeral = asciiMinus(written).trim();
  const problem = parseDecimal(numeral) ? numberTextProblem(numeral, written) : undefined;
  return problem ? { error: problem, index: read.operand.offset } : read;
}

/**
 * `(−∞, 5]`, `[0, inf)`: a requirement's range open to infinity at one end, which is a single limit: the limit to
 * write (`≤ 5`); both ends infinite, that it checks nothing. A requirement's range has two finite ends, and the
 * typeset-minus advice offered `(-∞, 5]`, refused in turn as "not a range" (hostile-44).
 */
function openRange(t: string): LocalizedText | undefined {
  const parsed = parseBand(asciiMinus(t));
  if (!parsed) return undefined;
  const { band, lowerText, upperText } = parsed;
  const [low, high] = [Number.isFinite(band.lower), Number.isFinite(band.upper)];
  if (low && high) return undefined;
  const shown = shortText(t);
  if (!low && !high)
    return localized(
      `“${shown}”两端都是无穷，对任何值都成立，什么也不检验：请写标准给出的限值，没有限值就不写这条要求`,
      `"${shown}" is infinite at both ends: it holds for every value and checks nothing; write the standard's limits, or leave the requirement out if there are none`,
    );
  const write = low
    ? `${band.lowerInclusive ? '≥' : '>'} ${lowerText}`
    : `${band.upperInclusive ? '≤' : '<'} ${upperText}`;
  return localized(
    `“${shown}”有一端是无穷，只有一个限值：请写 ${write}`,
    `"${shown}" is open to infinity at one end, so it is a single limit: write ${write}`,
  );
}

/** Whether a requirement's reading may be that of a minus sign typed as another character (`−`, `–`, `﹣`). */
function minusMisread(read: RequirementSyntax | RequirementError): boolean {
  if ('error' in read) return true;
  const operands =
    read.kind === 'compare'
      ? [read.operand]
      : read.kind === 'tolerance'
        ? [read.nominal, read.plus, read.minus]
        : [];
  return operands.some(
    (o) => o !== undefined && (o.kind === 'expression' || (o.unit !== undefined && MINUS_LIKE.test(o.unit))),
  );
}

// A unit read after a number that holds a minus typed otherwise: `5e−3`'s "e−3".
const MINUS_LIKE = /[\u2010-\u2014\u2212\ufe63]/u;

function readRequirement(text: string): RequirementSyntax | RequirementError {
  const t = text.trim();
  const curly = curlyQuoted(t);
  if (curly) return { error: curly, index: text.length - text.trimStart().length };
  const two = twoConditions(t);
  if (two) return { error: two.error, index: text.indexOf(t) + two.index };
  const member = /^(not\s+in|in|∉|∈)\s*(\[.*\])$/s.exec(t);
  if (member) {
    const values = parseList(member[2]!);
    if ('error' in values) return values;
    return { kind: 'member', negate: member[1] !== 'in' && member[1] !== '∈', values: values.list };
  }
  // `(35.0 -0.3/+0.5) mm`: the deviations in the other order, told the order to write.
  const reversed = reversedTolerance(text);
  if (reversed) return reversed;
  // `(35.0±0.5) mm`, a tolerance as standards print it: read with the brackets blanked, so indexes stay.
  const printed = printedTolerance(text);
  if (printed && 'error' in printed) return printed;
  if (printed) return parseTolerance(printed.text) ?? { error: notARange(t) };
  // A range, or one typed with full-width brackets ("［97, 100］"), which readBand names.
  if (/^[[(［（]/.test(t)) {
    const open = openRange(t);
    if (open) return { error: open };
    const band = readBand(t);
    if (band && 'problem' in band)
      return band.index === undefined
        ? { error: band.problem }
        : { error: band.problem, index: text.indexOf(t) + band.index };
    if (!band || !Number.isFinite(band.band.lower) || !Number.isFinite(band.band.upper)) {
      // `[0.70, 2] kg`: a single limit may carry its indicator's unit, a range does not.
      const unit = band ? undefined : bandWithUnit(t);
      if (unit)
        return {
          error: localized(
            `“${shortText(t)}”：区间中不写单位，请写 ${unit.band}`,
            `"${shortText(t)}": a range is written without a unit: write ${unit.band}`,
          ),
          rangeUnit: unit.unit,
        };
      // `(6 +- 0.2) mm`: ± typed as two signs inside a standard's brackets, not a range (newcomer-38 M1).
      const slip = plusMinusOrTilde(t);
      if (slip) return { ...slip, index: text.length - text.trimStart().length };
      return { error: notARange(t) };
    }
    return { kind: 'range', band };
  }
  const tolerance = parseTolerance(text);
  if (tolerance) return tolerance;
  const misspelt = misspeltOperator(t);
  if (misspelt) return { error: misspelt, index: text.length - text.trimStart().length };
  const op = OPERATORS.find(([symbol]) => t.startsWith(symbol));
  if (!op) {
    const worded = wordedOperator(t);
    if (worded) return { error: worded, index: text.length - text.trimStart().length };
    // `7.5以上`: a band's end as a Chinese table prints it, the words after the number.
    const words = boundInWords(t)?.exclusive ? boundWordsAdvice(t) : undefined;
    if (words) return { error: words, index: text.length - text.trimStart().length };
    const slip = plusMinusOrTilde(t);
    if (slip) return { ...slip, index: text.length - text.trimStart().length };
    // `35.0 ＋0.5/－0.3`: a tolerance once its full-width signs are ASCII; say which, and what to write.
    // `6 ＋－ 0.2`: ± typed as two full-width signs; the advice gives the tolerance (newcomer-38 M2).
    const ascii = FULL_WIDTH.test(t) ? asciiWritten(t) : t;
    const write = ascii === t || !('error' in parseRequirement(ascii)) ? ascii : plusMinusWritten(ascii);
    if (write !== undefined && write !== t)
      return { error: fullWidthAdvice(t, write), index: text.indexOf(t) + t.search(FULL_WIDTH) };
    return {
      error: localized(
        `“${shortText(t)}”不以运算符开头；请写成如 "≥ 4.50"、"≤ 0.045"、"= true"、"[1.25, 1.30]"、"10.0 ± 0.1" 或 "in [a, b]"`,
        `"${shortText(t)}" does not start with an operator; write e.g. "≥ 4.50", "≤ 0.045", "= true", "[1.25, 1.30]", "10.0 ± 0.1" or "in [a, b]"`,
      ),
    };
  }
  const rest = t.slice(op[0].length).trim();
  if (rest === '')
    return {
      error: localized(
        `“${shortText(t)}”在“${op[0]}”之后没有限值`,
        `"${shortText(t)}" has no limit after "${op[0]}"`,
      ),
    };
  const offset = text.indexOf(rest);
  // `≤ −∞`, `≥ .inf`: never a name (`inf` may be one, and is left to the resolver, which knows the names).
  const infinite = /∞|^\W*\.inf/i.test(rest) ? infiniteLimit(t, op[1], rest) : undefined;
  if (infinite) return { error: infinite, index: offset };
  const operand = parseOperand(rest, offset, t);
  return 'error' in operand ? operand : { kind: 'compare', operator: op[1], operand };
}

function notARange(t: string): LocalizedText {
  return localized(
    `“${shortText(t)}”不是区间；请写成 [1.25, 1.30] 或 (0, 100]`,
    `"${shortText(t)}" is not a range; write it as [1.25, 1.30] or (0, 100]`,
  );
}

// "10.0 ± 0.1", "± massTolerance.value", "10.0 +/- 0.1"; "10.0 +0.5/−0.3" (ASCII "-" or "−").
// Found by scanning, not by a regular expression: one like /^(.*?)\s*±/ retries every run of
// spaces from each of its characters, and a requirement with 64,000 spaces took seconds.
const PLUS_MINUS = ['±', '+/-', '+/−'];

function parseTolerance(text: string): ToleranceSyntax | RequirementError | undefined {
  const part = (s: string) => parseOperand(s.trim(), text.indexOf(s.trim()), text.trim());
  const t = text.trim();
  const sym = splitSymmetric(t);
  if (sym) {
    const [nominal, after] = sym;
    if (/[±]/.test(after))
      return {
        error: localized(`“${shortText(t)}”含有不止一个“±”`, `"${shortText(t)}" has more than one "±"`),
      };
    const base = nominal ? part(nominal) : undefined;
    if (base && 'error' in base) return base;
    const tolerance = part(after);
    if ('error' in tolerance) return tolerance;
    return {
      kind: 'tolerance',
      ...(base ? { nominal: base } : {}),
      plus: tolerance,
      minus: tolerance,
      symmetric: true,
    };
  }
  const asym = splitAsymmetric(t);
  if (asym && !OPERATORS.some(([symbol]) => asym[0].startsWith(symbol))) {
    const parts = asym.map(part);
    const bad = parts.find((p) => 'error' in p);
    if (bad) return bad as RequirementError;
    const [nominal, plus, minus] = parts as [OperandSyntax, OperandSyntax, OperandSyntax];
    return { kind: 'tolerance', nominal, plus, minus, symmetric: false };
  }
  return undefined;
}

/**
 * `nominal ± tolerance` in trimmed text: the parts before and after the first
 * `±` (or `+/-`, `+/−`), trimmed; none when there is no such symbol or nothing after it.
 */
function splitSymmetric(t: string): [nominal: string, tolerance: string] | undefined {
  let at = -1;
  let length = 0;
  for (const symbol of PLUS_MINUS) {
    const i = t.indexOf(symbol);
    if (i >= 0 && (at < 0 || i < at)) {
      at = i;
      length = symbol.length;
    }
  }
  if (at < 0 || at + length === t.length) return undefined;
  return [t.slice(0, at).trim(), t.slice(at + length).trim()];
}

/**
 * `nominal +upper/−lower` in trimmed text: the first `+` after the first
 * character whose next `/` has something before it and is followed by `-` or
 * `−` and a lower deviation. Each `+`, `/` and space is looked at a bounded
 * number of times, however the text is made.
 */
function splitAsymmetric(t: string): [nominal: string, upper: string, lower: string] | undefined {
  let slash = -1;
  // Where the lower deviation starts after `slash`, or -1 when `slash` is not followed by one.
  let lower = -1;
  for (let plus = t.indexOf('+', 1); plus >= 0; plus = t.indexOf('+', plus + 1)) {
    if (slash <= plus) {
      slash = t.indexOf('/', plus + 1);
      if (slash < 0) return undefined;
      lower = lowerDeviationAt(t, slash + 1);
    }
    if (lower < 0 || slash === plus + 1) continue;
    return [t.slice(0, plus).trimEnd(), t.slice(plus + 1, slash).trim(), t.slice(lower)];
  }
  return undefined;
}

/** After a `/`: spaces, `-` or `−`, spaces, then the lower deviation, whose index is returned (-1 if there is none). */
function lowerDeviationAt(t: string, from: number): number {
  let i = skipSpaces(t, from);
  if (t[i] !== '-' && t[i] !== '−') return -1;
  i = skipSpaces(t, i + 1);
  return i < t.length ? i : -1;
}

function skipSpaces(t: string, from: number): number {
  let i = from;
  while (i < t.length && /\s/.test(t[i]!)) i++;
  return i;
}

/** `text`, the operand of the requirement `whole`, starts at `offset` in the requirement as written. */
function parseOperand(text: string, offset: number, whole: string): OperandSyntax | RequirementError {
  // Before the number: "0x61" reads as 0 in the unit "x61".
  const notDecimal = nonDecimalNumber(text, shortText(whole)) ?? nonDecimalBeforeUnit(text, shortText(whole));
  if (notDecimal) return { error: notDecimal, index: offset };
  const num = NUMBER_WITH_UNIT.exec(text);
  if (num && parseDecimal(num[1]!)) {
    const problem = numberTextProblem(num[1]!);
    if (problem) return { error: problem, index: offset };
    const literal = numberLiteral(num[1]!);
    return num[2] ? { kind: 'literal', literal, unit: num[2] } : { kind: 'literal', literal };
  }
  const fullWidth = fullWidthNumber(text, whole);
  if (fullWidth) return { error: fullWidth.error, index: offset + fullWidth.index };
  // `≤ 2–6`: a range typed with a dash, not 2 in the unit "–6" (hostile-44); the resolver gives the range to write.
  if (tildeRange(text)) return { kind: 'expression', text, offset };
  // After the full-width check, so `97.0 ％` is answered with the ASCII to write; a full-width
  // character in the unit (`0.7＊y`) is left to the formula's full-width advice.
  const withUnit = NUMBER_THEN_UNIT.exec(text);
  // `2×b−c`: a formula with a typeset sign after the number, not 2 in the unit "×b−c" (hostile-46): the formula's
  // advice names each sign, and a name it lacks, in one run.
  if (withUnit && /^[×÷]/.test(withUnit[2]!)) return { kind: 'expression', text, offset };
  if (withUnit && parseDecimal(withUnit[1]!) && !FULL_WIDTH.test(withUnit[2]!)) {
    const problem = numberTextProblem(withUnit[1]!);
    if (problem) return { error: problem, index: offset };
    return { kind: 'literal', literal: numberLiteral(withUnit[1]!), unit: withUnit[2]! };
  }
  if (text === 'true' || text === 'false') {
    return { kind: 'literal', literal: { value: text === 'true', text, decimals: 0 } };
  }
  const quoted = /^(["'])(.*)\1$/s.exec(text);
  if (quoted) return { kind: 'literal', literal: { value: quoted[2]!, text: quoted[2]!, decimals: 0 } };
  return { kind: 'expression', text, offset };
}

function numberLiteral(text: string): Literal {
  return { value: Number(text), text, decimals: decimalsOf(text) };
}

function parseList(text: string): { list: Literal[] } | RequirementError {
  const inner = text.slice(1, -1).trim();
  if (inner === '') return { error: localized('允许值的列表为空', 'the list of allowed values is empty') };
  const items: Literal[] = [];
  // A bare item runs from its first character that is not a space to its last; one that is
  // all spaces reads as "". (A lazy `[^,]+?\s*,` took quadratic time on a run of spaces.)
  const re = /\s*(?:"([^"]*)"|'([^']*)'|([^,\s](?:[^,]*[^,\s])?|\s))\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  // biome-ignore lint/suspicious/noAssignInExpressions: a tokenizer loop
  while (consumed < inner.length && (m = re.exec(inner)) !== null) {
    consumed = re.lastIndex;
    const quoted = m[1] ?? m[2];
    if (quoted !== undefined) items.push({ value: quoted, text: quoted, decimals: 0 });
    else {
      const bare = m[3]!.trim();
      if (parseDecimal(bare)) {
        const problem = numberTextProblem(bare);
        if (problem) return { error: problem };
        items.push(numberLiteral(bare));
      } else if (bare === 'true' || bare === 'false')
        items.push({ value: bare === 'true', text: bare, decimals: 0 });
      else items.push({ value: bare, text: bare, decimals: 0 });
    }
  }
  if (consumed < inner.length)
    return {
      error: localized(`无法读取列表“${shortText(text)}”`, `cannot read the list "${shortText(text)}"`),
    };
  return { list: items };
}

/** Characters and their code points as messages name them, in each language: `"９" (U+FF19)`, `“９”（U+FF19）`. */
function named(chars: readonly string[]): LocalizedText {
  return localized(
    chars.map((c) => `“${safeLine(c)}”（${codePointText(c)}）`).join('、'),
    chars.map(nameCharacter).join(', '),
  );
}

/**
 * An operand that reads as a number (with its unit) once its full-width
 * characters are ASCII: `９７`, `97.0 ％`, `97。0`. The message quotes the
 * requirement, names each such character, and gives the ASCII to write.
 */
function fullWidthNumber(text: string, whole: string): { error: LocalizedText; index: number } | undefined {
  const at = text.search(FULL_WIDTH);
  if (at < 0) return undefined;
  // `≤ −５`: "write ASCII −5" was refused in turn; the typeset minus is made `-` too (hostile-43).
  const ascii = asciiMinus(asciiWritten(text)).trim();
  const num = NUMBER_WITH_UNIT.exec(ascii);
  if (!num || !parseDecimal(num[1]!)) return undefined;
  return { error: fullWidthAdvice(whole, ascii), index: at };
}

// Characters an operator is written with, and their look-alikes: the full-width forms,
// and the ≦ ≧ ⩽ ⩾ of typeset and Japanese text. Each maps to the character it stands for.
const OPERATOR_CHARACTERS: Readonly<Record<string, string>> = {
  '<': '<',
  '>': '>',
  '=': '=',
  '!': '!',
  '≥': '≥',
  '≤': '≤',
  '≠': '≠',
  '＜': '<',
  '＞': '>',
  '＝': '=',
  '！': '!',
  '≦': '≤',
  '≧': '≥',
  '⩽': '≤',
  '⩾': '≥',
};

// Two operator characters in the wrong order or doubled: what the author meant.
const MISORDERED: Readonly<Record<string, CompareOperator>> = {
  '=<': '<=',
  '=>': '>=',
  '<>': '!=',
  '=≤': '<=',
  '=≥': '>=',
  '≤=': '<=',
  '≥=': '>=',
  '≠=': '!=',
};

/**
 * A requirement that starts with an operator written wrong: a look-alike
 * (`≦`, `＜＝`), the wrong order (`=<`, `=>`), or a space inside it (`> =`).
 * Reads at most two operator characters and the spaces between them.
 */
function misspeltOperator(t: string): LocalizedText | undefined {
  if (OPERATOR_CHARACTERS[t[0] ?? ''] === undefined) return undefined;
  const next = skipSpaces(t, 1);
  const second = OPERATOR_CHARACTERS[t[next] ?? ''] !== undefined;
  const written = second ? t.slice(0, next + 1) : t.slice(0, 1);
  const chars = second ? [t[0]!, t[next]!] : [t[0]!];
  const standsFor = chars.map((c) => OPERATOR_CHARACTERS[c]!).join('');
  const spelling = OPERATORS.find(([symbol]) => symbol === standsFor);
  const meant = spelling?.[1] ?? MISORDERED[standsFor];
  if (meant === undefined || (spelling && written === standsFor)) return undefined;
  const odd = chars.filter((c) => OPERATOR_CHARACTERS[c] !== c);
  const fullWidth = odd.filter((c) => FULL_WIDTH.test(c));
  // A look-alike symbol is answered with the symbol first; ASCII and full-width with ASCII first.
  const choices = writeChoices(meant, odd.length > fullWidth.length);
  const shown = shortText(written);
  if (odd.length === 0) {
    const spaced = spelling !== undefined && written !== standsFor;
    return localized(
      `“${shown}”不是运算符：请写${choices.zh}${spaced ? '，中间不留空格' : ''}`,
      `"${shown}" is not an operator: write ${choices.en}${spaced ? ' without a space' : ''}`,
    );
  }
  const names = named(odd);
  if (fullWidth.length === odd.length)
    return localized(
      `“${shown}”不是运算符：其中${names.zh}是全角字符；请写${choices.zh}`,
      `"${shown}" is not an operator: ${names.en} ${odd.length > 1 ? 'are full-width characters' : 'is a full-width character'}; write ${choices.en}`,
    );
  return localized(
    `${names.zh}不是运算符：请写${choices.zh}`,
    `${names.en} ${odd.length > 1 ? 'are not operators' : 'is not an operator'}: write ${choices.en}`,
  );
}

/**
 * A requirement that opens with the words a standard prints (`不大于 0.3`,
 * `not less than 400`): the symbol to write instead, with the rest as written.
 */
function wordedOperator(t: string): LocalizedText | undefined {
  const lower = t.toLowerCase();
  const found = OPERATOR_WORDS.find(([word]) => lower.startsWith(word));
  if (!found) return undefined;
  const [word, symbol] = found;
  const rest = t.slice(word.length).trim();
  // "minimum", "maximal": a word of which min/max is only the start.
  if (/^[a-z]/i.test(rest) && /^[a-z]+$/i.test(word)) return undefined;
  const written = t.slice(0, word.length);
  const shown = shortText(rest === '' ? symbol : `${symbol} ${rest}`);
  return localized(
    `“${shortText(t)}”以文字“${written}”开头：规则文件中用运算符，请写 "${shown}"`,
    `"${shortText(t)}" opens with the words "${written}": a rule file writes the operator; write "${shown}"`,
  );
}

/** How to write an operator: its ASCII spelling and its symbol, where they differ. */
function writeChoices(op: CompareOperator, symbolFirst: boolean): LocalizedText {
  const symbol = COMPARE_OPERATORS[op].symbol;
  const both = symbol === op ? [op] : symbolFirst ? [symbol, op] : [op, symbol];
  return localized(both.map((c) => `“${c}”`).join('或'), both.map((c) => `"${c}"`).join(' or '));
}

/**
 * A requirement's text as a message quotes it: one line, each run of white
 * space as one space, at most 80 characters. The issue is located, and a
 * requirement may be 100 KB of anything.
 */
function shortText(text: string): string {
  return safeLine(cutShort(text.replace(/\s+/g, ' '), 80));
}

// Quotation marks a Chinese input method types for `"` and `'`: YAML reads them as text.
const CURLY_QUOTES = /[\u201c\u201d\u2018\u2019]/g;

/**
 * A requirement wrapped in Chinese quotation marks, `require: “≥ 500”`: YAML
 * reads them as part of the text, so the requirement starts with no operator.
 * The message names them and says to quote with ASCII `"`.
 */
function curlyQuoted(t: string): LocalizedText | undefined {
  if (!/^[\u201c\u2018]|[\u201d\u2019]$/.test(t)) return undefined;
  const chars = [...new Set(t.match(CURLY_QUOTES) ?? [])];
  const inner = t.replace(/^[\u201c\u2018]+|[\u201d\u2019]+$/g, '').trim();
  const write = shortText(`"${inner}"`);
  return localized(
    `要求两端用了中文引号 ${chars.join(' ')}（${chars.map(codePointText).join('、')}），YAML 把它们读作要求的一部分：请改用半角双引号 "，如 require: ${write}`,
    `"${shortText(t)}" is in Chinese quotation marks ${chars.map(nameCharacter).join(', ')}, which YAML reads as part of the requirement: quote it with ASCII double quotes ("), e.g. require: ${write}`,
  );
}

// `≥ 500 且 ≤ 600`: a lower and an upper limit joined by a word, where a range is meant.
const TWO_CONDITIONS =
  /^(≥|>=|>|≤|<=|<)\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*(且|并且|而且|和|and|AND|&&|,|，|;|；)\s*(≥|>=|>|≤|<=|<)\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))$/;

/**
 * Two limits joined where a range is meant, `≥ 500 且 ≤ 600`: the message
 * gives the range to write, `[500, 600]`; `index` is where the join word is.
 */
function twoConditions(t: string): { error: LocalizedText; index: number } | undefined {
  const m = TWO_CONDITIONS.exec(t);
  if (!m) return undefined;
  const lowerFirst = m[1]!.startsWith('≥') || m[1]!.startsWith('>');
  const upperSecond = m[4]!.startsWith('≤') || m[4]!.startsWith('<');
  if (lowerFirst !== upperSecond) return undefined;
  const [lowOp, low, highOp, high] = lowerFirst ? [m[1]!, m[2]!, m[4]!, m[5]!] : [m[4]!, m[5]!, m[1]!, m[2]!];
  const range = `${lowOp === '>' ? '(' : '['}${low}, ${high}${highOp === '<' ? ')' : ']'}`;
  const shown = shortText(t);
  const join = safeLine(m[3]!);
  return {
    error: localized(
      `“${shown}”用“${join}”连接了两个限值；一条要求只写一个：上下限都有的请写成区间“${range}”`,
      `"${shown}" joins two limits with "${join}"; a requirement holds one: write a lower and an upper limit as the range "${range}"`,
    ),
    index: t.indexOf(m[3]!, m[1]!.length + m[2]!.length),
  };
}

/**
 * `6 +- 0.2` (± typed in words or as two signs) as it is written with ±, `6 ± 0.2`; `undefined` for text without
 * such a sign or nothing after it.
 */
function plusMinusWritten(t: string): string | undefined {
  // Found by a plain search, then cut: a pattern with a lazy head and `\s*` around the sign backtracked over a
  // long run of spaces from each of its characters (test/robust/long-requirements.test.ts).
  const pm = /正负|\+-|-\+/u.exec(t);
  if (!pm) return undefined;
  const before = t.slice(0, pm.index).trimEnd();
  const after = t.slice(pm.index + pm[0].length).trimStart();
  if (after === '' || after.includes('\n')) return undefined;
  return `${before ? `${before} ` : ''}± ${after}`;
}

/**
 * `正负 x` / `+- x` (± typed in words or as two signs), and `2~12` (a range
 * as standards print it): what to write instead (newcomer-30 F2, F3).
 */
function plusMinusOrTilde(t: string): RequirementError | undefined {
  const write = plusMinusWritten(t);
  if (write !== undefined) {
    const sign = /正负|\+-|-\+/u.exec(t)![0];
    return {
      error: localized(
        `“${sign}”请写成 ±：${JSON.stringify(write)}`,
        `write "${sign}" as ±: ${JSON.stringify(write)}`,
      ),
    };
  }
  // `2~25 mm`, `2 mm～25 mm`, as a standard's scope prints it: the unit is dropped, as a range takes none (newcomer-34 F3).
  const tilde = tildeRange(t);
  if (tilde) {
    const { band, unit } = tilde;
    const [zh, en] = unit ? [`，区间不写单位`, `, without the unit`] : ['', ''];
    return {
      error: localized(
        `“${shortText(t)}”要写成区间${zh}：${JSON.stringify(band)}（方括号含端点，圆括号不含）`,
        `"${shortText(t)}" is written as a range${en}: ${JSON.stringify(band)} (square brackets take the end in, round ones leave it out)`,
      ),
      ...(unit ? { rangeUnit: unit } : {}),
    };
  }
  return undefined;
}
