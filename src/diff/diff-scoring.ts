import type { DimensionDocument, ScoringItemDocument } from '../model/rule-document';
import { TOTAL_SCORE } from '../resolve/resolve-values';
import type { LocalizedText } from '../text/localized-text';
import {
  addedOrRemoved,
  aspectChanged,
  change,
  DIRECTION_TEXT,
  named,
  same,
  THING,
  withReaders,
} from './diff-messages';
import type { Edition } from './edition';
import { makeEntry } from './make-entry';
import type { DiffEntry } from './rule-set-diff';

/**
 * The differences in how a scored rule set adds up its score: dimensions
 * added or removed, a dimension's weight, and its items (indicator, weight
 * within the dimension, points). The cutoffs are requirements on the scores
 * and are compared by {@link diffChecks}. A new weighting moves some totals up
 * and others down: its direction is `changed` — except a dimension's weight
 * under a weakest-link cap whose total never decides a grade (under both
 * rule sets): it has no direction, and says it changes the total only. Items
 * are described by their indicators' labels (`产品质量水平 ×2 → ×1`).
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
    const push = (
      aspect: 'weight' | 'items',
      before: string,
      after: string,
      field: string,
      text: LocalizedText = change(same(before), same(after), 'changed'),
    ) => {
      // A dimension's weight counts in the total only; its items in its own score too.
      const only = aspect === 'weight' ? TOTAL_SCORE : undefined;
      const both = [...new Set([...readers(a, x.id, only), ...readers(b, y.id, only)])];
      // Under both, the total never decides a grade: a new weight moves no record (no direction), and says so.
      const totalOnly = aspect === 'weight' && totalNeverDecides(a) && totalNeverDecides(b);
      out.push(
        makeEntry({
          key: `dimension:${x.id}:${aspect}`,
          kind: 'dimension-changed',
          aspect,
          direction: totalOnly ? undefined : 'changed',
          before,
          after,
          id: x.id,
          criteria: both,
          message: withReaders(aspectChanged(what, aspect, text), both),
          a: a.locate(['scoring', 'dimensions', i, field]),
          b: b.locate(['scoring', 'dimensions', j, field]),
        }),
      );
    };
    if (x.weight !== y.weight)
      push(
        'weight',
        String(x.weight),
        String(y.weight),
        'weight',
        totalNeverDecides(a) && totalNeverDecides(b)
          ? {
              zh: `${x.weight} → ${y.weight}，${TOTAL_ONLY.zh}`,
              en: `${x.weight} → ${y.weight}, ${TOTAL_ONLY.en}`,
            }
          : undefined,
      );
    const itemsA = itemsText(x);
    const itemsB = itemsText(y);
    if (itemsA !== itemsB) push('items', itemsA, itemsB, 'items', itemChanges(x, y, a, b));
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
  const missing = item.missing === 'reweight' ? ' (missing: reweight)' : '';
  const points = pointsText(item);
  return `${item.indicator}${weight}${points ? ` ${points}` : ''}${missing}`;
}

/** What a record that leaves the item out gets, as a diff says it (`missing: reweight` or not). */
function missingText(item: ScoringItemDocument): LocalizedText {
  return item.missing === 'reweight'
    ? { zh: '不计入，权重按比例分给其余项', en: 'not counted, its weight shared out' }
    : { zh: '该维度无分数', en: 'no score for the dimension' };
}

/**
 * What changed in a dimension's items, by the indicators' labels, as people
 * read it: `产品质量水平 ×2 → ×1` / `Product quality ×2 → ×1`, an item added
 * or removed, an item's points; the entry's `before` and `after` keep the
 * items as written, by id (enterprise-23 W5).
 */
