import { ownEntry } from '../model/own-entry';
import type { ValueLabelDocument } from '../model/rule-document';
import type { IndicatorModel } from '../model/rule-set-model';
import { foldValueText } from '../text/fold-value-text';
import type { LocalizedText } from '../text/localized-text';
import { aspectChanged, change, labelled, NONE, named, same, THING } from './diff-messages';
import type { Edition } from './edition';
import { makeEntry } from './make-entry';
import type { DiffDirection, DiffEntry } from './rule-set-diff';

/**
 * The differences between the labels an enum's or a boolean's values have
 * in two editions (`valueLabels`; a boolean's values are `true` and `false`): one entry per value of both editions whose label
 * or aliases were added, removed or changed. A record may give a value by
 * its label or an alias, so a spelling B no longer knows refuses the records
 * that used it (`stricter`), a new one accepts more (`looser`); a change
 * that keeps the same spellings (an alias made the label) only changes what
 * reports show, and has no direction. Values added or removed are the
 * `values` entry's.
 *
 * @example
 * diffValueLabels(a, b, a.model.indicators[0], b.model.indicators[0]);
 * // [{ key: 'indicator:unitType:valueLabels[heat-pump]', aspect: 'valueLabels', value: 'heat-pump',
 * //    before: '热泵型 / Heat pump', after: '热泵式 / Heat pump', direction: 'changed', … }]
 */
export function diffValueLabels(a: Edition, b: Edition, x: IndicatorModel, y: IndicatorModel): DiffEntry[] {
  const labelsA = labelsOf(a, x.name);
  const labelsB = labelsOf(b, y.name);
  if (labelsA === undefined && labelsB === undefined) return [];
  const inB = new Set(valuesOf(y));
  const ownerA = spellingOwners(labelsA, valuesOf(x));
  const ownerB = spellingOwners(labelsB, valuesOf(y));
  const out: DiffEntry[] = [];
  for (const value of valuesOf(x)) {
    if (!inB.has(value)) continue;
    const before = ownEntry(labelsA, value);
    const after = ownEntry(labelsB, value);
    const textA = before ? labelWritten(before) : null;
    const textB = after ? labelWritten(after) : null;
    if (textA === textB) continue;
    const direction = spellingDirection(spellings(before), spellings(after), value, ownerA, ownerB);
    const path = (side: Edition, name: string, has: boolean) =>
      side.locate(has ? ['indicators', name, 'valueLabels', value] : ['indicators', name]);
    out.push(
      makeEntry({
        key: `indicator:${x.name}:valueLabels[${value}]`,
        kind: 'indicator-changed',
        aspect: 'valueLabels',
        direction,
        before: textA,
        after: textB,
        id: x.name,
        value,
        message: aspectChanged(
          THING.indicator(named(y.label, y.name)),
          'valueLabels',
          labelled(same(value), change(labelShown(before), labelShown(after), direction)),
        ),
        a: path(a, x.name, before !== undefined),
        b: path(b, y.name, after !== undefined),
      }),
    );
  }
  return out;
}

/** An indicator's values as its `valueLabels` keys name them: an enum's as text, a boolean's `true`, `false`. */
function valuesOf(m: IndicatorModel): string[] {
  return m.type === 'boolean' ? ['true', 'false'] : (m.values ?? []).map(String);
}

function labelsOf(edition: Edition, name: string): Record<string, ValueLabelDocument> | undefined {
  return ownEntry(edition.doc.indicators, name)?.valueLabels;
}

/** `热泵型 / Heat pump; aliases: 热泵, 冷暖型`: a value's labels as one text, the way a grade's label is (`1级 / Grade 1`). */
function labelWritten(l: ValueLabelDocument): string {
  const aliases = l.aliases ?? [];
  const list = aliases.length ? `aliases: ${aliases.join(', ')}` : '';
  const both = bothLabels(l);
  if (both === undefined) return list;
  return `${both}${list ? `; ${list}` : ''}`;
}

/**
 * A value's labels in a sentence: `热泵型 / Heat pump（别名：热泵、冷暖型）`, aliases alone as
 * `别名：普通硅酸盐水泥`, `无` / `none` for none.
 */
function labelShown(l: ValueLabelDocument | undefined): LocalizedText {
  if (!l) return NONE;
  const aliases = l.aliases ?? [];
  const both = bothLabels(l);
  if (both === undefined) return { zh: `别名：${aliases.join('、')}`, en: `aliases: ${aliases.join(', ')}` };
  if (aliases.length === 0) return same(both);
  return { zh: `${both}（别名：${aliases.join('、')}）`, en: `${both} (aliases: ${aliases.join(', ')})` };
}

/** `热泵型 / Heat pump`; `undefined` for an entry of aliases alone. */
function bothLabels(l: ValueLabelDocument): string | undefined {
  return l.zh !== undefined && l.en !== undefined ? `${l.zh} / ${l.en}` : undefined;
}

/** The texts a record may give the value as, folded as a record's text is matched with them. */
function spellings(l: ValueLabelDocument | undefined): Set<string> {
  if (!l) return new Set();
  const texts = [l.zh, l.en, ...(l.aliases ?? [])].filter((t): t is string => t !== undefined);
  return new Set(texts.map(foldValueText));
}

/** Each folded spelling of an indicator's values → the value it names, in one edition. */
function spellingOwners(
  labels: Record<string, ValueLabelDocument> | undefined,
  values: readonly string[],
): Map<string, string> {
  const owners = new Map<string, string>();
  for (const value of values) for (const s of spellings(ownEntry(labels, value))) owners.set(s, value);
  return owners;
}

/**
 * Fewer spellings under B refuse records A read: stricter; more accept more: looser; the same: none.
 * A spelling that names another value in the other edition moved between values: the records
 * writing it are read as another value, which is a change of meaning, not looser or stricter
 * (`柜式` taken from split and given to window: hostile-23 M5).
 */
function spellingDirection(
  a: Set<string>,
  b: Set<string>,
  value: string,
  ownerA: ReadonlyMap<string, string>,
  ownerB: ReadonlyMap<string, string>,
): DiffDirection | undefined {
  const bHasAll = [...a].every((s) => b.has(s));
  const aHasAll = [...b].every((s) => a.has(s));
  if (bHasAll && aHasAll) return undefined;
  const gained = [...b].filter((s) => !a.has(s));
  const lost = [...a].filter((s) => !b.has(s));
  const elsewhere = (owners: ReadonlyMap<string, string>, s: string) => {
    const owner = owners.get(s);
    return owner !== undefined && owner !== value;
  };
  if (gained.some((s) => elsewhere(ownerA, s)) || lost.some((s) => elsewhere(ownerB, s))) return 'changed';
  if (aHasAll) return 'stricter';
  if (bHasAll) return 'looser';
  return 'changed';
}
