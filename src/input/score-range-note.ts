import { UsageError } from '../errors/usage-error';
import type { Band } from '../model/band';
import type { IndicatorInfo } from '../resolve/rule-set';
import { parseBand } from '../syntax/parse-band';
import { localized } from '../text/localized-text';
import { numberText } from '../text/number-text';
import { headerRead } from './header-read';

/** The score range a header's bracketed note states: `0-5分` (`low` 0, `high` 5), `满分5分` (`high` 5 alone). */
export interface ScoreRangeNote {
  /** The label before the note, as written (NFKC-folded). */
  label: string;
  /** The lowest score the note states; absent for full marks alone (`满分5分`). */
  low?: number;
  /** The highest score. */
  high: number;
}

const FIGURE = String.raw`(\d+(?:\.\d+)?)`;
/** A word for points after a figure: `分`, `points`, `pts`. */
const POINTS = '(?:分|points?|pts)';
/**
 * The notes read as a score range after a label (NFKC-folded, so full-width brackets, `－`, `～` and `，` read as
 * `(`, `-`, `~` and `,`), each with the groups of its label, lowest and highest score (`undefined` where it states
 * full marks alone). A range with or without a word for points (`（0-5分）`, `(0~5)`, `（0-5 points）`), in square
 * brackets (`[0,5]`), full marks (`（满分5分）`, `（满分：5）`, `(out of 5)`, `（5分制）`, `（5分）`) or after a slash
 * (`/5`): a sheet heads a score out of 5 in all of them, and read in a 0–100 range its scores would grade on the
 * other scale (hostile-35 W3). Each is only compared with an indicator's `range`, never read as a unit.
 */
const RANGE_NOTES: readonly { re: RegExp; low?: number; high: number }[] = [
  {
    re: new RegExp(String.raw`^(.*\S)\s*\(\s*${FIGURE}\s*[-~–—至到]\s*${FIGURE}\s*${POINTS}?\s*\)$`, 'iu'),
    low: 2,
    high: 3,
  },
  { re: new RegExp(String.raw`^(.*\S)\s*\[\s*${FIGURE}\s*,\s*${FIGURE}\s*\]$`, 'u'), low: 2, high: 3 },
  {
    re: new RegExp(String.raw`^(.*\S)\s*\(\s*(?:满分\s*[:=]?|out\s+of)\s*${FIGURE}\s*${POINTS}?\s*\)$`, 'iu'),
    high: 2,
  },
  { re: new RegExp(String.raw`^(.*\S)\s*\(\s*${FIGURE}\s*(?:分制|分)\s*\)$`, 'u'), high: 2 },
  { re: new RegExp(String.raw`^(.*\S)\s*\/\s*${FIGURE}\s*分?$`, 'u'), high: 2 },
];

/**
 * The label and score range of a header that ends in a score-range note, as self-assessment sheets head their
 * items (`领导作用与质量战略（0-5分）`, `领导作用与质量战略（满分5分）`, `领导作用与质量战略/5`: "a score out of 5"; the
 * forms: {@link RANGE_NOTES}); `undefined` for any other, and for a header too long to read ({@link headerRead}).
 *
 * @example
 * scoreRangeNote('领导作用与质量战略（0-5分）'); // { label: '领导作用与质量战略', low: 0, high: 5 }
 * scoreRangeNote('领导作用与质量战略（满分5分）'); // { label: '领导作用与质量战略', high: 5 }
 */
export function scoreRangeNote(header: string): ScoreRangeNote | undefined {
  const text = headerRead(header)?.normalize('NFKC').trim();
  if (text === undefined) return undefined;
  for (const note of RANGE_NOTES) {
    const m = note.re.exec(text);
    if (!m) continue;
    const high = Number(m[note.high]);
    return note.low === undefined ? { label: m[1]!, high } : { label: m[1]!, low: Number(m[note.low]), high };
  }
  return undefined;
}

/**
 * Whether a stated score range differs from an indicator's range: other full marks, or a lowest score it does not
 * take (an end the range leaves open is not compared).
 *
 * @example
 * rangeDiffers({ label: '过程控制', low: 0, high: 10 }, parseBand('[0, 5]')!.band); // true
 */
export function rangeDiffers(note: ScoreRangeNote, band: Band): boolean {
  const lowDiffers =
    note.low !== undefined && Number.isFinite(band.lower) && (note.low < band.lower || note.low >= note.high);
  return lowDiffers || (Number.isFinite(band.upper) && note.high !== band.upper);
}

/**
 * The usage error for a column whose header states a score range (`（0-10分）`, `（满分10分）`, `（0-3分）`) the
 * indicator it gives does not take (`range: "[0, 5]"`), naming both: its scores would be graded on the other scale.
 * The full marks must be the indicator's highest value, and the lowest score one it takes (`（1-5分）`, a five-point
 * scale from 1, is read under `[0, 5]`: every score it allows means the same there). An end the indicator's range
 * leaves open (`≥ 0`) is not compared. `undefined` when the header states no range, the indicator has none, or they
 * agree.
 *
 * @param column - the column's 0-based index
 * @param input - what to call the input in messages, if anything
 * @example
 * scoreRangeError('领导作用与质量战略（0-10分）', 2, leadership, 'h.csv');
 * // UsageError: h.csv：第 3 列“领导作用与质量战略（0-10分）”注明分值为 0–10 分，而指标 leadership（领导作用与质量战略）的取值范围是 [0, 5]…
 */
export function scoreRangeError(
  header: string,
  column: number,
  indicator: IndicatorInfo,
  input?: string,
): UsageError | undefined {
  const note = scoreRangeNote(header);
  const band = indicator.range === undefined ? undefined : parseBand(indicator.range)?.band;
  if (note === undefined || band === undefined) return undefined;
  if (!rangeDiffers(note, band)) return undefined;
  const stated =
    note.low === undefined
      ? { zh: `满分 ${numberText(note.high)} 分`, en: `full marks of ${numberText(note.high)}` }
      : {
          zh: `分值为 ${numberText(note.low)}–${numberText(note.high)} 分`,
          en: `a score of ${numberText(note.low)}–${numberText(note.high)}`,
        };
  const range = indicator.range!;
  return new UsageError(
    localized(
      `${input ? `${input}：` : ''}第 ${column + 1} 列“${header}”注明${stated.zh}，而指标 ${indicator.name}（${indicator.label.zh}）的取值范围是 ${range}：按它评级会把另一种分制的分数当作本分制；请核对表头，或把分数换算到 ${range} 后改写表头`,
      `${input ? `${input}: ` : ''}column ${column + 1} ("${header}") states ${stated.en}, but the indicator ${indicator.name} (${indicator.label.en}) takes ${range}: grading it would read scores on one scale as the other's; check the header, or convert the scores to ${range} and rewrite it`,
    ),
  );
}
