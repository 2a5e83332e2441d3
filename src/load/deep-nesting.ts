import { type CST, Parser } from 'yaml';

/**
 * Where the first mapping or list nested deeper than `maxDepth` starts (an
 * offset into `text`), read from yaml's syntax tree, which its parser builds
 * without recursion. For text so deep that building the document ran out of
 * stack: the parser's error is placed wherever the stack ran out, which moves
 * with the engine's stack size (a browser page and the CLI gave two columns).
 * Depths count as for the document: the top-level mapping is 0.
 *
 * @returns the offset, or `undefined` when no collection is that deep
 */
export function tooDeepOffset(text: string, maxDepth: number): number | undefined {
  for (const token of new Parser().parse(text)) {
    if (token.type !== 'document' || !token.value) continue;
    // Depth first in document order: children are pushed last first.
    const stack: [CST.Token, number][] = [[token.value, 0]];
    while (stack.length > 0) {
      const [node, depth] = stack.pop()!;
      if (node.type !== 'block-map' && node.type !== 'block-seq' && node.type !== 'flow-collection') continue;
      if (depth > maxDepth) return node.offset;
      const children: CST.Token[] = [];
      for (const item of node.items) {
        if ('key' in item && item.key) children.push(item.key);
        if (item.value) children.push(item.value);
      }
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, depth + 1]);
    }
  }
  return undefined;
}
