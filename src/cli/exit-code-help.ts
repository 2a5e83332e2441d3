import { displayWidth } from '../text/display-width';
import type { Language, LocalizedText } from '../text/localized-text';
import { localized } from '../text/localized-text';
import { EXIT } from './exit-codes';

/** What each exit code of one command means; absent: the command never gives that code. */
interface CommandExits {
  readonly ok: LocalizedText;
  readonly problems?: LocalizedText;
  /** Why this command gives 2; {@link OUTPUT_NOT_WRITTEN} is added to it for every command. */
  readonly usage: LocalizedText;
  readonly closed?: LocalizedText;
}

/**
 * Every command can fail to write what it prints (a full disk under stdout, stderr or `-o`): exit 2, as the
 * docs' exit-code table says. Written once here, so no command's help leaves it out.
 */
export const OUTPUT_NOT_WRITTEN = localized(
  '或输出无法写出（如磁盘已满）',
  'or output that cannot be written (a full disk)',
);

const USAGE_OR_RULES = localized('用法错误或规则集无法加载', 'usage error or a rule set that does not load');
const NO_KEY = localized('（用 --group-by 时：或有记录没有分组键）', ' (with --group-by: or without a key)');

/** The exit codes of every command, by its name, in both languages. */
export const COMMAND_EXITS: Readonly<Record<string, CommandExits>> = {
  validate: {
    ok: localized('所有文件有效', 'every file valid'),
    problems: localized('发现问题', 'problems found'),
    usage: localized(
      '用法错误（文件不存在或不是文件）',
      'usage error (a file that is not there, or not a file)',
    ),
  },
  grade: {
    ok: localized('所有记录有效', 'every record valid'),
    problems: localized(`有无效记录${NO_KEY.zh}`, `some records invalid${NO_KEY.en}`),
    usage: USAGE_OR_RULES,
    closed: localized(
      '标准输出的管道在所有记录分级前被关闭且已分级的记录均有效',
      'stdout closed (| head) before every record was graded, with none invalid so far',
    ),
  },
  explain: {
    ok: localized('记录有效', 'the record is valid'),
    problems: localized('记录无效（解释中说明原因）', 'it is not (the explanation says why)'),
    usage: USAGE_OR_RULES,
  },
  test: {
    ok: localized('全部通过', 'all passed'),
    problems: localized('有用例失败或覆盖率低于 --min', 'a case failed, or coverage is below --min'),
    usage: localized(
      '测试套件或规则集无法加载，或套件引用了规则集中没有的内容',
      'a suite or rule set does not load, or names what the rule set lacks',
    ),
  },
  compare: {
    ok: localized('两个规则集下所有记录均有效', 'every record valid under both'),
    problems: localized(
      `有记录在任一规则集下无效${NO_KEY.zh}`,
      `some record invalid under either${NO_KEY.en}`,
    ),
    usage: USAGE_OR_RULES,
  },
  diff: {
    ok: localized(
      '比较已完成，无论有无差异——差异是比较的结果而不是错误（如需在流水线中据此拦截，可统计 -f json 的 entries）',
      'the diff ran, whatever it found — differences are its answer, not a failure (count the entries of -f json to stop a pipeline on them)',
    ),
    usage: USAGE_OR_RULES,
  },
  round: {
    ok: localized('已修约', 'rounded'),
    usage: localized(
      '用法错误（数值不是十进制数，修约间隔不是 1、2 或 5 × 10ⁿ，或带修约符号的数值与比其末位更细的修约间隔：6(+) 修约到 0.1）',
      'usage error (a value that is not a decimal number, an interval that is not 1, 2 or 5 × 10ⁿ, a marked value and an interval finer than its last digit: 6(+) at 0.1)',
    ),
  },
  list: {
    ok: localized('已列出', 'listed'),
    usage: localized('用法错误', 'usage error'),
  },
  schema: {
    ok: localized('已输出', 'printed'),
    usage: localized(
      '用法错误（名称不正确，或规则集无法加载）',
      'usage error (an unknown name, or a rule set that does not load)',
    ),
  },
  studio: {
    ok: localized('已停止', 'stopped'),
    usage: localized('用法错误（文件夹不存在、端口已被占用）', 'usage error (folder missing, port taken)'),
  },
  init: {
    ok: localized('已写入', 'written'),
    usage: localized(
      '标识不正确、文件已存在，或 --from 既不是文件也不是内置规则集（会列出最接近的标识）或无法加载',
      'a bad id, a file that already exists, or a --from that is neither a file nor a bundled id (the nearest ids are named) or does not load',
    ),
  },
};

/**
 * The "Exit codes:" paragraph of a command's help, wrapped to the help's 100 columns: each code the command
 * gives, with what it means, from {@link COMMAND_EXITS}.
 *
 * @example
 * exitCodesHelp('list', 'en'); // "Exit codes: 0 listed; 2 usage error, or output that cannot be written (a full disk)."
 */
export function exitCodesHelp(command: string, lang: Language): string {
  const exits = COMMAND_EXITS[command];
  if (!exits) throw new Error(`no exit codes written for ${command}`);
  const zh = lang === 'zh';
  const usage = `${exits.usage[lang]}${zh ? '，' : ', '}${OUTPUT_NOT_WRITTEN[lang]}`;
  const parts: [number, string | undefined][] = [
    [EXIT.ok, exits.ok[lang]],
    [EXIT.problems, exits.problems?.[lang]],
    [EXIT.usage, usage],
    [EXIT.closed, exits.closed?.[lang]],
  ];
  const meanings = parts.filter(([, text]) => text !== undefined).map(([code, text]) => `${code} ${text}`);
  return wrapHelp(zh ? `退出码：${meanings.join('；')}。` : `Exit codes: ${meanings.join('; ')}.`);
}

/** Breaks a line at spaces, or between Chinese characters, so that no line is wider than 100 columns. */
function wrapHelp(text: string, width = 100): string {
  const tokens =
    text.match(
      /[（]*[^\s\p{Script=Han}，。；：、（）]+[，。；：、）]*\s*|[（]*[\p{Script=Han}][，。；：、）]*\s*|\S\s*/gu,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line !== '' && displayWidth(line + token.trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = token;
    } else line += token;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}
