import type { EventEmitter } from 'node:events';
import { type Argument, type Command, Help, type HelpConfiguration, type Option } from 'commander';
import { DEFAULT_MAX_RECORD_LENGTH } from '../input/input-item';
import { displayWidth } from '../text/display-width';
import { type Language, localized } from '../text/localized-text';
import { exitCodesHelp } from './exit-code-help';

/**
 * The Chinese of the CLI's help, in one place: each command's description,
 * its arguments, its options (by their long flag) and the prose after its
 * examples. The English is written beside each command's definition; the
 * examples are shared (they are command lines). `qgrade diff` writes both
 * languages itself and needs no entry.
 */
interface CommandTexts {
  description: string;
  arguments?: Record<string, string>;
  options?: Record<string, string>;
  /** How an option's default is shown, where the English describes it in words (commander's defaultValueDescription). */
  defaults?: Record<string, string>;
  /** The prose after the examples; absent: the command's help has none. */
  after?: string;
}

/** Options every command that reads records shares (see input-options.ts). */
const INPUT_OPTIONS: Record<string, string> = {
  '--input-format':
    '输入格式：json、ndjson、csv、tsv、xlsx 或 parquet（默认按文件扩展名；否则以“[”开头为 JSON，“{”为 NDJSON，其余为 CSV）',
  '--map': '把一列（或 JSON 键）读作某个字段，如 --map 屈服强度=yieldStrength（可重复）',
  '--map-file': '列名 → 字段名的 JSON 或 YAML 映射文件，如 {"屈服强度": "yieldStrength"}',
  '--sheet': '要读取的 .xlsx 工作表：表名，或从 1 起的标签位置（默认第一张）',
  '--formulas':
    '.xlsx 工作簿中的公式单元格：refuse 拒绝读取，saved 读取文件保存的公式结果（请确认工作簿保存前已重新计算）',
  '--keep': '把不是指标的列带到结果中，如 --keep 型号（可重复；默认取第一列取值互不相同的列，如样品编号）',
  '--no-keep': '不把任何输入列带到结果中',
  '--encoding': '输入的文本编码：utf-8、gb18030（gbk）或 utf-16le、utf-16be',
  '--max-record-length': `一行（NDJSON）或一条记录（CSV）的最大字符数，超出的作为错误行（默认 ${DEFAULT_MAX_RECORD_LENGTH}）`,
};

