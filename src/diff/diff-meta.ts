import type { ReferenceDocument } from '../model/rule-document';
import { editionText, editionWord } from '../text/edition-text';
import type { Language, LocalizedText } from '../text/localized-text';
import { addedOrRemoved, change, labelled, META, NONE, same } from './diff-messages';
import type { Edition } from './edition';
import { makeEntry } from './make-entry';
import type { DiffEntry } from './rule-set-diff';

/**
 * The differences in what a rule set says about itself: its id, its version
 * (with a note when B's is lower), the provenance level of its figures, its
 * title, description and provenance note, and the standards it encodes — a
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
  const version = out.find((e) => e.key === 'version');
  // A draft built from an older edition shows, as changes, everything since (committee-32 M1): say so.
  if (version && versionLower(b.doc.version, a.doc.version)) version.note = VERSION_LOWER;
  simple('provenance', ['provenance', 'level'], a.doc.provenance.level, b.doc.provenance.level);
  // What the rule set says of itself moves no record, but a committee reads it: title, description, provenance note.
  const text = (
    key: 'title' | 'description' | 'provenance:note',
    path: string[],
    x?: LocalizedText,
    y?: LocalizedText,
  ) => {
    const before = x ? `${x.zh} / ${x.en}` : null;
    const after = y ? `${y.zh} / ${y.en}` : null;
    if (before === after) return;
    const quoted = (l: LocalizedText | undefined): LocalizedText =>
      l ? { zh: `“${l.zh}”`, en: `"${l.en}"` } : NONE;
    out.push(
      makeEntry({
        key,
        kind: 'rule-set-text',
        before,
        after,
        // A title is read whole; a description or note of a paragraph is named, its texts are in before / after.
        message:
          key === 'title' || !x || !y
            ? labelled(TEXT_WHAT[key], change(quoted(x), quoted(y)))
            : labelled(TEXT_WHAT[key], rewordedText(x, y)),
        a: x ? a.locate(path) : undefined,
        b: y ? b.locate(path) : undefined,
      }),
    );
  };
  text('title', ['title'], a.doc.title, b.doc.title);
  text('description', ['description'], a.doc.description, b.doc.description);
  text('provenance:note', ['provenance', 'note'], a.doc.provenance.note, b.doc.provenance.note);

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

const TEXT_WHAT: Record<'title' | 'description' | 'provenance:note', LocalizedText> = {
  title: { zh: '规则集名称', en: 'rule-set title' },
  description: { zh: '规则集说明', en: 'rule-set description' },
  'provenance:note': { zh: '来源说明', en: 'provenance note' },
};

const TEXT_CHANGED: LocalizedText = {
  zh: '有修改（两版全文见 JSON 的 before / after）',
  en: 'reworded (both texts in the JSON before / after)',
};

/**
 * How a paragraph changed, in each language's own text: a sentence added at the end (a draft's note appended to
 * the provenance) is quoted, `末尾增加“草案：…”`, as a text left as it was is said to be; anything else is
 * {@link TEXT_CHANGED}. The committee reads the sentence (text, Markdown, HTML, the workbook), not the JSON
 * (committee-44 M5: `有修改（两版全文见 JSON 的 before / after）` was all a draft's added sentence showed).
 */
function rewordedText(x: LocalizedText, y: LocalizedText): LocalizedText {
  const one = (lang: 'zh' | 'en'): string => {
    const before = x[lang].trim();
    const after = y[lang].trim();
    if (before === after)
      return lang === 'zh' ? '中文未改（英文有修改）' : 'English unchanged (the Chinese changed)';
    if (after.startsWith(before)) {
      const added = after.slice(before.length).trim();
      return lang === 'zh' ? `末尾增加“${added}”` : `added at the end: "${added}"`;
    }
    return TEXT_CHANGED[lang];
  };
  return { zh: one('zh'), en: one('en') };
}

const VERSION_LOWER: LocalizedText = {
  zh: 'B 的版本低于 A：B 可能由较早的版本改成，A 此后的修改会显示为 B 的差异',
  en: "B's version is lower than A's: B may have been made from an earlier edition, and A's later edits show as differences",
};

/**
 * Whether version `b` precedes `a` (semantic versioning: major, minor, patch; a pre-release such as
 * `1.5.0-draft` precedes `1.5.0`). A version that is not `x.y.z…` is not ranked.
 */
function versionLower(b: string, a: string): boolean {
  const parse = (v: string) => /^(\d+)\.(\d+)\.(\d+)(-.+)?$/.exec(v.trim());
  const x = parse(b);
  const y = parse(a);
  if (!x || !y) return false;
  for (const i of [1, 2, 3]) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return d < 0;
  }
  return x[4] !== undefined && y[4] === undefined;
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
 * `GB 21455-2019（2019，现行）`), in zh a comparison method and whether a value is
 * required (`修约值比较法（修约间隔 0.5）`, `选填`); any other value as written. JSON keeps the
 * value as written.
 *
 * @example
 * shownDiffValue('reference-added', 'GB 21455-2019 (2019, current)', 'zh'); // 'GB 21455-2019（2019，现行）'
 * shownDiffValue('criterion-changed', 'rounded 0.5', 'zh', 'comparison'); // '修约值比较法（修约间隔 0.5）'
 */
export function shownDiffValue(kind: string, value: string, lang: Language, aspect?: string): string {
  if (lang === 'en') return value;
  if (kind === 'provenance') return provenanceText(value).zh;
  // The JSON keeps the rule file's words (`full`, `rounded 0.5`, `optional`); a zh table says them in zh (committee-32 Minor).
  if (aspect === 'comparison') {
    if (value === 'full') return '全数值比较法';
    if (value === 'rounded') return '修约值比较法';
    if (value.startsWith('rounded ')) return `修约值比较法（修约间隔 ${value.slice('rounded '.length)}）`;
  }
  if (aspect === 'required') {
    if (value === 'required') return '必填';
    if (value === 'optional') return '选填';
    if (value.startsWith('required when ')) return `当 ${value.slice('required when '.length)} 时必填`;
  }
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
