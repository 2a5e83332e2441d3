/**
 * Whether a cell states one of a report's particulars, a label and its value after a colon
 * (`报告编号：BL-2026-1130`, `检验日期：2026-11-30`, `Report No.: 1130`): a line of them above the header is
 * the report's, not a row of group headings over the columns (newcomer-38 W1: read as one, the header became
 * the second row of a two-row header and the row under it a record). A colon inside brackets is a heading's
 * note (`化学成分（单位：ppm）`), and a unit statement (`单位：kW`) is read as a title's, so neither counts.
 *
 * @example
 * isParticulars('报告编号：BL-2026-1130'); // true
 * isParticulars('化学成分（单位：ppm）'); // false
 */
export function isParticulars(text: string): boolean {
  const m = PARTICULARS.exec(text.normalize('NFKC').trim());
  return m !== null && !UNIT_LABEL.test(m[1]!);
}

// A label without brackets, a colon, then a value.
const PARTICULARS = /^([^:()[\]【】]+):\s*\S/u;
const UNIT_LABEL = /^\s*(?:计量)?(?:单位|units?)\s*$/iu;
