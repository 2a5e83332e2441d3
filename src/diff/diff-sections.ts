import type { Language, LocalizedText } from '../text/localized-text';
import { DIRECTION_TEXT, withoutReaders } from './diff-messages';
import type { DiffEntry, DiffKind, RuleSetDiff } from './rule-set-diff';

/**
 * How every format of a diff groups and names its entries: tables first (the
 * limits a committee argues about), then criteria, scope, grades, inputs,
 * and what the rule set says about itself.
 *
 * @module
 */

/**
 * A group of entries as the formats show it.
 *
 * @example
 * const tables: DiffSection | undefined = diffSections(diff).find((s) => s.id === 'tables');
 */
export interface DiffSection {
  id: 'tables' | 'criteria' | 'scope' | 'grades' | 'inputs' | 'rule-set';
  title: LocalizedText;
  entries: DiffEntry[];
}

const SECTIONS: { id: DiffSection['id']; title: LocalizedText; kinds: DiffKind[] }[] = [
  {
    id: 'tables',
    title: { zh: '阈值表', en: 'Threshold tables' },
    kinds: [
      'boundary-moved',
      'row-split',
      'row-merged',
      'cell-changed',
      'row-added',
      'row-removed',
      'table-added',
      'table-removed',
    ],
  },
  {
    id: 'criteria',
    title: { zh: '分级要求', en: 'Criteria' },
    kinds: ['criterion-added', 'criterion-removed', 'criterion-changed'],
  },
  {
    id: 'scope',
    title: { zh: '适用范围', en: 'Scope' },
    kinds: ['scope-added', 'scope-removed', 'scope-changed'],
  },
  {
    id: 'grades',
    title: { zh: '等级', en: 'Grades' },
    kinds: ['grades-reordered', 'grade-added', 'grade-removed', 'grade-renamed'],
  },
  {
    id: 'inputs',
    title: { zh: '指标、计算值与评分', en: 'Indicators, derived values and scoring' },
    kinds: [
      'indicator-added',
      'indicator-removed',
      'indicator-changed',
      'derived-added',
      'derived-removed',
      'derived-changed',
      'statistic-added',
      'statistic-removed',
      'statistic-changed',
      'group-label',
      'group-changed',
      'dimension-added',
      'dimension-removed',
      'dimension-changed',
    ],
  },
  {
    id: 'rule-set',
    title: { zh: '规则集信息', en: 'Rule set' },
    kinds: [
      'rule-set-id',
      'version',
      'provenance',
      'rule-set-text',
      'reference-added',
      'reference-removed',
      'reference-changed',
    ],
  },
];

/**
 * The entries of a diff by section, in the order the formats show them; empty sections left out.
 *
 * @example
 * for (const s of diffSections(diff)) console.log(s.title.en, s.entries.length);
 */
export function diffSections(diff: RuleSetDiff): DiffSection[] {
  return SECTIONS.map(({ id, title, kinds }) => ({
    id,
    title,
    entries: diff.entries.filter((e) => kinds.includes(e.kind)),
  })).filter((s) => s.entries.length > 0);
}

/**
 * Titles and sentences every format shares.
 *
 * @example
 * DIFF_TEXT.none.zh; // '两个规则集没有差异。'
 */
export const DIFF_TEXT = {
  title: { zh: '规则集差异', en: 'Rule-set diff' },
  none: { zh: '两个规则集没有差异。', en: 'No differences.' },
  key: { zh: '键', en: 'Key' },
  before: { zh: 'A（原）', en: 'A (before)' },
  after: { zh: 'B（新）', en: 'B (after)' },
  direction: { zh: '宽严', en: 'Direction' },
  description: { zh: '说明', en: 'Description' },
  where: { zh: '位置', en: 'Where' },
  empty: { zh: '（空）', en: '(empty)' },
} satisfies Record<string, LocalizedText>;

/**
 * `3 differences: 1 stricter, …` in one language.
 *
 * @example
 * countsText(diff, 'en'); // '3 differences: 1 stricter, 0 looser, 0 changed either way, 2 without a direction'
 */
export function countsText(diff: RuleSetDiff, lang: Language): string {
  const { total, stricter, looser, changed, other } = diff.counts;
  if (total === 0) return DIFF_TEXT.none[lang];
  return lang === 'zh'
    ? `共 ${total} 处差异：更严 ${stricter} 处，更宽 ${looser} 处，宽严不定 ${changed} 处，不涉及宽严 ${other} 处`
    : `${total} difference${total === 1 ? '' : 's'}: ${stricter} stricter, ${looser} looser, ${changed} changed either way, ${other} without a direction`;
}

