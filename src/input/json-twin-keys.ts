import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { quoteShort } from '../text/quote-short';

/** Keys remembered per rule set, with the indicator each folds to: ids used as keys must not grow it without end. */
const REMEMBERED = 10_000;

/**
 * The check of a JSON record that gives one indicator under two keys (hostile-38 M2): its name and a key that is the
 * name but for case or surrounding spaces (`"apf"` and `"APF"`), or its name and its zh or en label (`"apf"` and
 * `"全年能源消耗效率 APF"`). A CSV with two such columns is refused (which one to grade would be a guess); a JSON
 * record was graded on its name's value without a word. Now the record is an error row, as one that gives a key
 * twice is, and the others are graded. A key is folded once per name; most keys are an indicator's own name and
 * cost a lookup.
 *
 * @param byName - the rule set's indicators by name
 * @returns a function to call with each record (after `--map`) and its place in messages: why it is not read, and
 *   the indicator it gives twice, if it does
 * @example
 * const twins = jsonTwinKeys(byName);
 * twins({ apf: 3, APF: 5.27 }, localized('第 1 行', 'line 1'))?.field; // 'apf'
 */
export function jsonTwinKeys(byName: ReadonlyMap<string, IndicatorInfo>): TwinKeyCheck {
  // Asked again for each NDJSON line with the same map: made once.
  const made = checks.get(byName);
  if (made) return made;
  const forms = new Map<string, string>();
  for (const ind of byName.values())
    for (const form of [ind.name, ind.label.zh, ind.label.en]) {
      const folded = fold(form);
      if (!forms.has(folded)) forms.set(folded, ind.name);
    }
  const owners = new Map<string, string | null>();
  const ownerOf = (key: string): string | undefined => {
    let owner = owners.get(key);
    if (owner === undefined) {
      owner = forms.get(fold(key)) ?? null;
      if (owners.size < REMEMBERED) owners.set(key, owner);
    }
    return owner ?? undefined;
  };
  const check: TwinKeyCheck = (record, where) => {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return undefined;
    // for…in, not Object.keys: no array made per record (a parsed record's keys are all its own).
    for (const key in record) {
      if (byName.has(key) || !Object.hasOwn(record, key)) continue;
      const name = ownerOf(key);
      if (name === undefined || !Object.hasOwn(record, name)) continue;
      return { field: name, text: twinText(byName.get(name)!, key, where) };
    }
    return undefined;
  };
  checks.set(byName, check);
  return check;
}

/** Why a record is not read, and the indicator it gives twice, if it does (see {@link jsonTwinKeys}). */
export type TwinKeyCheck = (
  record: unknown,
  where: LocalizedText,
) => { field: string; text: LocalizedText } | undefined;

const checks = new WeakMap<ReadonlyMap<string, IndicatorInfo>, TwinKeyCheck>();

function fold(key: string): string {
  return key.trim().toLowerCase();
}

function twinText(ind: IndicatorInfo, key: string, where: LocalizedText): LocalizedText {
  const shown = quoteShort(key);
  const label = fold(key) === fold(ind.label.zh) || fold(key) === fold(ind.label.en);
  return localized(
    `${where.zh}在键 ${quoteShort(ind.name)} 和 ${shown}（${label ? '它的标签' : '与指标名只差大小写或首尾空格'}）下两次给出 ${ind.name}（${ind.label.zh}），无法确定取哪个值：只在一个键下给出它，键名与指标名完全一致`,
    `${where.en} gives ${ind.name} (${ind.label.en}) twice, under the keys "${ind.name}" and ${shown} (${label ? 'its label' : 'its name but for case or spaces'}), and which value counts would be a guess: give it once, under its name exactly`,
  );
}
