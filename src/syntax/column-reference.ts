/** A name a formula can write as it stands: `first`, `grade_a`; not `first-class` (a subtraction) nor `1级`. */
const PLAIN_NAME = /^[A-Za-z_$][\w$]*$/;

/**
 * How a formula names a table's column: `sizeTol.first` for a column that is a plain name, else the bracket
 * form `sizeTol['first-class']`, since `sizeTol.first-class` reads as `sizeTol.first − class` (newcomer-32 M3).
 * Single quotes, so the form sits inside a YAML double-quoted `require: "± …"`.
 *
 * @example
 * columnReference('sizeTol', 'superior'); // 'sizeTol.superior'
 * columnReference('sizeTol', 'first-class'); // "sizeTol['first-class']"
 */
export function columnReference(table: string, column: string): string {
  if (PLAIN_NAME.test(column)) return `${table}.${column}`;
  const quoted = /['\\]/.test(column) ? JSON.stringify(column) : `'${column}'`;
  return `${table}[${quoted}]`;
}
