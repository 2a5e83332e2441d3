import type { RecordError } from '../model/grade-result';
import type { IndicatorModel } from '../model/rule-set-model';
import { cjkJoin } from '../text/cjk-space';
import { localized } from '../text/localized-text';

/** The defaulted indicators of a rule set by their folded names and labels, and the folded lengths a key may have. */
interface NearNames {
  byFolded: Map<string, IndicatorModel>;
  /** Each key met before → what it folds to here: records of one input repeat their keys, so each is folded once. */
  seen: Map<string, IndicatorModel | null>;
}

const NEAR = new WeakMap<readonly IndicatorModel[], NearNames | null>();

/**
 * A name as a near-miss key is compared: NFKC, Latin case folded, white
 * space, `_` and `-` removed (`air_cooled`, `Air-Cooled`, `"airCooled "` →
 * `aircooled`).
 */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/gu, '');
}

function nearNames(indicators: readonly IndicatorModel[]): NearNames | null {
  let near = NEAR.get(indicators);
  if (near !== undefined) return near;
  const byFolded = new Map<string, IndicatorModel>();
  for (const ind of indicators) {
    if (ind.default === undefined) continue;
    for (const text of [ind.name, ind.label.zh, ind.label.en]) {
      const key = fold(text);
      if (key !== '' && !byFolded.has(key)) byFolded.set(key, ind);
    }
  }
  near = byFolded.size === 0 ? null : { byFolded, seen: new Map() };
  NEAR.set(indicators, near);
  return near;
}

/**
 * The error for a record that gives an indicator with a `default` under a
 * key that is not its name but folds to it or to its label (`aircooled`,
 * `air_cooled`, `"airCooled "`, `风冷式` for airCooled; see {@link fold}),
 * while it does not give the name itself: the key is no indicator, so the
 * default would stand in for the value the record gives — a water-cooled
 * unit graded at airCooled's default true. A CSV header so written is
 * refused as a close column; a JSON record, an NDJSON line and `gradeSync`
 * make the record invalid instead, naming the key and the indicator.
 * `undefined` when there is none (the usual case: called only when a
 * defaulted indicator is left out, and each key is folded once per rule set).
 *
 * @example
 * nearMissKey({ unitType: 'heat-pump', air_cooled: false }, indicators); // { field: 'airCooled', code: 'missing', … }
 */
export function nearMissKey(
  input: Record<string, unknown>,
  indicators: readonly IndicatorModel[],
): RecordError | undefined {
  const near = nearNames(indicators);
  if (near === null) return undefined;
  // for…in, not Object.keys: no array per record (an inherited key is set aside below, on a hit only).
  for (const key in input) {
    let ind = near.seen.get(key);
    if (ind === undefined) {
      ind = near.byFolded.get(fold(key)) ?? null;
      // Bounded: a stream of records with ever new keys (ids as keys) must not grow it without end.
      if (near.seen.size >= 4096) near.seen.clear();
      near.seen.set(key, ind);
    }
    if (ind === null || key === ind.name || Object.hasOwn(input, ind.name) || !Object.hasOwn(input, key))
      continue;
    const shown = JSON.stringify(key);
    return {
      field: ind.name,
      code: 'missing',
      message: localized(
        `${cjkJoin('没有以指标名给出', ind.label.zh)}（${ind.name}）：记录中的键 ${shown} 与它的名称或标签只差大小写、“_”、“-”或空白，不作为它读取，否则会按默认值 ${JSON.stringify(ind.default)} 评级；如果就是它，请把键改为 ${ind.name}`,
        `${ind.name} (${ind.label.en}) is not given under its name: the record's key ${shown} differs from its name or label only in case, "_", "-" or white space and is not read as it, so the default ${JSON.stringify(ind.default)} would stand in; if it is that indicator, rename the key ${ind.name}`,
      ),
    };
  }
  return undefined;
}
