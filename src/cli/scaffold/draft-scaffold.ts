import { readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../../errors/usage-error';
import { bundledRuleIds, nearestIds } from '../../load/bundled-rule-ids';
import { decodeRuleText } from '../../load/decode-text';
import { resolveRuleSetPath } from '../../load/rule-file';
import { RULE_SET_ID } from '../../load/rule-set-id';
import { loadRuleSetWithText } from '../../resolve/load-rule-set';
import { suiteRuleSetTarget } from '../../suite/suite-rule-set';
import { parseTestSuite } from '../../suite/test-suite';
import { type Language, localized } from '../../text/localized-text';
import { copiedRuleSet, copiedSuite } from './rule-set-copy';
import { sayIn } from './rule-set-scaffold';

/** What `qgrade init <id> --from <rule set>` writes, and what it was copied from. */
export interface DraftScaffold {
  ruleSet: string;
  /** The copied suite; absent when the source has none beside it. */
  testSuite?: string;
  /** The source rule set's id and version, as its file says. */
  source: { id: string; version: string };
  /** The source's suite that was copied, or the one looked for and not found. */
  suiteFile: string;
}

/**
 * The draft of a revision: the rule set `from` (a bundled id or a rule
 * file) copied under the new `id`, with its test suite when one lies beside
 * it (`<name>.test.yaml`, its `ruleSet` naming the source), so the draft
 * starts valid, tested, and showing only its id under `qgrade diff`.
 *
 * @param from - a bundled id or a rule file, as given to `--from`
 * @param id - the new `<industry>/<name>`
 * @param schemas - paths from the new files' folder to the rule-set and test-suite schemas
 * @param lang - the language of the comment above `id:`
 * @throws {@link UsageError} when `from` is neither a file nor a bundled id (naming the nearest ids)
 * @throws {@link RuleSetError} when the source does not load
 */
export async function draftScaffold(
  from: string,
  id: string,
  schemas: { ruleSet: string; testSuite: string },
  lang: Language,
): Promise<DraftScaffold> {
  const path = await resolveRuleSetPath(from);
  if (!(await isFile(path)) && !looksLikePath(from)) await refuseUnknownId(from);
  const { ruleSet: source, text } = await loadRuleSetWithText(from);
  refuseId(id, source);
  const t = sayIn(lang);
  const note = [
    t(
      `修订稿，复制自 ${source.id} ${source.version}（qgrade init --from）。`,
      `A draft revision, copied from ${source.id} ${source.version} (qgrade init --from).`,
    ),
    t('改动阈值时提高版本号。', 'Raise the version when a threshold changes.'),
  ];
  const ruleSet = copiedRuleSet(text, { id, schema: schemas.ruleSet, note, earlierNote: EARLIER_NOTE });
  if (ruleSet === undefined)
    throw new UsageError(
      localized(
        `--from ${from}：找不到顶层的“id:”行，无法改为 ${id}；请先运行 qgrade validate ${from} 修正提示的问题`,
        `--from ${from}: no top-level "id:" line to change to ${id}; run qgrade validate ${from} and mend what it reports first`,
      ),
    );
  const suiteFile = path.replace(/\.ya?ml$/, '.test.yaml');
  const suiteText = await suiteOf(suiteFile, path);
  const name = id.split('/')[1] as string;
  return {
    ruleSet,
    ...(suiteText === undefined
      ? {}
      : { testSuite: copiedSuite(suiteText, { ruleSet: `./${name}.yaml`, schema: schemas.testSuite }) }),
    source: { id: source.id, version: source.version },
    suiteFile,
  };
}

/**
 * A revision's id that the copy cannot carry: the source's own (two rule sets under one id, which `compare`,
 * `diff` and every result's `ruleSet.id` cannot tell apart), or another industry than the file's `industry:`,
 * which the copy keeps (its `validate` then failed and its suite did not load, though init said "created").
 */
function refuseId(id: string, source: { id: string; industry: string }): void {
  if (id === source.id)
    throw new UsageError(
      localized(
        `新标识与原规则集的标识相同（${id}）：修订稿要有自己的标识，如 ${id}-draft`,
        `the new id is the source's own (${id}): give the revision an id of its own, e.g. ${id}-draft`,
      ),
    );
  const industry = id.split('/')[0];
  if (industry !== source.industry)
    throw new UsageError(
      localized(
        `新标识 ${id} 的行业是“${industry}”，而原规则集的 industry 是“${source.industry}”，复制后不能通过校验：请用 ${source.industry}/${id.split('/')[1]}`,
        `the new id ${id} is in the industry "${industry}", but the source's industry is "${source.industry}", so the copy would not validate: use ${source.industry}/${id.split('/')[1]}`,
      ),
    );
}

/** A line of the note above `id:` in either language, written by an earlier `init --from`. */
const EARLIER_NOTE =
  /^\s*# (A draft revision, copied from |Raise the version when a threshold changes\.|修订稿，复制自 |改动阈值时提高版本号。)/;

/** The text of the suite at `file` when there is one and it tests the rule file at `ruleFile`. */
async function suiteOf(file: string, ruleFile: string): Promise<string | undefined> {
  let text: string;
  try {
    const decoded = decodeRuleText(await readFile(file), file);
    if ('issue' in decoded) return undefined;
    text = decoded.text;
  } catch {
    return undefined;
  }
  const suite = parseTestSuite(text, file);
  if ('issues' in suite) return undefined;
  // As `qgrade test` finds it.
  const target = suiteRuleSetTarget(suite.ruleSet, dirname(file), resolve);
  return resolve(await resolveRuleSetPath(target)) === resolve(ruleFile) ? text : undefined;
}

/** Whether `from` is written as a file path (a folder, an extension), not as a bundled id or a name. */
function looksLikePath(from: string): boolean {
  return /\.ya?ml$|\\|^\.|^\//.test(from) || from.split('/').length > 2;
}

/** A usage error for an id that names no bundled rule set, naming the nearest that do. */
async function refuseUnknownId(from: string): Promise<never> {
  const ids = await bundledRuleIds();
  const near = nearestIds(from, ids);
  const shape = RULE_SET_ID.test(from);
  throw new UsageError(
    near.length > 0
      ? localized(
          `--from ${from}：${shape ? '没有这个内置规则集' : '既不是文件，也不是内置规则集'}；最接近的是 ${near.join('、')}（全部见 qgrade list）`,
          `--from ${from}: ${shape ? 'no bundled rule set has this id' : 'neither a file nor a bundled rule set'}; the nearest: ${near.join(', ')} (all: qgrade list)`,
        )
      : localized(
          `--from ${from}：${shape ? '没有这个内置规则集' : '既不是文件，也不是内置规则集'}；内置规则集有 ${ids.join('、')}`,
          `--from ${from}: ${shape ? 'no bundled rule set has this id' : 'neither a file nor a bundled rule set'}; the bundled ones are ${ids.join(', ')}`,
        ),
  );
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
