import type { TableModel } from '../model/rule-set-model';
import { columnReference } from '../syntax/column-reference';
import type { OperandSyntax } from '../syntax/parse-requirement';
import { type LocalizedText, localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';

/**
 * A tolerance part that is a table's bare name (`± thicknessTol`): not
 * "no such table" (newcomer-26 M3), but what the table is and the form that
 * works. A grade table has one value per grade and a tolerance takes one
 * value, so each grade gets a requirement of its own naming its column
 * (`± thicknessTol.ordinary` with `grade: ordinary`); the table's keys
 * (thickness) still pick the row. Any other table: name one column.
 *
 * @returns the message and where in the requirement the name starts, or undefined when the part is not a table's bare name
 *
 * @example
 * tableInTolerance(part, ctx.tables, (c) => ctx.grades.has(c))?.text.en
 * // '"thicknessTol" is a grade table …: write one criterion per grade, e.g. require: "± thicknessTol.ordinary" with grade: ordinary …'
 */
export function tableInTolerance(
  part: OperandSyntax | undefined,
  tables: ReadonlyMap<string, TableModel>,
  isGrade: (column: string) => boolean,
): { text: LocalizedText; offset: number } | undefined {
  const text = tableText(part, tables, isGrade);
  return text && part?.kind === 'expression' ? { text, offset: part.offset } : undefined;
}

function tableText(
  part: OperandSyntax | undefined,
  tables: ReadonlyMap<string, TableModel>,
  isGrade: (column: string) => boolean,
): LocalizedText | undefined {
  if (part === undefined || part.kind !== 'expression') return undefined;
  const name = part.text.trim();
  const table = tables.get(name);
  if (table === undefined) return undefined;
  // Every column, a grade id with "-" in the bracket form: one left out leaves its grade without a tolerance.
  const columns = table.columns;
  if (columns.length > 0 && table.columns.every(isGrade)) {
    const zhEach = columns.map((c) => `require: "± ${columnReference(name, c)}" 与 grade: ${c}`).join('；');
    const enEach = columns.map((c) => `require: "± ${columnReference(name, c)}" with grade: ${c}`).join('; ');
    return localized(
      `“${name}”是等级表，每个等级各有一个值，而允差只取一个值：请每个等级各写一条判定项，指明该等级的列：${zhEach}（表的键仍按记录选行）`,
      `"${name}" is a grade table, with one value per grade, and a tolerance takes one value: write one criterion per grade, naming that grade's column: ${enEach} (the table's keys still pick the row from the record)`,
    );
  }
  const example = columns[0] === undefined ? '' : `，如“± ${columnReference(name, columns[0])}”`;
  const exampleEn = columns[0] === undefined ? '' : `, e.g. "± ${columnReference(name, columns[0])}"`;
  return localized(
    `“${name}”是表，不是一个值：允差请指明它的一列${example}；它的列为${zhNames(table.columns)}`,
    `"${name}" is a table, not a value: a tolerance names one of its columns${exampleEn}; it has ${table.columns.join(', ')}`,
  );
}
