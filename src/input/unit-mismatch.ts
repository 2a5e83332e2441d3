import { UsageError } from '../errors/usage-error';
import type { IndicatorInfo } from '../resolve/rule-set';
import { type LocalizedText, localized } from '../text/localized-text';
import { unitAsWritten } from './unit-as-written';
import {
  countBasisOnly,
  isDegreeWord,
  isDimensionless,
  isRatioKey,
  perCycleOnly,
  perWhole,
  unitFactor,
  unitKey,
  weightingOnly,
} from './units';

/**
 * Whether a unit is a ratio of one unit to itself (`W/W`, `Wh/Wh`, `kW·h/(kW·h)`, `W·h/W`) or no unit (`无量纲`,
 * `1`, `—`): what an indicator with no unit (APF, SEER) is, so writing it is no other unit.
 *
 * @example
 * isRatioUnit('W·h/(W·h)'); // true
 * isRatioUnit('%'); // false
 */
export function isRatioUnit(text: string): boolean {
  return isDimensionless(text) || isRatioKey(unitKey(text));
}

/** A column whose header or units row gives it a unit other than its indicator's. */
export interface UnitMismatch {
  /** The column, 0-based. */
  column: number;
  /** The column's header as written, trimmed. */
  header: string;
  /** The unit the header or units row writes. */
  written: string;
  /** The indicator the column names; one that declares no unit takes none (hostile-26 W5). */
  indicator: IndicatorInfo;
  /** Whose indicator it is, when another rule set's ({@link AlsoRead}): `规则集 B 的` / `rule set B's`. */
  owner?: LocalizedText;
  /** Whether `written` is no unit qgrade knows, in a row whose other cells are units (committee-38 F1). */
  unknown?: true;
}

/**
 * An indicator of another rule set that reads a field too, in its own unit:
 * `qgrade compare` reads a column once for A and B, and B's indicator of
 * the same name (or a twin's) may be in another unit than A's.
 */
export interface AlsoRead {
  indicator: IndicatorInfo;
  /** Whose it is, for messages: `规则集 B 的` / `rule set B's`. */
  owner: LocalizedText;
  /** Whose the field's own indicator is: `规则集 A 的` / `rule set A's`. */
  fieldOwner: LocalizedText;
}

/** Field → the other rule sets' indicators that read it ({@link AlsoRead}). */
export type AlsoReadBy = ReadonlyMap<string, readonly AlsoRead[]>;

/**
 * A mismatch with the field's own indicator, naming whose it is when other
 * rule sets read the field too ({@link AlsoRead}): "the indicator" would not
 * say which of the two.
 */
export function ownMismatch(mismatch: UnitMismatch, alsoRead: AlsoReadBy | undefined): UnitMismatch {
  const other = alsoRead?.get(mismatch.indicator.name)?.[0];
  return other ? { ...mismatch, owner: other.fieldOwner } : mismatch;
}

/**
 * The mismatches of a column whose unit is written (in its header or a
 * units row) and whose field other rule sets' indicators read too: each of
 * them that declares another unit, into which the written one does not
 * convert ({@link unitFactor}). The unit was read as the field's own
 * indicator's, so it is a unit even as a single letter (`W`).
 *
 * @example
 * alsoMismatches(2, '额定制冷量 CC/kW', 'ratedCoolingCapacity', 'kW', alsoRead); // B's indicator in W
 */
export function alsoMismatches(
  column: number,
  header: string,
  field: string,
  written: string,
  alsoRead: AlsoReadBy | undefined,
): UnitMismatch[] {
  const key = unitKey(written);
  // A unit that converts to the other's (% and ‰, W and kW) is no mismatch: compare hands that side the
  // values converted (committee-29 F1).
  return (alsoRead?.get(field) ?? [])
    .filter(
      (o) =>
        o.indicator.unit !== undefined &&
        unitKey(o.indicator.unit) !== key &&
        unitFactor(written, o.indicator.unit) === undefined,
    )
    .map((o) => ({ column, header, written, indicator: o.indicator, owner: o.owner }));
}

/**
 * The error for columns in another unit than their indicators': their
 * values would be compared with limits in the indicator's unit, and graded
 * wrongly, so nothing is graded. Names each column, its unit and the
 * indicator's unit.
 *
 * @param input - what to call the input in messages, if anything
 * @param unitsRow - where the units row is (`第 2 行` / `line 2`), when the units were written there
 * @example
 * throw unitMismatchError('lab.csv', [{ column: 4, header: '抗拉强度 Rm/kN', written: 'kN', indicator }]);
 */
