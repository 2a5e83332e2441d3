// How a unit is written, made one spelling: lab reports and rule files write one unit many ways (`N/mm²`,
// `Mpa`, `千瓦时`). In text, the lowest layer, so a rule file's limit is compared as a sheet's header is.

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
  // An area a count is per (`个/平方米`: newcomer-34 F1).
  ['平方米', 'm2'],
  // 平米, the spoken short form of 平方米 (`气泡（个/平米）`: hostile-35 M2).
  ['平米', 'm2'],
  ['平方厘米', 'cm2'],
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
  // Kilonewtons per square millimetre, as older test reports give a strength: 1 kN/mm² = 1 GPa = 1000 MPa
  // (standards-39 F1: `0.455kN/mm²` under MPa was told to write 0.455, and a header `（kN/mm²）` was no unit).
  ['kN/mm2', 'GPa'],
  ['kN/mm^2', 'GPa'],
  ['kNmm-2', 'GPa'],
  ['kNmm−2', 'GPa'],
  ['千牛/平方毫米', 'GPa'],
  // APF and SEER as GB 21455 and lab reports write their unit, watt-hours per watt (`W·h/W`, `W.h/W`): the ratio
  // `W·h/(W·h)` (committee-38 F1: a units row `W·h/W` was read as a record, a header `SEER(W·h/W)` not read).
  ['Wh/W', 'Wh/Wh'],
  ['W.h/W', 'Wh/Wh'],
  ['W.h/W.h', 'Wh/Wh'],
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

/** Every spelling the folding tables above hold, on either side: for a check made over all of them at load. */
export function unitKeySpellings(): string[] {
  return [...EQUIVALENTS.keys(), ...EQUIVALENTS.values(), ...ANY_CASE.keys(), ...ANY_CASE.values()];
}
