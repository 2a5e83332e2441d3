import type { GradeResult } from '../model/grade-result';
import type { RuleSetModel } from '../model/rule-set-model';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import type { FieldTwin } from './field-twins';

/**
 * The indicators only B has, without a default, that no record gives: B's requirements on them were not
 * tested on this input (committee-24 F5: a draft's new 比表面积 requirement, and four records 特优品 under B
 * without it). What that did to the grades under B depends on the requirement: one skipped when the value is
 * absent (a `when` on it) left them as they were; one that counts a missing value as not met held every record
 * below the grades that need it (committee-25 F2: 41 records lost 1级 to a 待机功率 no sample was tested for),
 * and the notice says so, with the records that changed grade because of it. `add` each record as read,
 * `graded` its result under B (and the causes of its change, if it changed), `notices` at the end.
 *
 * @example
 * const untested = createUntestedIndicators(a.indicators, b.indicators, modelOf(b), twins);
 * untested.add({ chloride: 0.02 });
 * untested.notices()[0]?.en; // 'B\'s new indicator specificSurface (Specific surface area) has no column …'
 */
export function createUntestedIndicators(
  a: readonly IndicatorInfo[],
  b: readonly IndicatorInfo[],
  modelB: RuleSetModel,
  twins: readonly FieldTwin[],
): {
  add(record: unknown): void;
  graded(b: GradeResult, causes: readonly string[] | undefined): void;
  /** One notice per untested indicator; or, when no record gives any value B reads, that one notice alone. */
  notices(): LocalizedText[];
} {
  const inA = new Set(a.map((i) => i.name));
  const twinned = new Set(twins.map((t) => t.b));
  const watched = new Map(
    b
      .filter((i) => !inA.has(i.name) && !twinned.has(i.name) && i.default === undefined)
      .map((i) => [i.name, i]),
  );
  const seen = new Set<string>();
  // Whether some record gives a value B reads (one of its indicators, or A's twin of one): when none does, B
  // shares no column with these samples (hostile-30 M2: AC data compared with the rebar set) and says so once.
  const readByB = new Set([...b.map((i) => i.name), ...twins.map((t) => t.a)]);
  let bReadsSome = readByB.size === 0;
  // Per watched indicator whose requirements went unmet for want of a value (in a full result under B): of the
  // changed records, those it moved (`moved`) and those it alone moved (`only`).
  const missing = new Map<string, { moved: number; only: number }>();
  return {
    graded(result, causes) {
      if (watched.size === seen.size) return;
      const unmet = new Map<string, Set<string>>();
      for (const c of result.criteria) {
        if (c.status !== 'missing' || c.indicator === null || !watched.has(c.indicator)) continue;
        const ids = unmet.get(c.indicator);
        if (ids) ids.add(c.id);
        else unmet.set(c.indicator, new Set([c.id]));
      }
      for (const [name, ids] of unmet) {
        const count = missing.get(name) ?? { moved: 0, only: 0 };
        missing.set(name, count);
        if (!causes?.some((id) => ids.has(id))) continue;
        count.moved++;
        if (causes.every((id) => ids.has(id))) count.only++;
      }
    },
    add(record) {
      if (record === null || typeof record !== 'object') return;
      const fields = record as Record<string, unknown>;
      if (!bReadsSome)
        for (const name of readByB)
          if (fields[name] !== undefined && fields[name] !== null) {
            bReadsSome = true;
            break;
          }
      if (watched.size === seen.size) return;
      for (const name of watched.keys())
        if (!seen.has(name) && fields[name] !== undefined && fields[name] !== null) seen.add(name);
    },
    notices() {
      if (!bReadsSome) return [noColumnOfB(b)];
      const out: LocalizedText[] = [];
      for (const [name, ind] of watched) {
        if (seen.has(name)) continue;
        const ids = [
          ...new Set(
            [...modelB.scope, ...modelB.criteria].filter((c) => c.subject === name).map((c) => c.sourceId),
          ),
        ];
        if (ids.length === 0) continue;
        const unmet = missing.get(name);
        // A record whose grade did not change carries no requirements: a requirement with no `when` tells too.
        const always = modelB.criteria.some((c) => c.subject === name && c.when === undefined);
        if (unmet || always) {
          out.push(countedUnmet(name, ind, unmet?.moved ?? 0, unmet?.only ?? 0));
          continue;
        }
        out.push(
          localized(
            `B 新增的指标 ${ind.label.zh}（${name}）在样品中没有列：新要求 ${ids.join('、')} 对这批样品未经检验，B 下的等级未考虑它`,
            `B's new indicator ${name} (${ind.label.en}) has no column in the samples: the new requirement${ids.length > 1 ? 's' : ''} ${ids.join(', ')} ${ids.length > 1 ? 'were' : 'was'} not tested on these records, and their grades under B do not take ${ids.length > 1 ? 'them' : 'it'} into account`,
          ),
        );
      }
      return out;
    },
  };
}

/** The one notice when no record gives a value of any of B's indicators: B's grades say nothing of these data. */
function noColumnOfB(b: readonly IndicatorInfo[]): LocalizedText {
  const names = b.slice(0, 5).map((i) => i.name);
  const more = b.length > 5 ? '…' : '';
  return localized(
    `B 没有读到这批样品的任何一列：它的 ${b.length} 个指标（${names.join('、')}${more}）在样品中都没有列，与 A 没有共同读到的指标（是否用错了规则集或数据？）；B 下的结果只来自缺少的数值和默认值，不反映这些样品`,
    `B reads no column of these samples: none of its ${b.length} indicator${b.length === 1 ? '' : 's'} (${names.join(', ')}${more}) has a column, and it shares none that the samples give with A (the wrong rule set or data?); the results under B come from missing values and defaults only, not from these samples`,
  );
}

/** The notice for a new indicator no record gives whose requirements count the missing value as not met. */
function countedUnmet(name: string, ind: IndicatorInfo, moved: number, only: number): LocalizedText {
  const head = localized(
    `B 新增的指标 ${ind.label.zh}（${name}）在样品中没有列：这批样品没有该指标的数值，B 下需要它的等级按不满足计`,
    `B's new indicator ${name} (${ind.label.en}) has no column in the samples: these records give no value of it, so the grades under B that need it count it as not met`,
  );
  const tail =
    moved === 0
      ? localized('，没有记录因此变化', ': no record changed grade because of it')
      : localized(
          `，${moved} 条记录因此变化（其中 ${only} 条只因此）`,
          `: ${moved} record${moved === 1 ? '' : 's'} changed grade because of it (${only} only because of it)`,
        );
  return { zh: head.zh + tail.zh, en: head.en + tail.en };
}
