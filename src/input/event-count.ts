import type { IndicatorInfo } from '../resolve/rule-set';
import { negatedLabel } from '../text/boolean-words';

/**
 * What a count column adds after the event it counts (`重大质量事故次数`, `重大事故起数`, `重大质量事故（次）`,
 * `重大质量事故数量`): the header without it is the event.
 */
const COUNT_HEADER =
  /^(.{2,}?)(?:发生)?(?:次数|起数|件数|宗数|例数|数量|数|[(（](?:次|起|件|宗|例|次数|起数)[)）])$/u;

/**
 * The event a count column's header (normalised: NFKC, no white space, lower case) counts, when it is one:
 * `重大质量事故次数` → `重大质量事故`; `undefined` for any other header.
 *
 * @example
 * countedEvent('重大质量事故次数'); // '重大质量事故'
 * countedEvent('重大质量事故');     // undefined
 */
export function countedEvent(header: string): string | undefined {
  return COUNT_HEADER.exec(header)?.[1];
}

/** A count of events as a cell writes it: `2`, `1起`, `3 次`, `零起`, `两件`, `壹起` (capitals: hostile-31 W5). */
const COUNT_CELL =
  /^(\d{1,6}|[零〇一二两三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾]{1,3})\s*(?:起|次|件|宗|例)?$/u;

/**
 * A cell's count of events (hostile-27 W2: a `重大质量事故次数` column): 0 or more, or `undefined` when the
 * cell is no count. A Chinese numeral, capitals too (`壹`), counts as 0 (`零`, `〇`) or as some (any other).
 *
 * @example
 * eventCount('1起'); // 1
 * eventCount('零');  // 0
 * eventCount('有');  // undefined
 */
export function eventCount(cell: string): number | undefined {
  const m = COUNT_CELL.exec(cell.normalize('NFKC').trim());
  if (!m) return undefined;
  const n = m[1]!;
  if (/^\d/u.test(n)) return Number(n);
  return /^[零〇]$/u.test(n) ? 0 : 1;
}

/**
 * Whether a yes/no indicator is an event a count can answer: its requirement asks for "no" (`meets` false: 近三年发生
 * 重大质量事故), and its label says the event happened, not that it did not (`无重大事故` would read a count the wrong
 * way round). A count above 0 says yes, 0 says no.
 *
 * @example
 * countsEvent(majorQualityIncident); // true
 */
export function countsEvent(indicator: IndicatorInfo): boolean {
  return indicator.type === 'boolean' && indicator.meets === false && !negatedLabel(indicator.label.zh);
}
