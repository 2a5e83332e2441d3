import { isMap, isScalar, type Node, parseDocument } from 'yaml';
import { applyEdits, type TextEdit } from '../../load/text-edits';

/** The `$schema` comment editors read, on a line of its own. */
const SCHEMA_LINE = /^#\s*yaml-language-server:\s*\$schema=.*$/m;

/** What a copied rule set says differently from its source. */
export interface RuleSetCopyChanges {
  /** The new `<industry>/<name>`. */
  id: string;
  /** The path from the new file's folder to the rule-set schema. */
  schema: string;
  /** The comment line(s) put above `id:`, without `# `: where the draft came from. */
  note: string[];
  /** A comment line of an earlier note, left above `id:` by an earlier copy: replaced, not stacked. */
  earlierNote?: RegExp;
}

/**
 * The text of a rule set copied as the draft of a revision: the source's
 * text with only what must change changed, so its comments, order and
 * layout stay and `qgrade diff` shows the id alone. `id:` takes the new id,
 * with `note` above it; the `$schema` comment points where the new file is
 * (added when the source had none). `undefined` when the text has no
 * top-level `id:` to change (a file qgrade reads only after mending a slip).
 *
 * @example
 * copiedRuleSet(text, { id: 'steel/my-bar-2026', schema: '../../schemas/ruleset.schema.json', note: ['draft of steel/my-bar 1.0.0'] });
 */
export function copiedRuleSet(text: string, changes: RuleSetCopyChanges): string | undefined {
  const id = topLevelValue(text, 'id');
  if (!id) return undefined;
  const keyLine = text.lastIndexOf('\n', id.keyStart - 1) + 1;
  const indent = text.slice(keyLine, id.keyStart);
  let lineStart = keyLine;
  // A draft of a draft names its own source only.
  while (lineStart > 0 && changes.earlierNote) {
    const above = text.lastIndexOf('\n', lineStart - 2) + 1;
    if (!changes.earlierNote.test(text.slice(above, lineStart - 1))) break;
    lineStart = above;
  }
  // Above `id:` only when it starts its line: a flow mapping (`{ id: … }`) keeps its text as it is.
  // Lines added in the file's own line ending: a CRLF file stays CRLF throughout.
  const eol = lineEnding(text);
  const note = indent.trim() === '' ? changes.note.map((line) => `${indent}# ${line}${eol}`).join('') : '';
  const edits: TextEdit[] = [
    { offset: id.start, remove: id.end - id.start, insert: changes.id },
    ...(note ? [{ offset: lineStart, remove: keyLine - lineStart, insert: note }] : []),
  ];
  return withSchemaLine(applyEdits(text, edits).text, changes.schema, eol);
}

/**
 * The text of a test suite copied beside a copied rule set: `ruleSet:`
 * names the new file (`./<name>.yaml`), the `$schema` comment points where
 * the new suite is; all else, cases and comments, as written. A suite
 * without `ruleSet:` tests the file named as it is, which the copy already is.
 *
 * @example
 * copiedSuite(text, { ruleSet: './my-bar-2026.yaml', schema: '../../schemas/ruleset-test.schema.json' });
 */
export function copiedSuite(text: string, changes: { ruleSet: string; schema: string }): string {
  const ruleSet = topLevelValue(text, 'ruleSet');
  const edits: TextEdit[] = ruleSet
    ? [{ offset: ruleSet.start, remove: ruleSet.end - ruleSet.start, insert: changes.ruleSet }]
    : [];
  return withSchemaLine(applyEdits(text, edits).text, changes.schema, lineEnding(text));
}

/** The line ending a text is written with. */
function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** Where a top-level key and its scalar value are written: offsets in `text`. */
function topLevelValue(
  text: string,
  key: string,
): { keyStart: number; start: number; end: number } | undefined {
  const doc = parseDocument(text, { keepSourceTokens: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    const k = pair.key as Node | null;
    const v = pair.value as Node | null;
    if (!isScalar(k) || k.value !== key || !isScalar(v) || !k.range || !v.range) continue;
    return { keyStart: k.range[0], start: v.range[0], end: v.range[1] };
  }
  return undefined;
}

/** `text` with its `$schema` comment pointing at `schema`: the first such line replaced, or one put first. */
function withSchemaLine(text: string, schema: string, eol: string): string {
  const line = `# yaml-language-server: $schema=${schema}`;
  return SCHEMA_LINE.test(text) ? text.replace(SCHEMA_LINE, () => line) : `${line}${eol}${text}`;
}
