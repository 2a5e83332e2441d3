import { finishItem, itemRecord } from '../batch/finish-item';
import type { OptionNaming } from '../input/option-naming';
import { bothIndicators } from '../resolve/both-indicators';
import { modelOf } from '../resolve/rule-set';
import type { Grader } from './create-grader';
import { type SampleGrade, type SampleOptions, sampleItems } from './grade-sample';

/**
 * A sample graded under two rule sets, record by record, for a comparison:
 * read once with both rule sets' indicators ({@link bothIndicators}), so the
 * two sides hold the same rows (a row with values for B's indicators only
 * is a record under A too, invalid there, as `qgrade compare` counts it;
 * read apart, A would skip it as a row of notes and the pairs would slip).
 * Its messages name the options as `naming` says (default: as the library's).
 */
export async function gradeSamplePair(
  a: Grader,
  b: Grader,
  input: string | Uint8Array,
  options: SampleOptions = {},
  naming: OptionNaming = 'api',
): Promise<[SampleGrade, SampleGrade][]> {
  const items = await sampleItems(input, bothIndicators(a.ruleSet, b.ruleSet), options, naming);
  const models = [modelOf(a.ruleSet), modelOf(b.ruleSet)] as const;
  const pairs: [SampleGrade, SampleGrade][] = [];
  for await (const item of items) {
    const record = itemRecord(item);
    pairs.push([
      { record, result: finishItem(item, await a.grade(record), models[0]) },
      { record, result: finishItem(item, await b.grade(record), models[1]) },
    ]);
  }
  return pairs;
}
