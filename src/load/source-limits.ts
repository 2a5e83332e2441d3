/**
 * What reading a rule file may cost, apart from the parser that reads it: a
 * caller checking a file's size before reading it (`loadRuleSet`) need not
 * load the YAML parser to know the limit.
 */

/**
 * Limits on what a rule file may cost to read.
 *
 * @example
 * await loadRuleSet(path, { limits: { maxBytes: 512 * 1024, maxAliasCount: 20 } });
 */
export interface SourceLimits {
  /** Largest file accepted, in bytes (default 2 MiB). */
  maxBytes?: number;
  /** Most alias dereferences allowed when building the data (default 100: the 100th use of an alias is allowed, the 101st refused; an alias to a value holding aliases counts as the copies it makes); bounds "billion laughs". A negative or NaN limit is replaced by the default. */
  maxAliasCount?: number;
  /** Deepest nesting of mappings and sequences accepted (default 64). */
  maxDepth?: number;
  /**
   * Most YAML tokens accepted (default 400,000): keys, values, brackets and the marks `,` `:` `-` `?`,
   * anchors and tags, counted as the parser reads them, which stops at the one past the limit. The largest
   * bundled rule file has about 2,000, its test suite about 20,000; the parser's cost is per token.
   */
  maxTokens?: number;
}

/**
 * The limits to apply: each given one that is a number of zero or more, the
 * default for any other. (The yaml library reads a negative alias count as
 * "no limit", which would switch off the guard it is there for.)
 *
 * @example
 * sourceLimits({ maxAliasCount: -1 }).maxAliasCount // 100
 */
export function sourceLimits(limits: SourceLimits = {}): Required<SourceLimits> {
  const out = { ...DEFAULT_SOURCE_LIMITS };
  for (const key of Object.keys(out) as (keyof SourceLimits)[]) {
    const v = limits[key];
    if (typeof v === 'number' && v >= 0) out[key] = v;
  }
  return out;
}

/**
 * Defaults for {@link SourceLimits}; frozen, so no code in the process can
 * switch a limit off for every later load.
 *
 * @example
 * DEFAULT_SOURCE_LIMITS.maxBytes // 2097152 (2 MiB)
 */
export const DEFAULT_SOURCE_LIMITS: Readonly<Required<SourceLimits>> = Object.freeze({
  maxBytes: 2 * 1024 * 1024,
  maxAliasCount: 100,
  maxDepth: 64,
  maxTokens: 400_000,
});
