import type { DocumentPath } from '../load/source-document';
import { type LocalizedText, localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

/** What a name in a rule file names: one kind of thing, as a message calls it. */
interface NameKind {
  zh: string;
  en: string;
  path: DocumentPath;
}

/**
 * The message for a name (`taken`) already used when a derived value, a
 * scoring dimension or the total is given it at `path` (newcomer-29 M3): which
 * two things share it, where the first one is (its line), and which one to
 * rename — the one at `path`. A dimension named as its indicator is the
 * natural first design (one score per dimension); the message says the
 * dimension's score is a value named by its id, and suggests an id.
 *
 * @example
 * nameClash(ctx, 'processControl', ['scoring', 'dimensions', 2, 'id']).zh
 * // '维度标识“processControl”与第 31 行的指标“processControl”同名：…请把这个维度改名，如“dimProcessControl”…'
 */
export function nameClash(ctx: ModelContext, taken: string, path: DocumentPath): LocalizedText {
  const first = firstOwner(ctx, taken, path);
  const second = ownerAt(path, taken);
  const where = first ? ctx.source.locate(first.path, { key: true }).line : undefined;
  const at = where === undefined ? localized('', '') : localized(`第 ${where} 行的`, ` on line ${where}`);
  const firstZh = first ? `${at.zh}${first.zh}` : '某个指标、派生值或表';
  const firstEn = first ? `the ${first.en}${at.en}` : 'an indicator, derived value or table';
  if (second.kind === 'dimension') {
    const dim = ctx.doc.scoring?.dimensions[Number(path[2])];
    // Two dimensions with one id: the second was most likely meant to be named as its label says.
    const suggestion = dimensionIdFor(
      ctx,
      first?.en === 'dimension' ? (camelLabel(dim?.label?.en) ?? taken) : taken,
    );
    if (first?.en === 'dimension')
      return localized(
        `维度标识“${taken}”重复：${firstZh}已用了它。每个维度的标识须各不相同：请给这个维度另起标识，如“${suggestion}”（minimums 中照此改写）`,
        `dimension id "${taken}" is used twice: ${firstEn} has it already. Each dimension needs its own id: give this one another, e.g. "${suggestion}" (and write that in minimums)`,
      );
    return localized(
      `维度标识“${taken}”与${firstZh}“${taken}”同名。维度的得分是以维度标识命名的值，不能与指标、派生值或表同名：请把这个维度改名，如“${suggestion}”（minimums 中照此改写；指标名不变，输入表的列不受影响）`,
      `dimension id "${taken}" is also the name of ${firstEn}. A dimension's score is a value named by its id, so it cannot share a name with an indicator, derived value or table: rename the dimension, e.g. "${suggestion}" (and write that in minimums; the indicator keeps its name, so the input's columns are unaffected)`,
    );
  }
  return localized(
    `${second.zh}“${taken}”与${firstZh}“${taken}”同名：名称须各不相同，请给这个${second.zh}另起名称`,
    `${second.en} "${taken}" has the name of ${firstEn}: names must differ, so give this ${second.en} another name`,
  );
}

/** What `path` reserves a name for: a derived value, a dimension, or the total. */
function ownerAt(path: DocumentPath, name: string): NameKind & { kind: 'derived' | 'dimension' | 'total' } {
  if (path[0] === 'scoring' && path[1] === 'dimensions')
    return { kind: 'dimension', zh: '维度', en: 'dimension', path };
  if (path[0] === 'derived') return { kind: 'derived', zh: '派生值', en: 'derived value', path };
  return { kind: 'total', zh: `总分（${name}）`, en: `total score (${name})`, path };
}

/** The thing that had `name` first: an indicator, a table, a derived value or a dimension before `path`. */
function firstOwner(ctx: ModelContext, name: string, path: DocumentPath): NameKind | undefined {
  const doc = ctx.doc;
  if (doc.indicators && Object.hasOwn(doc.indicators, name))
    return { zh: '指标', en: 'indicator', path: ['indicators', name] };
  if (doc.tables && Object.hasOwn(doc.tables, name)) return { zh: '表', en: 'table', path: ['tables', name] };
  if (doc.derived && Object.hasOwn(doc.derived, name) && path[0] !== 'derived')
    return { zh: '派生值', en: 'derived value', path: ['derived', name] };
  const dims = doc.scoring?.dimensions ?? [];
  const before = path[0] === 'scoring' && path[1] === 'dimensions' ? Number(path[2]) : dims.length;
  const j = dims.findIndex((d, i) => i < before && d.id === name);
  if (j >= 0) return { zh: '维度', en: 'dimension', path: ['scoring', 'dimensions', j, 'id'] };
  return undefined;
}

/** An English label as an id's words: `Continual improvement` → `continualImprovement`. */
function camelLabel(label: string | undefined): string | undefined {
  const words = (label ?? '').match(/[A-Za-z0-9]+/g);
  if (!words) return undefined;
  return words
    .map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
}

/** A dimension id in the style of the bundled sets (`dimProcessControl`) that names nothing yet. */
function dimensionIdFor(ctx: ModelContext, name: string): string {
  const base = /^dim[A-Z]/.test(name) ? `${name}2` : `dim${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  const dims = new Set((ctx.doc.scoring?.dimensions ?? []).map((d) => d.id));
  let id = base;
  for (let n = 2; ctx.values.has(id) || ctx.tables.has(id) || dims.has(id); n++) id = `${base}${n}`;
  return id;
}
