import { type FieldTwin, labelTwins } from '../compare/field-twins';
import { ownEntry } from '../model/own-entry';
import type { IndicatorModel } from '../model/rule-set-model';
import { conditionText } from '../resolve/resolve-checks';
import type { LocalizedText } from '../text/localized-text';
import { type AcceptedSet, compareAccepted, valuesSet } from './accepted-set';
import {
  addedOrRemoved,
  aspectChanged,
  change,
  named,
  requiredText,
  same,
  shown,
  THING,
  withDirection,
  withReaders,
} from './diff-messages';
import { diffValueLabels } from './diff-value-labels';
import type { Edition } from './edition';
import { makeEntry } from './make-entry';
import type { DiffAspect, DiffDirection, DiffEntry } from './rule-set-diff';
import { acrossUnits, convertedDirection, convertedNote, unitChangeNote, unitChanges } from './unit-changes';

const ANY: LocalizedText = { zh: '不限', en: 'any' };

/**
 * The differences between the indicators of two editions that change what a
 * record may give: type, unit, allowed range, allowed values, whether it is
 * required, how many specimens, its default, the labels of its values. A narrower range, fewer values
 * or a value now required refuse records A accepted: `stricter`.
 *
 * @example
 * diffIndicators(new Edition(oldRules), new Edition(newRules));
 * // [{ key: 'indicator:apf:range', direction: 'stricter', before: '> 0', after: '[1, 10]', … }]
 */
export function diffIndicators(a: Edition, b: Edition): DiffEntry[] {
  const out: DiffEntry[] = [];
  const inB = new Map(b.model.indicators.map((i) => [i.name, i]));
  const inA = new Set(a.model.indicators.map((i) => i.name));
  for (const x of a.model.indicators) {
    const y = inB.get(x.name);
    if (y) out.push(...diffIndicator(a, b, x, y));
    else out.push(indicatorPresence(a, x, false));
  }
  for (const y of b.model.indicators) if (!inA.has(y.name)) out.push(indicatorPresence(b, y, true));
  return noteRenames(out, labelTwins(a.model.indicators, b.model.indicators));
}

/** The removed and added entries of indicators renamed with the same label, type and unit, each noted as a possible rename. */
function noteRenames(entries: DiffEntry[], twins: readonly FieldTwin[]): DiffEntry[] {
  if (twins.length === 0) return entries;
  const removed = new Map(twins.map((t) => [`indicator:${t.a}`, t]));
  const added = new Map(twins.map((t) => [`indicator:${t.b}`, t]));
  return entries.map((e) => {
    const was = removed.get(e.key);
    const now = added.get(e.key);
    if (was)
      return makeEntry({
        ...e,
        note: {
          zh: `可能是改名：B 新增的指标 ${was.b} 标签、类型和单位都相同`,
          en: `possibly renamed: B adds the indicator ${was.b} with the same label, type and unit`,
        },
      });
    if (now)
      return makeEntry({
        ...e,
        note: {
          zh: `可能是改名：A 删除的指标 ${now.a} 标签、类型和单位都相同`,
          en: `possibly renamed: A's indicator ${now.a}, removed, has the same label, type and unit`,
        },
      });
    return e;
  });
}

function indicatorPresence(edition: Edition, ind: IndicatorModel, added: boolean): DiffEntry {
  // A new value every record must give refuses records without it; dropping one accepts them.
  const mandatory = ind.required && !ind.requiredWhen && ind.default === undefined;
  const direction: DiffDirection | undefined = mandatory ? (added ? 'stricter' : 'looser') : undefined;
  const text = `${ind.type}${ind.unit ? ` (${ind.unit})` : ''}`;
  const at = edition.locate(['indicators', ind.name]);
  return makeEntry({
    key: `indicator:${ind.name}`,
    kind: added ? 'indicator-added' : 'indicator-removed',
    direction,
    before: added ? null : text,
    after: added ? text : null,
    id: ind.name,
    message: withDirection(
      addedOrRemoved(
        THING.indicator(named(ind.label, ind.name)),
        added,
        withDefault(requiredText(ind.required, whenOf(ind)), ind.default),
      ),
      direction,
    ),
    ...(added ? { b: at } : { a: at }),
  });
}

