import type { ConditionLimit } from '../suite/condition-limits';
import {
  type CoverageReport,
  missingSides,
  type ThresholdCoverage,
  type ThresholdSide,
  type UndecidedSide,
} from '../suite/coverage';
import { coverageCounts, waivedUnprobed } from '../suite/coverage-counts';
import type { PointBandEdge } from '../suite/point-band-edges';
import type { VetoCoverage } from '../suite/veto-coverage';
import type { Language } from '../text/localized-text';

/**
 * Threshold coverage as text: how many thresholds have a case at, just
 * below and just above them, and each one that lacks some, with where it is.
 */
export function formatCoverage(report: CoverageReport, file: string, lang: Language): string {
  const zh = lang === 'zh';
  const lines = [summaryLine(report, file, lang)];
  if (report.uncovered.length > 0) lines.push(zh ? '  未覆盖：' : '  uncovered:');
  const colon = zh ? '：' : ': ';
  for (const t of report.uncovered)
    lines.push(`    ${describeThreshold(t, lang)}${colon}${missing(t, lang)}`);
  const unseen = report.thresholds.filter((t) => t.maybeNoRecord && !t.noRecord);
  if (unseen.length > 0)
    lines.push(
      zh
        ? '  没有用例达到的公式限值（由公式各部分的取值按互相独立组合得出，可能没有记录会得到它；若有，请为它写用例）：'
        : "  a formula's limits no case meets (from its parts' values combined as if independent, so perhaps no record's; if a record can get one, write cases for it):",
    );
  for (const t of unseen) lines.push(`    ${describeThreshold(t, lang)}`);
  // Limits the requirement's own when and scope rule out (session 45): no record's, so no case is asked for.
  const none = report.thresholds.filter((t) => t.maybeNoRecord && t.noRecord);
  if (none.length > 0)
    lines.push(
      zh
        ? '  没有记录会得到的公式限值（得出它的 ? : 分支、表格行或取值，要求的 when、范围项（scope）或指标的取值与范围都排除了），无需用例：'
        : "  a formula's limits no record gets (the requirement's when, the scope or the indicators' values and ranges rule out every ? : branch, table row or value giving them), so no case is asked for:",
    );
  for (const t of none) lines.push(`    ${describeThreshold(t, lang)}`);
  const waived = report.thresholds.filter(
    (t) => t.waived && !report.uncovered.includes(t) && !t.maybeNoRecord,
  );
  if (waived.length > 0)
    lines.push(zh ? '  有意不覆盖（测试套件注明）：' : '  left uncovered on purpose (as the suite says):');
  for (const t of waived) {
    const sides = t.waived!.sides.map((side) => sideText(side, lang)).join(zh ? '、' : ', ');
    // A waiver whose sides have deciding cases all the same leaves nothing out: say so, it may be stale.
    const anyway = waivedUnprobed(t) ? '' : zh ? '（但已有用例覆盖）' : ' (cases cover it anyway)';
    lines.push(
      `    ${describeThreshold(t, lang)}${colon}${sides}${anyway}${zh ? '——' : ' — '}${t.waived!.reason}`,
    );
  }
  lines.push(...vetoLines(report.vetoes ?? [], lang));
  // A reader of "20 of 20" should know the points bands were not in it (newcomer-33 M7), and which they are (newcomer-39 F9).
  lines.push(...pointBandLines(report.pointBands ?? [], lang));
  // "14 of 14" should not read as covering the numbers conditions compare with (newcomer-35 M3).
  const conditions = report.conditionLimits ?? [];
  if (conditions.length > 0) {
    // One comparison shared by several requirements' `when`s (a band's edge, an alias) is one line, naming them.
    const grouped: { where: ConditionLimit['where']; text: string; owners: string[] }[] = [];
    for (const c of conditions) {
      const same = grouped.find((g) => g.where === c.where && g.text === c.text);
      if (same) same.owners.push(c.owner);
      else grouped.push({ where: c.where, text: c.text, owners: [c.owner] });
    }
    const where = (g: (typeof grouped)[number]) => {
      const shown = g.owners.slice(0, 3);
      const more = g.owners.length - shown.length;
      const owners = zh
        ? `${shown.join('、')}${more > 0 ? ` 等 ${g.owners.length} 项` : ''}`
        : `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
      return zh
        ? `${owners} 的${g.where === 'formula' ? '公式' : ` ${g.where} `}中的 ${g.text}`
        : `${g.text} in the ${g.where} of ${owners}`;
    };
    const n = grouped.length;
    lines.push(
      zh
        ? `  条件中的数值 ${n} 个未计入（不是要求的限值）：${grouped.map(where).join('；')}。请自己为其两侧写用例`
        : `  ${n} number${n === 1 ? '' : 's'} compared with in conditions ${n === 1 ? 'is' : 'are'} not counted (no requirement's limit): ${grouped.map(where).join('; ')}. Write cases on both sides yourself`,
    );
  }
  for (const m of report.unmatched) {
    const limit = m.limit === undefined ? '' : zh ? ` 限值 ${m.limit}` : ` limit ${m.limit}`;
    lines.push(
      zh
        ? `  注意：第 ${m.line} 行标记的 ${m.criterion}${m.row === undefined ? '' : ` 第 ${m.row} 行`}${limit} 不对应任何阈值`
        : `  note: the mark on line ${m.line} (${m.criterion}${m.row === undefined ? '' : ` row ${m.row}`}${limit}) matches no threshold`,
    );
  }
  return lines.join('\n');
}

/**
 * The first line: how many thresholds have every side asked for decided by a case, and apart from them how many
 * lack a case only on sides the suite waives, or are a formula's limit no case meets (coverage-44: "111 of 111
 * have a deciding case" counted the 18 it then listed as left uncovered on purpose).
 */
function summaryLine(report: CoverageReport, file: string, lang: Language): string {
  const n = coverageCounts(report);
  if (lang === 'zh')
    return [
      `阈值覆盖 ${file}：${n.total} 个阈值，${n.complete} 个在阈值处、略低于和略高于阈值都有由它决定结果的用例`,
      n.waived > 0 ? `；另 ${n.waived} 个只在测试套件注明有意不覆盖的一侧没有用例` : '',
      n.maybeNoRecord > n.noRecord
        ? `；另 ${n.maybeNoRecord - n.noRecord} 个是没有用例达到、可能没有记录会得到的公式限值`
        : '',
      n.noRecord > 0 ? `；另 ${n.noRecord} 个是没有记录会得到的公式限值` : '',
    ].join('');
  const more = (k: number, one: string, many: string) => `; ${k} more ${k === 1 ? one : many}`;
  return [
    `coverage of ${file}: ${n.complete} of ${n.total} thresholds have a deciding case at, just below and just above them`,
    n.waived > 0
      ? `${more(n.waived, 'lacks one', 'lack one')} only on sides the suite leaves uncovered on purpose`
      : '',
    n.maybeNoRecord > n.noRecord
      ? `${more(n.maybeNoRecord - n.noRecord, "is a formula's limit", "are a formula's limits")} no case meets, perhaps no record's`
      : '',
    n.noRecord > 0
      ? `${more(n.noRecord, "is a formula's limit", "are a formula's limits")} no record gets`
      : '',
  ].join('');
}

/**
 * A threshold in a few words: `apf@1 ≥ 5.00 (apfLimits row 1: ≤ 4500, line 80)`; a key edge:
 * `apf@1 reads apfLimits, whose key ratedCoolingCapacity changes rows at 4500 (≤ 4500 | (4500, 7100], line 289)`.
 */
export function describeThreshold(t: ThresholdCoverage, lang: Language): string {
  const zh = lang === 'zh';
  // A key edge: the number the key's value meets, and the bands meeting there (newcomer-36 M1).
  if (t.key && t.table) {
    const edge = t.key.edge;
    const bands = t.key.bands.join(' | ');
    return zh
      ? `${t.criterion} 所读 ${t.table.name} 的分档键“${t.key.indicator}”的端点 ${edge}（${bands}，第 ${t.table.line} 行）`
      : `${t.criterion} reads ${t.table.name}, whose key ${t.key.indicator} changes rows at ${edge} (${bands}, line ${t.table.line})`;
  }
  // One of a formula's listed limits: which formula, and its other limits.
  // A formula whose every record gets one limit (1.30 × a column alike in every row) says so, not "one of 520".
  const formula =
    t.kind === 'formula' && t.value !== null && t.limits
      ? t.limits.length === 1
        ? zh
          ? '公式唯一的限值，'
          : "the formula's only limit; "
        : zh
          ? `公式的限值 ${t.limits.join('、')} 之一，`
          : `one of the formula's limits ${t.limits.join(', ')}; `
      : '';
  const where = t.table
    ? zh
      ? `（${t.table.name} 第 ${t.table.row} 行：${t.table.match}，第 ${t.table.line} 行）`
      : ` (${t.table.name} row ${t.table.row}: ${t.table.match}, line ${t.table.line})`
    : zh
      ? `（${formula}第 ${t.line} 行）`
      : ` (${formula}line ${t.line})`;
  const limit = zh
    ? t.limit
        .replace(/ lower end( \S+)?$/, ' 下端$1')
        .replace(/ upper end( \S+)?$/, ' 上端$1')
        .replace(/^formula$/, '公式限值')
    : t.limit;
  return `${t.criterion} ${limit}${where}`;
}

function missing(t: ThresholdCoverage, lang: Language): string {
  const zh = lang === 'zh';
  const sides = missingSides(t);
  // Where the value takes few values, "just below" is the nearest of them: name it.
  const nearest = (side: ThresholdSide) => {
    const v = side === 'at' ? undefined : t.neighbours?.[side];
    if (v === undefined) return '';
    const shown = neighbourText(v, lang);
    return zh ? `（${shown}）` : ` (${shown})`;
  };
  // How near "just" is, in an author's words, not a "step": 0.1 off a cutoff of 1 counts (newcomer-words-42 e).
  const step =
    t.step === null || t.neighbours || !sides.some((side) => side !== 'at')
      ? ''
      : zh
        ? `（${withinText(t.step, t.value, lang)}）`
        : ` (${withinText(t.step, t.value, lang)})`;
  const parts = sides.map((side) => sideText(side, lang) + nearest(side));
  // A formula's listed limit names them in its description; one computed per record has none.
  const limits =
    t.limits && t.value === null
      ? zh
        ? `（限值 ${t.limits.join('、')}）`
        : ` (limits ${t.limits.join(', ')})`
      : '';
  const text = zh
    ? `缺少${parts.join('、')}的用例${step}${limits}`
    : `no case ${parts.join(', ')}${step}${limits}`;
  return text + undecidedText(t.undecided ?? [], lang) + formulaHint(t, sides, lang) + branchHint(t, lang);
}

/**
 * One of a formula's listed limits no case comes near (a `? :` branch no case takes): a real gap, unless no record
 * gets that limit (a branch for records out of scope). Say how to leave it out alone (coverage-44).
 */
function branchHint(t: ThresholdCoverage, lang: Language): string {
  if (t.kind !== 'formula' || t.value === null || t.at || t.below || t.above || t.undecided) return '';
  const mark = `uncovered: [{ criterion: ${t.criterion}, limit: ${t.value}, reason: … }]`;
  return lang === 'zh'
    ? `；若没有记录会得到这个限值，可在测试套件中写 ${mark}`
    : `; if no record gets this limit, leave it out in the suite with ${mark}`;
}

/**
 * The sides cases reach without deciding (newcomer-39 F2), so that "no case just below" is not read as "no case
 * there at all": `；略低于有 1 个用例，但结果不由它决定：这些用例中 total@excellence 也不满足（1 个），无论此限值如何都达不到该等级`.
 */
function undecidedText(undecided: readonly UndecidedSide[], lang: Language): string {
  if (undecided.length === 0) return '';
  const zh = lang === 'zh';
  const where = undecided
    .map((u) => (zh ? `${sideText(u.side, lang)} ${u.cases} 个` : `${sideText(u.side, lang)}: ${u.cases}`))
    .join(zh ? '、' : ', ');
  const held = new Map<string, number>();
  for (const u of undecided)
    for (const h of u.heldBy) held.set(h.criterion, (held.get(h.criterion) ?? 0) + h.cases);
  const top = [...held].sort((a, b) => b[1] - a[1]);
  const shown = top.slice(0, 3).map(([id, n]) => (zh ? `${id}（${n} 个）` : `${id} (${n})`));
  if (top.length > 3) shown.push(zh ? `另 ${top.length - 3} 项` : `${top.length - 3} more`);
  const unchecked = undecided.reduce((n, u) => n + u.unchecked, 0);
  const reasons: string[] = [];
  if (shown.length > 0)
    reasons.push(
      zh
        ? `这些用例中另有不满足的要求，无论此限值如何等级都不变：${shown.join('、')}`
        : `in them other failed requirements hold the grade whatever this limit is: ${shown.join(', ')}`,
    );
  if (unchecked > 0)
    reasons.push(
      zh
        ? `${unchecked} 个用例的等级会变，但用例未写预期等级或 failing`
        : `${unchecked} would change grade, but state no grade or failing list`,
    );
  return zh
    ? `；有用例触及（${where}），但都不由它决定结果——${reasons.join('；')}`
    : `; cases reach it (${where}) but none is decided by it — ${reasons.join('; ')}`;
}

/**
 * The band edges of scoring `points`, named with the sides the cases reach: they are no requirement's
 * limit, so coverage does not count them, and the author must know which to write cases for.
 */
function pointBandLines(edges: readonly PointBandEdge[], lang: Language): string[] {
  if (edges.length === 0) return [];
  const zh = lang === 'zh';
  const n = edges.length;
  const lines = [
    zh
      ? `  scoring 的 points 分档端点 ${n} 个未计入（不是要求的限值），请自己为它们写用例；用例的取值：`
      : `  ${n} band edge${n === 1 ? '' : 's'} of scoring points ${n === 1 ? 'is' : 'are'} not counted (no requirement's limit); write cases for ${n === 1 ? 'it' : 'them'} yourself. The cases' values:`,
  ];
  for (const e of edges) {
    const within = withinText(e.step, e.edge, lang);
    const name = `${e.indicator} ${e.edge}${zh ? `（${e.dimension}；略低于、略高于指${within}）` : ` (${e.dimension}; just below/above: ${within})`}`;
    if (e.derived) {
      lines.push(
        zh
          ? `    ${name}：派生值，用例的输入不含它，无法判断`
          : `    ${name}: a derived value the cases' inputs do not give, so not known`,
      );
      continue;
    }
    const sides = (['at', 'below', 'above'] as const).filter((side) => e[side]);
    const lacking = (['at', 'below', 'above'] as const).filter((side) => !e[side]);
    const list = (xs: readonly ThresholdSide[]) =>
      xs.map((side) => sideText(side, lang)).join(zh ? '、' : ', ');
    const has =
      sides.length > 0
        ? zh
          ? `有${list(sides)}的用例`
          : `cases ${list(sides)}`
        : zh
          ? '没有用例触及'
          : 'no case near it';
    const lacks =
      lacking.length > 0 && sides.length > 0
        ? zh
          ? `，缺少${list(lacking)}`
          : `; none ${list(lacking)}`
        : '';
    lines.push(`    ${name}${zh ? '：' : ': '}${has}${lacks}`);
  }
  return lines;
}

/**
 * A formula limit compared rounded that no case met exactly: if the limit
 * it computes is no multiple of the interval, no record can, which coverage
 * cannot tell when the formula reads a measured value. Say how to mark it.
 */
function formulaHint(t: ThresholdCoverage, sides: ThresholdSide[], lang: Language): string {
  if (t.kind !== 'formula' || t.limits || t.roundedTo === undefined || !sides.includes('at')) return '';
  const mark = `uncovered: [{ criterion: ${t.criterion}, sides: [at], reason: … }]`;
  return lang === 'zh'
    ? `；若算出的限值不是修约间隔 ${t.roundedTo} 的整数倍，修约值不可能恰好等于它：可在测试套件中写 ${mark}`
    : `; if the computed limit is no multiple of the rounding interval ${t.roundedTo}, no rounded value can equal it: then mark it in the suite with ${mark}`;
}

/**
 * A neighbouring value as a reader writes it: exact when it has at most four
 * decimals (`62.5`), else to two, marked approximate (`约 63.33`, not the
 * double's `63.3333333333334` a weighted score computes to).
 */
function neighbourText(v: number, lang: Language): string {
  const four = Number(v.toFixed(4));
  if (Math.abs(four - v) <= 1e-9 * Math.max(1, Math.abs(v))) return String(four);
  return `${lang === 'zh' ? '约 ' : '≈ '}${v.toFixed(2)}`;
}

/**
 * What "just below" and "just above" mean for a threshold: a value within one step of it, said so
 * (`与 80 相差不超过 1 的值`, `a value within 1 of 80`), not as a "step" a reader takes for the one offset to write.
 */
function withinText(step: number, limit: number | null, lang: Language): string {
  const of = limit === null ? (lang === 'zh' ? '限值' : 'the limit') : limitText(limit, step);
  return lang === 'zh'
    ? `与${limit === null ? of : ` ${of} `}相差不超过 ${step} 的值`
    : `a value within ${step} of ${of}`;
}

/** A limit with as many decimals as its step, as the limit is written (0.070 for a step of 0.001, 1.30 for 0.01). */
function limitText(limit: number, step: number): string {
  const dot = String(step).indexOf('.');
  const decimals = dot < 0 || String(step).includes('e') ? 0 : String(step).length - dot - 1;
  const padded = decimals > 0 && decimals <= 20 ? limit.toFixed(decimals) : String(limit);
  return Number(padded) === limit ? padded : String(limit);
}

function sideText(side: ThresholdSide, lang: Language): string {
  const zh = lang === 'zh';
  if (side === 'at') return zh ? '阈值处' : 'at';
  if (side === 'below') return zh ? '略低于' : 'just below';
  return zh ? '略高于' : 'just above';
}

/**
 * The vetoes (`cap`, `gate`) as coverage lines: how many have a case that
 * fails them, and each that has none, as not covered (newcomer-29 F2).
 */
function vetoLines(vetoes: readonly VetoCoverage[], lang: Language): string[] {
  if (vetoes.length === 0) return [];
  const zh = lang === 'zh';
  const missed = vetoes.filter((v) => !v.exercised);
  const n = vetoes.length;
  const head = zh
    ? `  封顶/否决要求（cap、gate）${n} 项，${n - missed.length} 项有不满足它的用例`
    : `  vetoes (cap, gate): ${n - missed.length} of ${n} have a case that does not meet them`;
  if (missed.length === 0) return [head];
  const lines = [head, zh ? '  未覆盖的封顶/否决要求：' : '  vetoes not covered:'];
  for (const v of missed) {
    const effect =
      v.effect === 'cap'
        ? zh
          ? `不满足时封顶于${v.capAtLabel?.zh ?? v.capAt}`
          : `caps at ${v.capAt} when not met`
        : zh
          ? '不满足时不分级'
          : 'leaves the record ungraded when not met';
    lines.push(
      zh
        ? `    ${v.criterion}（第 ${v.line} 行，${effect}）：没有不满足它的用例，请加一个`
        : `    ${v.criterion} (line ${v.line}, ${effect}): no case fails it; add one`,
    );
  }
  return lines;
}
