import { BatchSummary } from '../../batch/batch-summary';
import type { SplitGrader } from '../../grade/create-grader';
import {
  createResultWriter,
  type ResultFormat,
  type ResultWriter,
  type ResultWriterSettings,
} from '../../report/result-writer';
import { modelOf } from '../../resolve/rule-set';
import { ByteBuffer } from '../../serialize/byte-buffer';
import { gradeRow, rowMode } from './grade-row';
import type { RowItem, WorkerRows } from './rows';

/** How a batch of rows is written: the output's format and settings. */
export interface RowBatchSettings extends ResultWriterSettings {
  format: ResultFormat;
}

/**
 * Grades and writes batches of `grade --workers` rows, the same bytes on a
 * worker thread and on the reading thread (which grades a batch itself when
 * the workers have all they can hold): each batch's text and its summary's
 * counts as one tally. Batches that continue the output share one writer
 * for the writer's life, so the JSON writer learns the encoded text of a
 * rule set's shared parts once; the batch that starts the output (row 1)
 * gets a writer of its own each time (a batch run again must start the
 * output again).
 */
export function createRowBatchWriter(
  split: SplitGrader,
  settings: RowBatchSettings,
): (items: readonly RowItem[], memory?: ArrayBuffer) => WorkerRows {
  const ruleSet = split.grader.ruleSet;
  const model = modelOf(ruleSet);
  const mode = rowMode(settings.format, settings.detail);
  const out = new ByteBuffer(0);
  // Memory to start a batch's output with when none is given: the largest batch's text so far.
  let size = 1 << 16;
  let continuing: ResultWriter | undefined;
  return (items, memory) => {
    // Rows are numbered from 1: a batch from a later row continues the output (a JSON array's commas).
    const continues = items[0]!.row > 1;
    let writer: ResultWriter;
    if (continues) {
      continuing ??= createResultWriter(settings.format, ruleSet, settings, { continues });
      writer = continuing;
    } else writer = createResultWriter(settings.format, ruleSet, settings);
    out.bytes = memory ? new Uint8Array(memory) : new Uint8Array(size);
    out.length = 0;
    // No bound on a batch's groups: the whole's summary applies it once, over the input in order.
    const counted = new BatchSummary(ruleSet.grades, { maxGroups: Number.POSITIVE_INFINITY });
    for (const item of items) {
      const { result, entry } = gradeRow(
        item,
        { snapshot: item.snapshot ?? { errors: [] } },
        split,
        model,
        mode,
      );
      if (item.group !== undefined) entry.group = item.group;
      counted.addEntry(entry);
      writer.write(result, out);
    }
    size = Math.max(size, out.length + (out.length >> 3));
    return { bytes: out.take(0), tally: counted.tally() };
  };
}
