/**
 * The id of the item (a grade, a scoring dimension) whose label is what an
 * author wrote where its id belongs: `普通级` for grade `ordinary`, as the
 * standard names it. The zh label matches as written, the en label in any case.
 *
 * @param items - the items of the rule file, as written (anything not an item is skipped)
 * @param written - what the author wrote in place of an id
 * @returns the id, or undefined when no item has that label
 *
 * @example
 * labelOwner([{ id: 'ordinary', label: { zh: '普通级', en: 'Ordinary' } }], '普通级') // 'ordinary'
 */
export function labelOwner(items: unknown, written: string): string | undefined {
  if (!Array.isArray(items)) return undefined;
  const text = written.trim();
  const folded = text.toLowerCase();
  for (const item of items) {
    const { id, label } = (item ?? {}) as { id?: unknown; label?: { zh?: unknown; en?: unknown } };
    if (typeof id !== 'string' || !label) continue;
    if (label.zh === text || (typeof label.en === 'string' && label.en.toLowerCase() === folded)) return id;
  }
  return undefined;
}
