import type { DocumentPath } from '../load/source-document';
import { type CompareOperator, operatorSymbol } from '../model/operators';
import type { ComparisonModel, TableModel, TestModel } from '../model/rule-set-model';
import { formatDecimal, parseDecimal } from '../rounding/decimal';
import type { RoundingInterval } from '../rounding/gbt8170';
import { type LocalizedText, localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

/**
 * Warns where a written limit has more digits than the rounding interval its
 * comparison rounds to: under `comparison: rounded` with `interval: 0.1` the
 * value is a multiple of 0.1 when it meets `≥ 4.625`, so the limit acts as
 * `≥ 4.7` and 4.625 itself fails. Limits from formulas are not looked at; a
 * table cell is warned about once, at the cell.
 *
 * @param require - the requirement as written, to locate the limit in it
 * @param seen - cells already warned about, by `table:row:column`
 */
export function checkLimitDigits(
  ctx: ModelContext,
  test: TestModel,
  comparison: ComparisonModel,
  require: string,
  path: DocumentPath,
  seen: Set<string>,
): void {
  if (comparison.method !== 'rounded' || !comparison.interval) return;
  const iv = comparison.interval;
  const at = [...path, 'require'];
  if (test.kind === 'compare' && test.operand.kind === 'literal') {
    const written = test.operand.literal.text;
    const acts = compareActsAs(test.operator, written, iv);
    if (acts)
      warn(
        ctx,
        written,
        iv,
        `${operatorSymbol(test.operator)} ${written}`,
        acts,
        at,
        require.indexOf(written),
      );
  } else if (test.kind === 'compare' && test.operand.kind === 'cell') {
    const operand = test.operand;
    const table = [...ctx.tables.values()].find((t) => t.index === operand.table);
    for (const row of table?.rows ?? []) {
      const cell = row.cells.get(operand.column);
      if (!cell || typeof cell.value !== 'number') continue;
      const acts = compareActsAs(test.operator, cell.text, iv);
      const cellPath = [...row.path, (table as TableModel).keys.length + operand.columnIndex];
      const key = cellPath.join(':');
      if (!acts || seen.has(key)) continue;
      seen.add(key);
      warn(ctx, cell.text, iv, `${operatorSymbol(test.operator)} ${cell.text}`, acts, cellPath);
    }
  } else if (test.kind === 'range') {
    const lower = toMultiple(test.lowerText, iv, 'up');
    const upper = toMultiple(test.upperText, iv, 'down');
    if (lower === undefined && upper === undefined) return;
    const { band } = test;
    const shown = `${band.lowerInclusive ? '[' : '('}${test.lowerText}, ${test.upperText}${band.upperInclusive ? ']' : ')'}`;
    const acts = `${lower !== undefined || band.lowerInclusive ? '[' : '('}${lower ?? test.lowerText}, ${upper ?? test.upperText}${upper !== undefined || band.upperInclusive ? ']' : ')'}`;
    const written = lower !== undefined ? test.lowerText : test.upperText;
    warn(ctx, written, iv, shown, localized(`“${acts}”`, `"${acts}"`), at, require.indexOf(written));
  }
}

function warn(
  ctx: ModelContext,
  written: string,
  iv: RoundingInterval,
  shown: string,
  acts: LocalizedText,
  path: DocumentPath,
  index?: number,
): void {
  const text = localized(
    `限值 ${written} 不是修约间隔 ${iv.text} 的整数倍：取值先修约到 ${iv.text} 的整数倍再比较，因此“${shown}”实际相当于${acts.zh}`,
    `the limit ${written} is not a multiple of the rounding interval ${iv.text}: the value is rounded to a multiple of ${iv.text} before it is compared, so "${shown}" acts as ${acts.en}`,
  );
  const issue =
    index !== undefined && index >= 0
      ? ctx.source.issueInText('limit-finer-than-interval', text, path, index)
      : ctx.source.issue('limit-finer-than-interval', text, path);
  ctx.issues.push({ ...issue, severity: 'warning' });
}

/** What `operator written` acts as on a value rounded to `iv`, or undefined when `written` is a multiple of `iv`. */
function compareActsAs(
  operator: CompareOperator,
  written: string,
  iv: RoundingInterval,
): LocalizedText | undefined {
  const up = toMultiple(written, iv, 'up');
  if (up === undefined) return undefined;
  const down = toMultiple(written, iv, 'down')!;
  switch (operator) {
    case '>=':
    case '>':
      return localized(`“≥ ${up}”`, `"≥ ${up}"`);
    case '<=':
    case '<':
      return localized(`“≤ ${down}”`, `"≤ ${down}"`);
    case '=':
      return localized('永远不满足的要求', 'a requirement no value meets');
    case '!=':
      return localized('任何值都满足的要求', 'a requirement every value meets');
  }
}

// Beyond this many decades between a limit and its interval, do not look (and build no huge integers).
const MAX_DECADES = 400;

/**
 * The nearest multiple of `iv` at or above (`up`) or below (`down`) the
 * decimal `text`, written with the interval's decimals; undefined when
 * `text` is a multiple already (or not a decimal).
 */
function toMultiple(text: string, iv: RoundingInterval, direction: 'up' | 'down'): string | undefined {
  const d = parseDecimal(text.trim());
  if (!d || Math.abs(d.exponent - iv.exponent) > MAX_DECADES) return undefined;
  const base = Math.min(d.exponent, iv.exponent);
  const value = BigInt(d.digits) * 10n ** BigInt(d.exponent - base) * (d.negative ? -1n : 1n);
  const step = BigInt(iv.unit) * 10n ** BigInt(iv.exponent - base);
  if (value % step === 0n) return undefined;
  // Floor division on BigInt, which truncates toward zero.
  let k = value / step;
  if (value < 0n) k -= 1n;
  if (direction === 'up') k += 1n;
  const multiple = k * BigInt(iv.unit);
  const negative = multiple < 0n;
  return formatDecimal(
    { negative, digits: String(negative ? -multiple : multiple), exponent: iv.exponent },
    iv.decimals,
  );
}
