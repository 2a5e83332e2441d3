import { UsageError } from '../errors/usage-error';
import { modelOf } from '../resolve/rule-set';
import { cjkJoin } from '../text/cjk-space';
import { localized } from '../text/localized-text';
import { valueShown } from '../text/value-kind';
import type { Grader } from './create-grader';

/**
 * Checks that a function's first argument is a grader from
 * `createGrader()` (it has the rule set it grades by, loaded here) and
 * returns it (`second`: it is the function's second argument); anything else is a usage error naming the function and what
 * came, rather than "cannot read properties of null".
 *
 * @example
 * const { ruleSet } = graderArgument(grader, 'gradeFile');
 */
export function graderArgument(grader: unknown, fn: string, second = false): Grader {
  const ruleSet =
    typeof grader === 'object' && grader !== null ? (grader as Partial<Grader>).ruleSet : undefined;
  if (ruleSet === undefined) {
    const got = valueShown(grader);
    throw new UsageError(
      localized(
        cjkJoin(
          `${fn} 的${second ? '第二' : '第一'}个参数应为 createGrader() 创建的评级器，收到的是`,
          got.zh,
        ),
        `${fn} takes a grader from createGrader() as its ${second ? 'second' : 'first'} argument, got ${got.en}`,
      ),
    );
  }
  modelOf(ruleSet, fn);
  return grader as Grader;
}