function itemChanges(x: DimensionDocument, y: DimensionDocument, a: Edition, b: Edition): LocalizedText {
  const label = (indicator: string): LocalizedText =>
    (
      b.ruleSet.indicators.find((i) => i.name === indicator) ??
      a.ruleSet.indicators.find((i) => i.name === indicator)
    )?.label ?? same(indicator);
  const inB = new Map(y.items.map((i) => [i.indicator, i]));
  const inA = new Set(x.items.map((i) => i.indicator));
  const parts: LocalizedText[] = [];
  for (const item of x.items) {
    const other = inB.get(item.indicator);
    const l = label(item.indicator);
    if (!other) {
      parts.push({ zh: `删除 ${l.zh}`, en: `${l.en} removed` });
      continue;
    }
    const wa = item.weight ?? 1;
    const wb = other.weight ?? 1;
    if (wa !== wb) parts.push({ zh: `${l.zh} ×${wa} → ×${wb}`, en: `${l.en} ×${wa} → ×${wb}` });
    const pa = pointsText(item);
    const pb = pointsText(other);
    if (pa !== pb)
      parts.push({
        zh: `${l.zh}的分值：${pa || '无（取数值本身）'} → ${pb || '无（取数值本身）'}`,
        en: `${l.en} points: ${pa || 'none (the value itself)'} → ${pb || 'none (the value itself)'}`,
      });
    if ((item.missing ?? 'none') !== (other.missing ?? 'none')) {
      const [ma, mb] = [missingText(item), missingText(other)];
      parts.push({ zh: `${l.zh}未评时：${ma.zh} → ${mb.zh}`, en: `${l.en} left out: ${ma.en} → ${mb.en}` });
    }
  }
  for (const item of y.items)
    if (!inA.has(item.indicator)) {
      const l = label(item.indicator);
      const w = item.weight !== undefined && item.weight !== 1 ? ` ×${item.weight}` : '';
      parts.push({ zh: `新增 ${l.zh}${w}`, en: `${l.en}${w} added` });
    }
  // Only the order changed: the lists as written.
  if (parts.length === 0) return change(same(itemsText(x)), same(itemsText(y)), 'changed');
  return {
    zh: `${parts.map((p) => p.zh).join('；')}，${DIRECTION_TEXT.changed.zh}`,
    en: `${parts.map((p) => p.en).join('; ')}, ${DIRECTION_TEXT.changed.en}`,
  };
}

/** An item's points as written, `""` when it has none. */
function pointsText(item: ScoringItemDocument): string {
  if (!item.points) return '';
  const points = Array.isArray(item.points)
    ? item.points.map(([band, p]) => `${band}: ${p}`)
    : Object.entries(item.points).map(([value, p]) => `${value}: ${p}`);
  return `[${points.join(', ')}]`;
}

/** What a dimension's new weight does where the total never decides a grade. */
const TOTAL_ONLY: LocalizedText = {
  zh: '只影响总分（最弱维度封顶：各维度须达到与总分相同的分数线，总分不单独决定等级）',
  en: 'changes the total only (weakest-link cap: every dimension must reach the cutoff the total must, so the total never decides a grade)',
};

/**
 * Whether a scored rule set's total can never be what holds a record back:
 * `weakestLink: cap` holds every dimension to each grade's cutoff (or a
 * higher minimum), and the total — their weighted mean — cannot fall short
 * of a cutoff all of them reach. Sound only when nothing else reads the
 * total: every check that names it is a cutoff's own requirement on it (no
 * `when`, a requirement, `≥` the cutoff), none mentions it in a condition,
 * formula or group statistic. Then a dimension's weight, which counts in the
 * total only, moves no record (enterprise-23 W13).
 */
function totalNeverDecides(edition: Edition): boolean {
  const scoring = edition.model.scoring;
  const cutoffs = edition.doc.scoring?.cutoffs;
  if (!scoring?.weakestLink || !cutoffs) return false;
  if (scoring.dimensions.some((d) => !(d.weight > 0))) return false;
  const byId = new Map(edition.checks().map((c) => [c.id, c]));
  for (const c of edition.checks()) {
    const grade = c.id.startsWith(`${TOTAL_SCORE}@`) ? c.id.slice(TOTAL_SCORE.length + 1) : undefined;
    if (grade !== undefined && c.subject === TOTAL_SCORE) {
      const cutoff = cutoffs[grade];
      const test = c.test;
      const own =
        cutoff !== undefined &&
        c.effect === 'requirement' &&
        c.when === undefined &&
        test.kind === 'compare' &&
        test.operator === '>=' &&
        test.operand.kind === 'literal' &&
        test.operand.literal.value === cutoff &&
        scoring.dimensions.every((d) => {
          // Each dimension held to the grade, compared alike (rounding is monotone: the mean's rounded value
          // is not below the lowest dimension's).
          const held = byId.get(`${d.id}@${grade}`);
          return held !== undefined && JSON.stringify(held.comparison) === JSON.stringify(c.comparison);
        });
      if (!own) return false;
      continue;
    }
    if (mentionsTotal(c)) return false;
  }
  // A derived value (the total's own formula names only the dimensions) or a group statistic over the total.
  return (
    !edition.model.derived.some((d) => mentions(d.expr)) &&
    !(edition.model.group?.criteria ?? []).some(mentions)
  );
}

function mentionsTotal(c: { subject?: string; test: unknown; when?: unknown }): boolean {
  return c.subject === TOTAL_SCORE || mentions({ test: c.test, when: c.when });
}

/** Whether the total's name appears anywhere in a model part (a formula, a condition); unsure counts as yes. */
function mentions(part: unknown): boolean {
  try {
    return JSON.stringify(part).includes(`"${TOTAL_SCORE}"`);
  } catch {
    return true;
  }
}
