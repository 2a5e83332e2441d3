import { isAlias, isMap, isPair, isSeq, type Node } from 'yaml';

/** An alias that cannot stand for a value: one inside the value it names, or one whose anchor is not defined before it. */
export interface BadAlias {
  /** The alias (`*w`), where the author must fix it. */
  alias: Node;
  /** The anchor's name (`w` for `&w`). */
  name: string;
  /** `cyclic`: inside the value it names; `undefined`: no `&name` before it. */
  kind: 'cyclic' | 'undefined';
}

/**
 * Finds the first alias that refers to a value containing it (`&w [1, *w]`),
 * or to no anchor at all (`*w` with no `&w` before it). The first converts
 * to data that contains itself, which no later check (a schema, a message
 * quoting the value) can walk without looping or throwing; the second fails
 * the conversion with no position. Both are refused here, at the alias,
 * before the document becomes data.
 *
 * An alias stands for the last anchor of its name before it (as the yaml
 * library resolves it), and can only point back: so every cycle passes
 * through an alias whose anchor is one of its own ancestors, and one walk
 * in document order finds it.
 *
 * @example
 * findBadAlias(parseDocument('a: &w [1, *w]').contents) // { name: 'w', kind: 'cyclic', … }
 */
export function findBadAlias(root: unknown): BadAlias | undefined {
  const anchors = new Map<string, unknown>();
  const open = new Set<unknown>();
  // Iterative: `exit` entries close a node once its children are walked.
  const stack: { node: unknown; exit: boolean }[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (exit) {
      open.delete(node);
      continue;
    }
    if (isAlias(node)) {
      if (!anchors.has(node.source)) return { alias: node, name: node.source, kind: 'undefined' };
      if (open.has(anchors.get(node.source))) return { alias: node, name: node.source, kind: 'cyclic' };
      continue;
    }
    if (!node || typeof node !== 'object') continue;
    const anchor = (node as { anchor?: unknown }).anchor;
    if (typeof anchor === 'string') anchors.set(anchor, node);
    if (!isMap(node) && !isSeq(node)) continue;
    open.add(node);
    stack.push({ node, exit: true });
    const children: unknown[] = [];
    for (const item of node.items) {
      if (isPair(item)) children.push(item.key, item.value);
      else children.push(item);
    }
    // Pushed in reverse so they are walked in document order, as anchors are defined.
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], exit: false });
  }
  return undefined;
}
