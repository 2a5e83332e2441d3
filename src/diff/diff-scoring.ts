import type { DimensionDocument, ScoringItemDocument } from '../model/rule-document';
import { TOTAL_SCORE } from '../resolve/resolve-values';
import { addedOrRemoved, aspectChanged, change, named, same, THING, withReaders } from './diff-messages';
import type { Edition } from './edition';
import { makeEntry } from './make-entry';
import type { DiffEntry } from './rule-set-diff';

/**
 * The differences in how a scored rule set adds up its score: dimensions
 * added or removed, a dimension's weight, and its items (indicator, weight
 * within the dimension, points). The cutoffs are requirements on the scores
 * and are compared by {@link diffChecks}. A new weighting moves some totals up
 * and others down: its direction is `changed`.
 *
 * @example
 * diffScoring(new Edition(oldRules), new Edition(newRules));
 * // [{ key: 'dimension:qmsEffectiveness:weight', before: '30', after: '35', direction: 'changed', … }]
 */
export function diffScoring(a: Edition, b: Edition): DiffEntry[] {
  const out: DiffEntry[] = [];
  const dimsA = a.doc.scoring?.dimensions ?? [];
  const dimsB = b.doc.scoring?.dimensions ?? [];
  const inB = new Map(dimsB.map((d, i) => [d.id, { d, i }]));
  const inA = new Set(dimsA.map((d) => d.id));
  for (const [i, x] of dimsA.entries()) {
    const found = inB.get(x.id);
    const ids = readers(a, x.id);
    if (!found) {
      out.push(presence(x, ids, false, a.locate(['scoring', 'dimensions', i])));
      continue;
    }
    const { d: y, i: j } = found;
    const what = THING.dimension(named(y.label, y.id));
    const push = (aspect: 'weight' | 'items', before: string, after: string, field: string) => {
      // A dimension's weight counts in the total only; its items in its own score too.
      const only = aspect === 'weight' ? TOTAL_SCORE : undefined;
      const both = [...new Set([...readers(a, x.id, only), ...readers(b, y.id, only)])];
      out.push(
        makeEntry({
          key: `dimension:${x.id}:${aspect}`,
          kind: 'dimension-changed',
          aspect,
          direction: 'changed',
          before,
          after,
          id: x.id,
          criteria: both,
          message: withReaders(
            aspectChanged(what, aspect, change(same(before), same(after), 'changed')),
            both,
          ),
          a: a.locate(['scoring', 'dimensions', i, field]),
          b: b.locate(['scoring', 'dimensions', j, field]),
        }),
      );
    };
    if (x.weight !== y.weight) push('weight', String(x.weight), String(y.weight), 'weight');
    const itemsA = itemsText(x);
    const itemsB = itemsText(y);
    if (itemsA !== itemsB) push('items', itemsA, itemsB, 'items');
  }
  for (const [j, y] of dimsB.entries())
    if (!inA.has(y.id)) out.push(presence(y, readers(b, y.id), true, b.locate(['scoring', 'dimensions', j])));
  return out;
}

function presence(d: DimensionDocument, ids: string[], added: boolean, at: DiffEntry['a']): DiffEntry {
  const text = `weight ${d.weight}: ${itemsText(d)}`;
  return makeEntry({
    key: `dimension:${d.id}`,
    kind: added ? 'dimension-added' : 'dimension-removed',
    direction: 'changed',
    before: added ? null : text,
    after: added ? text : null,
    id: d.id,
    criteria: ids,
    message: withReaders(addedOrRemoved(THING.dimension(named(d.label, d.id)), added, same(text)), ids),
    ...(added ? { b: at } : { a: at }),
  });
}

/** The requirements on a dimension's score or on the total it adds to (on `only` of them, when given). */
function readers(edition: Edition, dimension: string, only?: string): string[] {
  const subjects = only ? [only] : [dimension, TOTAL_SCORE];
  return edition
    .checks()
    .filter((c) => c.subject !== undefined && subjects.includes(c.subject))
    .map((c) => c.id);
}

/** A dimension's items as written: `productQuality ×2, noise [≤ 38: 100, (38, 42]: 80]`. */
function itemsText(d: DimensionDocument): string {
  return d.items.map(itemText).join(', ');
}

function itemText(item: ScoringItemDocument): string {
  const weight = item.weight !== undefined && item.weight !== 1 ? ` ×${item.weight}` : '';
  if (!item.points) return `${item.indicator}${weight}`;
  const points = Array.isArray(item.points)
    ? item.points.map(([band, p]) => `${band}: ${p}`)
    : Object.entries(item.points).map(([value, p]) => `${value}: ${p}`);
  return `${item.indicator}${weight} [${points.join(', ')}]`;
}
