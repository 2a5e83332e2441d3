/**
 * A worker thread of `qgrade grade --workers`: grades a batch of input rows,
 * finishes each (error rows, conversion messages) exactly as the main thread
 * would, and writes the output text — serialising the explanations is most
 * of the work, so it is done here, not on the main thread.
 */

import { finishItem } from '../../batch/grade-items';
import { cachedGrader } from '../../grade/cached-grader';
import { BatchSummary } from '../../report/batch-summary';
import { createResultWriter } from '../../report/result-writer';
import type { RowBatch, WrittenBatch } from './row-batch';

/** Grades and writes one batch. */
export default async function writeRows(batch: RowBatch): Promise<WrittenBatch> {
  const grader = await cachedGrader(batch.source);
  const writer = createResultWriter(batch.format, grader.ruleSet, batch, { continues: batch.continues });
  const entries = [];
  let text = '';
  for (const item of batch.items) {
    const result = finishItem(
      item,
      grader.gradeSync('unreadable' in item ? null : item.record),
      grader.ruleSet,
    );
    entries.push(BatchSummary.entry(result));
    text += writer.write(result);
  }
  // UTF-8 bytes cross to the main thread as one copy; the string, two bytes per Chinese character, would cost more.
  return { bytes: Buffer.from(text, 'utf8'), entries };
}
