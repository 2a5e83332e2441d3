import type { Band } from '../model/band';
import type { CheckModel, Operand, RuleSetModel } from '../model/rule-set-model';

/**
 * The numbers each indicator's own value is compared with, by indicator name: the literal limits and table cells of
 * the requirements (criteria and scope) whose subject it is, the finite ends of their ranges, and the finite ends of
 * the `points` bands that score it. A limit a formula computes is not known without a record and is left out, as
 * are tolerances and limits on derived values that read the indicator. An indicator with none is not in the map.
 *
 * @example
 * indicatorLimits(model).get('passRate'); // [90, 95, 98] for points [["< 90", 0], ["[90, 95)", 60], …]
 */
export function indicatorLimits(model: RuleSetModel): ReadonlyMap<string, readonly number[]> {
  const limits = new Map<string, number[]>();
  const add = (name: string, values: Iterable<number>) => {
    for (const v of values) {
      if (!Number.isFinite(v)) continue;
      const list = limits.get(name);
      if (list === undefined) limits.set(name, [v]);
      else if (!list.includes(v)) list.push(v);
    }
  };
  const names = new Set(model.indicators.map((i) => i.name));
  for (const check of [...model.scope, ...model.criteria])
    if (check.subject !== undefined && names.has(check.subject))
      add(check.subject, checkLimits(model, check));
  for (const dimension of model.scoring?.dimensions ?? [])
    for (const item of dimension.items)
      add(
        item.indicator,
        (item.bands ?? []).flatMap((b) => bandEnds(b.band)),
      );
  return limits;
}

/** The numbers one requirement compares its subject with, where they are written (not computed). */
function checkLimits(model: RuleSetModel, check: CheckModel): number[] {
  const test = check.test;
  switch (test.kind) {
    case 'compare':
      return operandNumbers(model, test.operand);
    case 'range':
      return bandEnds(test.band);
    default:
      return [];
  }
}

function operandNumbers(model: RuleSetModel, operand: Operand): number[] {
  if (operand.kind === 'literal')
    return typeof operand.literal.value === 'number' ? [operand.literal.value] : [];
  if (operand.kind === 'cell') {
    const table = model.tables[operand.table];
    const out: number[] = [];
    for (const row of table?.rows ?? []) {
      const cell = row.cells.get(operand.column);
      if (cell && typeof cell.value === 'number') out.push(cell.value);
    }
    return out;
  }
  return [];
}

function bandEnds(band: Band): number[] {
  return [band.lower, band.upper].filter((v) => Number.isFinite(v));
}
