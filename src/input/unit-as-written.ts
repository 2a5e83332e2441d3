/**
 * A header's unit as the header writes it (`kN/mm²`, `℉`, `m³/次`), where the unit read is its NFKC-folded form
 * (`kN/mm2`, `°F`, `m3/次`): the last stretch of the header that folds to it, or the folded form where none does (a
 * units row's unit, not in the header). For messages only: run where a column is refused or hinted at, not per cell.
 *
 * @example
 * unitAsWritten('下屈服强度 ReL（kN/mm²）', 'kN/mm2'); // 'kN/mm²'
 */
export function unitAsWritten(header: string, folded: string): string {
  if (header.includes(folded)) return folded;
  for (let start = header.length - 1; start >= 0; start--)
    for (let end = start + 1; end <= header.length; end++) {
      const part = header.slice(start, end);
      if (part.trim() === part && part.normalize('NFKC') === folded) return part;
    }
  return folded;
}
