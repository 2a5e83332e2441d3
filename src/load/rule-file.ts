import { readdir, readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { type RuleSetIssue, ruleSetIssue } from '../errors/rule-set-issue';
import { fileReason } from '../errors/system-reason';
import { type LocalizedText, localized } from '../text/localized-text';
import { decodeRuleText } from './decode-text';
import { packageRoot } from './package-root';
import { RULE_SET_ID } from './rule-set-id';

/** The folder of the rule sets bundled with qgrade. */
export function bundledRulesDir(): string {
  return join(packageRoot(), 'rules');
}

/**
 * Where a rule set lives: a bundled id (`steel/hot-rolled-ribbed-bar`) maps
 * to `rules/<id>.yaml` inside the package; anything else is a file path.
 */
export async function resolveRuleSetPath(pathOrId: string): Promise<string> {
  if (RULE_SET_ID.test(pathOrId) && !(await isFile(pathOrId)))
    return join(bundledRulesDir(), `${pathOrId}.yaml`);
  return pathOrId;
}

/** A rule file's text and the name to show for it, or the issue that kept it from being read. */
export type RuleFileText = { text: string; file: string } | { issue: RuleSetIssue };

/**
 * Reads a rule file (or a bundled rule set by id) as text, refusing a file
 * larger than `maxBytes` before reading it.
 */
export async function readRuleFile(pathOrId: string, maxBytes: number): Promise<RuleFileText> {
  const path = await resolveRuleSetPath(pathOrId);
  const shown = displayPath(path);
  try {
    return await readRuleText(path, shown, maxBytes);
  } catch (error) {
    const isId = RULE_SET_ID.test(pathOrId) && path !== pathOrId;
    // A file that is there but cannot be read (permissions, a broken disk) says why, not "no such file".
    const why = fileReason(error);
    return {
      // Located at pathOrId, so every printed form starts "<id>: " and the text need not repeat it.
      issue: isId
        ? fileIssue(
            pathOrId,
            'rule-set-not-found',
            localized(
              '既不是文件，也不是内置规则集（见 `qgrade list`）',
              'neither a file nor a bundled rule set (see `qgrade list`)',
            ),
          )
        : pathOrId === '-'
          ? fileIssue(
              pathOrId,
              'file-not-found',
              localized(
                '规则文件不从标准输入读取：请给出文件路径或内置规则集 id',
                'rule files are not read from stdin: give a file path or a bundled id',
              ),
            )
          : fileIssue(shown, 'file-not-found', localized(`无法读取：${why.zh}`, `cannot be read: ${why.en}`)),
    };
  }
}

/**
 * Reads a rule file or test suite as text, asking the file system first: a
 * folder, a FIFO, a device or a socket (or a link to one) is refused before
 * it is opened (hostile-38 C1: opening a FIFO waits for a writer forever, and
 * `/dev/zero` is read until memory runs out), and so is a file larger than
 * `maxBytes`.
 *
 * @param shown - the name to give the file in issues
 * @throws the file system's error when the file cannot be looked at or read (the caller says why)
 */
export async function readRuleText(path: string, shown: string, maxBytes: number): Promise<RuleFileText> {
  const info = await stat(path);
  // Every issue is printed after its file (`<file>: <message>`), so the messages do not name it again.
  if (!info.isFile())
    return {
      issue: fileIssue(
        shown,
        'file-not-found',
        info.isDirectory()
          ? localized('这是文件夹，不是规则文件', 'it is a folder, not a rule file')
          : // `-r <(…)` and a named pipe included: a rule file is read as a whole, from a file (fix-fifo8's left).
            localized(
              '不是普通文件（而是管道、设备或套接字）：请先把规则集保存为文件，再给出其路径',
              'not a regular file (a pipe, a device or a socket): save the rule set to a file first and give its path',
            ),
      ),
    };
  if (info.size > maxBytes) {
    const what = localized(
      `文件有 ${info.size} 字节，超过上限 ${maxBytes} 字节`,
      `it is ${info.size} bytes; the limit is ${maxBytes}`,
    );
    return { issue: fileIssue(shown, 'file-too-large', what) };
  }
  const decoded = decodeRuleText(await readFile(path), shown);
  return 'issue' in decoded ? decoded : { text: decoded.text, file: shown };
}

/** Rule files: `.yaml`/`.yml`, test suites (`*.test.yaml`) excepted. */
export function isRuleFileName(name: string): boolean {
  return /\.ya?ml$/.test(name) && !isSuiteFileName(name);
}

/** Test suites: `*.test.yaml`/`*.test.yml`. */
export function isSuiteFileName(name: string): boolean {
  return /\.test\.ya?ml$/.test(name);
}

/**
 * The files under a folder, at any depth, whose names pass `accept`, sorted;
 * folders below it whose names `skip` passes are not looked into.
 */
export async function findFiles(
  dir: string,
  accept: (name: string) => boolean,
  skip?: (folder: string) => boolean,
): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!skip?.(entry.name)) out.push(...(await findFiles(full, accept, skip)));
    } else if (accept(entry.name)) out.push(full);
  }
  return out.sort();
}

/** Folders a search for a project's own files passes by: installed packages, and hidden ones (`.git`). */
export function isPackageOrHidden(folder: string): boolean {
  return folder === 'node_modules' || folder.startsWith('.');
}

/** A path as a user would type it: relative to the working folder when inside it. */
export function displayPath(path: string): string {
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

function fileIssue(file: string, code: RuleSetIssue['code'], text: LocalizedText): RuleSetIssue {
  return ruleSetIssue({ code, severity: 'error', text, file, line: 0, column: 0, path: [] });
}
