import type { Band } from '../model/band';
import type { NumberTestModel, StatisticModel } from '../model/group-model';
import type { LocalizedText } from '../text/localized-text';
import { type AcceptedSet, compareAccepted, limitSet, valuesSet } from './accepted-set';
import {
  addedOrRemoved,
  aspectChanged,
  change,
  labelled,
  META,
  named,
  shown,
  THING,
  withReaders,
} from './diff-messages';
import type { Edition } from './edition';
import { makeEntry } from './make-entry';
import type { DiffAspect, DiffDirection, DiffEntry } from './rule-set-diff';

/**
 * The differences between the group statistics of two editions, by name:
 * added, removed, and what each computes — `statistic`, `of`, a pass rate's
 * `meets` or `criterion`, a Cpk's `limits`, `decimals` — with the group
 * requirements that read it; and the group's label. The requirements on the
 * statistics are compared by {@link diffChecks}.
 *
 * A pass rate whose `meets` accepts fewer values (or a Cpk whose `limits`
 * are narrower) can only come out lower: `stricter` when every group
 * requirement on it is a minimum (`≥ 95`), `looser` when every one is a
 * maximum; otherwise `changed`. `decimals` is for display only (groups are
 * compared by the full value) and the label names the group: no direction.
 *
 * @example
 * diffGroup(new Edition(oldRules), new Edition(newRules));
 * // [{ key: 'statistic:cv28d:of', kind: 'statistic-changed', before: 'compressive28d', after: 'compressive3d', … }]
 */
export function diffGroup(a: Edition, b: Edition): DiffEntry[] {
  const out: DiffEntry[] = [];
  const label = groupLabel(a, b);
  if (label) out.push(label);
  const sameValue = groupSameValue(a, b);
  if (sameValue) out.push(sameValue);
  const statsA = a.model.group?.statistics ?? [];
  const statsB = b.model.group?.statistics ?? [];
  const inB = new Map(statsB.map((s) => [s.name, s]));
  const inA = new Set(statsA.map((s) => s.name));
  for (const x of statsA) {
    const y = inB.get(x.name);
    if (y) out.push(...diffStatistic(a, b, x, y));
    else out.push(presence(a, x, false));
  }
  for (const y of statsB) if (!inA.has(y.name)) out.push(presence(b, y, true));
  return out;
}

function groupLabel(a: Edition, b: Edition): DiffEntry | undefined {
  const x = a.model.group?.label;
  const y = b.model.group?.label;
  const before = x ? both(x) : null;
  const after = y ? both(y) : null;
  if (before === after) return undefined;
  const quoted = (l: LocalizedText | undefined): LocalizedText =>
    l ? { zh: `“${l.zh}”`, en: `"${l.en}"` } : shown(null);
  return makeEntry({
    key: 'group:label',
    kind: 'group-label',
    before,
    after,
    message: labelled(META.groupLabel, change(quoted(x), quoted(y))),
    a: x ? a.locate(['group', 'label']) : undefined,
    b: y ? b.locate(['group', 'label']) : undefined,
  });
}

/**
 * `group.sameValue`: a group mixing values of a listed indicator is not graded. More indicators
 * listed refuse more groups (stricter); fewer, looser — a lot of two strength classes is then graded
 * on a CV over both. It can move every group requirement.
 */
function groupSameValue(a: Edition, b: Edition): DiffEntry | undefined {
  const x = (a.model.group?.sameValue ?? []).map((v) => v.name);
  const y = (b.model.group?.sameValue ?? []).map((v) => v.name);
  const before = x.length ? `[${x.join(', ')}]` : null;
  const after = y.length ? `[${y.join(', ')}]` : null;
  if (before === after) return undefined;
  const inA = new Set(x);
  const inB = new Set(y);
  const wider = y.every((n) => inA.has(n));
  const narrower = x.every((n) => inB.has(n));
  // Same names in another order accept the same groups: listed, with no direction.
  const direction: DiffDirection | undefined =
    wider && narrower ? undefined : wider ? 'looser' : narrower ? 'stricter' : 'changed';
  const ids = [
    ...new Set([...(a.model.group?.criteria ?? []), ...(b.model.group?.criteria ?? [])].map((c) => c.id)),
  ];
  const names = (list: string[], edition: Edition): LocalizedText => {
    if (!list.length) return SAME_VALUE_NONE;
    const named = list.map((n) => {
      const label = edition.model.indicators.find((i) => i.name === n)?.label;
      return label ? { zh: `“${label.zh}”`, en: `"${label.en}"` } : { zh: n, en: n };
    });
    return { zh: named.map((l) => l.zh).join('、'), en: named.map((l) => l.en).join(', ') };
  };
  return makeEntry({
    key: 'group:sameValue',
    kind: 'group-changed',
    aspect: 'sameValue',
    direction,
    before,
    after,
    criteria: ids,
    message: withReaders(labelled(META.groupSameValue, change(names(x, a), names(y, b), direction)), ids),
    a: a.locate(['group', ...(x.length ? ['sameValue'] : [])]),
    b: b.locate(['group', ...(y.length ? ['sameValue'] : [])]),
  });
}

const SAME_VALUE_NONE: LocalizedText = {
  zh: '无（组内记录可混有不同值）',
  en: 'none (a group may mix values)',
};

function presence(edition: Edition, s: StatisticModel, added: boolean): DiffEntry {
  const ids = edition.statisticReaders(s.name);
  const text = statisticText(s);
  const at = edition.locate(['group', 'statistics', s.name], s.location);
  return makeEntry({
    key: `statistic:${s.name}`,
    kind: added ? 'statistic-added' : 'statistic-removed',
    before: added ? null : text,
    after: added ? text : null,
    id: s.name,
    criteria: ids,
    message: withReaders(addedOrRemoved(THING.statistic(named(s.label, s.name)), added), ids),
    ...(added ? { b: at } : { a: at }),
  });
}

