/**
 * The check that a Chinese text has no untranslated English: after the parts
 * that are not prose are set aside (command lines, option flags,
 * placeholders, file names and paths, ids, quoted literals, `{ json keys }`),
 * every ASCII word left must be a term from a closed list (format names,
 * units, standard codes, option values); one English word fails.
 */
import { buildProgram } from '../../src/cli/program';
import { COMMANDS, ROOT } from './cli-harness';

/** Every command, the studio too (its help is walked, never run). */
export const ALL_COMMANDS = [...COMMANDS, 'studio'];

/**
 * ASCII words a Chinese text may hold: names of formats, encodings and tools,
 * option values and field names written as such, units, standard codes and
 * indicator abbreviations. Anything else is English that was not translated.
 */
export const TERMS = new Set([
  // formats, encodings, tools, the program itself
  ...[
    'JSON',
    'NDJSON',
    'CSV',
    'TSV',
    'XLSX',
    'HTML',
    'YAML',
    'XML',
    'JUnit',
    'CI',
    'Schema',
    'IDE',
    'Parquet',
  ],
  ...['VS', 'Code', 'JetBrains', 'Excel', 'WPS', 'Windows', 'UTF', 'LE', 'BE', 'gbk', 'qgrade', 'null'],
  // option values as typed: every option's choices, and schema and format names
  ...(
    await buildProgram(
      { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: {}, cwd: ROOT },
      () => async () => {},
      'en',
    )
  ).commands.flatMap((c) => c.options.flatMap((o) => o.argChoices ?? [])),
  ...['table', 'json', 'ndjson', 'csv', 'tsv', 'xlsx', 'html', 'markdown', 'text', 'junit', 'zh', 'en'],
  ...['ruleset', 'input'],
  // field names of a suite's uncovered entries and of compare's and diff's JSON, written as keys
  ...[
    'uncovered',
    'criterion',
    'row',
    'sides',
    'reason',
    'limit',
    'criteria',
    'matrix',
    'changes',
    'entries',
    'groups',
    'tally',
  ],
  // the commands, named as such; the two rule sets compared, A and B; a count, n
  ...ALL_COMMANDS,
  ...['A', 'B', 'n'],
  // the rule sets, their indicators and units
  ...['GB', 'APF', 'SEER', 'CC', 'MPa', 'dB', 'mm', 'W', 'Rm', 'ReL', 'Agt', 'Ceq'],
]);

/**
 * The ASCII words of a Chinese text that are not syntax and not {@link TERMS}
 * (nor one of `extra`, terms a caller's texts may also hold).
 */
export function untranslated(text: string, extra: ReadonlySet<string> = new Set()): string[] {
  const prose = text
    .split('\n')
    .filter((line) => !/^\s+\$ /.test(line)) // a command line
    .map((line) => line.replace(/^ {2}(?! )\S.*?(?= {2}|$)/, ' ')) // a help item's term: a command, argument or option
    .map((line) => line.replace(/^ {4}\S+/, ' ')) // a coverage entry's requirement id
    .join('\n')
    .replace(/`[^`]*`/g, ' ') // code
    .replace(/\{[^}]*\}/g, ' ') // JSON objects and their keys
    .replace(/"[^"]*"|“[^”]*”/g, ' ') // quoted literals and names
    .replace(/<[^>]*>|\[[^\]]*[A-Za-z][^\]]*\]/g, ' ') // placeholders
    .replace(/(^|\s)--?[A-Za-z][\w-]*/g, ' ') // option flags
    .replace(/[^\s，。、；：（）“”]*=[^\s，。、；：（）“”]*/g, ' ') // column=field
    .replace(/\S*(?:[/\\@#*]|[A-Za-z]:[A-Za-z])\S*/g, ' ') // paths, ids, criterion ids, globs, diff keys
    .replace(/\S*\.[A-Za-z]{2,}\b/g, ' ') // file names and extensions
    .replace(/\b[a-z]+(?:-[a-z]+)+\b|\b[a-z]+[A-Z]\w*|\b[A-Za-z]+-?\d+[a-z]*\b/g, ' ') // kebab-case and camelCase names, codes (utf-16le)
    .replace(/\b\d+(?:\.\d+)?\b/g, ' ');
  return (prose.match(/[A-Za-z][A-Za-z'’]*/g) ?? []).filter((word) => !TERMS.has(word) && !extra.has(word));
}
