import type { IndicatorInfo } from '../resolve/rule-set';

/**
 * Spellings of one unit that test reports write for another, after NFKC
 * (which already folds `％` to `%`, `℃` to `°C`, `²` to `2`, `µ` to `μ` and
 * full-width letters and brackets) and with white space removed. `Mpa`,
 * `mpa` and `MPA` are misspellings of MPa common in Chinese reports, read as
 * MPa; `mPa` (millipascal) is not folded: units are otherwise compared with
 * their case. Hours, minutes and seconds written out (`小时`, `分钟`, `秒`, `hr`)
 * are those units.
 */
const EQUIVALENTS: ReadonlyMap<string, string> = new Map([
  ['Mpa', 'MPa'],
  ['mpa', 'MPa'],
  ['MPA', 'MPa'],
  ['N/mm2', 'MPa'],
  ['N/mm^2', 'MPa'],
  ['KN', 'kN'],
  ['um', 'μm'],
  ['oC', '°C'],
  ['deg.C', '°C'],
  ['dBA', 'dB(A)'],
  // Mass fraction as chemistry tables head it: a per cent by mass is the per cent a rule set's % means.
  ['wt%', '%'],
  ['wt.%', '%'],
  ['mass%', '%'],
  ['m/m%', '%'],
  ['%(m/m)', '%'],
  ['质量分数%', '%'],
  // A heading's or title's "mass fraction" (`化学成分（质量分数）/%`, `单位：质量分数`) is per cent.
  ['质量分数', '%'],
  // Time written out, as Chinese reports head setting times: `初凝时间（小时）`, a units row `分钟`.
  ['hr', 'h'],
  ['小时', 'h'],
  ['分钟', 'min'],
  ['秒', 's'],
  // Units written as Chinese words (hostile-23 W10): a title `单位：千瓦`, a units row `兆帕`, a header `（千牛）`.
  // Not `分` alone: in a table it is as often points (a score) as minutes.
  ['瓦', 'W'],
  ['瓦特', 'W'],
  ['千瓦', 'kW'],
  ['千瓦时', 'kWh'],
  ['牛', 'N'],
  ['牛顿', 'N'],
  ['千牛', 'kN'],
  ['兆帕', 'MPa'],
  ['千帕', 'kPa'],
  ['帕', 'Pa'],
  ['帕斯卡', 'Pa'],
  ['吉帕', 'GPa'],
  ['公斤力', 'kgf'],
  ['千克力', 'kgf'],
  ['公斤力/平方毫米', 'kgf/mm2'],
  ['千克力/平方毫米', 'kgf/mm2'],
  ['公斤力/平方厘米', 'kgf/cm2'],
  ['千克力/平方厘米', 'kgf/cm2'],
  ['牛/平方毫米', 'MPa'],
  ['毫米', 'mm'],
  ['厘米', 'cm'],
  ['米', 'm'],
  ['微米', 'μm'],
  ['平方毫米', 'mm2'],
  ['克', 'g'],
  ['毫克', 'mg'],
  ['千克', 'kg'],
  ['公斤', 'kg'],
  ['吨', 't'],
  ['摄氏度', '°C'],
  ['焦', 'J'],
  ['焦耳', 'J'],
  ['千焦', 'kJ'],
  ['伏特', 'V'],
  ['安培', 'A'],
  ['赫兹', 'Hz'],
  ['分贝', 'dB'],
  ['分贝(A)', 'dB(A)'],
  // Energy and volume as Chinese sheets write them (newcomer-27 M6/F1: a units row `千瓦时/次, 升/次`).
  ['千瓦小时', 'kWh'],
  ['瓦时', 'Wh'],
  ['升', 'L'],
  ['毫升', 'mL'],
  ['立方米', 'm3'],
  // Hours as a Chinese table heads a time (`终凝时间（时）`; hostile-24 W7). Not `分`: see above.
  ['时', 'h'],
  // `h∶min` with the ratio sign (U+2236), which NFKC leaves: the same hours and minutes.
  ['h∶min', 'h:min'],
  // Kilowatts as Chinese reports also write them (hostile-24 W4).
  ['千瓦特', 'kW'],
  // A Chinese multiplier on a Latin unit (hostile-25 W6: `（千W）`, `/万W` graded as W).
  ['千W', 'kW'],
  ['万W', '万瓦'],
  ['十千瓦', '万瓦'],
  // Units of heat flow and refrigeration that are no multiple of W by a prefix (hostile-25 W6): never read as W.
  ['千卡/时', 'kcal/h'],
  ['千卡/小时', 'kcal/h'],
  ['千卡/h', 'kcal/h'],
  ['大卡/时', 'kcal/h'],
  ['大卡/小时', 'kcal/h'],
  ['大卡/h', 'kcal/h'],
  ['千卡', 'kcal'],
  ['大卡', 'kcal'],
  // The Btu by its Chinese name, 英热单位 (hostile-30 W7: a title `（额定制冷量单位：英热单位/小时）` was graded as W).
  ['英热单位/小时', 'Btu/h'],
  ['英热单位/时', 'Btu/h'],
  ['英热单位/h', 'Btu/h'],
  ['英热单位每小时', 'Btu/h'],
  ['英热单位', 'Btu'],
  // `英热` alone, the name cut short (hostile-31 W1).
  ['英热', 'Btu'],
  ['千卡每小时', 'kcal/h'],
  ['大卡每小时', 'kcal/h'],
  ['千英热单位/小时', 'kBtu/h'],
  ['冷吨', 'RT'],
  ['美国冷吨', 'RT'],
  ['日本冷吨', 'RT'],
  // Hours as Chinese reports also write them (hostile-25 W6: `终凝时间（钟头）`, `（小时数）`, `（时:分）`).
  ['钟头', 'h'],
  ['小时数', 'h'],
  ['时:分', 'h:min'],
  ['小时:分钟', 'h:min'],
  ['时:分:秒', 'h:min'],
  // `kgf·mm⁻²`, `N·mm⁻²`: a denominator written as a negative power (the dot already left out, the minus folded).
  ['kgfmm-2', 'kgf/mm2'],
  ['kgfmm−2', 'kgf/mm2'],
  ['Nmm-2', 'MPa'],
  ['Nmm−2', 'MPa'],
]);