export function unitMismatchError(
  input: string | undefined,
  all: readonly UnitMismatch[],
  unitsRow?: LocalizedText,
): UsageError {
  // A unit qgrade does not know is told only when no known one is another unit: the row's other error comes first.
  const known = all.filter((m) => !m.unknown);
  if (known.length === 0 && all.length > 0) return unknownUnitError(input, all, unitsRow);
  const mismatches = known;
  const zh = columnRuns(mismatches).map(({ m, last }) => {
    const column = `${last === m.column ? `第 ${m.column + 1} 列` : `第 ${m.column + 1}–${last + 1} 列`}“${m.header}”`;
    const what = unitsRow
      ? `${unitsRow.zh}（表头下的单位行）把${column}的单位写作 ${m.written}`
      : `${column}的单位是 ${unitAsWritten(m.header, m.written)}`;
    const its = `${m.owner?.zh ?? ''}指标 ${m.indicator.name}（${m.indicator.label.zh}）`;
    return `${what}，而${m.indicator.unit === undefined ? `${its}没有单位` : `${its}的单位是 ${m.indicator.unit}`}`;
  });
  const en = columnRuns(mismatches).map(({ m, last }) => {
    const column = `${last === m.column ? `column ${m.column + 1}` : `columns ${m.column + 1}–${last + 1}`} ("${m.header}")`;
    const what = unitsRow
      ? `${unitsRow.en} (the units under the header) gives ${column} the unit ${m.written}`
      : `${column} ${last === m.column ? 'is' : 'are'} in ${unitAsWritten(m.header, m.written)}`;
    const its = `${m.owner ? `${m.owner.en} ` : 'the '}indicator ${m.indicator.name} (${m.indicator.label.en})`;
    return `${what}, but ${m.indicator.unit === undefined ? `${its} has no unit` : `${its} is in ${m.indicator.unit}`}`;
  });
  const units = new Set(mismatches.map((m) => m.indicator.unit));
  const [one] = units;
  const to =
    units.size === 1 ? localized(` ${one}`, one!) : localized('各指标的单位', "each indicator's unit");
  const header = unitsRow ? localized('单位行', 'units row') : localized('表头', 'header');
  // Another rule set's indicator (compare's B): converting to its unit would put the column out of the first's.
  if (mismatches.some((m) => m.owner))
    return new UsageError(
      localized(
        `${input ? `${input}：` : ''}${zh.join('；')}。按其他单位写的数值会被错误判定，因此不作判定：一列数值只有一种单位，而比较的两个规则集以不同单位读取它`,
        `${input ? `${input}: ` : ''}${en.join('; ')}. Values in another unit would be graded wrongly, so nothing is graded: a column's values are in one unit, and the rule sets compared read it in different units`,
      ),
    );
  // Hostile-26 W5: a unit on an indicator with none (`APF(%)`): the values are converted to the plain figure.
  if (units.size === 1 && one === undefined)
    return new UsageError(
      localized(
        `${input ? `${input}：` : ''}${zh.join('；')}。按其他单位写的数值会被错误判定，因此不作判定：请把数值换算为指标所取的无单位数值，并删去${header.zh}中的单位`,
        `${input ? `${input}: ` : ''}${en.join('; ')}. Values in another unit would be graded wrongly, so nothing is graded: convert the values to the figure the indicator takes, which has no unit, and remove the unit from the ${header.en}`,
      ),
    );
  // Newcomer-27 F1: `kWh` under kWh/cycle: the same figure if it is one cycle's, so no conversion may be needed;
  // not read as per cycle all the same, as a sheet's kWh may be a year's or a day's consumption.
  if (units.size === 1 && mismatches.every((m) => perCycleOnly(m.written, one!)))
    return new UsageError(
      localized(
        `${input ? `${input}：` : ''}${zh.join('；')}。两者只差“每次”（/cycle）；按其他单位写的数值会被错误判定，因此不作判定：如果数值就是每次（每个周期）的量，无需换算，只需把${header.zh}中的单位改为 ${one}；如果是每年、每天等的累计量，请先换算为每次的量`,
        `${input ? `${input}: ` : ''}${en.join('; ')}. The two differ only in "per cycle" (/cycle); values in another unit would be graded wrongly, so nothing is graded: if the values are per cycle, no conversion is needed: only the ${header.en} needs to change, to ${one}; if they are totals per year, per day or the like, convert them to one cycle's first`,
      ),
    );
  // Newcomer-27 D04: `分贝`, `dB` under dB(A): no conversion turns an unweighted level into an A-weighted one.
  if (units.size === 1 && mismatches.every((m) => weightingOnly(m.written, one!)))
    return new UsageError(
      localized(
        `${input ? `${input}：` : ''}${zh.join('；')}。${one} 是 A 计权声级；按其他单位写的数值会被错误判定，因此不作判定：如果数值就是 A 计权声级（噪声检测报告通常如此），无需换算，只需把${header.zh}中的单位改为 ${one}；如果不是，它们无法换算为 ${one}，不能按此指标判定`,
        `${input ? `${input}: ` : ''}${en.join('; ')}. ${one} is the A-weighted sound level; values in another unit would be graded wrongly, so nothing is graded: if the values are A-weighted levels (as noise test reports give them), no conversion is needed: only the ${header.en} needs to change, to ${one}; if they are not, they cannot be converted to ${one} and cannot be graded on this indicator`,
      ),
    );
  // Newcomer-34 F5: `度` under °C or kWh: the same figure if 度 means that unit, which the header does not say.
  if (units.size === 1 && mismatches.every((m) => isDegreeWord(m.written))) {
    return new UsageError(
      localized(
        `${input ? `${input}：` : ''}${zh.join('；')}。“度”可以指角度、摄氏度或千瓦时，因此不作判定：如果数值就是以 ${one} 计，无需换算，只需把${header.zh}中的单位改为 ${one}`,
        `${input ? `${input}: ` : ''}${en.join('; ')}. "度" may be degrees of angle, °C or kWh, so nothing is graded: if the values are in ${one}, no conversion is needed: only the ${header.en} needs to change, to ${one}`,
      ),
    );
  }
  // Newcomer-38 W2: `透光率(无量纲)` under %: a fraction of one, 0.88 for 88 %, which only a factor makes a share.
  const times = units.size === 1 && one !== undefined ? perWhole(one) : undefined;
  if (times !== undefined && mismatches.every((m) => isDimensionless(m.written))) {
    return new UsageError(
      localized(
        `${input ? `${input}：` : ''}${zh.join('；')}。无量纲的数值是 1 的分数（如 0.88），而 ${one} 是其 1/${times}，按 ${one} 读取会被错误判定，因此不作判定：请把数值乘以 ${times}（0.88 → ${String(Math.round(88 * times) / 100)}），并把${header.zh}中的单位改为 ${one}`,
        `${input ? `${input}: ` : ''}${en.join('; ')}. A figure with no unit is a fraction of one (such as 0.88), and ${one} is 1/${times} of one, so read in ${one} the values would be graded wrongly and nothing is graded: multiply the values by ${times} (0.88 → ${String(Math.round(88 * times) / 100)}) and write ${one} in the ${header.en}`,
      ),
    );
  }
  // Newcomer-34 F1: `个/片`, `个` under 个/m²: a count converts only through what each was counted on.
  if (units.size === 1 && mismatches.every((m) => countBasisOnly(m.written, one!))) {
    const advice = countAdvice(one!, header);
    return new UsageError(
      localized(
        `${input ? `${input}：` : ''}${zh.join('；')}。按其他单位写的数值会被错误判定，因此不作判定：${advice.zh}`,
        `${input ? `${input}: ` : ''}${en.join('; ')}. Values in another unit would be graded wrongly, so nothing is graded: ${advice.en}`,
      ),
    );
  }
  return new UsageError(
    localized(
      `${input ? `${input}：` : ''}${zh.join('；')}。按其他单位写的数值会被错误判定，因此不作判定：请把数值换算为${to.zh}，并改写${header.zh}中的单位`,
      `${input ? `${input}: ` : ''}${en.join('; ')}. Values in another unit would be graded wrongly, so nothing is graded: convert the values to ${to.en} and write that unit in the ${header.en}`,
    ),
  );
}