/** The Chinese help of every command but `diff`. */
export const ZH_HELP: Record<string, CommandTexts> = {
  qgrade: {
    description: '按以 YAML 规则集编写的质量分级标准，对产品和企业进行质量分级。',
    options: {
      '--version': '显示版本号',
      '--lang': '消息语言：zh 或 en（默认按系统区域设置）',
      '--debug': '出错时显示调用栈',
      '--no-color': '不使用颜色，即使输出到终端',
    },
  },
  validate: {
    description: '检查规则文件（或内置规则集标识、或其所在文件夹），以“文件:行:列: 消息”列出每个问题',
    arguments: { files: '规则文件、文件夹或内置规则集标识' },
    options: { '--format': '输出格式：text，或 junit（供 CI 使用的 JUnit XML，每个文件一个测试用例）' },
    after: exitCodesHelp('validate', 'zh'),
  },
  grade: {
    description:
      '按规则集对 JSON、NDJSON、CSV、TSV、XLSX 或 Parquet 文件（或标准输入）中的记录分级，每个输入行输出一条结果',
    arguments: {
      input: '记录：.json 数组、.ndjson、.csv、.tsv、.xlsx 或 .parquet 文件，或用 - 表示标准输入',
    },
    options: {
      '--rules': '内置规则集标识或规则文件',
      '--format': '输出格式：table、json、ndjson、csv、markdown；或 xlsx、html、parquet（用 -o 写入文件）',
      '--output': '-f xlsx、html 或 parquet 写入的文件（其他格式输出到标准输出）',
      '--detail':
        '-f json 和 ndjson 写出每条结果的多少：full 完整；failing 只含未满足的要求；grade 只含序号、等级、名称和不分级原因',
      '--ids': '显示标识而不是名称：“未达下一级的原因”中的要求（如 apf@1），表格中另列等级标识',
      ...INPUT_OPTIONS,
      '--no-summary': '结束时不在标准错误输出汇总',
      '--no-progress': '不在标准错误输出进度条（进度条只在终端中显示）',
      '--workers':
        '在 n 个工作线程上分级和输出（适合多核处理大文件；用 --group-by 时只能为 1：批次在单线程中评级）',
      '--group-by':
        '把该列取值相同的记录（一个批次、一个月）作为一组整体分级，使用规则集的组统计量；输入须按该列排序。每组输出一条结果：table、json、ndjson 或 csv；或用 -o 写出批次报告：xlsx 或 html',
      '--tally-by':
        '另外按该列（生产企业、地区：输入中的任一列）的每个取值统计各等级、不分级和无效的记录数：汇总之后的一张表，-f html 中的一节，-f xlsx 中的一个工作表',
    },
    after: `每条输入记录对应一个输出行，按输入顺序编号（row，序号）；无法读取的行或无效记录作为错误行输出，
分级继续进行。结束时在标准错误输出汇总：各等级记录数、不分级数、无效数、最常见的不合格要求。
CSV 单元格按规则集的指标类型转换，见 docs/cli.md。
用 --group-by 时，键相同的连续行作为一组整体分级（每条记录的等级和规则集的组统计量），输出一行；
某个键在其组结束后再次出现时以退出码 2 停止（请按该键对输入排序）。
用 --tally-by 时，汇总还按该列的每个取值统计记录数（按首次出现的顺序，数值按大小；该列没有值的记录列为“（无值）”，
排在最后）：各等级、不分级、无效和合计。最先出现的 1,000 个取值各占一行，其后取值的记录合为一行“（其他）”，
并在标准错误输出说明。输入无须排序，输出的结果与不用该选项时相同。
读写 Parquet 需要可选的软件包 @duckdb/node-api，见 docs/scale-out.md。

${exitCodesHelp('grade', 'zh')}`,
  },
  explain: {
    description: '对一条记录分级并解释：每项要求的实测值、限值和结果，以及升到上一等级还差什么',
    arguments: {
      input:
        '一条 JSON 记录，或配合 --row 的 JSON、NDJSON、CSV、TSV、XLSX 或 Parquet 文件；用 - 表示标准输入',
    },
    options: {
      '--rules': '内置规则集标识或规则文件',
      '--record': '以 JSON 文本给出记录，代替输入文件',
      '--row': '要解释输入中的第几条记录（从 1 起）；输入有多条记录时必填',
      '--all': '同时列出不适用于该记录的要求',
      '--format': '输出格式：text 或 json',
      ...INPUT_OPTIONS,
    },
    after: exitCodesHelp('explain', 'zh'),
  },
  test: {
    description: '运行规则集测试套件（*.test.yaml）：检查每个用例的预期等级和不合格要求',
    arguments: {
      paths: '测试套件或文件夹（默认：存在 ./rules 时用它，否则用本文件夹中的套件，再否则用内置规则）',
    },
    options: {
      '--coverage': '同时报告每个阈值是否有恰好在阈值处、略低于和略高于阈值、且结果由它决定的用例',
      '--min': '（隐含 --coverage）阈值覆盖率低于此百分数时退出码为 1',
      '--format':
        '输出格式：text，或 junit（供 CI 使用的 JUnit XML，每个文件一个测试套件，每个用例一个测试用例）',
    },
    after: `最后输出“通过 N 个，失败 N 个”（用 --format junit 时输出到标准错误，标准输出为 XML）。
覆盖报告列出缺少阈值处、略低于或略高于阈值用例的阈值。用例只在结果由该阈值决定时才计入：没有同一等级
或更低等级的其他不满足的要求定住其等级（或用例写了 failing）；被定住的用例会注明“有用例触及，但都不由它决定结果”。
有效记录无法取到的一侧不要求用例
（枚举指标取值之间、指标范围之外、修约间隔不可能取到的“阈值处”）；只读取表格单元格和数字的公式，
其每个可能算出的限值各算一个阈值；测试套件中的 uncovered
条目（criterion、row、limit、sides、reason）可注明有意不覆盖的阈值。用 --min 时覆盖率低于该百分数退出码为 1。
所给文件夹中没有测试套件的规则文件会被列出；用 --coverage 时其阈值都计为未覆盖。
${exitCodesHelp('test', 'zh')}`,
  },
  compare: {
    description:
      '用两个规则集（如同一标准的两个版本）对同一批记录分级：给出等级迁移矩阵，以及每条等级变化的记录和导致变化的要求',
    arguments: {
      ruleSetA: '原规则集（A）：内置规则集标识或规则文件',
      ruleSetB: '新规则集（B）：内置规则集标识或规则文件',
      data: '记录：.json 数组、.ndjson、.csv、.tsv、.xlsx 或 .parquet 文件，或用 - 表示标准输入',
    },
    options: {
      '--format':
        '输出格式：table、markdown（表格，可粘贴到会议纪要）或 json；或 xlsx、html（用 -o 写入文件）',
      '--output': '-f xlsx 或 -f html 写入的文件；或 -f markdown 写入该文件而不是标准输出（.md）',
      '--group-by':
        '同时把该列取值相同的记录（一个批次、一个月）作为一组，分别按两个规则集及其组统计量整体分级，并比较各组；输入须按该列排序',
      '--tally-by':
        '另外按该列（生产企业、强度等级：输入中的任一列）的每个取值统计等级升高、降低、不变和在任一规则集下无效的记录数：列在汇总之后；用 -f json 时为一个字段，用 -f xlsx 时为一个工作表，用 -f html 时为一张表',
      '--near-limits':
        '另外按每个变更的限值，统计与 B 限值相差不超过其所写最后一位小数一个单位（≥ 18.0 为 0.1）的记录数，分满足与不满足：列在各处变更引起变化的记录数之后；用 -f json 时为字段 nearLimits，用 -f xlsx 时为一个工作表，用 -f html 时为一张表；此时每条记录都做完整分级，耗时更长',
      ...INPUT_OPTIONS,
      '--no-summary': '结束时不在标准错误输出汇总行',
      '--no-progress': '不在标准错误输出进度条',
    },
    after: `--format markdown 以 markdown 表格输出表格格式的内容，可粘贴到会议纪要：矩阵、汇总、各等级记录数、--tally-by
的各表、等级变化的记录（每条一行，含原因）和无效记录；加 --group-by 时其后以表格给出各组的比较。
加 -o notes.md 则写入该文件（读取记录之前检查，到最后才替换原文件）。

--format json 输出 { total, changed, matrix, changes, ruleSetDiff }：matrix[A 下等级][B 下等级]
为记录数（"null" 表示不分级）；changes 列出每条等级变化的记录 { row, from, to, criteria, diff }，
criteria 为 A、B 之间结果或限值不同的要求，diff 为导致变化的 ruleSetDiff 条目的键
（即 qgrade diff A B -f json 的输出）。CSV 单元格按 A 的指标类型转换（只有 B 有的指标按 B）；A、B 标签不同的是/否列各按自己的标签读取，与 grade -r 相同。
用 --group-by 时，键相同的连续行还分别按 A 和 B 作为一组整体分级，并比较各组：json 增加
groups { column, total, changed, up, down, sideways, matrix, changes, a, b }，每项变化
{ group, rows, from, to, direction, criteria, records } 给出导致该组变化的组要求，以及组内等级变化的记录数；
{ a, b } 中的 { graded, notGraded, ungraded } 给出各规则集下不分级的组及原因。
某个键在其组结束后再次出现时以退出码 2 停止（请按该键对输入排序）。
用 --tally-by 时，按该列的每个取值（按首次出现的顺序，数值按大小；该列没有值的记录列为“（无值）”，排在最后）统计记录
的等级变化：升高、降低、无高低之分（仅在有此类记录时列出）、不变（两个规则集下均有效且等级相同）和无效
（在 A、B 或两者下无效），各项相加等于记录数。json 增加 tally { column, groups, otherGroups, whole }，
每组 { key, total, up, down, sideways, unchanged, invalid }。最先出现的 1,000 个取值各为一组，其后取值的
记录合为一组“（其他）”（otherGroups { after: 1000, … }），并在标准错误输出说明。输入无须排序。

${exitCodesHelp('compare', 'zh')}`,
  },
  round: {
    description: '按 GB/T 8170 修约一个数值（四舍六入五成双，按十进制数字计算），按修约间隔的小数位输出',
    arguments: {
      value: '数值，按书写原样（如 1.050）',
      interval: '修约间隔：1、2 或 5 × 10ⁿ（如 0.1、0.5、0.02、1000）',
    },
    after:
      '带 GB/T 8170 修约符号 (+) 或 (−) 的数值表示实测值大于或小于所写数值：恰为一半时向实测值一侧修约。\n负数的修约符号针对其绝对值，与 GB/T 8170 对负数的修约一致：-16.5(+) 即 −(16.5(+))，修约为 -17。\n负数无论带不带修约符号都按数值读取，不会被当作选项（修约符号的括号在命令行中须加引号）。\n\n' +
      exitCodesHelp('round', 'zh'),
  },
  list: {
    description: '列出内置规则集及其标准、版本和来源可信度',
    options: { '--format': '输出格式：table 或 json' },
    after: exitCodesHelp('list', 'zh'),
  },
  schema: {
    description:
      '输出公开的 JSON Schema：ruleset（默认）、grade-result、grade-result-grade、group-result、compare-tally、test-suite、rule-set-diff，或 input（配合 --rules）',
    arguments: {
      name: 'ruleset、grade-result、grade-result-grade（grade --detail grade）、group-result、compare-tally（compare -f json --tally-by）、test-suite、rule-set-diff 或 input',
    },
    options: { '--rules': '用于 input：输出该规则集的记录结构' },
    after: exitCodesHelp('schema', 'zh'),
  },
  studio: {
    description: '在浏览器中编辑规则集：随输入显示问题、即时为样品分级、比较、测试；只在 127.0.0.1 上服务',
    arguments: { dir: '列出和保存规则文件（仅 .yaml/.yml）的文件夹；不给出时只读' },
    options: {
      '--port': '127.0.0.1 上的端口（默认：任一空闲端口）',
      '--open': '用默认浏览器打开页面',
    },
    after: `不给出文件夹时，工作室只读，使用内置规则集和示例。
打印的地址带有本次运行生成的令牌：只有用它打开的页面才能保存。
QGRADE_STUDIO_PAGE=<文件夹> 使用另一份页面构建（\`npm run build:studio -- <文件夹>\`）。
按 \`Ctrl-C\` 停止。
${exitCodesHelp('studio', 'zh')}`,
  },
  init: {
    description:
      '新建规则集：写入 rules/<行业>/<名称>.yaml 及其测试套件 <名称>.test.yaml，可通过校验和测试，编辑器可自动补全',
    arguments: { id: '<行业>/<名称>，小写短横线连接，如 steel/hot-rolled-ribbed-bar' },
    options: {
      '--dir': '存放 rules/ 的文件夹',
      '--template':
        '模板：ladder 按单条记录的限值分级，等级由低到高如合格品、一等品、优等品；conformity 只有一个等级，合格或不合格；scored 加权评分，按总分分级，含否决项；lot 按统计量（变异系数、合格率）对一批样品整体分级，配合 grade --group-by',
      '--from':
        '从内置规则集标识或规则文件起草修订稿：复制其原文（保留注释）和测试套件，改用新标识，$schema 和 ruleSet 路径指向新位置',
    },
    defaults: { '--dir': '当前工作文件夹' },
    after: `不会覆盖已有文件。能读取“# yaml-language-server: $schema=…”的编辑器（装有 YAML 扩展的
VS Code、JetBrains IDE）会在输入时补全键并标出错误；中文时规则文件指向 ruleset.schema.zh-CN.json，测试套件指向 ruleset-test.schema.zh-CN.json，悬停说明为中文。
--from 把一个规则集复制为其修订稿：按原文复制（保留注释），只改 \`id:\`，并在其上加注释写明来源及其版本
（版本号保持不变：改动阈值时再提高）；旁边有测试套件时一并复制，\`ruleSet:\` 指向新文件。
此后 qgrade diff <原规则集> <新文件> 只列出标识的变化，直到阈值改动。
${exitCodesHelp('init', 'zh')}`,
  },
};

