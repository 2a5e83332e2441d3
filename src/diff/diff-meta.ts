import type { ReferenceDocument } from '../model/rule-document';
import { editionText, editionWord } from '../text/edition-text';
import type { Language, LocalizedText } from '../text/localized-text';
import { addedOrRemoved, change, labelled, META, same } from './diff-messages';
import type { Edition } from './edition';
import { makeEntry } from './make-entry';
import type { DiffEntry } from './rule-set-diff';

/**
 * The differences in what a rule set says about itself: its id, its version,
 * the provenance level of its figures, and the standards it encodes — a
 * reference is matched by its code without the year (`GB 21455`), so a new
 * edition of the same standard reads as one change.
 *
 * @example
 * diffMeta(new Edition(oldRules), new Edition(newRules));
 * // [{ key: 'version', kind: 'version', before: '1.0.0', after: '1.1.0-draft', … }]
 */
export function diffMeta(a: Edition, b: Edition): DiffEntry[] {
  const out: DiffEntry[] = [];
  const simple = (
    key: 'rule-set-id' | 'version' | 'provenance',
    path: string[],
    before: string,
    after: string,
  ) => {
    if (before === after) return;
    const what = key === 'rule-set-id' ? META.id : key === 'version' ? META.version : META.provenance;
    const words = key === 'provenance' ? provenanceText : same;
    out.push(
      makeEntry({
        key,
        kind: key,
        before,
        after,
        message: labelled(what, change(words(before), words(after))),
        a: a.locate(path),
        b: b.locate(path),
      }),
    );
  };
  simple('rule-set-id', ['id'], a.doc.id, b.doc.id);
  simple('version', ['version'], a.doc.version, b.doc.version);
  simple('provenance', ['provenance', 'level'], a.doc.provenance.level, b.doc.provenance.level);

  const refsB = new Map(b.doc.references.map((r, i) => [baseCode(r.code), { ref: r, index: i }]));
  const seen = new Set<string>();
  for (const [i, ref] of a.doc.references.entries()) {
    const base = baseCode(ref.code);
    seen.add(base);
    const other = refsB.get(base);
    const before = referenceText(ref);
    if (!other) {
      out.push(
        makeEntry({
          key: `reference:${base}`,
          kind: 'reference-removed',
          before,
          after: null,
          message: addedOrRemoved(META.reference, false, referenceWords(ref)),
          a: a.locate(['references', i]),
        }),
      );
      continue;
    }
    const after = referenceText(other.ref);
    if (before === after) continue;
    const localizedBefore = referenceWords(ref);
    const localizedAfter = referenceWords(other.ref);
    out.push(
      makeEntry({
        key: `reference:${base}`,
        kind: 'reference-changed',
        aspect: 'edition',
        before,
        after,
        message: labelled(META.reference, change(localizedBefore, localizedAfter)),
        a: a.locate(['references', i]),
        b: b.locate(['references', other.index]),
      }),
    );
  }
  for (const [i, ref] of b.doc.references.entries()) {
    const base = baseCode(ref.code);
    if (seen.has(base)) continue;
    const after = referenceText(ref);
    out.push(
      makeEntry({
        key: `reference:${base}`,
        kind: 'reference-added',
        before: null,
        after,
        message: addedOrRemoved(META.reference, true, referenceWords(ref)),
        b: b.locate(['references', i]),
      }),
    );
  }
  return out;
}

/** `GB 21455-2019` → `GB 21455`; `GB/T 1499.2—2018` → `GB/T 1499.2`. */
function baseCode(code: string): string {
  return code.replace(/\s*[-—–]\s*\d{4}\s*$/, '').trim();
}

/** `GB 21455-2019 (2019, current)`, in the rule file's words. */
function referenceText(r: ReferenceDocument): string {
  const parts = [editionText(r.edition, 'en')];
  if (r.status) parts.push(r.status);
  if (r.supersededBy) parts.push(`superseded by ${r.supersededBy}`);
  return `${r.code} (${parts.join(', ')})`;
}

const STATUS: Record<string, LocalizedText> = {
  current: { zh: '现行', en: 'current' },
  superseded: { zh: '已被代替', en: 'superseded' },
  draft: { zh: '征求意见稿', en: 'draft' },
};

/** A reference in a sentence: `GB 21455-2019（2019 版，现行）`. */
function referenceWords(r: ReferenceDocument): LocalizedText {
  const word = editionWord(r.edition);
  const zh = [word ? `版次${word.zh}` : `${r.edition} 版`];
  const en = [`edition ${word?.en ?? r.edition}`];
  if (r.status) {
    zh.push(STATUS[r.status]?.zh ?? r.status);
    en.push(STATUS[r.status]?.en ?? r.status);
  }
  if (r.supersededBy) {
    zh.push(`被 ${r.supersededBy} 代替`);
    en.push(`superseded by ${r.supersededBy}`);
  }
  return { zh: `${r.code}（${zh.join('，')}）`, en: `${r.code} (${en.join(', ')})` };
}

const PROVENANCE: Record<string, LocalizedText> = {
  sourced: { zh: '已核对标准原文', en: 'sourced' },
  secondary: { zh: '转引资料', en: 'secondary' },
  unverified: { zh: '未核实', en: 'unverified' },
  illustrative: { zh: '示例数值', en: 'illustrative' },
};

/**
 * A provenance level in words, the level itself beside the Chinese:
 * `示例数值（illustrative）` / `illustrative`. Shared by `diff` and `list`.
 */
export function provenanceText(level: string): LocalizedText {
  const words = PROVENANCE[level];
  return words ? { zh: `${words.zh}（${level}）`, en: words.en } : same(level);
}

/**
 * An entry's `before` or `after` as a reader of `lang` sees it in a table: a
 * provenance level and a reference's status in words (`转引资料（secondary）`,
 * `GB 21455-2019（2019，现行）`); any other value as written. JSON keeps the
 * value as written.
 *
 * @example
 * shownDiffValue('reference-added', 'GB 21455-2019 (2019, current)', 'zh'); // 'GB 21455-2019（2019，现行）'
 */
export function shownDiffValue(kind: string, value: string, lang: Language): string {
  if (lang === 'en') return value;
  if (kind === 'provenance') return provenanceText(value).zh;
  if (!kind.startsWith('reference-')) return value;
  // referenceText's form: `CODE (edition, status, superseded by X)`.
  const m = /^(.*) \((.*)\)$/.exec(value);
  if (!m) return value;
  const parts = m[2]!
    .split(', ')
    .map((p) =>
      p.startsWith('superseded by ') ? `被 ${p.slice('superseded by '.length)} 代替` : (STATUS[p]?.zh ?? p),
    );
  return `${m[1]}（${parts.join('，')}）`;
}
