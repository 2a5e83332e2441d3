import { UsageError } from '../errors/usage-error';
import { type LocalizedText, localized } from '../text/localized-text';

/** What a caller of a compiled-only method can do instead: `grade()` works on either engine. */
const USE_GRADE = localized(
  '请用 grade()，或不指定 engine 另建评级器',
  'use grade(), or create a grader without engine',
);

/**
 * Refuses a json-rules-engine grader where only the compiled engine will do
 * (`gradeSync`, `gradeOnly`, the DuckDB grade functions): a usage error at
 * the call, naming it, rather than a failure later or per record.
 *
 * @param engine - the grader's engine
 * @param what - the method or function as the caller wrote it: `gradeOnly`
 * @param instead - what to do instead (default: use `grade()`, or a grader without `engine`)
 * @example
 * compiledOnly(grader.engine, 'registerGradeFunctions', localized('请不指定 engine 另建评级器', 'create a grader without engine'));
 */
export function compiledOnly(engine: string, what: string, instead: LocalizedText = USE_GRADE): void {
  if (engine === 'compiled') return;
  throw new UsageError(
    localized(
      `${what} 需要 compiled 引擎，而这个评级器用的是 json-rules-engine：${instead.zh}`,
      `${what} needs the compiled engine, and this grader uses json-rules-engine: ${instead.en}`,
    ),
  );
}