/** Commander's own words, in Chinese. */
const ZH_BUILT_IN = {
  help: '显示命令的帮助',
  helpCommand: '显示某个命令的帮助',
  afterError: '（用 --help 查看用法）',
  titles: {
    'Usage:': '用法：',
    'Options:': '选项：',
    'Arguments:': '参数：',
    'Commands:': '命令：',
    'Global Options:': '全局选项：',
  } as Record<string, string>,
};

/** Where a command's help came from, for {@link untranslatedHelp}. */
function commandKey(command: Command): string {
  return command.parent ? command.name() : 'qgrade';
}

/**
 * Puts a program's help into Chinese: descriptions of commands, arguments
 * and options, the prose after the examples (the examples stay), and
 * commander's own words (titles, `[options]`, choices and defaults, the help
 * option and command). Does nothing for English.
 */
export function localizeHelp(program: Command, lang: Language): void {
  if (lang === 'en') return;
  program.helpCommand('help [command]', ZH_BUILT_IN.helpCommand);
  for (const command of [program, ...program.commands]) {
    const texts = ZH_HELP[commandKey(command)];
    command.helpOption('-h, --help', ZH_BUILT_IN.help);
    command.showHelpAfterError(ZH_BUILT_IN.afterError);
    command.configureHelp(ZH_HELP_FORMAT);
    if (!texts) continue;
    command.description(texts.description);
    for (const argument of command.registeredArguments) {
      const text = texts.arguments?.[argument.name()];
      if (text !== undefined) argument.description = text;
    }
    for (const option of command.options) {
      const text = texts.options?.[option.long ?? option.short ?? ''];
      if (text !== undefined) option.description = text;
      const shown = texts.defaults?.[option.long ?? option.short ?? ''];
      if (shown !== undefined) option.defaultValueDescription = shown;
    }
    replaceAfterHelp(command, texts.after);
  }
}