function diffIndicator(a: Edition, b: Edition, x: IndicatorModel, y: IndicatorModel): DiffEntry[] {
  const out: DiffEntry[] = [];
  const push = (
    aspect: DiffAspect,
    field: string,
    before: string | null,
    after: string | null,
    direction: DiffDirection | undefined,
    shownBefore = shown(before),
    shownAfter = shown(after),
    note?: LocalizedText,
  ) => {
    out.push(
      makeEntry({
        key: `indicator:${x.name}:${aspect}`,
        kind: 'indicator-changed',
        aspect,
        direction,
        before,
        after,
        id: x.name,
        message: aspectChanged(
          THING.indicator(named(y.label, y.name)),
          aspect,
          change(shownBefore, shownAfter, direction),
        ),
        note,
        a: a.locate(locatePath(a, x.name, field)),
        b: b.locate(locatePath(b, y.name, field)),
      }),
    );
  };
  if (x.type !== y.type) push('type', 'type', x.type, y.type, 'changed');
  // A unit that converts (min → h) is no change of what is accepted: the limits are compared converted.
  const unit = unitChanges(a, b).get(x.name);
  if ((x.unit ?? null) !== (y.unit ?? null)) {
    const converts = unit?.factor !== undefined;
    push(
      'unit',
      'unit',
      x.unit ?? null,
      y.unit ?? null,
      converts ? undefined : 'changed',
      undefined,
      undefined,
      converts ? convertedNote(unit) : undefined,
    );
  }

  const rangeA: AcceptedSet = x.range ? { kind: 'band', band: x.range } : { kind: 'any' };
  const rangeB: AcceptedSet = y.range ? { kind: 'band', band: y.range } : { kind: 'any' };
  const range = compareAccepted(rangeA, rangeB);
  const rangeTextA = x.range?.text ?? null;
  const rangeTextB = y.range?.text ?? null;
  // A range in a unit that changed ([0, 14000] W → [0, 14] kW) is neither narrower nor wider as bare
  // numbers; in units that convert, it is compared converted.
  const rangeConverted = convertedDirection(rangeA, rangeB, unit);
  if (range !== 'same' || rangeTextA !== rangeTextB)
    push(
      'range',
      'range',
      rangeTextA,
      rangeTextB,
      rangeConverted === undefined
        ? acrossUnits(range === 'same' ? 'changed' : range, unit)
        : rangeConverted === 'same'
          ? undefined
          : rangeConverted,
      shown(rangeTextA, ANY),
      shown(rangeTextB, ANY),
      unit && (rangeConverted === undefined ? unitChangeNote(unit) : convertedNote(unit)),
    );

  // The author's plausibility band refuses records as the range does: narrower is stricter.
  const plausibleA: AcceptedSet = x.plausible ? { kind: 'band', band: x.plausible } : { kind: 'any' };
  const plausibleB: AcceptedSet = y.plausible ? { kind: 'band', band: y.plausible } : { kind: 'any' };
  const plausible = compareAccepted(plausibleA, plausibleB);
  const plausibleTextA = x.plausible?.text ?? null;
  const plausibleTextB = y.plausible?.text ?? null;
  // In units that convert (≥ 1000 W → ≥ 1 kW), compared converted, as the range is (committee-32 M2).
  const plausibleConverted = convertedDirection(plausibleA, plausibleB, unit);
  if (plausible !== 'same' || plausibleTextA !== plausibleTextB)
    push(
      'plausible',
      'plausible',
      plausibleTextA,
      plausibleTextB,
      plausibleConverted === undefined
        ? acrossUnits(plausible === 'same' ? 'changed' : plausible, unit)
        : plausibleConverted === 'same'
          ? undefined
          : plausibleConverted,
      shown(plausibleTextA, ANY),
      shown(plausibleTextB, ANY),
      unit && (plausibleConverted === undefined ? unitChangeNote(unit) : convertedNote(unit)),
    );

  const valuesA: AcceptedSet = x.values ? valuesSet(x.values, false) : { kind: 'any' };
  const valuesB: AcceptedSet = y.values ? valuesSet(y.values, false) : { kind: 'any' };
  const values = compareAccepted(valuesA, valuesB);
  const valuesTextA = x.values ? `[${x.values.join(', ')}]` : null;
  const valuesTextB = y.values ? `[${y.values.join(', ')}]` : null;
  if (values !== 'same')
    push(
      'values',
      'values',
      valuesTextA,
      valuesTextB,
      values,
      shown(valuesTextA, ANY),
      shown(valuesTextB, ANY),
    );

  const reqA = requiredWords(x);
  const reqB = requiredWords(y);
  if (reqA !== reqB) {
    push(
      'required',
      x.requiredWhen || y.requiredWhen ? 'requiredWhen' : 'required',
      reqA,
      reqB,
      requiredDirection(x, y),
      requiredText(x.required, whenOf(x)),
      requiredText(y.required, whenOf(y)),
    );
  }

  if (x.specimens !== y.specimens || x.minSpecimens !== y.minSpecimens) {
    // More specimens accepted refuses fewer records; a single value and a list are different shapes.
    const direction: DiffDirection =
      x.specimens === 0 || y.specimens === 0
        ? 'changed'
        : y.specimens >= x.specimens && y.minSpecimens <= x.minSpecimens
          ? 'looser'
          : y.specimens <= x.specimens && y.minSpecimens >= x.minSpecimens
            ? 'stricter'
            : 'changed';
    push(
      'specimens',
      'specimens',
      specimensWords(x),
      specimensWords(y),
      direction,
      specimensText(x),
      specimensText(y),
    );
  }

  const defaultA = x.default === undefined ? null : String(x.default);
  const defaultB = y.default === undefined ? null : String(y.default);
  if (defaultA !== defaultB) push('default', 'default', defaultA, defaultB, 'changed');
  out.push(...diffValueLabels(a, b, x, y));
  return out;
}

