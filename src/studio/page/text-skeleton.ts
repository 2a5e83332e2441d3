import { type Completion, snippet } from '@codemirror/autocomplete';
import type { EditorView } from '@codemirror/view';
import { deref, type Schema } from './schema-lookup';

/**
 * The names of the properties whose value is a text in both languages
 * (`{ zh, en }`: label, title, note, description, reason): completing one of
 * them inserts an empty skeleton to fill in, never an example's words.
 */
export function textKeys(root: Schema): Set<string> {
  const names = new Set<string>();
  const visit = (node: unknown, depth: number): void => {
    if (!node || typeof node !== 'object' || depth > 40) return;
    if (Array.isArray(node)) {
      for (const n of node) visit(n, depth + 1);
      return;
    }
    const s = node as Schema & Record<string, unknown>;
    for (const [name, p] of Object.entries(s.properties ?? {})) if (isText(root, p)) names.add(name);
    for (const [key, value] of Object.entries(s))
      if (key !== 'enum' && key !== 'const') visit(value, depth + 1);
  };
  visit(root, 0);
  return names;
}

/** Whether a schema is the two-language text: an object of exactly `zh` and `en`. */
function isText(root: Schema, s: Schema): boolean {
  const keys = Object.keys(deref(root, s).properties ?? {});
  return keys.length === 2 && keys.includes('zh') && keys.includes('en');
}

/**
 * How the file writes the texts of key `name`: as it writes that key
 * elsewhere (`label: { zh: … }` or `label:` with `zh:` on the next line),
 * else as it writes most texts; `flow` (the style of the templates `qgrade
 * init` writes) when it has none.
 */
export function textStyle(doc: string, name: string): 'flow' | 'block' {
  const key = name.replace(/[$]/g, '\\$&');
  const ownFlow = count(doc, new RegExp(`(?:^|[\\s{,])${key}[ \\t]*:[ \\t]*\\{[ \\t]*zh[ \\t]*:`, 'gm'));
  const ownBlock = count(
    doc,
    new RegExp(`^[ \\t]*(?:-[ \\t]+)?${key}[ \\t]*:[ \\t]*(?:#.*)?\\n[ \\t]*zh[ \\t]*:`, 'gm'),
  );
  if (ownFlow + ownBlock > 0) return ownBlock > ownFlow ? 'block' : 'flow';
  const flow = count(doc, /\{[ \t]*zh[ \t]*:/g);
  const block = count(doc, /^[ \t]*zh[ \t]*:/gm);
  return block > flow ? 'block' : 'flow';
}

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * The snippet a text key is completed with: `label: { zh: , en:  }` (or the
 * block form), the cursor after `zh: ` and Tab going on to `en: `.
 */
export function textSkeleton(name: string, style: 'flow' | 'block'): string {
  return style === 'flow' ? `${name}: { zh: \${1}, en: \${2} }` : `${name}:\n\tzh: \${1}\n\ten: \${2}`;
}

/**
 * A key option's `apply` for a text key: the key alone when a colon already
 * follows it (renaming a key), else the key and an empty skeleton in the file's style.
 */
export function applyTextKey(name: string): Completion['apply'] {
  return (view: EditorView, completion: Completion, from: number, to: number) => {
    if (renameKey(view, name, from, to)) return;
    snippet(textSkeleton(name, textStyle(view.state.doc.toString(), name)))(view, completion, from, to);
  };
}

/**
 * When a colon already follows the completed word (an author renaming a
 * key), puts the key name alone in its place and returns `true`: a skeleton
 * would add a second colon. `false` leaves the insertion to the caller.
 */
export function renameKey(view: EditorView, name: string, from: number, to: number): boolean {
  const line = view.state.doc.lineAt(to);
  if (!/^[ \t]*:/.test(view.state.doc.sliceString(to, line.to))) return false;
  view.dispatch(
    view.state.update({ changes: { from, to, insert: name }, selection: { anchor: from + name.length } }),
  );
  return true;
}
