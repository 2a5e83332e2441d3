import type { RuleSetIssueCode } from '../errors/error-codes';
import type { RuleSetIssue } from '../errors/rule-set-issue';
import type { DocumentPath, DocumentSource, SourceDocument } from '../load/source-document';
import { schemaErrorPaths } from '../load/validate-schema';
import type { RuleDocument } from '../model/rule-document';
import { buildModel } from './build-model';
import { TOTAL_SCORE } from './resolve-values';

/** Top-level keys nothing else reads: a mistake in them leaves every other part checkable. */
const METADATA = new Set([
  '$schema',
  'version',
  'title',
  'description',
  'subject',
  'references',
  'provenance',
]);
/** The most schema issues a file may have and still get the rest of its checks in the same round. */
const MAX_SCHEMA_ISSUES = 100;
/** Sections of parts that can be left out one by one, as lists or by name. */
const LISTS = ['criteria', 'scope'] as const;
const MAPS = ['indicators', 'derived', 'tables'] as const;
/** Sections left out whole when any of them is in error. */
const WHOLE = ['scoring', 'group'] as const;
/** Issues about the grades as a whole: leaving a part out changes what they see, so they are not the author's. */
const WHOLE_LADDER: ReadonlySet<RuleSetIssueCode> = new Set(['unreachable-grade', 'non-monotonic']);
/** Issues that nothing else reads an indicator: a part left out may be the one that reads it. */
const READ_ELSEWHERE: ReadonlySet<RuleSetIssueCode> = new Set(['required-beyond-when']);

/** A part of a rule document that can be left out whole. */
interface Part {
  /** `[section, index or name]`, or `[section]` for scoring and group. */
  path: DocumentPath;
  /** The names of values and tables it defines, which other parts may mention. */
  names: string[];
  /** Its id, for a criterion or scope item: only a group statistic refers to one. */
  ids: string[];
  /** A criterion or scope item whose id cannot be read, or scoring whose dimension ids cannot. */
  unnamed: boolean;
  /** Its data as JSON, to find the names it mentions. */
  text: string;
}

/**
 * The semantic issues of a rule file that failed the schema check, for the
 * parts its schema errors leave sound, so an author sees every problem in one
 * round. The parts in error (a criterion, a table, an indicator, scoring...)
 * are left out of a copy of the document, and so is every part that mentions
 * a name they define; the copy is checked as a valid file is. Issues that
 * leaving parts out could cause (a grade that now asks nothing, a ladder that
 * now breaks, a name that is now unknown) are dropped: a follow-on problem
 * missed is better than one that is not there.
 *
 * @returns no issues when an error sits where everything depends on it (the
 * top level, `grades`, `indicators` as a whole, `id`...), as then nothing can
 * be checked reliably.
 * @example
 * const issues = [...schemaIssues, ...issuesBesideSchemaErrors(source, schemaIssues)];
 */
export function issuesBesideSchemaErrors(
  source: SourceDocument,
  schemaIssues: readonly RuleSetIssue[],
): RuleSetIssue[] {
  const data = source.data as Record<string, unknown>;
  const parts = new Map<string, Part>();
  for (const part of partsOf(data)) parts.set(JSON.stringify(part.path), part);
  // Past this many parts in error, the rest waits for them to be fixed: reasoning about what they take with them
  // would cost more than it tells.
  if (schemaIssues.length > MAX_SCHEMA_ISSUES) return [];
  const broken: Part[] = [];
  for (const issue of schemaIssues) {
    const path = partPath(issue.path);
    if (path === 'metadata') continue;
    const part = path && parts.get(JSON.stringify(path));
    if (!part) return [];
    // Without its dimensions' names, what refers to scoring cannot be told from what is wrong.
    if (part.unnamed && part.path[0] === 'scoring') return [];
    broken.push(part);
  }
  const left = leaveOut(parts, broken);
  const { doc, originalIndex } = without(data, left);
  // The schema on the copy is the guard: a list left empty, a rule only the whole answers.
  if (!schemaErrorPaths(doc).every((p) => METADATA.has(String(p[0])))) return [];

  const { issues } = buildModel(doc as unknown as RuleDocument, viewFor(source, originalIndex));
  if (left.size === 0) return issues;
  const names = new Set([...left].flatMap((p) => p.names));
  const odd = [...names].filter((n) => !WORD.test(n));
  const oddPattern = odd.length > 0 ? mentionPattern(odd) : undefined;
  const mentions = (text: string) =>
    (text.match(WORDS) ?? []).some((w) => names.has(w)) || oddPattern?.test(text) === true;
  return issues.filter(
    (i) => !WHOLE_LADDER.has(i.code) && !READ_ELSEWHERE.has(i.code) && !mentions(i.message),
  );
}

/** The part a schema error's path sits in, `metadata`, or nothing when it sits where everything depends on it. */
function partPath(path: DocumentPath): DocumentPath | 'metadata' | undefined {
  const [top, next] = path;
  if (typeof top !== 'string') return undefined;
  if (METADATA.has(top)) return 'metadata';
  if ((LISTS as readonly string[]).includes(top)) return typeof next === 'number' ? [top, next] : undefined;
  if ((MAPS as readonly string[]).includes(top)) return typeof next === 'string' ? [top, next] : undefined;
  if ((WHOLE as readonly string[]).includes(top)) return [top];
  return undefined;
}

