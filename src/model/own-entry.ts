/**
 * A lookup by name in a plain object whose keys come from rule-file text
 * (a parsed document's `indicators`, `derived`, `tables`): only the object's
 * own entries, so a name such as `toString` or `constructor` never finds a
 * member of Object.prototype.
 *
 * @module
 */

/**
 * The entry `name` of `entries` when it is the object's own, else undefined.
 *
 * @example
 * ownEntry(doc.derived, 'toString'); // undefined unless a derived value is named toString
 */
export function ownEntry<T>(entries: Readonly<Record<string, T>> | undefined, name: string): T | undefined {
  return entries !== undefined && Object.hasOwn(entries, name) ? entries[name] : undefined;
}
