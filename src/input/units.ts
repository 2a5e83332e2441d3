import type { IndicatorInfo } from '../resolve/rule-set';
import { unitKey, unitKeySpellings } from '../text/unit-key';

// Read here by most of input; the spellings live in text, beside the rule file's limits that read them too.
export { unitKey };

/**
 * Units known without a rule set, so that a header naming an indicator with
 * one of these that is not the indicator's own (`抗拉强度 Rm/kN`) is known
 * to be in another unit, not a second name (`SEER/APF`). Each in the
 * spelling {@link unitKey} gives.
 */
const KNOWN = new Set([
  // share and ratio
  '%',
  '‰',
  'ppm',
  // an efficiency ratio's unit as test reports write it (APF, SEER, EER: W/W, Wh/Wh)
  'W/W',
  'Wh/Wh',
  'kWh/kWh',
  'ppb',
  'mg/kg',
  'g/kg',
  'μg/g',
  'g/t',
  // parts per million as a power of ten (`×10⁻⁶`), after NFKC; a units row's cell starting with a digit is a value
  '×10-6',
  '×10−6',
  'x10-6',
  '×10^-6',
  'x10^-6',
  // stress, pressure, force
  'MPa',
  'GPa',
  'kPa',
  'Pa',
  'mPa',
  'ksi',
  'psi',
  'bar',
  'N',
  'kN',
  'MN',
  'kgf',
  'kgf/mm2',
  'kgf/cm2',
  // length, area, volume, mass
  'nm',
  'μm',
  'mm',
  'cm',
  'dm',
  'm',
  'km',
  'mm2',
  'cm2',
  'm2',
  'mm3',
  'cm3',
  'm3',
  'mL',
  'ml',
  'L',
  'mg',
  'g',
  'kg',
  't',
  'g/m',
  'kg/m',
  'kg/m3',
  'g/cm3',
  // time, temperature
  's',
  'min',
  'h',
  '°C',
  'K',
  // energy, power, electricity, light, sound
  'J',
  'kJ',
  'W',
  'kW',
  'kWh',
  // newcomer-27 W1: `耗电量(Wh)` under kWh/cycle was no unit, so a --map hint was given and 850 Wh graded as 850 kWh.
  'Wh',
  'MW',
  // Not convertible here: a rule set in W grades none of them (hostile-24 W4: `（匹）`, `（kcal/h）` graded as W).
  'kcal/h',
  'kcal',
  'Btu/h',
  'kBtu/h',
  'Btu',
  'RT',
  'HP',
  '匹',
  '万瓦',
  // A time written as hours and minutes, not minutes (hostile-24 W7: `终凝时间（h:min）`).
  'h:min',
  'V',
  'kV',
  'A',
  'mA',
  'Hz',
  'lm',
  'lm/W',
  'lx',
  'cd',
  'dB',
  'dB(A)',
  // hardness scales
  'HBW',
  'HB',
  'HRC',
  'HV',
]);

/**
 * Whether two units differ only in that one is per cycle and the other is not (`kWh` and `kWh/cycle`): a value
 * written under one is the other's figure when it is the quantity of one cycle, so only the header's unit needs
 * to change; but a sheet's `kWh` may as well be a year's or a day's consumption, so it is not read as per cycle.
 *
 * @example
 * perCycleOnly('kW·h', 'kWh/cycle'); // true
 * perCycleOnly('Wh', 'kWh/cycle'); // false
 */
export function perCycleOnly(a: string, b: string): boolean {
  const [ka, kb] = [unitKey(a), unitKey(b)];
  return ka === `${kb}/cycle` || kb === `${ka}/cycle`;
}

/**
 * The words a count is written in (`个`, `点`, `处`, `颗`; `pcs`): a bubble or a spot is counted, not measured.
 * Lower case, as a key is compared.
 */
const COUNT_WORDS = new Set(['个', '点', '处', '颗', '粒', '条', '只', '根', 'pcs', 'pc']);

/**
 * What a count's unit counts per, from its key ({@link unitKey}): `m2` for `个/m²` (a count per square metre), `片`
 * for `个/片` (per sheet), `''` for a plain count (`个`, `pcs`); `undefined` for a key that is no count. Two counts
 * are the same unit when they count per the same: `点/m²` is `个/m²`; `个/片` and `个` are not (newcomer-34 F1: eight
 * bubbles on a 7.9 m² sheet were graded as eight per square metre).
 *
 * @example
 * countBasis('个/m2'); // 'm2'
 * countBasis('个'); // ''
 * countBasis('mm'); // undefined
 */
