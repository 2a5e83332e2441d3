import { finishItem, itemRecord } from '../batch/finish-item';
import { itemUnder, onlyOther } from '../batch/item-under';
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
 * Each side keeps only the conversion errors of the fields it reads
 * ({@link itemUnder}): a cell only B reads does not make the record invalid under A.
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
  const onlyB = onlyOther(a.ruleSet.indicators, b.ruleSet.indicators);
  const onlyA = onlyOther(b.ruleSet.indicators, a.ruleSet.indicators);
  const pairs: [SampleGrade, SampleGrade][] = [];
  for await (const item of items) {
    const record = itemRecord(item);
    pairs.push([
      { record, result: finishItem(itemUnder(item, onlyB), await a.grade(record), models[0]) },
      { record, result: finishItem(itemUnder(item, onlyA), await b.grade(record), models[1]) },
    ]);
  }
  return pairs;
}
