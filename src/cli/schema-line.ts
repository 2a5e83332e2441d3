import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { type RuleSetIssue, ruleSetIssue } from '../errors/rule-set-issue';
import { packageRoot } from '../load/package-root';
import { localized } from '../text/localized-text';

// The editor's line: `# yaml-language-server: $schema=<path or URL>`, among the first lines of a file.
const SCHEMA_LINE = /^#\s*yaml-language-server:\s*\$schema=(\S+)/u;

/**
 * A warning when a rule file's `# yaml-language-server: $schema=…` line names
 * a relative path that is not there (newcomer-29 F4): a file copied to
 * another folder (the tutorial's `cp -r node_modules/qgrade/examples/tutorial
 * 教程`) keeps a path relative to where it was, the editor silently stops
 * completing and checking, and nothing said so. The warning gives the path to
 * write from the file's folder to this qgrade package's schema. A URL, or a
 * file with no such line, is left alone; so is one that cannot be read
 * (`validate` says why).
 *
 * @example
 * schemaLineWarning('教程/rules/home-appliances/tutorial-dishwasher.yaml')?.text.zh
 * // '第 1 行的 $schema 路径“../../../../schemas/ruleset.schema.zh-CN.json”不存在…'
 */
export function schemaLineWarning(file: string): RuleSetIssue | undefined {
  let head: string;
  try {
    head = readFileSync(file, 'utf8').slice(0, 4096);
  } catch {
    return undefined;
  }
  const lines = head.split(/\r?\n/u).slice(0, 5);
  const index = lines.findIndex((l) => SCHEMA_LINE.test(l));
  if (index < 0) return undefined;
  const written = SCHEMA_LINE.exec(lines[index]!)![1]!;
  if (/^[a-z][a-z0-9+.-]*:/iu.test(written) || existsSync(resolve(dirname(file), written))) return undefined;
  let fix: string | undefined;
  try {
    const schema = join(packageRoot(), 'schemas', basename(written));
    if (existsSync(schema))
      fix = relative(dirname(resolve(file)), schema)
        .split(sep)
        .join('/');
  } catch {
    // qgrade bundled into an app: no schemas folder to point to
  }
  const column = lines[index]!.indexOf('$schema=') + '$schema='.length + 1;
  return ruleSetIssue({
    code: 'schema',
    severity: 'warning',
    text: localized(
      `第 ${index + 1} 行的 $schema 路径“${written}”不存在（文件复制到别处后，相对路径会失效），编辑器因此不再补全和检查这个文件` +
        (fix ? `；请把它改为“${fix}”（从本文件所在文件夹到已安装的 qgrade 包中的模式）` : ''),
      `the $schema path "${written}" on line ${index + 1} does not exist (a relative path breaks when the file is copied elsewhere), so editors no longer complete or check this file` +
        (fix
          ? `; change it to "${fix}" (from this file's folder to the installed qgrade package's schema)`
          : ''),
    ),
    file,
    line: index + 1,
    column,
    path: [],
  });
}
