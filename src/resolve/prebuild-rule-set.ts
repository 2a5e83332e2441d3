import { checkRuleSet } from './check-rule-set';
import { PREBUILT_FILE, type PrebuiltParts } from './prebuilt-rule-set';
import { modelOf } from './rule-set';

/**
 * A rule set's text resolved ahead of time, as `prebuiltRuleSet` reads it
 * back: the build (`scripts/prebuild-rule-sets.ts`) writes one for each
 * bundled rule set. `undefined` for a text that does not load, or whose
 * messages name the file inside a longer text (only a whole field holding
 * the file's name can be given the name the rule set is read under).
 *
 * @example
 * writeFileSync('dist/prebuilt/steel/hot-rolled-ribbed-bar.v8', prebuildRuleSet(text, v8.serialize)!);
 */
export function prebuildRuleSet(
  text: string,
  serialize: (value: unknown) => Uint8Array,
): Uint8Array | undefined {
  const { ruleSet } = checkRuleSet(text, { filename: PREBUILT_FILE });
  if (!ruleSet) return undefined;
  const parts: PrebuiltParts = {
    text,
    model: modelOf(ruleSet),
    doc: ruleSet.document,
    warnings: [...ruleSet.warnings],
  };
  if (namesFileInText(parts)) return undefined;
  return serialize(parts);
}

/** Whether a text other than a whole field's value holds the file's name. */
function namesFileInText(root: unknown): boolean {
  const seen = new Set<unknown>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v !== PREBUILT_FILE && v.includes(PREBUILT_FILE)) return true;
      continue;
    }
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    // A key is not renamed: one that holds the name at all is a text the name is in.
    const keys = v instanceof Map ? [...v.keys()] : v instanceof Set ? [] : Object.keys(v);
    if (keys.some((k) => typeof k === 'string' && k.includes(PREBUILT_FILE))) return true;
    if (v instanceof Map) stack.push(...v.values(), ...v.keys());
    else if (v instanceof Set) stack.push(...v);
    else for (const key of Object.keys(v)) stack.push((v as Record<string, unknown>)[key]);
  }
  return false;
}