export function countBasis(key: string): string | undefined {
  const m = /^([^/]+)(?:\/(.+))?$/u.exec(key);
  return m !== null && COUNT_WORDS.has(m[1]!.toLowerCase()) ? (m[2] ?? '') : undefined;
}

/** Whether two unit keys are one unit: the same key, or counts per the same ({@link countBasis}). */
export function sameUnitKey(a: string, b: string): boolean {
  if (a === b) return true;
  const basis = countBasis(a);
  return basis !== undefined && basis === countBasis(b);
}

/**
 * Whether two units are both counts, per different things or one per nothing (`个/片` or `个` and `个/m²`): a
 * count converts to the other only through the area or the number of pieces each value was counted on, which
 * no table holds.
 *
 * @example
 * countBasisOnly('个/片', '个/m²'); // true
 * countBasisOnly('点/m²', '个/m²'); // false: the same unit
 */
export function countBasisOnly(a: string, b: string): boolean {
  const [ba, bb] = [countBasis(unitKey(a)), countBasis(unitKey(b))];
  return ba !== undefined && bb !== undefined && ba !== bb;
}

export { weightingOnly } from '../text/sound-weighting';

/** Three ASCII digits in a row: kept by every step of {@link unitKey}'s folding (none removes a digit). */
const DIGIT_RUN = /\d{3}/;

/**
 * Whether no spelling of the tables above holds {@link DIGIT_RUN}: then no text that holds one folds to a known
 * unit. Checked here, not assumed, so a unit added with one (`1000L`) only turns the shortcut off.
 */
const NO_DIGIT_RUNS = ![...KNOWN, ...unitKeySpellings()].some((spelling) => DIGIT_RUN.test(spelling));

/**
 * Whether no known unit holds three ASCII digits in a row, so that no text holding them is one ({@link isKnownUnit}
 * answers `false` for it); `false` once a unit with such a run is added to the tables.
 *
 * @example
 * digitRunNamesNoUnit(); // true: `AC-0000001` is no unit, whatever unitKey would fold it to
 */
export function digitRunNamesNoUnit(): boolean {
  return NO_DIGIT_RUNS;
}

/**
 * Whether a text names a unit of the table above (`kW`, `mm²`, `MPa`), not
 * a word (`分` is points as often as minutes, so it is none).
 *
 * @example
 * isKnownUnit('kw'); // true
 * isKnownUnit('左右'); // false
 */
export function isKnownUnit(text: string): boolean {
  // A sample id (`AC-0000001`) is asked once per row by the remark readings: answered without unitKey's folding.
  if (NO_DIGIT_RUNS && DIGIT_RUN.test(text)) return false;
  return knownKey(unitKey(text));
}

/**
 * Whether a unit's key is one of the table, or one of them per cycle: `m3/cycle`, `Wh/cycle` (newcomer-27 W1:
 * `用水量(m3/cycle)` was no unit, so it was offered to --map and 0.100 m³ graded as 0.100 L; `0.1m3/cycle` in a cell
 * was to be written `0.1`).
 */
function knownKey(key: string): boolean {
  if (key === '') return false;
  if (KNOWN.has(key)) return true;
  const per = /^(.+)\/cycle$/u.exec(key)?.[1];
  return per !== undefined && KNOWN.has(per);
}

// Units of time, which no SI prefix relates.
const TIME = new Set(['s', 'min', 'h', 'd']);
// Units of volume, litres and cubic metres.
const VOLUME = new Set(['L', 'mL', 'ml', 'mm3', 'cm3', 'dm3', 'm3']);
// Units of power, which no SI prefix relates either: `12000 Btu/h` under W is to be converted, not a value in the
// wrong column (hostile-27 M3).
const POWER = new Set(['W', 'kW', 'MW', '万瓦', 'kcal/h', 'Btu/h', 'kBtu/h', 'RT', 'HP', '匹']);