/** `选填，未给出时按 5 计`: a default decides records that omit the value, so it is said (newcomer-32 M-7). */
function withDefault(text: LocalizedText, value: IndicatorModel['default']): LocalizedText {
  if (value === undefined) return text;
  return {
    zh: `${text.zh}，未给出时按 ${String(value)} 计`,
    en: `${text.en}, counted as ${String(value)} when not given`,
  };
}

function whenOf(ind: IndicatorModel): string | null {
  return ind.requiredWhen ? conditionText(ind.requiredWhen) : null;
}

function requiredWords(ind: IndicatorModel): string {
  const when = whenOf(ind);
  if (when !== null) return `required when ${when}`;
  return ind.required ? 'required' : 'optional';
}

function requiredDirection(x: IndicatorModel, y: IndicatorModel): DiffDirection {
  const rank = (i: IndicatorModel) => (i.requiredWhen ? 1 : i.required ? 2 : 0);
  const i = rank(x);
  const j = rank(y);
  if (i === j) return 'changed';
  return j > i ? 'stricter' : 'looser';
}

function specimensWords(ind: IndicatorModel): string {
  const { specimens: n, minSpecimens: min } = ind;
  if (n === 0) return 'one value';
  if (min === n) return `exactly ${n}`;
  return min > 0 ? `${min} to ${n}` : `up to ${n}`;
}

/** {@link specimensWords} for a reader, in zh and en. */
function specimensText(ind: IndicatorModel): LocalizedText {
  const { specimens: n, minSpecimens: min } = ind;
  if (n === 0) return { zh: '单个值', en: 'one value' };
  if (min === n) return { zh: `恰好 ${n} 个`, en: `exactly ${n}` };
  return min > 0
    ? { zh: `${min} 至 ${n} 个`, en: `${min} to ${n}` }
    : { zh: `至多 ${n} 个`, en: `up to ${n}` };
}

function locatePath(edition: Edition, name: string, field: string): (string | number)[] {
  const doc = ownEntry(edition.doc.indicators, name) as unknown as Record<string, unknown> | undefined;
  return doc && doc[field] !== undefined ? ['indicators', name, field] : ['indicators', name];
}

/**
 * The differences between the derived values of two editions: added,
 * removed, formula, decimals or plausible band changed, with the requirements that read them
 * (directly or through another derived value).
 *
 * @example
 * diffDerived(new Edition(oldRules), new Edition(newRules));
 * // [{ key: 'derived:elongationMin:formula', before: 'mechanical.elongation - …', after: '…', … }]
 */