/**
 * Units read whatever their case, by their lower-case spelling: `KW`, `kw`,
 * `Kw` for kW (how most Chinese spreadsheets write kilowatts), `KN`, `kn`,
 * `KPa`, `HR`, `Hour`, `HOURS`, `MIN`, `mins` (hostile-24 W4/W7). Only units
 * no other unit or a symbol is spelt like in another case: not `mPa`/`MPa`
 * (`mpa` is read as MPa above), `cd`/`Cd`, `mg`/`Mg`, `kV`/`KV` (an impact energy's symbol).
 */
const ANY_CASE: ReadonlyMap<string, string> = new Map([
  ['kw', 'kW'],
  ['kwh', 'kWh'],
  ['kn', 'kN'],
  ['kpa', 'kPa'],
  ['gpa', 'GPa'],
  ['kj', 'kJ'],
  ['mm', 'mm'],
  ['kg', 'kg'],
  ['min', 'min'],
  ['mins', 'min'],
  ['minute', 'min'],
  ['minutes', 'min'],
  ['h', 'h'],
  ['hr', 'h'],
  ['hrs', 'h'],
  ['hour', 'h'],
  ['hours', 'h'],
  ['sec', 's'],
  ['secs', 's'],
  ['second', 's'],
  ['seconds', 's'],
  // Units of power or heat flow that are not watts' multiples by a prefix: known, so never read as W (hostile-24 W4).
  ['kcal/h', 'kcal/h'],
  ['btu/h', 'Btu/h'],
  ['hp', 'HP'],
  ['btu', 'Btu'],
  ['btu/hr', 'Btu/h'],
  // Thousands of Btu/h, as nameplates write 12k (hostile-30 W7: a title `(capacity: kBtu/h)` was no unit).
  ['kbtu/h', 'kBtu/h'],
  ['kbtu/hr', 'kBtu/h'],
  ['kbtuh', 'kBtu/h'],
  // The trade's shorthands (hostile-30 M6): `Btuh` is Btu/h; `kBTU` on a capacity is thousands of Btu/h (a unit's
  // "12k BTU"). Known, so such a header is refused with the advice to convert, not offered a --map that reads W.
  ['btuh', 'Btu/h'],
  ['kbtu', 'kBtu/h'],
  // Hostile-31 W1: `BTU per hour` and MBH, the trade's thousand Btu/h (M for mille), were read as no unit.
  ['btuperhour', 'Btu/h'],
  ['mbh', 'kBtu/h'],
  ['kcal', 'kcal'],
  // The refrigeration ton (3,517 W), the unit of large units' nameplates: `RT`, `USRT`, `TR` (hostile-25 W6).
  ['rt', 'RT'],
  ['usrt', 'RT'],
  ['tr', 'RT'],
  // Hours and minutes however a sheet writes the pattern (`h:mm`, `H:M`, `hh:mm`): not minutes (hostile-25 W6).
  ['h:min', 'h:min'],
  ['h:m', 'h:min'],
  ['h:mm', 'h:min'],
  ['hh:mm', 'h:min'],
  ['hh:mm:ss', 'h:min'],
  ['h:mm:ss', 'h:min'],
]);

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
 * A unit as compared: NFKC-folded, white space removed, and the spellings
 * of one unit (`N/mm²`, `Mpa` → `MPa`; `％` → `%`; `℃` → `°C`; `kW·h` →
 * `kWh`; `W·h/(W·h)` → `Wh/Wh`) made one.
 *
 * @example
 * unitKey('N/mm²'); // 'MPa'
 * unitKey('％');     // '%'
 * unitKey('W·h/(W·h)'); // 'Wh/Wh'
 */
