import { readFileSync } from 'node:fs';
import { CompletionContext, type CompletionResult, type CompletionSource } from '@codemirror/autocomplete';
import { yaml } from '@codemirror/lang-yaml';
import { syntaxTree } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import { onParsedTree, parsedUpTo } from '../../src/studio/page/parsed-tree';

// A bundled rule file of 15 KB without its criteria, the first letters of `criteria` typed at its end:
// a new state parses only its first 3,000 characters (CodeMirror's first viewport), the rest is left to
// the editor's idle-time parse, which a busy machine puts off.
const original = readFileSync(
  new URL('../../rules/home-appliances/room-air-conditioner-energy.yaml', import.meta.url),
  'utf8',
);
const typed = `${original.slice(0, original.indexOf('\ncriteria:\n') + 1)}crit`;
const fresh = (doc: string) => EditorState.create({ doc, extensions: [yaml()] });

/** A source that answers, as the schema's does, from the YAML node before the cursor: its type and text. */
const nodeBefore: CompletionSource = (ctx): CompletionResult | null => {
  const node = syntaxTree(ctx.state).resolveInner(ctx.pos, -1);
  if (node.type.isTop) return null;
  return { from: node.from, options: [{ label: `${node.name}:${ctx.state.sliceDoc(node.from, node.to)}` }] };
};

describe('completion on a syntax tree that reaches the cursor (studio-45 item 1)', () => {
  it('a fresh 15 KB state: the tree stops short of the end, and the node before the cursor is the top', () => {
    const state = fresh(typed);
    expect(syntaxTree(state).length).toBeLessThan(typed.length);
    expect(nodeBefore(new CompletionContext(state, typed.length, true))).toBeNull();
  });

  it('parsedUpTo gives a state with the same text whose tree reaches the line end; a parsed state as it is', () => {
    const state = fresh(`${typed}: x\nnext: 1\n`);
    const pos = typed.length;
    const parsed = parsedUpTo(state, pos, 5_000);
    expect(parsed?.doc).toBe(state.doc);
    expect(syntaxTree(parsed!).length).toBeGreaterThanOrEqual(pos + ': x'.length);
    expect(parsedUpTo(parsed!, pos, 5_000)).toBe(parsed);
    // Parsed to its end first: how far a new state's own 20 ms parse gets depends on how busy the machine is.
    const short = parsedUpTo(fresh('id: a\ncrit'), 10, 5_000)!;
    expect(parsedUpTo(short, 10, 0)).toBe(short);
  });

  for (const explicit of [true, false]) {
    it(`the wrapped source answers from the key typed at the end (${explicit ? 'Ctrl+Space' : 'typing'})`, async () => {
      const result = await onParsedTree(nodeBefore)(
        new CompletionContext(fresh(typed), typed.length, explicit),
      );
      expect(result?.from).toBe(typed.length - 'crit'.length);
      expect(result?.options.map((o) => o.label)).toEqual([expect.stringMatching(/:crit$/)]);
    });
  }

  it('a file parsed to the cursor is answered as it is, on the same context', async () => {
    const ctx = new CompletionContext(parsedUpTo(fresh('id: a\ncrit'), 10, 5_000)!, 10, true);
    let asked: CompletionContext | undefined;
    const result = await onParsedTree((c) => {
      asked = c;
      return nodeBefore(c);
    })(ctx);
    expect(asked).toBe(ctx);
    expect(result?.from).toBe(6);
  });
});