export function diffDerived(a: Edition, b: Edition): DiffEntry[] {
  const out: DiffEntry[] = [];
  const docA = a.doc.derived ?? {};
  const docB = b.doc.derived ?? {};
  for (const x of a.model.derived) {
    const y = b.derived(x.name);
    const ids = a.readersOf(x.name);
    if (!y) {
      out.push(
        makeEntry({
          key: `derived:${x.name}`,
          kind: 'derived-removed',
          before: docA[x.name]?.formula ?? null,
          after: null,
          id: x.name,
          criteria: ids,
          message: withReaders(addedOrRemoved(THING.derived(named(x.label, x.name)), false), ids),
          a: a.locate(['derived', x.name], x.location),
        }),
      );
      continue;
    }
    const both = [...new Set([...ids, ...b.readersOf(y.name)])];
    const what = THING.derived(named(y.label, y.name));
    const formulaA = docA[x.name]?.formula.trim() ?? '';
    const formulaB = docB[y.name]?.formula.trim() ?? '';
    if (formulaA !== formulaB) {
      out.push(
        makeEntry({
          key: `derived:${x.name}:formula`,
          kind: 'derived-changed',
          aspect: 'formula',
          direction: 'changed',
          before: formulaA,
          after: formulaB,
          id: x.name,
          criteria: both,
          message: withReaders(
            aspectChanged(what, 'formula', change(same(formulaA), same(formulaB), 'changed')),
            both,
          ),
          a: a.locate(['derived', x.name, 'formula'], x.location),
          b: b.locate(['derived', y.name, 'formula'], y.location),
        }),
      );
    }
    if (x.decimals !== y.decimals) {
      const before = x.decimals === undefined ? null : String(x.decimals);
      const after = y.decimals === undefined ? null : String(y.decimals);
      out.push(
        makeEntry({
          key: `derived:${x.name}:decimals`,
          kind: 'derived-changed',
          aspect: 'decimals',
          direction: 'changed',
          before,
          after,
          id: x.name,
          criteria: both,
          message: withReaders(
            aspectChanged(what, 'decimals', change(shown(before), shown(after), 'changed')),
            both,
          ),
          a: a.locate(['derived', x.name], x.location),
          b: b.locate(['derived', y.name], y.location),
        }),
      );
    }
    if ((x.paired ?? false) !== (y.paired ?? false)) {
      // Paired, a record giving one value of a specimen indicator beside several of another is refused
      // (the ratio of one bar's two values only); unpaired, that value is reused: more records graded.
      const direction: DiffDirection = y.paired ? 'stricter' : 'looser';
      out.push(
        makeEntry({
          key: `derived:${x.name}:pairSpecimens`,
          kind: 'derived-changed',
          aspect: 'pairSpecimens',
          direction,
          before: x.paired ? 'true' : null,
          after: y.paired ? 'true' : null,
          id: x.name,
          criteria: both,
          message: withReaders(
            aspectChanged(
              what,
              'pairSpecimens',
              change(pairedText(x.paired), pairedText(y.paired), direction),
            ),
            both,
          ),
          a: a.locate(['derived', x.name, ...(x.paired ? ['pairSpecimens'] : [])], x.location),
          b: b.locate(['derived', y.name, ...(y.paired ? ['pairSpecimens'] : [])], y.location),
        }),
      );
    }
    // The author's plausibility band refuses records as an indicator's does: narrower is stricter.
    const plausible = compareAccepted(
      x.plausible ? { kind: 'band', band: x.plausible } : { kind: 'any' },
      y.plausible ? { kind: 'band', band: y.plausible } : { kind: 'any' },
    );
    const plausibleA = x.plausible?.text ?? null;
    const plausibleB = y.plausible?.text ?? null;
    if (plausible !== 'same' || plausibleA !== plausibleB) {
      const direction = plausible === 'same' ? 'changed' : plausible;
      out.push(
        makeEntry({
          key: `derived:${x.name}:plausible`,
          kind: 'derived-changed',
          aspect: 'plausible',
          direction,
          before: plausibleA,
          after: plausibleB,
          id: x.name,
          criteria: both,
          message: withReaders(
            aspectChanged(
              what,
              'plausible',
              change(shown(plausibleA, ANY), shown(plausibleB, ANY), direction),
            ),
            both,
          ),
          a: a.locate(['derived', x.name, ...(x.plausible ? ['plausible'] : [])], x.location),
          b: b.locate(['derived', y.name, ...(y.plausible ? ['plausible'] : [])], y.location),
        }),
      );
    }
  }
  for (const y of b.model.derived) {
    if (a.derived(y.name)) continue;
    const ids = b.readersOf(y.name);
    out.push(
      makeEntry({
        key: `derived:${y.name}`,
        kind: 'derived-added',
        before: null,
        after: docB[y.name]?.formula ?? null,
        id: y.name,
        criteria: ids,
        message: withReaders(addedOrRemoved(THING.derived(named(y.label, y.name)), true), ids),
        b: b.locate(['derived', y.name], y.location),
      }),
    );
  }
  return out;
}

/** What `pairSpecimens` does, in words: a reader need not know the key. */
function pairedText(paired: true | undefined): LocalizedText {
  return paired
    ? {
        zh: '逐试样配对计算（单个值不复用于另一指标的每个试样，记录无效）',
        en: "paired by specimen (a single value is not reused for each of another indicator's specimens: the record is invalid)",
      }
    : {
        zh: '单个值复用于另一指标的每个试样',
        en: "a single value is reused for each of another indicator's specimens",
      };
}
