import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';

/**
 * The `<<` keys written unquoted in mappings, in file order, at most `max`:
 * YAML 1.1's merge keys (`<<: *defaults`). Rule files are read as YAML 1.2,
 * which has none, so `<<` would be an unknown key and the keys it was meant
 * to bring in missing; the loader says so once, at the key. A quoted `"<<"`
 * is a key like any other and left alone.
 *
 * @example
 * mergeKeys(parseDocument('a: &a { x: 1 }\nb: { <<: *a }').contents, 20) // [the `<<` key]
 */
export function mergeKeys(root: unknown, max: number): Node[] {
  const out: Node[] = [];
  const stack: unknown[] = [root];
  while (stack.length > 0 && out.length < max) {
    const node = stack.pop();
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        if (isScalar(pair.key) && pair.key.value === '<<' && pair.key.type === 'PLAIN') out.push(pair.key);
        stack.push(pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
  }
  return out.sort((a, b) => (a.range?.[0] ?? 0) - (b.range?.[0] ?? 0));
}