/**
 * Mismatches of adjacent columns with one header, unit and indicator made one run (`透光率(无量纲)` merged over five
 * specimen columns is told once, as columns 5–9): each run's first mismatch and its last column.
 */
function columnRuns(mismatches: readonly UnitMismatch[]): { m: UnitMismatch; last: number }[] {
  const runs: { m: UnitMismatch; last: number }[] = [];
  for (const m of mismatches) {
    const run = runs.at(-1);
    if (
      run !== undefined &&
      run.last + 1 === m.column &&
      run.m.header === m.header &&
      run.m.written === m.written &&
      run.m.indicator === m.indicator &&
      run.m.owner === m.owner
    )
      run.last = m.column;
    else runs.push({ m, last: m.column });
  }
  return runs;
}

/**
 * The error for a units row with one cell that is no unit qgrade knows (`W·hr/W`), its other cells units: read as a
 * record, the row would be graded as a sample (committee-38 F1); read as units, that column's unit is a guess.
 */
function unknownUnitError(
  input: string | undefined,
  unknown: readonly UnitMismatch[],
  unitsRow: LocalizedText | undefined,
): UsageError {
  const where = unitsRow ?? localized('表头下的单位行', 'the units row');
  const zh = unknown.map((m) => {
    const its = `指标 ${m.indicator.name}（${m.indicator.label.zh}）`;
    const advice =
      m.indicator.unit === undefined
        ? `${its}没有单位：如果数值就是它的无单位数值，请清空该单元格`
        : `${its}的单位是 ${m.indicator.unit}：如果数值就是以 ${m.indicator.unit} 计，请在该单元格写 ${m.indicator.unit}，否则请先把数值换算为 ${m.indicator.unit}`;
    return `${where.zh}（表头下的单位行）把第 ${m.column + 1} 列“${m.header}”的单位写作“${m.written}”，qgrade 不认识这个单位；${advice}`;
  });
  const en = unknown.map((m) => {
    const its = `the indicator ${m.indicator.name} (${m.indicator.label.en})`;
    const advice =
      m.indicator.unit === undefined
        ? `${its} has no unit: if the values are its plain figures, empty that cell`
        : `${its} is in ${m.indicator.unit}: if the values are in ${m.indicator.unit}, write ${m.indicator.unit} in that cell; else convert them to ${m.indicator.unit} first`;
    return `${where.en} (the units under the header) gives column ${m.column + 1} ("${m.header}") the unit "${m.written}", which qgrade does not know; ${advice}`;
  });
  return new UsageError(
    localized(
      `${input ? `${input}：` : ''}${zh.join('；')}。该行其余单元格都是单位，因此它不作为记录判定；单位不明的数值会被错误判定，因此不作判定`,
      `${input ? `${input}: ` : ''}${en.join('; ')}. The row's other cells are units, so it is not graded as a record; values in a unit not known would be graded wrongly, so nothing is graded`,
    ),
  );
}

