/**
 * The unread-value check's table of remark cells, shared by the valuecheck tests of each round: every cell in the
 * 备注 column of an in-scope heat pump (3500 W, APF 5.1, 1级 on its own), the refused cells first (each naming the
 * indicator it says), then their twins and the look-alikes, graded 1级.
 */
import { expect } from 'vitest';
import type { useCli } from './cli-harness';
import type { inputFiles } from './input-files';

/** A result line as the tests read it. */
export interface RemarkLine {
  grade: string | null;
  errors?: { field: string; message: { zh: string; en: string } }[];
}

const AC = 'home-appliances/room-air-conditioner-energy';
const HEAD = '样品编号,机组类型,额定制冷量 CC,全年能源消耗效率 APF,备注';

/** NDJSON output as result lines. */
export const remarkResults = (stdout: string): RemarkLine[] =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as RemarkLine);

/**
 * The cells of `cases` (refused: the indicator each says), their twins and `harmless`, in that order, with the
 * check of a run's NDJSON output over them and the runs of the table as CSV, .xlsx and NDJSON.
 *
 * @example
 * const table = remarkTable(cli, files, [['风冷：否', 'airCooled', '风冷：是']], ['备注：T3']);
 * table.check((await table.csvRun()).stdout);
 */
export function remarkTable(
  cli: ReturnType<typeof useCli>,
  files: ReturnType<typeof inputFiles>,
  cases: readonly (readonly [cell: string, field: string, twin: string])[],
  harmless: readonly string[],
) {
  const cells = [...cases.map(([cell]) => cell), ...cases.map(([, , twin]) => twin), ...harmless];
  const expected = [...cases.map(() => null), ...cells.slice(cases.length).map(() => '1')];
  const grade = (input: string) => cli.run(['grade', '-r', AC, '-f', 'ndjson', input]);
  return {
    cells,
    /** Every grade as expected, every refused cell's error on its indicator; the lines, for more. */
    check(stdout: string): RemarkLine[] {
      const lines = remarkResults(stdout);
      expect(lines.map((r) => r.grade)).toEqual(expected);
      expect(lines.slice(0, cases.length).map((r) => r.errors?.map((e) => e.field))).toEqual(
        cases.map(([, field]) => [field]),
      );
      return lines;
    },
    csvRun: () => grade(files.csv(HEAD, ...cells.map((c, i) => `S${i + 1},热泵型,3500,5.1,"${c}"`))),
    async xlsxRun() {
      return grade(
        await files.xlsx(HEAD.split(','), ...cells.map((c, i) => [`S${i + 1}`, '热泵型', 3500, 5.1, c])),
      );
    },
    ndjsonRun: () =>
      grade(
        files.ndjson(
          ...cells.map((c, i) => ({
            样品编号: `S${i + 1}`,
            unitType: 'heat-pump',
            ratedCoolingCapacity: 3500,
            apf: 5.1,
            备注: c,
          })),
        ),
      ),
  };
}
