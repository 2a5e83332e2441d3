import type { IndicatorInfo } from '../resolve/rule-set';
import type { ColumnMapping } from './column-mapping';
import { indicatorsNamed } from './header-coverage';
import { HEADER_SEARCH_ROWS } from './header-search-rows';
import type { CsvProblem, CsvRecord } from './split-csv';
import { twoLineHeader } from './two-line-header';

/**
 * A CSV/TSV's lines from its header on, the title lines above it taken out and given to `onTitle`: the header
 * is found as the .xlsx reader finds it, the first of the first {@link HEADER_SEARCH_ROWS} lines that names an
 * indicator (by `--map`, label or name), and what is above it is titles (`某某检测中心 检验报告`, a date line),
 * skipped as a workbook's rows above its header are. The line right above it stays when the two read as one
 * header ({@link twoLineHeader}: group headings over the columns). No such line among them, or a line that
 * cannot be read before one: every line is given as it came, the first read as the header, as before. A file
 * whose first line names an indicator reads as it always did.
 *
 * @param batches - the lines, batch by batch ({@link splitCsvBatches}); blank lines are not among them
 * @example
 * const lines = linesFromHeader(splitCsvBatches(chunks), new Map(), indicators, (title) => titles.push(title));
 */
export async function* linesFromHeader(
  batches: AsyncIterable<(CsvRecord | CsvProblem)[]>,
  mapping: ColumnMapping,
  indicators: readonly IndicatorInfo[],
  onTitle: (title: CsvRecord) => void,
): AsyncGenerator<(CsvRecord | CsvProblem)[]> {
  // The lines so far, none naming an indicator; an empty batch given for each batch that only adds to them.
  const held: CsvRecord[] = [];
  let found = false;
  for await (const batch of batches) {
    if (found) {
      yield batch;
      continue;
    }
    let at = 0;
    for (; at < batch.length && !found; at++) {
      const line = batch[at]!;
      if ('problem' in line || held.length === HEADER_SEARCH_ROWS) found = true;
      else if (indicatorsNamed(line.cells, mapping, indicators).length > 0) {
        found = true;
        // The line above stays only as the upper half of a two-line header.
        const above = held.at(-1);
        const pair = above && twoLineHeader(above.cells, line.cells, mapping, indicators);
        for (const title of held.splice(0, held.length - (pair ? 1 : 0))) onTitle(title);
      } else held.push(line);
    }
    if (!found) {
      yield [];
      continue;
    }
    // The line that ended the search is the header, or (with nothing found) comes after the lines held.
    const from = at - 1;
    yield [...held.splice(0), ...batch.slice(from)];
  }
  if (!found) yield held;
}
