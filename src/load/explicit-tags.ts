import { isMap, isPair, isSeq, type Node, Parser } from 'yaml';

const CORE = 'tag:yaml.org,2002:';

/** A value (or key) written with an explicit YAML tag. */
export interface TaggedNode {
  /** The tagged node, where the author must remove the tag. */
  node: Node;
  /** The tag as it is usually written: `!!binary`, `!Ref`. */
  tag: string;
}

/**
 * Finds the values and keys written with an explicit tag (`!!binary`,
 * `!!str`, `!!set`, `!Ref`), in document order, at most `max`. The yaml
 * library resolves the tags it knows (`!!binary` to bytes, `!!timestamp` to a
 * date, `!!set` to a set) and only warns of the others; a rule file is
 * plain data, so every tag is refused alike. The walk is iterative, as the
 * document may be nested deeper than the stack allows.
 *
 * @example
 * findExplicitTags(parseDocument('a: !!binary aGk=').contents, 10)[0]?.tag // '!!binary'
 */
export function findExplicitTags(root: unknown, max: number): TaggedNode[] {
  const out: TaggedNode[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0 && out.length < max) {
    const node = stack.pop();
    if (!node || typeof node !== 'object') continue;
    const tag = (node as { tag?: unknown }).tag;
    if (typeof tag === 'string' && !isPair(node))
      out.push({ node: node as Node, tag: tag.startsWith(CORE) ? `!!${tag.slice(CORE.length)}` : tag });
    if (isMap(node) || isSeq(node)) {
      // Pushed in reverse, so the walk visits them in document order.
      for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
    } else if (isPair(node)) stack.push(node.value, node.key);
  }
  return out;
}

/**
 * Where each tag is written in `text`, as offsets in ascending order. A
 * node's range starts at its value, which may be on the line after its tag
 * (`key: !foo` then the value below), so a tag is found by its own token:
 * the last one at or before the node's start. The walk is iterative, as the
 * token tree may be nested deeper than the stack allows.
 *
 * @example
 * tagOffsets('a: !foo\n  x\n') // [3]
 */
export function tagOffsets(text: string): number[] {
  const out: number[] = [];
  const stack: unknown[] = [...new Parser().parse(text)];
  while (stack.length > 0) {
    const token = stack.pop();
    if (!token || typeof token !== 'object') continue;
    if (Array.isArray(token)) {
      stack.push(...token);
      continue;
    }
    const t = token as { type?: unknown; offset?: unknown };
    if (t.type === 'tag' && typeof t.offset === 'number') out.push(t.offset);
    else for (const v of Object.values(token)) if (v && typeof v === 'object') stack.push(v);
  }
  return out.sort((a, b) => a - b);
}

/** The offset of the tag written for a node starting at `start`: the last tag at or before it. */
export function tagOffsetBefore(offsets: readonly number[], start: number): number | undefined {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? offsets[lo - 1] : undefined;
}