/**
 * `id version (file)`.
 *
 * @example
 * sideText(diff.a); // 'home-appliances/room-air-conditioner-energy 1.0.0 (rules/…/room-air-conditioner-energy.yaml)'
 */
export function sideText(side: RuleSetDiff['a'], lang: Language = 'en'): string {
  return lang === 'zh'
    ? `${side.id} ${side.version}（${side.file}）`
    : `${side.id} ${side.version} (${side.file})`;
}

/**
 * Where an entry is written: `A file:line  B file:line`, one side when only one has it.
 *
 * @example
 * whereText(entry); // 'A rules/…/room-air-conditioner-energy.yaml:86  B examples/room-air-conditioner-energy-draft.yaml:89'
 */
export function whereText(entry: DiffEntry, separator = '  '): string {
  const parts: string[] = [];
  if (entry.a) parts.push(`A ${entry.a.file}:${entry.a.line}`);
  if (entry.b) parts.push(`B ${entry.b.file}:${entry.b.line}`);
  return parts.join(separator);
}

/**
 * A direction as a word in one language; `—` for entries without one.
 *
 * @example
 * directionWord(entry, 'zh'); // '更严'
 */
export function directionWord(entry: DiffEntry, lang: Language): string {
  return entry.direction ? DIRECTION_TEXT[entry.direction][lang] : '—';
}

/**
 * A section's heading with its count: `阈值表（1）` / `Threshold tables (1)`.
 *
 * @example
 * sectionHeading(section, 'zh'); // '阈值表（1）'
 */
export function sectionHeading(section: DiffSection, lang: Language): string {
  const n = section.entries.length;
  return lang === 'zh' ? `${section.title.zh}（${n}）` : `${section.title.en} (${n})`;
}

/**
 * An entry's sentence, with its note (a possible rename) after it, as the diff reports print it.
 *
 * @example
 * entryText(entry, 'en'); // 'indicator strength28d added … (possibly renamed: A's indicator compressive28d, removed, …)'
 */
export function entryText(entry: DiffEntry, lang: Language): string {
  if (!entry.note) return entry.message[lang];
  return lang === 'zh' ? `${entry.message.zh}（${entry.note.zh}）` : `${entry.message.en} (${entry.note.en})`;
}

/**
 * One entry on one line, as shown under a record that moved: the entry's
 * sentence, as `qgrade diff` words it, in either language (committee-27 M6:
 * English once showed the key, `cell:apfLimits[≤ 4500][2] 4.50 → 4.70 stricter`).
 * A scoring change leaves out the requirements it reads into: the record's
 * own causes are on the line above.
 *
 * @example
 * changeLine(entry, 'en'); // '← table "…" (apfLimits), row ≤ 4500, column Grade 2: 4.50 → 4.70, stricter (read by apf@2)'
 * changeLine(entry, 'zh'); // '← 新增指标“水溶性六价铬”（chromium6）：必填，更严'
 */
export function changeLine(entry: DiffEntry, lang: Language): string {
  // A scoring change as a sentence by the items' labels, without the requirements it reads into (enterprise-23 W5).
  if (entry.kind.startsWith('dimension-'))
    return `← ${withoutReaders(entry.message[lang], entry.criteria ?? [], lang)}`;
  return `← ${entry.message[lang]}`;
}

/**
 * The rule-file notes (`工作组拟定值（示例）`, `示例数值`) of the requirements an entry concerns — its
 * criterion, or the criteria that read its table cell or value — once each, in Chinese `注：…` and in
 * English `note: …`; `''` when none has one. A reader tells a draft's proposal or an illustrative figure
 * from the standard's where the diff names it (committee-25 F4, committee-24 F14).
 *
 * @param notes - each requirement's note by its id (see `criterionNotes`)
 * @example
 * entryNoteText(entry, notes, 'zh'); // '注：工作组拟定值（示例），非现行标准'
 */
export function entryNoteText(
  entry: DiffEntry,
  notes: ReadonlyMap<string, LocalizedText> | undefined,
  lang: Language,
): string {
  if (!notes || notes.size === 0) return '';
  const own = /^criterion:([^:]+)/.exec(entry.key)?.[1];
  const ids = [...(own === undefined ? [] : [own]), ...(entry.criteria ?? [])];
  const texts = [...new Set(ids.map((id) => notes.get(id)?.[lang]).filter((t): t is string => !!t))];
  if (texts.length === 0) return '';
  return lang === 'zh' ? `注：${texts.join('；')}` : `note: ${texts.join('; ')}`;
}
