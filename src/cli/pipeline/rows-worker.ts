/**
 * A worker thread of `qgrade grade --workers`: grades a batch of input rows,
 * finishes each (error rows, conversion messages) exactly as the main thread
 * would, and writes the output text — serialising the explanations is most
 * of the work, so it is done here, not on the main thread.
 */
import { createGrader, type Grader } from '../../evaluate/create-grader';
import { finishItem } from '../../evaluate/grade-items';
import { loadRuleSet } from '../../load/load-rule-set';
import { parseRuleSet } from '../../load/parse-rule-set';
import { BatchSummary } from '../../report/batch-summary';
import { createResultWriter } from '../output/result-writer';
import type { RowBatch, WrittenBatch } from './row-batch';

const graders = new Map<string, Promise<Grader>>();

function graderFor(source: RowBatch['source']): Promise<Grader> {
  const key = JSON.stringify(source);
  let grader = graders.get(key);
  if (!grader) {
    grader =
      'text' in source
        ? Promise.resolve(createGrader(parseRuleSet(source.text, { filename: source.filename })))
        : loadRuleSet(source.pathOrId).then((r) => createGrader(r));
    graders.set(key, grader);
  }
  return grader;
}

/** Grades and writes one batch. */
export default async function writeRows(batch: RowBatch): Promise<WrittenBatch> {
  const grader = await graderFor(batch.source);
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
