import { relative, sep } from 'node:path';
import { RuleSetError } from '../errors/rule-set-error';
import { UsageError } from '../errors/usage-error';
import { withNearestRuleSets } from '../load/nearest-rule-sets';
import { bundledRulesDir, findFiles, isRuleFileName, readRuleFile } from '../load/rule-file';
import { sourceLimits } from '../load/source-limits';
import { cjkJoin } from '../text/cjk-space';
import { localized } from '../text/localized-text';
import { valueShown } from '../text/value-kind';
import type { ParseOptions, RuleSetCheck } from './check-rule-set';
import { prebuiltRuleSet } from './prebuilt-rule-set';
import type { RuleSet } from './rule-set';

/** Options {@link checkRuleSetFile} and {@link loadRuleSet} take, for a usage error. */
const LIMITS_EXAMPLE = '{ limits: { maxBytes: 1048576 } }';

/**
 * Reads and checks a rule file (or bundled id) without throwing.
 *
 * @example
 * const { ruleSet, issues } = await checkRuleSetFile('rules/steel/hot-rolled-ribbed-bar.yaml');
 * if (!ruleSet) for (const i of issues) console.log(formatIssue(i));
 */
export async function checkRuleSetFile(
  pathOrId: string,
  options: Omit<ParseOptions, 'filename'> = {},
): Promise<RuleSetCheck> {
  pathArgument(pathOrId, 'checkRuleSetFile');
  const { checkRuleSet, parseOptionsArgument } = await import('./check-rule-set');
  parseOptionsArgument(options, 'checkRuleSetFile', LIMITS_EXAMPLE, ['limits']);
  const maxBytes = sourceLimits(options.limits).maxBytes;
  const read = await readRuleFile(pathOrId, maxBytes);
  if ('issue' in read) return { issues: [await withNearestRuleSets(pathOrId, read.issue)] };
  return checkRuleSet(read.text, { ...options, filename: read.file });
}

/**
 * Loads a rule set from a file path, or a bundled one by id, from wherever
 * the caller's working directory is.
 *
 * @throws {@link RuleSetError} when the file is missing or has problems, each located at `file:line:column`.
 * @throws {@link QgradeError} with code `usage` (rejects) when `pathOrId` is not a string.
 * @example
 * const ruleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
 * const mine = await loadRuleSet('./rules/my-standard.yaml');
 */
export async function loadRuleSet(
  pathOrId: string,
  options: Omit<ParseOptions, 'filename'> = {},
): Promise<RuleSet> {
  pathArgument(pathOrId, 'loadRuleSet');
  const { parseOptionsArgument } = await import('./check-rule-set');
  parseOptionsArgument(options, 'loadRuleSet', LIMITS_EXAMPLE, ['limits']);
  const { ruleSet, issues } = await checkRuleSetFile(pathOrId, options);
  if (!ruleSet) throw new RuleSetError(pathOrId, issues);
  return ruleSet;
}

/** A rule set and the text it was read from, for work that must see exactly that text again (worker threads). */
export interface LoadedRuleSet {
  ruleSet: RuleSet;
  text: string;
  filename: string;
}

/** {@link loadRuleSet}, keeping the text the rule set was read from. */
export async function loadRuleSetWithText(
  pathOrId: string,
  options: Omit<ParseOptions, 'filename'> = {},
): Promise<LoadedRuleSet> {
  const maxBytes = sourceLimits(options.limits).maxBytes;
  const read = await readRuleFile(pathOrId, maxBytes);
  if ('issue' in read) throw new RuleSetError(pathOrId, [await withNearestRuleSets(pathOrId, read.issue)]);
  // A bundled rule set as the build resolved it, when its file is as it was then and no limits are asked for.
  const prebuilt =
    options.limits === undefined ? await prebuiltRuleSet(pathOrId, read.text, read.file) : undefined;
  if (prebuilt) return { ruleSet: prebuilt, text: read.text, filename: read.file };
  // Imported here: the YAML parser and the resolver are most of a one-record run's code.
  const { checkRuleSet } = await import('./check-rule-set');
  const { ruleSet, issues } = checkRuleSet(read.text, { ...options, filename: read.file });
  if (!ruleSet) throw new RuleSetError(pathOrId, issues);
  return { ruleSet, text: read.text, filename: read.file };
}

/**
 * A bundled rule set, as `listRuleSets` describes it.
 *
 * @example
 * for (const s of await listRuleSets()) console.log(s.id, s.references[0]?.code, s.provenance.level);
 */
export interface RuleSetSummary {
  /** `<industry>/<name>`. */
  id: string;
  /** Its name. */
  title: RuleSet['title'];
  /** Industry. */
  industry: string;
  /** Products or enterprises. */
  subject: RuleSet['subject'];
  /** Its version. */
  version: string;
  /** The standards it encodes. */
  references: RuleSet['references'];
  /** How sure the figures are. */
  provenance: RuleSet['provenance'];
  /** Its grades, lowest first. */
  grades: RuleSet['grades'];
  /** Path of the file inside the package. */
  file: string;
}

/**
 * Lists the rule sets bundled with qgrade, with their standards, editions
 * and provenance.
 *
 * @example
 * for (const r of await listRuleSets()) console.log(r.id, r.references[0]?.code, r.provenance.level);
 */
export async function listRuleSets(): Promise<RuleSetSummary[]> {
  const dir = bundledRulesDir();
  const files = await findFiles(dir, isRuleFileName);
  const out: RuleSetSummary[] = [];
  for (const file of files) {
    const id = relative(dir, file)
      .split(sep)
      .join('/')
      .replace(/\.ya?ml$/, '');
    const r = await loadRuleSet(id);
    out.push({
      id: r.id,
      title: r.title,
      industry: r.industry,
      subject: r.subject,
      version: r.version,
      references: r.references,
      provenance: r.provenance,
      grades: r.grades,
      file,
    });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/** A rule file's path or a bundled id must be a string (an empty one is a file that is not there): anything else is refused by name. */
function pathArgument(pathOrId: unknown, method: string): void {
  if (typeof pathOrId === 'string') return;
  const got = valueShown(pathOrId);
  throw new UsageError(
    localized(
      cjkJoin(`${method} 需要规则文件的路径或内置规则集的 id（字符串），收到的是`, got.zh),
      `${method} takes a rule file's path or a bundled rule set's id (a string), got ${got.en}`,
    ),
  );
}