/** The help after the options: the examples of the English text, then the Chinese prose. */
function replaceAfterHelp(command: Command, prose: string | undefined): void {
  let english = '';
  const events = command as unknown as EventEmitter;
  for (const listener of events.listeners('afterHelp')) {
    listener({ error: false, command, write: (text: string) => (english += text) });
  }
  if (english === '') return;
  const examples = english.split('\n').filter((line) => /^\s+\$ /.test(line));
  events.removeAllListeners('afterHelp');
  const zh = [examples.length > 0 ? `\n示例：\n${examples.join('\n')}` : '', prose ? `\n${prose}` : '']
    .filter((part) => part !== '')
    .join('\n');
  command.addHelpText('after', zh);
}

// Commander's help, in Chinese: titles, `[options]`, "(choices: …, default: …)".
const ZH_HELP_FORMAT: HelpConfiguration = {
  styleTitle: (title: string) => ZH_BUILT_IN.titles[title] ?? title,
  commandUsage(this: Help, command: Command) {
    return zhSyntax(Help.prototype.commandUsage.call(this, command));
  },
  subcommandTerm(this: Help, command: Command) {
    return zhSyntax(Help.prototype.subcommandTerm.call(this, command));
  },
  optionDescription(this: Help, option: Option) {
    return zhExtras(Help.prototype.optionDescription.call(this, option));
  },
  argumentDescription(this: Help, argument: Argument) {
    return zhExtras(Help.prototype.argumentDescription.call(this, argument));
  },
  formatHelp(this: Help, command: Command, helper: Help) {
    // A full-width colon needs no space after it.
    return Help.prototype.formatHelp.call(this, command, helper).replace(/^用法： /, '用法：');
  },
};