/**
 * Whether two units measure the same quantity, so a value in one converts to
 * the other: the same unit after an SI prefix (`kW` and `W`, `MPa` and `kPa`,
 * `mm` and `m`), two units of time, of volume (`m3` and `L`) or of power (`Btu/h` and `W`), each perhaps per cycle. Guessed from the spelling only: `°C`
 * and `MPa` are not, and neither are units it cannot relate.
 *
 * @example
 * sameQuantity('kW', 'W'); // true
 * sameQuantity('°C', 'MPa'); // false
 */
export function sameQuantity(a: string, b: string): boolean {
  // Per cycle on one side or both: the quantity of one cycle (`Wh` and `kWh/cycle`; `m3/cycle` and `L/cycle`).
  const ka = unitKey(a).replace(/\/cycle$/u, '');
  const kb = unitKey(b).replace(/\/cycle$/u, '');
  if (
    ka === kb ||
    (TIME.has(ka) && TIME.has(kb)) ||
    (VOLUME.has(ka) && VOLUME.has(kb)) ||
    (POWER.has(ka) && POWER.has(kb))
  )
    return true;
  const base = (k: string) => k.replace(/^[kMGmμµcdn](?=[A-Za-z]{1,2}$)/u, '');
  return base(ka) === base(kb) && base(ka) !== '';
}

/** Seconds in each unit of time. */
const SECONDS: ReadonlyMap<string, number> = new Map([
  ['s', 1],
  ['min', 60],
  ['h', 3600],
  ['d', 86400],
]);

/**
 * Shares as powers of ten of the whole (committee-29 M4/F1: phosphorus moved from % to ‰ between editions, its
 * 0.045 % the 0.45 ‰ of the new one). Only the plain shares: `mg/kg` and the like are a mass fraction, which `%`
 * need not be.
 */
const SHARES: ReadonlyMap<string, number> = new Map([
  ['%', -2],
  ['‰', -3],
  ['ppm', -6],
  ['ppb', -9],
]);

/**
 * What a value in one share of the whole (`ppm`) is multiplied by to be in another (`%`): `undefined` unless both
 * are shares.
 *
 * @example
 * shareFactor('ppm', '%') // 0.0001
 */
export function shareFactor(from: string, to: string): number | undefined {
  const a = SHARES.get(unitKey(from));
  const b = SHARES.get(unitKey(to));
  return a !== undefined && b !== undefined ? 10 ** (a - b) : undefined;
}

/**
 * How many of a share (`%`, `‰`, `ppm`) make one whole: what a figure with no unit (0.88) is multiplied by to be
 * in it. `undefined` for any other unit.
 *
 * @example
 * perWhole('%'); // 100
 * perWhole('mm'); // undefined
 */
export function perWhole(unit: string): number | undefined {
  const power = SHARES.get(unitKey(unit));
  return power === undefined ? undefined : 10 ** -power;
}

/** The SI prefixes a unit of the table is written with, as powers of ten. */
const PREFIX_POWERS: ReadonlyMap<string, number> = new Map([
  ['G', 9],
  ['M', 6],
  ['k', 3],
  ['d', -1],
  ['c', -2],
  ['m', -3],
  ['μ', -6],
  ['µ', -6],
  ['n', -9],
]);

/**
 * The number a value in `from` is multiplied by to be the same quantity in
 * `to` (`min` → `h`: 1/60; `W` → `kW`: 0.001), when both are units of the
 * table above related by an SI prefix, both units of time or both shares (`%` → `‰`: 10); `undefined`
 * otherwise (`mm2` and `m2`, `°C` and `K`, a unit it does not know). A limit
 * re-expressed in a new unit (`≥ 45 min` → `≥ 0.75 h`) is compared through it.
 *
 * @example
 * unitFactor('min', 'h'); // 0.016666666666666666
 * unitFactor('W', 'kW'); // 0.001
 * unitFactor('%', '‰'); // 10
 * unitFactor('°C', 'K'); // undefined
 */
export function unitFactor(from: string, to: string): number | undefined {
  const ka = unitKey(from);
  const kb = unitKey(to);
  if (!KNOWN.has(ka) || !KNOWN.has(kb)) return undefined;
  if (ka === kb) return 1;
  const share = [SHARES.get(ka), SHARES.get(kb)];
  if (share[0] !== undefined || share[1] !== undefined)
    return share[0] !== undefined && share[1] !== undefined ? 10 ** (share[0] - share[1]) : undefined;
  const sa = SECONDS.get(ka);
  const sb = SECONDS.get(kb);
  if (sa !== undefined || sb !== undefined) return sa !== undefined && sb !== undefined ? sa / sb : undefined;
  const pa = prefixed(ka);
  const pb = prefixed(kb);
  if (!pa || !pb || pa.base !== pb.base) return undefined;
  return 10 ** (pa.power - pb.power);
}