export function unitKey(text: string): string {
  const folded = text
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    // `W·h`, `kW⋅h`, `W・h`: a product's dot, however typed, is the product written without it.
    .replace(/(?<=\p{L})[\u00B7\u2022\u2219\u22C5\u30FB\uFF65](?=\p{L})/gu, '')
    // `W·h/(W·h)`: a bracketed denominator of one term is that term.
    .replace(/\/\(([^()/]+)\)$/u, '/$1')
    // `（单位：kW）`: a header's bracket that says it holds the unit (hostile-24 W4).
    // `（单位 kW）` too: the space is gone by now (hostile-25 W6).
    .replace(/^(?:单位:?|units?:)(?=.)/iu, '')
    // `KW/台`, `W/套`: per set, as a capacity is, the unit before it (hostile-25 W6: `(KW/台)` graded as W).
    .replace(/(?<=.)\/(?:台|套|只|个|件|组)$/u, '');
  return EQUIVALENTS.get(folded) ?? ANY_CASE.get(folded.toLowerCase()) ?? perKey(folded) ?? folded;
}

/** A unit's one spelling by the tables above, or the text itself. */
function oneKey(text: string): string {
  return EQUIVALENTS.get(text) ?? ANY_CASE.get(text.toLowerCase()) ?? text;
}

/** What a per-cycle unit's denominator is written as: `kWh/cycle`, `kWh/次`, `kWh/周期` (newcomer-27 F1). */
const PER_CYCLE = new Set(['cycle', 'cycles', '次', '周期']);

/** The periods over which 度 is energy, not an angle or a temperature: `度/年` is kWh a year. */
const DAY_OR_LONGER = new Set(['天', '日', '月', '年', 'd', 'a', 'year', 'day']);

