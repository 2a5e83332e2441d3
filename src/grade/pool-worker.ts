/**
 * A worker thread of the grader pool: loads each rule set once, then grades
 * batches of records. Results are plain data, so they cross threads whole.
 */

import { Piscina } from 'piscina';
import type { GradeResult } from '../model/grade-result';
import { cachedGrader } from './cached-grader';
import type { PoolTask } from './grader-pool';

/**
 * Grades one batch. NDJSON comes back as UTF-8 bytes moved to the main
 * thread: a string would be copied, and the explanations' Chinese text makes
 * it two bytes per character.
 */
export default async function gradeBatch(task: PoolTask): Promise<GradeResult[] | Uint8Array> {
  const grader = await cachedGrader(task.source);
  if (task.output === 'objects') return task.records.map((record) => grader.gradeSync(record));
  let text = '';
  for (let i = 0; i < task.records.length; i++) {
    const result = grader.gradeSync(task.records[i]);
    text += `${JSON.stringify({ row: task.firstRow + i, ...result })}\n`;
  }
  const bytes = Buffer.from(text, 'utf8');
  return Piscina.move(
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  ) as unknown as Uint8Array;
}
