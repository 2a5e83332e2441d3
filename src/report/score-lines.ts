import type { GradeResult } from '../model/grade-result';
import type { Language, LocalizedText } from '../text/localized-text';
import { blockerNotes } from './requirement-lines';
import { allTogetherText, itemLines, itemsShown, scoreTexts, shortfallText } from './score-text';

/** One line of a scored record's breakdown, as an explanation shows it. */
export interface ScoreLine {
  /** `总分：84.24`, `质量管理数字化：63.33 × 20/100 → 12.67  ← 短板`, `质量数据分析：58 × 1/3  ← 最低`. */
  readonly text: string;
  /** 0 the total, 1 a dimension, 2 an item of a dimension that holds the record back. */
  readonly depth: 0 | 1 | 2;
  /** The dimension that holds the grade down (its line ends `← 短板` / `← holds the grade down`). */
  readonly limiting?: true;
}

/**
 * A scored record's breakdown as `qgrade explain` and the studio show it: the total, each dimension's score
 * times its weight and what it adds (the one that holds the grade down marked `← 短板`), and under a dimension
 * a shortfall names, its items with the lowest marked. None for a result without scores.
 *
 * @example
 * scoreLines(result, 'zh').map((l) => l.text);
 * // ['总分：81.07', '质量管理体系有效性：84.75 × 30/100 → 25.42', '质量管理数字化：63.33 × 20/100 → 12.67  ← 短板', '质量数据采集：62 × 1/3', …]
 */
export function scoreLines(result: GradeResult, lang: Language): ScoreLine[] {
  const s = result.scores;
  if (!s) return [];
  const zh = lang === 'zh';
  const colon = zh ? '：' : ': ';
  const texts = scoreTexts(result);
  const lines: ScoreLine[] = [{ text: `${zh ? '总分' : 'Total score'}${colon}${texts.total}`, depth: 0 }];
  const short = itemsShown(result);
  s.dimensions.forEach((d, i) => {
    const text = `${d.label[lang]}${colon}${texts.dimensions[i]}`;
    if (s.limitingDimension === d.id)
      lines.push({ text: `${text}  ${zh ? '← 短板' : '← holds the grade down'}`, depth: 1, limiting: true });
    else lines.push({ text, depth: 1 });
    // The items of a dimension that holds the record back (which one is low, and by how much), or left one out.
    if (short.has(d.id)) for (const item of itemLines(d, lang)) lines.push({ text: item, depth: 2 });
  });
  return lines;
}

/** One of the next grade's blockers as an explanation lists it after `距保证级：`. */
export interface BlockerLine {
  /** `→ 质量管理数字化：63.33，不满足 ≥ 65（保证级）`. */
  readonly text: string;
  /** The criterion's note (an illustrative figure is not a target), under its first blocker only. */
  readonly note: string | undefined;
  /**
   * What the score lacks and what would lift it: `质量管理数字化 63.333，差 1.667 分达到 ≥ 65（保证级）；例如 …`; for
   * a measured or derived number, how far it is from the limit and what would meet it (see `blockerLifts`):
   * `差 1.9 个百分点；…；如 热水输出量 ≥ 35.97 L（其余不变）`.
   */
  readonly shortfall: string | undefined;
}

/**
 * What follows the next grade's lead (`距保证级：`): when several scores are short, the line that says they must
 * all be met (ending in a colon), then each blocker with its note and its shortfall. `undefined` for a record
 * with no next grade.
 *
 * @param notes - the rule file's criterion notes by criterion id (see `criterionNotes`)
 * @param lifts - what would lift each blocker that is a number short of its limit, by id (see `blockerLifts`)
 * @example
 * nextGradeLines(result, 'zh')?.blockers[0]?.shortfall; // '质量管理数字化 63.333，差 1.667 分达到 ≥ 65（保证级）；例如 质量数据分析 58 → 63'
 */
export function nextGradeLines(
  result: GradeResult,
  lang: Language,
  notes?: ReadonlyMap<string, LocalizedText>,
  lifts?: ReadonlyMap<string, LocalizedText>,
): { together: string | undefined; blockers: BlockerLine[] } | undefined {
  const next = result.nextGrade;
  if (!next) return undefined;
  // Several scores short, each with its own "e.g.": one of them raised alone lifts nothing.
  const together = allTogetherText(result, lang);
  const shortfalls = result.scores?.shortfalls;
  const blockerNote = blockerNotes(next.blockers, notes, lang);
  const blockers = next.blockers.map((b, i): BlockerLine => {
    const s = shortfalls?.find((x) => x.criterion === b.id);
    return {
      text: `→ ${b.message[lang]}`,
      note: blockerNote[i],
      shortfall: s ? shortfallText(s, result, lang) : lifts?.get(b.id)?.[lang],
    };
  });
  return {
    together: together === undefined ? undefined : `${together}${lang === 'zh' ? '：' : ':'}`,
    blockers,
  };
}
