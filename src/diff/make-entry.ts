import type { DiffEntry } from './rule-set-diff';

const ORDER: (keyof DiffEntry)[] = [
  'key',
  'kind',
  'aspect',
  'direction',
  'before',
  'after',
  'id',
  'table',
  'row',
  'column',
  'value',
  'criteria',
  'message',
  'note',
  'a',
  'b',
];

/**
 * A diff entry with its fields in one order and no undefined ones, so JSON
 * output reads the same for every entry.
 *
 * @example
 * makeEntry({ key: 'version', kind: 'version', before: '1.0.0', after: '1.1.0', message, ...absent });
 */
export function makeEntry(fields: DiffEntry): DiffEntry {
  const out: Record<string, unknown> = {};
  for (const k of ORDER) {
    const v: unknown = fields[k];
    if (v === undefined) continue;
    if (k === 'criteria' && Array.isArray(v) && v.length === 0) continue;
    out[k] = v;
  }
  return out as unknown as DiffEntry;
}