/**
 * {@link unitFactor} when it is a power of ten (`kW` → `W`: 1000; `ppm` → `%`: 0.0001; `kN/mm²` → `MPa`: 1000), so a
 * value's figure in the other unit is exact at the digits written; `undefined` for any other factor (`h` → `min`: 60)
 * or none.
 *
 * @example
 * decimalFactor('kW', 'W'); // 1000
 * decimalFactor('h', 'min'); // undefined
 */
export function decimalFactor(from: string, to: string): number | undefined {
  const f = unitFactor(from, to);
  // Read at 12 digits: 10 ** -4 is 0.00009999999999999999 as a double.
  return f !== undefined && /^(?:10*|0\.0*1|1e[+-]\d+)$/.test(String(Number(f.toPrecision(12))))
    ? f
    : undefined;
}

/** A known unit as a power of ten on a known unit without prefix (`kPa`: 3 on `Pa`; `Pa`: 0 on itself). */
function prefixed(key: string): { base: string; power: number } | undefined {
  const power = PREFIX_POWERS.get(key.slice(0, 1));
  const base = key.slice(1);
  // `mm2` is no prefix on `m2` (an area scales by the square), nor `cd` a hundredth of a day.
  if (power !== undefined && /^[A-Za-z]{1,2}$/u.test(base) && KNOWN.has(base) && !SECONDS.has(base))
    return { base, power };
  return { base: key, power: 0 };
}

/**
 * The units a header or a units row may name: the table of units above and
 * the units the rule set's indicators declare, compared by {@link unitKey}.
 *
 * @example
 * const units = new KnownUnits(ruleSet.indicators);
 * units.key('Mpa'); // 'MPa'
 * units.key('APF'); // undefined: not a unit
 */
export class KnownUnits {
  private readonly declared = new Set<string>();
  /**
   * Whether an indicator is in a count (`个/m²`, `个`): then every count is a unit (`个/片`, `个`, `pcs`), so a
   * header in another count than the indicator's is refused, not offered to `--map` (newcomer-34 F1). Only then:
   * elsewhere `（个）` after a quantity is a note more often than its unit.
   */
  private readonly counts: boolean;

  constructor(indicators: readonly IndicatorInfo[]) {
    for (const i of indicators) if (i.unit !== undefined) this.declared.add(unitKey(i.unit));
    this.counts = [...this.declared].some((key) => countBasis(key) !== undefined);
  }

  /** The unit a text names ({@link unitKey}), or `undefined` when it names none known. */
  key(text: string): string | undefined {
    const key = unitKey(text);
    return knownKey(key) || this.declared.has(key) || (this.counts && countBasis(key) !== undefined)
      ? key
      : undefined;
  }

