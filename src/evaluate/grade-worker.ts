/**
 * A worker thread of the grader pool: loads each rule set once, then grades
 * batches of records. Results are plain data, so they cross threads whole.
 */

import { Piscina } from 'piscina';
import type { GradeResult } from '../explain/grade-result';
import { loadRuleSet } from '../load/load-rule-set';
import { parseRuleSet } from '../load/parse-rule-set';
import { createGrader, type Grader } from './create-grader';
import type { PoolTask, RuleSetSource } from './grader-pool';

const graders = new Map<string, Promise<Grader>>();

function graderFor(source: RuleSetSource): Promise<Grader> {
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

/**
 * Grades one batch. NDJSON comes back as UTF-8 bytes moved to the main
 * thread: a string would be copied, and the explanations' Chinese text makes
 * it two bytes per character.
 */
export default async function gradeBatch(task: PoolTask): Promise<GradeResult[] | Uint8Array> {
  const grader = await graderFor(task.source);
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