/**
 * What to do with counts in another count than an indicator's (`个/片` under `个/m²`): divide each by what it was
 * counted on, an area or a number of pieces, which only the sheet's author knows; then write the indicator's
 * unit in the header (`header`: 表头 / header, or the units row).
 *
 * @example
 * countAdvice('个/m²', localized('表头', 'header')).en;
 * // '个/m² is a count per m², so divide each sample's count by its area in m² and write 个/m² in the header'
 */
export function countAdvice(unit: string, header: LocalizedText): LocalizedText {
  const per = /\/(.+)$/u.exec(unit)?.[1]?.trim();
  if (per === undefined)
    return localized(
      `${unit} 是每个样品的个数，请写出每个样品的个数，并把${header.zh}中的单位改为 ${unit}`,
      `${unit} is a count per sample, so write each sample's count and write ${unit} in the ${header.en}`,
    );
  // An area (`m²`, `100 cm²`): the sample's area is what the count is divided by.
  const area = /^[\d\s]*(?:m|cm|mm|dm)(?:2|²|\^2)$/u.test(per.normalize('NFKC')) || /平方/u.test(per);
  return area
    ? localized(
        `${unit} 是每 ${per} 的个数，请把每个样品的个数除以它的面积（以 ${per} 计），并把${header.zh}中的单位改为 ${unit}`,
        `${unit} is a count per ${per}, so divide each sample's count by its area in ${per} and write ${unit} in the ${header.en}`,
      )
    : localized(
        `${unit} 是每 ${per} 的个数，请把每个样品的个数换算为每 ${per} 的个数，并把${header.zh}中的单位改为 ${unit}`,
        `${unit} is a count per ${per}, so convert each sample's count to a count per ${per} and write ${unit} in the ${header.en}`,
      );
}

/**
 * Why a column in `度` is not read under an indicator in another unit (`°C`, `kWh/cycle`), and what to write:
 * 度 stands for an angle's degree, °C and kWh alike, so the header must name the indicator's unit; the values
 * need no conversion if they are in it.
 *
 * @example
 * degreeAdvice('°C', localized('表头', 'header')).en;
 * // 'the unit "度" in the header may be degrees of angle, °C or kWh, and the indicator is in °C, so it is not read as it; …'
 */
export function degreeAdvice(unit: string, header: LocalizedText): LocalizedText {
  return localized(
    `${header.zh}中的单位“度”可以指角度、摄氏度或千瓦时，而该指标的单位是 ${unit}，因此没有按它读取；如果数值就是以 ${unit} 计，无需换算，只需把${header.zh}中的单位改为 ${unit}`,
    `the unit "度" in the ${header.en} may be degrees of angle, °C or kWh, and the indicator is in ${unit}, so it is not read as it; if the values are in ${unit}, no conversion is needed: only the ${header.en} needs to change, to ${unit}`,
  );
}
