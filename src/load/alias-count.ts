import { isAlias, isMap, isPair, isSeq, type Node } from 'yaml';

/**
 * The alias at which a document's aliases expand past `max` copies, counted
 * as the yaml library counts them when it converts the document with
 * `maxAliasCount: max + 1` (each alias adds one copy of its anchor's value,
 * multiplied by the copies the aliases inside that value make; the anchor
 * itself is the first copy, hence the `+ 1`). The library refuses such a
 * document with no position; this walk, in the same document order, finds
 * where to say so. Aliases with no anchor before them are refused earlier
 * (see findBadAlias) and not counted here.
 *
 * @example
 * aliasPastLimit(parseDocument('a: &w 1\nb: [*w, *w]').contents, 1) // the second `*w`
 */
export function aliasPastLimit(root: unknown, max: number): Node | undefined {
  // Per anchored node, as the library keeps it: copies made so far (the node itself is one),
  // and the expansion of the aliases inside it (read at its first alias).
  const data = new Map<unknown, { count: number; inside: number }>();
  const anchors = new Map<string, unknown>();
  const targets = new Map<unknown, unknown>();
  const inside = (node: unknown): number => {
    if (isAlias(node)) {
      const d = data.get(targets.get(node));
      return d ? d.count * d.inside : 0;
    }
    let most = isMap(node) || isSeq(node) ? 0 : 1;
    if (isMap(node) || isSeq(node)) for (const item of node.items) most = Math.max(most, inside(item));
    else if (isPair(node)) most = Math.max(inside(node.key), inside(node.value));
    return most;
  };
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const d = data.get(target);
      if (!d) continue;
      targets.set(node, target);
      d.count += 1;
      if (d.inside === 0) d.inside = inside(target);
      if (d.count * d.inside > max + 1) return node;
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const anchor = (node as { anchor?: unknown }).anchor;
    if (typeof anchor === 'string') {
      anchors.set(anchor, node);
      data.set(node, { count: 1, inside: 0 });
    }
    if (!isMap(node) && !isSeq(node)) continue;
    const children: unknown[] = [];
    for (const item of node.items) {
      if (isPair(item)) children.push(item.key, item.value);
      else children.push(item);
    }
    // Pushed in reverse so they are walked in document order, as the library converts them.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return undefined;
}
