import { CompletionContext, type CompletionSource } from '@codemirror/autocomplete';
import { ensureSyntaxTree, syntaxTree } from '@codemirror/language';
import type { EditorState } from '@codemirror/state';

/** Parsing work done at a time before the page gets the thread back (CodeMirror's own default). */
export const SLICE_MS = 50;
/** Past this, completion gives up on the parse and answers from the tree it has, as before. */
const GIVE_UP_MS = 10_000;

/**
 * `state`, or a state with the same text whose syntax tree reaches the end of `pos`'s line (the text
 * after the cursor on its line, a `: `, tells a key from a value), after at most `ms` of parsing; null
 * if the parse did not get there in that time. CodeMirror parses an edit for 20 ms, then in idle time
 * (at most 3 s in each 30 s): on a busy machine, or just after a 15 KB paste, the tree a state holds
 * can stop short of the cursor. The parse work done here is kept (the editor's parse goes on from it);
 * the state returned is derived, never dispatched.
 */
export function parsedUpTo(state: EditorState, pos: number, ms: number): EditorState | null {
  const upto = state.doc.lineAt(pos).to;
  if (syntaxTree(state).length >= upto) return state;
  if (!ensureSyntaxTree(state, upto, ms)) return null;
  // The tree a state holds is fixed when the state is made: ensureSyntaxTree parses on but leaves it
  // as it was. An empty transaction makes a state that holds the parsed one.
  const parsed = state.update({}).state;
  return syntaxTree(parsed).length >= upto ? parsed : null;
}

/**
 * `source` answered on a syntax tree that reaches the cursor. The schema's keys and values are found
 * from the YAML node at the cursor; beyond the end of a partial tree there is none, the source
 * answered nothing, and CodeMirror does not ask again when the parse catches up: Ctrl+Space (or a
 * key typed at the end of a freshly pasted file) showed no list until the next key (studio-45 item 1).
 * The parse runs in slices with the thread given back between them, so the page keeps answering keys.
 */
export function onParsedTree(source: CompletionSource): CompletionSource {
  return (ctx) => {
    const ready = parsedUpTo(ctx.state, ctx.pos, SLICE_MS);
    if (ready) return source(ready === ctx.state ? ctx : contextOn(ctx, ready));
    return parsedSoon(ctx.state, ctx.pos, () => ctx.aborted).then((state) =>
      state ? source(state === ctx.state ? ctx : contextOn(ctx, state)) : null,
    );
  };
}

/**
 * {@link parsedUpTo} in {@link SLICE_MS} slices with the thread given back before each (the caller has
 * tried one), so the page keeps answering keys: the state whose tree reaches `pos`'s line end; `state`
 * itself past {@link GIVE_UP_MS} (answered from the tree it has, as before); null once `aborted` says the
 * answer is no longer wanted.
 */
export async function parsedSoon(
  state: EditorState,
  pos: number,
  aborted: () => boolean = () => false,
): Promise<EditorState | null> {
  const until = Date.now() + GIVE_UP_MS;
  for (;;) {
    // The caller has just tried for a slice: the thread goes back first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (aborted()) return null;
    const ready = Date.now() < until ? parsedUpTo(state, pos, SLICE_MS) : state;
    if (ready) return ready;
  }
}

/** The same request (position, explicit or not, editor) on a state with the same text. */
function contextOn(ctx: CompletionContext, state: EditorState): CompletionContext {
  return new CompletionContext(state, ctx.pos, ctx.explicit, ctx.view);
}