  /**
   * A text written as an indicator's unit: `same` when it is the unit the
   * indicator declares, `other` when it is another unit, `undefined` when it
   * is no unit. A single Latin letter other than the indicator's own unit is
   * no unit: it is more likely a symbol (`Nitrogen (N)`, `vanadium/V`) than
   * newtons or volts. With `letters`, it is a unit all the same: a units row
   * holds units, not symbols (`,,h,min` under two setting times in min).
   *
   * @example
   * units.compare('N/mm²', tensileStrength); // 'same'
   * units.compare('kN', tensileStrength);    // 'other'
   */
  compare(text: string, indicator: IndicatorInfo, letters = false): 'same' | 'other' | undefined {
    // `透光率(无量纲)`, `APF(1)`, `APF(—)`: a figure with no unit, the indicator's own when it declares none or a
    // ratio; under `%` a fraction of one, 0.88 for 88 % (newcomer-38 W2: mapped, it was graded as 0.88 %).
    if (isDimensionless(text)) {
      if (indicator.unit === undefined || isRatioKey(unitKey(indicator.unit))) return 'same';
      // `1` and a dash say "no unit" only beside a share; `厚度(1)` under mm numbers a specimen as likely.
      return DIMENSIONLESS_WORD.test(text) || perWhole(indicator.unit) !== undefined ? 'other' : undefined;
    }
    // `光学变形角（度）`: 度 alone is an angle, a temperature or kWh; after an angle's label, in °, it is that angle's
    // degree (newcomer-34 F5: the column was left unread, every record invalid).
    if (indicator.unit !== undefined && unitKey(indicator.unit) === '°' && isDegreeWord(text)) return 'same';
    const key = this.key(text);
    if (key === undefined) return undefined;
    if (indicator.unit !== undefined && sameUnitKey(key, unitKey(indicator.unit))) return 'same';
    // `W/W` and `W·h/W` under an indicator in `W·h/(W·h)`: a ratio of a unit to itself is a ratio however written;
    // under one that declares no unit (GB 21455's APF and SEER) it is the figure's own, as `无量纲` is (standards-46b:
    // `全年能源消耗效率 APF (W·h/W·h)` was left unread where `APF (W·h/W·h)` was read).
    if (isRatioKey(key) && (indicator.unit === undefined || isRatioKey(unitKey(indicator.unit))))
      return 'same';
    // `气泡/m²` under 个/m²: a count's label with only what it counts per after the slash (hostile-35 M2).
    if (indicator.unit !== undefined && countBasis(unitKey(indicator.unit)) === key && key !== '')
      return 'same';
    // The letter as written: `小时` is hours, never a symbol. After a time's label, `h` and `s` are hours and
    // seconds (`终凝时间(h)`): no time is symbolised so (hostile-23 W2/M3).
    const letter = text.normalize('NFKC').trim();
    if (letters || !/^[A-Za-z]$/.test(letter)) return 'other';
    // `终凝时间(H)` too (hostile-24 W7): a capital H after a time's label is hours all the same.
    return isTime(indicator) && /^[hHs]$/u.test(letter) ? 'other' : undefined;
  }
}

/**
 * What a sheet writes in a unit's place for a figure with no unit: `无量纲` (dimensionless), `量纲一`, `无单位`, the
 * unit one (`1`, as GB 3101 writes it), a dash. NFKC-folded, white space removed.
 */
const DIMENSIONLESS = new Set(['1', '-', '—', '–', '―', '无量纲', '量纲一', '量纲为一', '无单位', '无因次']);

// The words of {@link DIMENSIONLESS}: they say "no unit" under any indicator, where `1` and a dash may be a number or a blank.
const DIMENSIONLESS_WORD = /\p{Script=Han}/u;

/**
 * Whether a text written as a unit says the figure has none ({@link DIMENSIONLESS}): a ratio or a fraction of one.
 *
 * @example
 * isDimensionless('无量纲'); // true
 * isDimensionless('—'); // true
 * isDimensionless('%'); // false
 */
export function isDimensionless(text: string): boolean {
  return DIMENSIONLESS.has(text.normalize('NFKC').replace(/\s+/gu, ''));
}

/**
 * Whether a unit's key ({@link unitKey}) is a ratio of one unit to itself (`W/W`, `Wh/Wh`; `W·h/W` folds to
 * `Wh/Wh`) or says the figure has none ({@link isDimensionless}): what APF and SEER are, with no unit.
 *
 * @example
 * isRatioKey('Wh/Wh'); // true
 * isRatioKey('mg/kg'); // false
 */
export function isRatioKey(key: string): boolean {
  if (isDimensionless(key)) return true;
  const m = /^(.+)\/(.+)$/u.exec(key);
  return m !== null && unitKey(m[1]!) === unitKey(m[2]!);
}

/**
 * Whether a unit is the word 度 alone, which Chinese sheets write for degrees of angle, degrees Celsius and kWh
 * alike (`度/次` and `度/年` are kWh: see `unitKey`): read as ° only under an indicator in °.
 *
 * @example
 * isDegreeWord('度'); // true
 * isDegreeWord('度/次'); // false
 */
export function isDegreeWord(text: string): boolean {
  return unitKey(text) === '度';
}

/** Whether an indicator is in a unit of time (`min`, `h`, `s`). */
function isTime(indicator: IndicatorInfo): boolean {
  return indicator.unit !== undefined && ['min', 'h', 's'].includes(unitKey(indicator.unit));
}
