import type { RuleSetModel } from '../model/rule-set-model';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import type { FieldTwin } from './field-twins';

/**
 * The indicators only B has, without a default, that no record gives: B's requirements on them were not
 * tested on this input, and the grades under B say nothing about them (committee-24 F5: a draft's new 比表面积
 * requirement, and four records 特优品 under B without it). `add` each record as read, `notices` at the end.
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
): { add(record: unknown): void; notices(): LocalizedText[] } {
  const inA = new Set(a.map((i) => i.name));
  const twinned = new Set(twins.map((t) => t.b));
  const watched = new Map(
    b
      .filter((i) => !inA.has(i.name) && !twinned.has(i.name) && i.default === undefined)
      .map((i) => [i.name, i]),
  );
  const seen = new Set<string>();
  return {
    add(record) {
      if (watched.size === seen.size || record === null || typeof record !== 'object') return;
      const fields = record as Record<string, unknown>;
      for (const name of watched.keys())
        if (!seen.has(name) && fields[name] !== undefined && fields[name] !== null) seen.add(name);
    },
    notices() {
      const out: LocalizedText[] = [];
      for (const [name, ind] of watched) {
        if (seen.has(name)) continue;
        const ids = [
          ...new Set(
            [...modelB.scope, ...modelB.criteria].filter((c) => c.subject === name).map((c) => c.sourceId),
          ),
        ];
        if (ids.length === 0) continue;
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