/**
 * How help is laid out in both languages (English help quotes Chinese too):
 * CJK counted two columns wide, Chinese broken between characters, and
 * descriptions wrapped even beside the long terms of the command list
 * (commander stops wrapping when fewer than 40 columns remain; there 31 do).
 */
export const HELP_LAYOUT: HelpConfiguration = {
  displayWidth: (text: string) => displayWidth(text),
  boxWrap: (text: string, width: number) => wrapCjk(text, width),
  minWidthToWrap: 30,
};

/**
 * Wraps a text to `width` columns, breaking at spaces and between Chinese
 * characters (which need no space to break at), never inside a Latin word.
 */
function wrapCjk(text: string, width: number): string {
  return text
    .split('\n')
    .map((paragraph) => {
      // A mapping (屈服强度=yieldStrength) stays whole; elsewhere a run without Chinese (a Latin word, a number,
      // case’s) stays whole and Chinese breaks between characters, never before closing punctuation or after opening.
      const tokens = (paragraph.match(/\s+|\S+/g) ?? []).flatMap((word) =>
        word.includes('=')
          ? [word]
          : (word.match(
              /[（“‘《]*(?:[^\p{Script=Han}\u3000-\u303f\uff00-\uffef“”]+|.)[，。、；：）”’》]*/gu,
            ) ?? []),
      );
      const lines: string[] = [];
      let line = '';
      for (const token of tokens) {
        if (line !== '' && displayWidth(line + token.trimEnd()) > width) {
          lines.push(line.trimEnd());
          line = /^\s+$/.test(token) ? '' : token;
        } else line += token;
      }
      lines.push(line.trimEnd());
      return lines.join('\n');
    })
    .join('\n');
}

