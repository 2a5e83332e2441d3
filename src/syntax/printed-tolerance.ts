import { codePointText, nameCharacter } from '../text/full-width';
import { type LocalizedText, localized } from '../text/localized-text';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';

// Standards print a tolerance with its unit after the nominal and deviation in brackets, `(35.0±0.5) mm`
// (`(35.0 +0.5/−0.3)mm`): the unit applies to both. Without the brackets it is the tolerance form the rule format
// reads, `35.0 ± 0.5 mm`. A bracket opening a requirement otherwise starts a range, which a tolerance is not.
const BRACKETED = /^(\s*)([(（])([^()（）[\]［］,，]*)([)）])(\s*[^\s()（）[\]［］,，]*\s*)$/u;

// `35.0 (±0.5)`, `35.0(±0.5) mm`: the deviation alone in brackets, as some tables print it.
const DEVIATION_BRACKETED =
  /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*[(（]\s*(±|\+\/-|\+\/−)\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*[)）]\s*([^\s()（）]*)\s*$/u;

/**
 * A tolerance sign inside the brackets: `±`, `+/-`, or a `+` and a `/` before a lower deviation (`+0.5/−0.3`). No
 * pattern spans from a `+` to a `/`: over 100 KB of `+` that took quadratic time. parseTolerance reads it exactly.
 */
function toleranceSign(inner: string): boolean {
  return inner.includes('±') || (inner.includes('+') && /\/\s*[-−]/u.test(inner));
}

/**
 * A tolerance written as a standard prints it, in brackets with the unit after them: `(35.0±0.5) mm`.
 * With ASCII brackets the result is `text` with the two brackets blanked, the same length, so every index into it
 * still points into the requirement as written: it then reads as the tolerance `35.0 ± 0.5 mm`. Full-width
 * brackets (`（35.0±0.5）mm`), as an input method types them, and a deviation alone in brackets (`35.0 (±0.5)`) get
 * the tolerance to write instead; any other text gets `undefined`.
 *
 * @example
 * printedTolerance('(35.0±0.5) mm'); // { text: ' 35.0±0.5  mm' }
 * printedTolerance('35.0 (±0.5)')?.error?.en; // 'the deviation goes without brackets: write "35.0 ± 0.5" …'
 */
export function printedTolerance(
  text: string,
): { text: string } | { error: LocalizedText; index: number } | undefined {
  const deviation = DEVIATION_BRACKETED.exec(text);
  if (deviation) {
    const [, nominal, , plus, unit] = deviation;
    const write = `${nominal} ± ${plus}${unit ? ` ${unit}` : ''}`;
    return {
      error: localized(
        `允差不加括号：请写“${write}”${closedRange(nominal!, plus!, plus!).zh}`,
        `the deviation goes without brackets: write "${write}"${closedRange(nominal!, plus!, plus!).en}`,
      ),
      index: text.search(/[(（]/u),
    };
  }
  const m = BRACKETED.exec(text);
  if (!m || !toleranceSign(m[3]!)) return undefined;
  const [, lead, open, inner, close, tail] = m;
  const unit = tail!.trim();
  if (open === '(' && close === ')') return { text: `${lead} ${inner} ${tail}` };
  const tolerance = inner!.trim().replace(/\s*±\s*/u, ' ± ');
  const write = `${tolerance}${unit ? ` ${unit}` : ''}`;
  // The ASCII brackets are read as a standard prints them (newcomer-38 M3: "without brackets" contradicted the docs).
  const bracketed = `(${tolerance})${unit ? ` ${unit}` : ''}`;
  const odd = [...new Set([open!, close!].filter((c) => c !== '(' && c !== ')'))];
  return {
    error: localized(
      `“${shown(text)}”用了全角括号${odd.map((c) => `“${c}”（${codePointText(c)}）`).join('、')}：请用半角括号写“${bracketed}”，或不加括号写“${write}”`,
      `"${shown(text)}" has the full-width bracket${odd.length > 1 ? 's' : ''} ${odd.map(nameCharacter).join(', ')}: write ASCII brackets, "${bracketed}", or none, "${write}"`,
    ),
    index: lead!.length,
  };
}

// `(35.0 -0.3/+0.5) mm`, `35.0 −0.3/+0.5`: the lower deviation written first; a number each, so no formula reads so.
// Read in trimmed text, no two runs of spaces side by side: nothing to retry on a long run of them.
const NUM = String.raw`(?:\d+(?:\.\d*)?|\.\d+)`;
const LOWER_FIRST = new RegExp(
  String.raw`^(\(\s*)?([+-]?${NUM})\s*([-−–])\s*(${NUM})\s*/\s*\+\s*(${NUM})(\s*\))?\s*([^\s()（）]*)$`,
  'du',
);

/**
 * A tolerance written lower deviation first, `(35.0 -0.3/+0.5) mm` (hostile-34 M5): the form the rule format reads
 * puts the upper deviation first, as standards print it, `(35.0 +0.5/-0.3) mm`. Told that form, with the range
 * it stands for, at the lower deviation's sign; `undefined` for any other text.
 *
 * @example
 * reversedTolerance('(35.0 -0.3/+0.5) mm')?.error.en;
 * // 'the lower deviation is written first: a tolerance gives the upper deviation first: write "(35.0 +0.5/-0.3) mm" (the range [34.7, 35.5], both ends included)'
 */
export function reversedTolerance(text: string): { error: LocalizedText; index: number } | undefined {
  const t = text.trim();
  const m = LOWER_FIRST.exec(t);
  // Both brackets or neither: `(35.0 -0.3/+0.5 mm` is something else.
  if (!m || (m[1] === undefined) !== (m[6] === undefined)) return undefined;
  const [, open, nominal, sign, minus, plus, , unit] = m;
  const core = `${nominal} +${plus}/${sign}${minus}`;
  const write = `${open ? `(${core})` : core}${unit ? ` ${unit}` : ''}`;
  const range = closedRange(nominal!, plus!, minus!);
  return {
    error: localized(
      `先写了下偏差：允差先写上偏差，再写下偏差，请写“${write}”${range.zh}`,
      `the lower deviation is written first: a tolerance gives the upper deviation first: write "${write}"${range.en}`,
    ),
    index: text.length - text.trimStart().length + m.indices![3]![0],
  };
}

/** `（即 [34.5, 35.5]，含两端）` / ` (the range [34.5, 35.5], both ends included)`, for written numbers. */
function closedRange(nominal: string, plus: string, minus: string): LocalizedText {
  const decimals = Math.max(...[nominal, plus, minus].map((n) => n.split('.')[1]?.length ?? 0));
  const [low, high] = [Number(nominal) - Number(minus), Number(nominal) + Number(plus)].map((n) =>
    n.toFixed(decimals),
  );
  return localized(`（即 [${low}, ${high}]，含两端）`, ` (the range [${low}, ${high}], both ends included)`);
}

function shown(text: string): string {
  return safeLine(cutShort(text.trim().replace(/\s+/g, ' '), 80));
}