/**
 * A unit of one unit per another (`千瓦时/次`, `升/次`, `kwh/cycle`) with each part in its one spelling and a
 * per-cycle denominator written `cycle`: `kWh/cycle`. `undefined` for a text of no such form. Newcomer-27 F1:
 * `kW·h/次` and `千瓦时/次` under an indicator in kWh/cycle are the same unit, not a column to `--map`.
 */
function perKey(folded: string): string | undefined {
  const m = /^([^/]+)\/([^/]+)$/u.exec(folded);
  if (m === null) return undefined;
  const over = PER_CYCLE.has(m[2]!.toLowerCase()) ? 'cycle' : oneKey(m[2]!);
  // 度 is the everyday kWh (`耗电量(度/次)`), but alone, or per minute, it is as often degrees: only per cycle or per
  // a day, month or year is it read as kWh (tutorial-28 M1).
  const top = m[1] === '度' && (over === 'cycle' || DAY_OR_LONGER.has(m[2]!)) ? 'kWh' : m[1]!;
  // `N/平方毫米` is `N/mm2`, which is MPa.
  return oneKey(`${oneKey(top)}/${over}`);
}

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
 * Whether two units differ only in that one is the A-weighted sound level and the other the plain decibel (`dB(A)`
 * and `dB`, `分贝`): a noise test reports the A-weighted level, so values under `dB` may be that figure and need no
 * conversion, only the unit written; unweighted levels cannot be converted to it at all (newcomer-27 D04: `分贝` under
 * an indicator in dB(A) was told to convert).
 *
 * @example
 * weightingOnly('分贝', 'dB(A)'); // true
 * weightingOnly('dB(A)', 'dB(A)'); // false
 */
export function weightingOnly(a: string, b: string): boolean {
  const keys = new Set([unitKey(a), unitKey(b)]);
  return keys.size === 2 && keys.has('dB') && keys.has('dB(A)');
}

/** Three ASCII digits in a row: kept by every step of {@link unitKey}'s folding (none removes a digit). */
const DIGIT_RUN = /\d{3}/;

/**
 * Whether no spelling of the tables above holds {@link DIGIT_RUN}: then no text that holds one folds to a known
 * unit. Checked here, not assumed, so a unit added with one (`1000L`) only turns the shortcut off.
 */
const NO_DIGIT_RUNS = ![
  ...KNOWN,
  ...EQUIVALENTS.keys(),
  ...EQUIVALENTS.values(),
  ...ANY_CASE.keys(),
  ...ANY_CASE.values(),
].some((spelling) => DIGIT_RUN.test(spelling));

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

  constructor(indicators: readonly IndicatorInfo[]) {
    for (const i of indicators) if (i.unit !== undefined) this.declared.add(unitKey(i.unit));
  }

  /** The unit a text names ({@link unitKey}), or `undefined` when it names none known. */
  key(text: string): string | undefined {
    const key = unitKey(text);
    return knownKey(key) || this.declared.has(key) ? key : undefined;
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
    const key = this.key(text);
    if (key === undefined) return undefined;
    if (indicator.unit !== undefined && unitKey(indicator.unit) === key) return 'same';
    // The letter as written: `小时` is hours, never a symbol. After a time's label, `h` and `s` are hours and
    // seconds (`终凝时间(h)`): no time is symbolised so (hostile-23 W2/M3).
    const letter = text.normalize('NFKC').trim();
    if (letters || !/^[A-Za-z]$/.test(letter)) return 'other';
    // `终凝时间(H)` too (hostile-24 W7): a capital H after a time's label is hours all the same.
    return isTime(indicator) && /^[hHs]$/u.test(letter) ? 'other' : undefined;
  }
}

/** Whether an indicator is in a unit of time (`min`, `h`, `s`). */
function isTime(indicator: IndicatorInfo): boolean {
  return indicator.unit !== undefined && ['min', 'h', 's'].includes(unitKey(indicator.unit));
}
