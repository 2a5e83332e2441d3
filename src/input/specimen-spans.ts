import { UsageError } from '../errors/usage-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import type { ColumnMapping } from './column-mapping';
import { trimCell } from './convert-value';
import { indicatorsNamed } from './header-coverage';
import { headingSpans } from './heading-spans';

/** An indicator's heading typed over several columns of a one-row header, the cells after it empty. */
export interface SpecimenSpan {
  /** The heading as written. */
  heading: string;
  /** The indicator it names, which takes several specimens. */
  indicator: IndicatorInfo;
  /** Its column and the last one it heads (0-based). */
  from: number;
  to: number;
}

/**
 * A one-row header's cells with each heading of an indicator that takes several specimens, typed in one cell
 * with empty header cells after it, written in those cells too: they are its next specimens, as under the
 * same heading merged across them (a sheet saved as CSV keeps a merged heading in its first cell only; a
 * heading typed by hand is not merged). Read otherwise, their values were dropped without a word and a
 * sample graded on its first specimen alone (hostile-30 W1). Heading more columns than the indicator takes
 * specimens is a usage error: which of them hold its specimens would be a guess.
 *
 * @param input - what to call the input in messages
 * @returns the cells and the spans filled, or `undefined` when there is none (the cells stand as they are)
 * @example
 * const read = specimenSpans(['牌号', '下屈服强度 ReL', '', '抗拉强度 Rm'], new Map(), indicators, 'in.csv');
 * // read.cells: ['牌号', '下屈服强度 ReL', '下屈服强度 ReL', '抗拉强度 Rm']
 */
export function specimenSpans(
  cells: readonly string[],
  mapping: ColumnMapping,
  indicators: readonly IndicatorInfo[],
  input: string,
): { cells: string[]; spans: SpecimenSpan[] } | undefined {
  const heads = cells.map(trimCell);
  let filled: string[] | undefined;
  const spans: SpecimenSpan[] = [];
  for (const { from, to } of headingSpans(heads, heads.length)) {
    const heading = heads[from]!;
    const indicator = indicatorsNamed([heading], mapping, indicators)
      .map((name) => indicators.find((i) => i.name === name))
      .find((i) => (i?.specimens ?? 0) > 0);
    if (!indicator) continue;
    const span = { heading, indicator, from, to };
    if (to - from + 1 > indicator.specimens) throw tooManyColumns(input, span);
    filled ??= [...cells];
    for (let col = from + 1; col <= to; col++) filled[col] = cells[from]!;
    spans.push(span);
  }
  return filled ? { cells: filled, spans } : undefined;
}

/** The columns after a span's heading: `5`, `5 和 6`, `5–7`. */
function emptyColumns(span: SpecimenSpan): { zh: string; en: string } {
  const first = span.from + 2;
  const last = span.to + 1;
  if (first === last) return { zh: `第 ${first} 列`, en: `column ${first}` };
  if (last === first + 1) return { zh: `第 ${first} 和 ${last} 列`, en: `columns ${first} and ${last}` };
  return { zh: `第 ${first}–${last} 列`, en: `columns ${first}–${last}` };
}

/**
 * What a reading of {@link specimenSpans} says once: the columns with an empty header read as an indicator's
 * specimens, and what to write if they hold something else.
 *
 * @example
 * specimenSpansNotice('in.csv', read.spans).en;
 * // 'in.csv: column 5, with an empty header after "下屈服强度 ReL" (column 4), is read as its specimen 2 …'
 */
export function specimenSpansNotice(input: string, spans: readonly SpecimenSpan[]): LocalizedText {
  const zh = spans.map((s) => {
    const cols = emptyColumns(s);
    return `${cols.zh}表头为空，位于“${s.heading}”（第 ${s.from + 1} 列）之后，按 ${s.indicator.name}（${s.indicator.label.zh}）的第 2${s.to > s.from + 1 ? `–${s.to - s.from + 1}` : ''} 个试样读取`;
  });
  const en = spans.map((s) => {
    const cols = emptyColumns(s);
    const n = s.to - s.from;
    return `${cols.en}, with an empty header after "${s.heading}" (column ${s.from + 1}), ${n === 1 ? 'is' : 'are'} read as ${s.indicator.name} (${s.indicator.label.en}) specimen${n === 1 ? ' 2' : `s 2–${n + 1}`}`;
  });
  return localized(
    `${input}：${zh.join('；')}（与标题合并在这些列上时一样）；如果这些列是别的内容，请给它们写上表头`,
    `${input}: ${en.join('; ')}, as under the heading merged across them; if they hold something else, give them a header`,
  );
}

function tooManyColumns(input: string, span: SpecimenSpan): UsageError {
  const cols = emptyColumns(span);
  const { indicator, heading } = span;
  const n = span.to - span.from + 1;
  return new UsageError(
    localized(
      `${input}：“${heading}”（第 ${span.from + 1} 列）之后的${cols.zh}表头为空；${indicator.name}（${indicator.label.zh}）最多取 ${indicator.specimens} 个试样，而标题和这些列共 ${n} 列，哪几列是它的试样无法确定：请在每个试样列的表头写“${heading}”（或只在这些列上合并标题），并给其余的列写上各自的表头`,
      `${input}: ${cols.en} after "${heading}" (column ${span.from + 1}) ${span.to === span.from + 1 ? 'has' : 'have'} an empty header; ${indicator.name} (${indicator.label.en}) takes at most ${indicator.specimens} specimens, and the heading with these columns makes ${n}, so which of them hold its specimens would be a guess: head each specimen column "${heading}" (or merge the heading over those only), and give the other columns a header of their own`,
    ),
  );
}
