import type { CheckModel, IndicatorModel } from '../model/rule-set-model';
import { localized } from '../text/localized-text';
import { itemPaths } from './check-divisors';
import type { ModelContext } from './model-context';
import { mayBeAbsent, whenNeeds } from './when-needs';

/**
 * Warns (`unmet-when-absent`) at a scope item that tests an optional indicator (`required: false`, or only
 * `requiredWhen`, no `default`) whatever the record: a record without it is out of scope, not graded, where the
 * author most often meant "required of some products" (newcomer-32 M6: `frostResistant = true` as a scope item,
 * frost resistance asked of outdoor tiles only, put every indoor tile out of scope). The fix named is a criterion
 * with a `when` — the indicator's `requiredWhen` where it has one — as the warning on requirements says.
 *
 * @example
 * checkScopeWhenAbsent(ctx, scope, indicators); // pushes a warning per such scope item
 */
export function checkScopeWhenAbsent(
  ctx: ModelContext,
  scope: readonly CheckModel[],
  indicators: readonly IndicatorModel[],
): void {
  let paths: ReturnType<typeof itemPaths> | undefined;
  const optional = indicators.filter(mayBeAbsent);
  for (const c of scope) {
    const f = optional.find((i) => i.name === c.subject);
    if (!f) continue;
    // A `default` refused (an error at the indicator) leaves it looking optional: that error says it all.
    if (ctx.issues.some((i) => i.severity === 'error' && i.path[0] === 'indicators' && i.path[1] === f.name))
      continue;
    // A `when` that cannot hold without the indicator switches the item off for a record without it.
    if (c.when !== undefined && whenNeeds(c.when, [f]).length > 0) continue;
    paths ??= itemPaths(ctx);
    const path = paths.get(`${c.location.line}:${c.location.column}`);
    const when = whenText(ctx.doc.indicators?.[f.name]?.requiredWhen);
    const fl = f.label;
    const issue = ctx.source.issue(
      'unmet-when-absent',
      localized(
        `适用范围条目“${c.sourceId}”检验可选指标“${fl.zh}”（“${f.name}”）：未给出“${f.name}”的记录都超出适用范围（不分级）。` +
          `若只对部分产品要求它，请改写为判定项（criteria）并加${when ? ` when: ${when}（即它的 requiredWhen）` : '只在这些产品上成立的“when”'}；若每个产品都必须检测，请设为必填（“required: true”）`,
        `scope item "${c.sourceId}" tests the optional indicator "${fl.en}" (${f.name}): a record that does not give ${f.name} is out of scope (not graded). ` +
          `If it is asked of some products only, make it a criterion with ${when ? `when: ${when} (its requiredWhen)` : 'a "when" that holds for those products only'}; if every product must be tested, make it required ("required: true")`,
      ),
      path ?? [],
    );
    ctx.issues.push({ ...issue, severity: 'warning' });
  }
}

/** A `requiredWhen` of plain values as YAML writes it in one line (`{ usage: 室外 }`); else `undefined`. */
function whenText(when: unknown): string | undefined {
  if (when === null || typeof when !== 'object' || Array.isArray(when)) return undefined;
  const parts: string[] = [];
  for (const [key, value] of Object.entries(when)) {
    if (key === 'all' || key === 'any' || key === 'not') return undefined;
    const plain = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
    if (plain(value)) parts.push(`${key}: ${String(value)}`);
    else if (Array.isArray(value) && value.every(plain)) parts.push(`${key}: [${value.join(', ')}]`);
    else return undefined;
  }
  return parts.length > 0 ? `{ ${parts.join(', ')} }` : undefined;
}
