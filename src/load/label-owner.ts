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

/**
 * The name of the indicator or derived value whose label is what an author
 * wrote where its name belongs (`indicator: 28 天抗压强度` for
 * `compressive28d`): compared as written, white space aside, the en label in
 * any case.
 *
 * @param data - the rule file, as written
 * @param written - what the author wrote in place of a name
 * @returns the name, or undefined when no indicator or derived value has that label
 *
 * @example
 * indicatorLabelOwner({ indicators: { compressive28d: { label: { zh: '28 天抗压强度', en: '28-day' } } } }, '28天抗压强度') // 'compressive28d'
 */
export function indicatorLabelOwner(data: unknown, written: string): string | undefined {
  const squeeze = (t: string) => t.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  const want = squeeze(written);
  if (want === '') return undefined;
  const doc = (data ?? {}) as { indicators?: unknown; derived?: unknown };
  for (const group of [doc.indicators, doc.derived]) {
    if (group === null || typeof group !== 'object' || Array.isArray(group)) continue;
    for (const [name, value] of Object.entries(group)) {
      const label = (value as { label?: { zh?: unknown; en?: unknown } } | null)?.label;
      if (!label) continue;
      if ([label.zh, label.en].some((l) => typeof l === 'string' && squeeze(l) === want)) return name;
    }
  }
  return undefined;
}
