import { cjkJoin } from '../text/cjk-space';
import { type LocalizedText, localized } from '../text/localized-text';
import { valueKind } from '../text/value-kind';
import { UsageError } from './usage-error';

/**
 * The error for a value passed as a rule set that this copy of qgrade did
 * not load. A rule set is tied to the qgrade module that loaded it: the ESM
 * and CommonJS builds, and `qgrade` and `qgrade/browser`, are separate
 * copies, and a `structuredClone` or JSON copy of a rule set is plain data.
 * The message says so when the value looks like a rule set, and what came
 * otherwise.
 *
 * @param method - the function it was passed to, e.g. `createGrader`
 * @example
 * throw notLoadedHere('createGrader', structuredClone(ruleSet));
 */
export function notLoadedHere(method: string, value: unknown): UsageError {
  const id = (value as { id?: unknown } | null | undefined)?.id;
  const looksLoaded = typeof id === 'string' && Array.isArray((value as { indicators?: unknown }).indicators);
  if (!looksLoaded) {
    const got: LocalizedText = valueKind(value);
    return new UsageError(
      localized(
        cjkJoin(`${method} 需要 loadRuleSet() 或 parseRuleSet() 读入的规则集，收到的是`, got.zh),
        `${method} takes a rule set from loadRuleSet() or parseRuleSet(), got ${got.en}`,
      ),
    );
  }
  return new UsageError(
    localized(
      `${method}：规则集“${id}”不是这个 qgrade 模块读入的。规则集只属于读入它的 qgrade 模块：ESM 与 CommonJS 两个构建、qgrade 与 qgrade/browser 是各自独立的副本，structuredClone 或 JSON 复制得到的只是普通数据。请用同一入口的函数读入它：qgrade 的 loadRuleSet() 或 parseRuleSet()，qgrade/browser 的 loadBundledRuleSet() 或 parseRuleSet()`,
      `${method}: rule set "${id}" was not loaded by this qgrade module. A rule set is tied to the qgrade module that loaded it: the ESM and CommonJS builds, and qgrade and qgrade/browser, are separate copies, and a structuredClone or JSON copy is plain data. Load it with the same entry's functions: loadRuleSet() or parseRuleSet() from qgrade, loadBundledRuleSet() or parseRuleSet() from qgrade/browser`,
    ),
  );
}
