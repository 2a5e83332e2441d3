import { ownEntry } from '../model/own-entry';
import type { IndicatorModel } from '../model/rule-set-model';
import type { ModelContext } from './model-context';

/**
 * Indicators whose `range` was written but could not be read (`> 0 kg`): not "no range", as what it was meant to
 * say is unknown and its error says what to write, so what would follow from its bounds is not said
 * (newcomer-27 M54).
 */
export function unreadRanges(ctx: ModelContext, indicators: readonly IndicatorModel[]): Set<string> {
  return new Set(
    indicators
      .filter((i) => !i.range && ownEntry(ctx.doc.indicators, i.name)?.range !== undefined)
      .map((i) => i.name),
  );
}