/** Every part of the document that can be left out, with the names it defines. */
function partsOf(data: Record<string, unknown>): Part[] {
  const out: Part[] = [];
  const part = (path: DocumentPath, value: unknown, names: string[], ids: string[] = [], unnamed = false) => {
    out.push({ path, names, ids, unnamed, text: JSON.stringify(value) ?? '' });
  };
  for (const section of MAPS) {
    const map = data[section];
    if (isRecord(map)) for (const [name, value] of Object.entries(map)) part([section, name], value, [name]);
  }
  for (const section of LISTS) {
    const list = data[section];
    if (!Array.isArray(list)) continue;
    for (const [i, item] of list.entries()) {
      const id = isRecord(item) ? item.id : undefined;
      part([section, i], item, [], typeof id === 'string' ? [id] : [], typeof id !== 'string');
    }
  }
  const scoring = data.scoring;
  if (scoring !== undefined) {
    const dimensions = isRecord(scoring) ? scoring.dimensions : undefined;
    const ids = Array.isArray(dimensions) ? dimensions.map((d) => (isRecord(d) ? d.id : undefined)) : [];
    const named = Array.isArray(dimensions) && ids.every((id) => typeof id === 'string');
    part(
      ['scoring'],
      scoring,
      [TOTAL_SCORE, ...(ids.filter((id) => typeof id === 'string') as string[])],
      [],
      !named,
    );
  }
  // Only the group's own requirements read its statistics: it defines no name for the rest.
  if (data.group !== undefined) part(['group'], data.group, []);
  return out;
}

/**
 * The broken parts and, until none is left, every part mentioning a name of
 * one left out; and the group when it may name a criterion left out.
 */
function leaveOut(parts: Map<string, Part>, broken: readonly Part[]): Set<Part> {
  const left = new Set(broken);
  // Each part's words, read once: a chain of 10,000 derived values took seconds when every round of
  // left-out names was matched against every part again.
  const mentionedBy = new Map<string, Part[]>();
  for (const part of parts.values()) {
    for (const word of new Set(part.text.match(WORDS) ?? [])) {
      const list = mentionedBy.get(word);
      if (list) list.push(part);
      else mentionedBy.set(word, [part]);
    }
  }
  const fresh = [...left].flatMap((p) => p.names);
  while (fresh.length > 0) {
    const name = fresh.pop()!;
    // A name of name characters is a word; another (a key the schema refused) is looked for as text.
    const mentioning = WORD.test(name)
      ? (mentionedBy.get(name) ?? [])
      : [...parts.values()].filter((part) => mentionPattern([name]).test(part.text));
    for (const part of mentioning) {
      if (left.has(part)) continue;
      left.add(part);
      fresh.push(...part.names);
    }
  }
  const group = parts.get(JSON.stringify(['group']));
  if (group && !left.has(group)) {
    const gone = [...left];
    // A criterion without a readable id might be the one a statistic names.
    if (gone.some((p) => p.unnamed) || mentionPattern(gone.flatMap((p) => p.ids)).test(group.text))
      left.add(group);
  }
  return left;
}

/** The words of a part's text as {@link mentionPattern} tells names apart: runs of letters, digits, `_` and `-`. */
const WORDS = /[\w-]+/g;
const WORD = /^[\w-]+$/;

/**
 * Any of the names as a word: not inside a longer name, but before a `.`
 * (`T.min` mentions the table T). It may match more than a reference does,
 * which only leaves out more.
 */
function mentionPattern(names: readonly string[]): RegExp {
  const words = [...new Set(names)]
    .filter((n) => n.length > 0)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return words.length === 0 ? /$^/ : new RegExp(`(?<![\\w-])(?:${words.join('|')})(?![\\w-])`);
}

/** A copy of the document without the parts left out, and for each shortened list the original index of each item. */
function without(
  data: Record<string, unknown>,
  left: ReadonlySet<Part>,
): { doc: Record<string, unknown>; originalIndex: Map<string, number[]> } {
  const doc: Record<string, unknown> = { ...data };
  const originalIndex = new Map<string, number[]>();
  const gone = new Set([...left].map((p) => JSON.stringify(p.path)));
  for (const section of LISTS) {
    const list = data[section];
    if (!Array.isArray(list)) continue;
    const kept = [...list.keys()].filter((i) => !gone.has(JSON.stringify([section, i])));
    if (kept.length === list.length) continue;
    doc[section] = kept.map((i) => list[i]);
    originalIndex.set(section, kept);
  }
  for (const section of MAPS) {
    const map = data[section];
    if (!isRecord(map)) continue;
    doc[section] = Object.fromEntries(
      Object.entries(map).filter(([name]) => !gone.has(JSON.stringify([section, name]))),
    );
  }
  for (const section of WHOLE) if (gone.has(JSON.stringify([section]))) delete doc[section];
  return { doc, originalIndex };
}

/** The source seen through the copy: a path into a shortened list is located at the item's place in the file. */
function viewFor(source: SourceDocument, originalIndex: ReadonlyMap<string, number[]>): DocumentSource {
  const original = (path: DocumentPath): DocumentPath => {
    const [section, index] = path;
    const kept = typeof section === 'string' && typeof index === 'number' && originalIndex.get(section);
    return kept ? [section, kept[index as number] ?? index, ...path.slice(2)] : path;
  };
  return {
    file: source.file,
    locate: (path, options) => source.locate(original(path), options),
    literal: (path) => source.literal(original(path)),
    isPlainInBrackets: (path) => source.isPlainInBrackets(original(path)),
    followsBareComma: (path) => source.followsBareComma(original(path)),
    issue: (code, text, path, options) => source.issue(code, text, original(path), options),
    issueInText: (code, text, path, index) => source.issueInText(code, text, original(path), index),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