function diffStatistic(a: Edition, b: Edition, x: StatisticModel, y: StatisticModel): DiffEntry[] {
  const out: DiffEntry[] = [];
  const ids = [...new Set([...a.statisticReaders(x.name), ...b.statisticReaders(y.name)])];
  const what = THING.statistic(named(y.label, y.name));
  const push = (
    aspect: DiffAspect,
    before: string | null,
    after: string | null,
    direction: DiffDirection | undefined,
    readers: string[] = ids,
  ) => {
    out.push(
      makeEntry({
        key: `statistic:${x.name}:${aspect}`,
        kind: 'statistic-changed',
        aspect,
        direction,
        before,
        after,
        id: x.name,
        criteria: readers,
        message: withReaders(
          aspectChanged(what, aspect, change(shown(before), shown(after), direction)),
          readers,
        ),
        a: a.locate(fieldPath(a, x.name, aspect), x.location),
        b: b.locate(fieldPath(b, y.name, aspect), y.location),
      }),
    );
  };
  if (x.statistic !== y.statistic) push('statistic', x.statistic, y.statistic, 'changed');
  if (x.of !== y.of) push('of', x.of, y.of, 'changed');
  const meetsA = x.meetsText ?? null;
  const meetsB = y.meetsText ?? null;
  if (meetsA !== meetsB) {
    const narrower = x.meets && y.meets ? meetsNarrower(x.meets, y.meets) : undefined;
    push('meets', meetsA, meetsB, sameStatistic(x, y) ? rateDirection(a, b, x.name, narrower) : 'changed');
  }
  if ((x.criterion ?? null) !== (y.criterion ?? null))
    push('criterion', x.criterion ?? null, y.criterion ?? null, 'changed');
  const limitsA = x.limits?.text ?? null;
  const limitsB = y.limits?.text ?? null;
  if (limitsA !== limitsB) {
    const narrower = x.limits && y.limits ? limitsNarrower(x.limits, y.limits) : undefined;
    push('limits', limitsA, limitsB, sameStatistic(x, y) ? rateDirection(a, b, x.name, narrower) : 'changed');
  }
  // Display only: a group requirement compares the full value, so no direction and no requirement it can move.
  if (x.decimals !== y.decimals) push('decimals', String(x.decimals), String(y.decimals), undefined, []);
  return out;
}

/** Same statistic over the same values: only then does a narrower `meets` or `limits` move it one way. */
function sameStatistic(x: StatisticModel, y: StatisticModel): boolean {
  return x.statistic === y.statistic && x.of === y.of;
}

/**
 * `true`: B's requirement accepts a strict subset of A's values, so the pass
 * rate can only fall; `false`: a strict superset, it can only rise;
 * undefined: neither, or the same values written otherwise.
 */
function meetsNarrower(x: NumberTestModel, y: NumberTestModel): boolean | undefined {
  const r = compareAccepted(acceptedOf(x), acceptedOf(y));
  return r === 'stricter' ? true : r === 'looser' ? false : undefined;
}

function acceptedOf(t: NumberTestModel): AcceptedSet {
  switch (t.kind) {
    case 'compare':
      return limitSet(t.operator, t.literal.value);
    case 'range':
      return { kind: 'band', band: t.band };
    case 'member':
      return valuesSet(
        t.values.map((v) => v.value),
        t.negate,
      );
  }
}

/**
 * Cpk = min(USL − x̄, x̄ − LSL) / 3s: `true` when B's limits are inside A's
 * and not the same figures (Cpk can only fall), `false` the reverse.
 */
function limitsNarrower(x: Band, y: Band): boolean | undefined {
  if (x.lower === y.lower && x.upper === y.upper) return undefined;
  if (y.lower >= x.lower && y.upper <= x.upper) return true;
  if (y.lower <= x.lower && y.upper >= x.upper) return false;
  return undefined;
}

/**
 * The direction of a statistic that can only fall (`narrower`) or only rise:
 * by the group requirements on it in A and B, all minimums or all maximums.
 */
function rateDirection(a: Edition, b: Edition, name: string, narrower: boolean | undefined): DiffDirection {
  if (narrower === undefined) return 'changed';
  const operators = [...a.statisticTests(name), ...b.statisticTests(name)].map((t) =>
    t.kind === 'compare' ? t.operator : undefined,
  );
  if (operators.length === 0) return 'changed';
  const minimums = operators.every((o) => o === '>=' || o === '>');
  const maximums = operators.every((o) => o === '<=' || o === '<');
  if (minimums) return narrower ? 'stricter' : 'looser';
  if (maximums) return narrower ? 'looser' : 'stricter';
  return 'changed';
}

function statisticText(s: StatisticModel): string {
  const base = `${s.statistic} of ${s.of}`;
  if (s.meetsText !== undefined) return `${base}, meets ${s.meetsText}`;
  if (s.criterion !== undefined) return `${base}, criterion ${s.criterion}`;
  if (s.limits) return `${base}, limits ${s.limits.text}`;
  return base;
}

function fieldPath(edition: Edition, name: string, field: string): (string | number)[] {
  const doc = edition.doc.group?.statistics[name] as unknown as Record<string, unknown> | undefined;
  return doc && doc[field] !== undefined
    ? ['group', 'statistics', name, field]
    : ['group', 'statistics', name];
}

function both(label: LocalizedText): string {
  return label.zh === label.en ? label.zh : `${label.zh} / ${label.en}`;
}
