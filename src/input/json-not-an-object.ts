import type { RecordError } from '../model/grade-result';
import { cjkJoin } from '../text/cjk-space';
import { type LocalizedText, localized } from '../text/localized-text';
import { valueKind } from '../text/value-kind';

/**
 * A record of a JSON input that is no object (an NDJSON line `[1, 2]`, a JSON file's item `[…]` or `5`, `explain
 * --record '[{…}]'`), told in the input's terms: what to write instead. The grader's own advice for an array, "pass
 * the array to gradeMany", is for the library's callers, and a command-line user cannot follow it (hostile-45).
 * Given as a conversion error of the grader's code, `not-an-object`, which takes its place in the result.
 *
 * @param value - the record as JSON.parse read it
 * @param option - `--record` when the record was given with that option, which takes one record
 * @returns the error, or `undefined` for an object
 */
export function jsonNotAnObject(value: unknown, option?: string): RecordError[] | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return undefined;
  const records =
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => v !== null && typeof v === 'object' && !Array.isArray(v));
  const advice: LocalizedText =
    records && option !== undefined
      ? localized(
          `${option} 只取一条记录：请只写其中的对象 {…}；多条记录请写在文件中，用 qgrade grade 分级，或用 --row 选择一条`,
          `${option} takes one record: give the object alone, {…}; put several in a file, graded with qgrade grade, or chosen with --row`,
        )
      : localized(
          '每条记录写成一个对象 {"字段": 值, …}；多条记录写成由这样的对象组成的 JSON 数组，或写成 NDJSON，每行一个',
          'write each record as an object, {"field": value, …}; several records are a JSON array of such objects, or NDJSON, one per line',
        );
  const got = valueKind(value);
  return [
    {
      field: '',
      code: 'not-an-object',
      message: localized(
        `${cjkJoin('记录必须是键值对象，收到的是', got.zh)}：${advice.zh}`,
        `a record must be an object of field values, got ${got.en}: ${advice.en}`,
      ),
    },
  ];
}
