import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import { RuleSetError } from '../errors/qgrade-error';
import type { RuleSetIssue } from '../errors/rule-set-issue';
import { packageRoot } from '../load/package-root';
import { DEFAULT_SOURCE_LIMITS } from '../load/source-document';
import { checkRuleSet, type ParseOptions, type RuleSetCheck } from './check-rule-set';
import type { RuleSet } from './rule-set';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;

/** The folder of the rule sets bundled with qgrade. */
export function bundledRulesDir(): string {
  return join(packageRoot(), 'rules');
}

/**
 * Where a rule set lives: a bundled id (`steel/hot-rolled-ribbed-bar`) maps
 * to `rules/<id>.yaml` inside the package; anything else is a file path.
 */
export async function resolveRuleSetPath(pathOrId: string): Promise<string> {
  if (ID.test(pathOrId) && !(await isFile(pathOrId))) return join(bundledRulesDir(), `${pathOrId}.yaml`);
  return pathOrId;
}

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
  const path = await resolveRuleSetPath(pathOrId);
  const shown = displayPath(path);
  const maxBytes = options.limits?.maxBytes ?? DEFAULT_SOURCE_LIMITS.maxBytes;
  let text: string;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { issues: [fileIssue(shown, 'file-not-found', 'is not a file')] };
    if (info.size > maxBytes) {
      return {
        issues: [fileIssue(shown, 'file-too-large', `is ${info.size} bytes; the limit is ${maxBytes}`)],
      };
    }
    text = await readFile(path, 'utf8');
  } catch {
    const isId = ID.test(pathOrId) && path !== pathOrId;
    return {
      issues: [
        isId
          ? fileIssue(
              pathOrId,
              'rule-set-not-found',
              'is neither a file nor a bundled rule set (see `qgrade list`)',
            )
          : fileIssue(shown, 'file-not-found', 'cannot be read: no such file'),
      ],
    };
  }
  return checkRuleSet(text, { ...options, filename: shown });
}

/**
 * Loads a rule set from a file path, or a bundled one by id, from wherever
 * the caller's working directory is.
 *
 * @throws {@link RuleSetError} when the file is missing or has problems, each located at `file:line:column`.
 * @example
 * const ruleSet = await loadRuleSet('home-appliances/room-air-conditioner-energy');
 * const mine = await loadRuleSet('./rules/my-standard.yaml');
 */
export async function loadRuleSet(
  pathOrId: string,
  options: Omit<ParseOptions, 'filename'> = {},
): Promise<RuleSet> {
  const { ruleSet, issues } = await checkRuleSetFile(pathOrId, options);
  if (!ruleSet) throw new RuleSetError(pathOrId, issues);
  return ruleSet;
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
  const files = await findRuleFiles(dir);
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

/** Rule files under a folder (test suites `*.test.yaml` excluded). */
export async function findRuleFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await findRuleFiles(full)));
    else if (/\.ya?ml$/.test(entry.name) && !/\.test\.ya?ml$/.test(entry.name)) out.push(full);
  }
  return out.sort();
}

/** A path as a user would type it: relative to the working folder when inside it. */
function displayPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

function fileIssue(file: string, code: RuleSetIssue['code'], what: string): RuleSetIssue {
  return { code, severity: 'error', message: `${file} ${what}`, file, line: 0, column: 0, path: [] };
}
