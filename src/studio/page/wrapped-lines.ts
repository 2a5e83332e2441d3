/// <reference lib="dom" />

import { type Extension, RangeSetBuilder } from '@codemirror/state';
import { Decoration, type DecorationSet, EditorView, ViewPlugin, type ViewUpdate } from '@codemirror/view';

/**
 * A line's indentation as YAML reads it: its leading spaces and the `- ` of
 * sequence items, so that a wrapped item continues under its text.
 */
const INDENT = /^(?: |- )*/;

/**
 * The widest hang, in characters. A deeper line's continuation starts here: a hang near the editor's width left its
 * text a column a character wide, and 50 nested `- all:` (100 columns in) set CodeMirror measuring line heights
 * in a loop ("Measure loop restarted more than 5 times", studio-46). The bundled rule files indent 14 at most.
 */
const MAX_HANG = 24;

/** One decoration per indentation width, shared by every line that has it. */
const byWidth = new Map<number, Decoration>();

function hangDecoration(width: number): Decoration {
  let deco = byWidth.get(width);
  if (!deco) {
    deco = Decoration.line({ class: 'cm-hang', attributes: { style: `--hang: ${width}ch` } });
    byWidth.set(width, deco);
  }
  return deco;
}

/** The indented lines in view, each marked with its width (lines out of view are not drawn). */
function hangs(view: EditorView): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const doc = view.state.doc;
  for (const { from, to } of view.visibleRanges) {
    for (let pos = from; pos <= to; ) {
      const line = doc.lineAt(pos);
      const width = Math.min(INDENT.exec(line.text)?.[0].length ?? 0, MAX_HANG);
      if (width > 0) builder.add(line.from, line.from, hangDecoration(width));
      pos = line.to + 1;
    }
  }
  return builder.finish();
}

const hangPlugin = ViewPlugin.fromClass(
  class {
    decorations: DecorationSet;
    constructor(view: EditorView) {
      this.decorations = hangs(view);
    }
    update(update: ViewUpdate): void {
      if (update.docChanged || update.viewportChanged) this.decorations = hangs(update.view);
    }
  },
  { decorations: (plugin) => plugin.decorations },
);

/**
 * Long lines wrap to the editor's width (rule files have descriptions and notes of a hundred and more
 * Chinese characters), and a wrapped line continues at its own indentation, so the YAML structure stays
 * readable. CodeMirror has no such option: each indented line gets a hanging indent — padding of its
 * indentation's width, taken back from its first line by a negative `text-indent` — which leaves the
 * text, and so every position in it, as it is.
 */
export function wrappedLines(): Extension {
  return [
    EditorView.lineWrapping,
    hangPlugin,
    EditorView.theme({
      // 6px: CodeMirror's own left padding of a line.
      '.cm-line.cm-hang': {
        paddingLeft: 'calc(6px + var(--hang))',
        textIndent: 'calc(-1 * var(--hang))',
      },
    }),
  ];
}
