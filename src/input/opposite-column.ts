import type { IndicatorInfo } from '../resolve/rule-set';
import { negatedLabel } from '../text/boolean-words';
import type { CloseColumn } from './close-columns';

/**
 * Whether a column close to a yes/no indicator says the opposite of it: the
 * column negates the label (`非风冷式` for `风冷式`, {@link CloseColumn.negated}),
 * or the label is the negation and the column is not (`风冷式` for
 * `非风冷式`, hostile-21 M9). Mapped as it is, every value would be read
 * inverted, so no `--map` is offered for it.
 *
 * @example
 * opposesIndicator({ index: 4, column: '风冷式', indicator: nonAirCooled }); // true (label 非风冷式)
 */
export function opposesIndicator(close: CloseColumn): boolean {
  if (close.negated) return true;
  const ind: IndicatorInfo = close.indicator;
  if (ind.type !== 'boolean') return false;
  const labelSaysNo = negatedLabel(ind.label.zh) || negatedLabel(ind.label.en);
  return labelSaysNo && !negatedLabel(close.column);
}