function zhSyntax(text: string): string {
  return text.replace('[options]', '[选项]').replace('[command]', '[命令]');
}

/** `(choices: "a", "b", default: "a")` → `（可选："a"、"b"；默认："a"）`. */
function zhExtras(text: string): string {
  return text.replace(
    / \((choices: .*?)?(?:, )?(default: .*?)?\)$/,
    (whole, choices?: string, def?: string) => {
      if (!choices && !def) return whole;
      const parts: string[] = [];
      if (choices) parts.push(`可选：${choices.slice('choices: '.length).split(', ').join('、')}`);
      if (def) parts.push(`默认：${def.slice('default: '.length)}`);
      return `（${parts.join('；')}）`;
    },
  );
}

/** Commander's error messages in Chinese, by their English pattern. */
const ZH_ERRORS: [RegExp, (...groups: string[]) => string][] = [
  [/^error: unknown option '(.+?)'/, (o) => `错误：未知选项“${o}”`],
  [/^error: unknown command '(.+?)'/, (c) => `错误：未知命令“${c}”`],
  [/^error: missing required argument '(.+?)'/, (a) => `错误：缺少必需的参数 <${a}>`],
  [/^error: option '(.+?)' argument missing/, (o) => `错误：选项“${o}”缺少取值`],
  [/^error: required option '(.+?)' not specified/, (o) => `错误：必须给出选项“${o}”`],
  [
    /^error: option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+)\./,
    (o, v, c) => `错误：选项“${o}”的取值“${v}”无效，可选：${c.split(', ').join('、')}`,
  ],
  [
    /^error: option '(.+?)' argument '(.*?)' is invalid\.(.*)/,
    (o, v, why) => `错误：选项“${o}”的取值“${v}”无效。${why.trim()}`,
  ],
  [
    /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (c, n, m) => `错误：${c ? `命令“${c}”的` : ''}参数过多：应为 ${n} 个，实际 ${m} 个`,
  ],
  [/^error: (.+) cannot be used with (.+)/, (a, b) => `错误：${a} 不能与 ${b} 同时使用`],
  [/^\(Did you mean one of (.+)\?\)/, (names) => `（是否要写以下之一：${names.split(', ').join('、')}？）`],
  [/^\(Did you mean (.+)\?\)/, (name) => `（是否要写 ${name}？）`],
];

/**
 * A commander error message (`error: unknown option '--x'` and its
 * "Did you mean" line) in the given language; English is returned as is.
 */
export function commanderErrorText(text: string, lang: Language): string {
  // `-data.csv`: a file whose name starts with a dash reads as an option; say how to name it (hostile-30 M5).
  const file = /^error: unknown option '(-[^']*[./\\][^']*|-[^-'][^']*[\u0080-\uffff][^']*)'/.exec(text)?.[1];
  const hint = file
    ? localized(
        `（如果“${file}”是文件名：写成 ./${file}，或在它前面加 --）`,
        `(if ${file} is a file: write ./${file}, or put -- before it)`,
      )
    : undefined;
  const withHint = hint ? `${text.trimEnd()}\n${hint[lang]}\n` : text;
  if (lang === 'en') return withHint;
  return withHint
    .split('\n')
    .map((line) => {
      for (const [pattern, zh] of ZH_ERRORS) {
        const m = pattern.exec(line);
        if (m) return zh(...m.slice(1).map((g) => g ?? ''));
      }
      return line;
    })
    .join('\n');
}
