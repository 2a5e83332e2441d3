import { type LocalizedText, localized } from '../text/localized-text';
import type { PathKey } from './parse-yaml';

const COMBINERS = new Set(['all', 'any', 'not']);

/** A condition's `all`/`any`/`not` nested past the depth limit: the key they are under and how many were read. */
export interface ConditionNesting {
  /** The key the outermost combiner is under (`when`, `condition`, …), or the outermost combiner when none. */
  owner: PathKey;
  /** The combiners on the path to where reading stopped. */
  count: number;
}

/**
 * The `all`/`any`/`not` on the path to a collection nested past the limit,
 * when they make most of it: the limit counts YAML levels, and each
 * `all: [ … ]` is two of them (a mapping and its list), so of 50 nested `all`s
 * 31 are read (hostile-45: "deeper than 64 levels" did not match the 50
 * the author wrote). `undefined` when the path holds fewer than 4.
 */
export function conditionNesting(keys: readonly PathKey[]): ConditionNesting | undefined {
  const first = keys.findIndex((k) => COMBINERS.has(k.key));
  if (first < 0) return undefined;
  const count = keys.slice(first).filter((k) => COMBINERS.has(k.key)).length;
  if (count < 4) return undefined;
  return { owner: keys[first - 1] ?? keys[first]!, count };
}

/** What counts towards the limit in a condition, how many were read, and how to write it flatter. */
export function conditionNestingText(
  nesting: ConditionNesting,
  line: number,
  maxDepth: number,
): LocalizedText {
  const { owner, count } = nesting;
  return localized(
    `第 ${line} 行的“${owner.key}”嵌套超过 ${maxDepth} 层：每个“all: [ … ]”或“any: [ … ]”算 2 层（一个映射和它的列表），“not:”算 1 层，文件本身的键也算，因此读了 ${count} 个嵌套的 all/any/not 就已到上限；all 里的 all 可合并为一个 all，写下全部条件（any 同理）`,
    `"${owner.key}" at line ${line} nests deeper than ${maxDepth} levels: each "all: [ … ]" or "any: [ … ]" counts as 2 levels (a mapping and its list), "not:" as 1, and the file's own keys count too, so ${count} nested all/any/not were read before the limit; an "all" inside an "all" can be one "all" holding all their conditions (the same for "any")`,
  );
}
