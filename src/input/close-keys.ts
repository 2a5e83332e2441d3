import type { CloseKeys } from '../compile/near-miss-keys';
import type { IndicatorInfo } from '../resolve/rule-set';
import { closeColumns } from './close-columns';
import { resolveColumns } from './column-mapping';

/** Distinct key lists remembered per rule set: records of one input repeat theirs; ids as keys must not grow it without end. */
const REMEMBERED = 4096;

/** Keys past which a record's keys are not looked at as a header (see {@link closeRecordKeys}). */
const MAX_KEYS = 1024;

/**
 * The test a JSON record's keys get that a table's header gets (see `nearMissKey`): a key the header
 * reading would read as an indicator with a `default` (a symbol, `N`; a label less its symbol, `氮`) or
 * refuse as close to one (`风冷`, `是否风冷`, `isAirCooled`, `nitrogen_pct`; see {@link closeColumns}),
 * when the keys do not name that indicator. Decided once per distinct list of keys, so a stream of records
 * with the same keys pays a lookup each; a record of more than 1,024 keys is not looked at (a wide table's
 * row, its header read and checked already). `undefined` for a rule set with no such indicator.
 *
 * @example
 * closeRecordKeys(ac.indicators)?.(['unitType', '风冷']); // { key: '风冷', indicator: 'airCooled', read: false }
 */
export function closeRecordKeys(indicators: readonly IndicatorInfo[]): CloseKeys | undefined {
  const defaulted = new Set(
    indicators
      .filter((i) => i.default !== undefined && !i.required && !i.conditionallyRequired)
      .map((i) => i.name),
  );
  if (defaulted.size === 0) return undefined;
  const names = new Set(indicators.map((i) => i.name));
  const seen = new Map<string, ReturnType<CloseKeys> | null>();
  const decide = (keys: readonly string[]): ReturnType<CloseKeys> => {
    // A record of thousands of keys is a wide table's row, whose header this test already passed (140,000 columns:
    // 3.6 s of 10.6 s spent again here); a JSON record that wide keeps only the folded-name test.
    if (keys.length > MAX_KEYS) return undefined;
    const given = new Set(keys);
    let fields: string[] | undefined;
    try {
      fields = resolveColumns(keys, new Map(), indicators);
    } catch {
      // Refused as a header would be (a close column, a unit, two alike): what is close is found below.
      fields = undefined;
    }
    if (fields)
      for (const [i, field] of fields.entries()) {
        const key = keys[i]!;
        if (field !== key && defaulted.has(field) && !given.has(field))
          return { key, indicator: field, read: true };
      }
    const read = fields ?? keys.map((k) => (names.has(k) ? k : ''));
    const close = closeColumns(keys, read, indicators, new Set()).find(
      (c) => defaulted.has(c.indicator.name) && !given.has(c.indicator.name),
    );
    return close && { key: keys[close.index]!, indicator: close.indicator.name, read: false };
  };
  return (keys) => {
    const id = keys.join('\u0000');
    const known = seen.get(id);
    if (known !== undefined) return known ?? undefined;
    const found = decide(keys);
    if (seen.size >= REMEMBERED) seen.clear();
    seen.set(id, found ?? null);
    return found;
  };
}
