/// <reference lib="dom" />
import type { Language, LocalizedText } from '../../browser';

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

/** Every text the studio page shows, in both languages. */
export const TEXTS = {
  title: t('qgrade 规则工作室', 'qgrade studio'),
  files: t('文件', 'Files'),
  folder: t('文件夹', 'Folder'),
  bundled: t('内置规则集与示例（只读）', 'Bundled rule sets and examples (read-only)'),
  bundledPrefix: t('内置：', 'bundled: '),
  localPrefix: t('本机：', 'local: '),
  opened: t('已打开的文件', 'Opened files'),
  openFile: t('打开文件…', 'Open file…'),
  save: t('保存', 'Save'),
  saveAs: t('另存为…', 'Save as…'),
  saved: t('已保存', 'saved'),
  downloaded: t('已下载', 'downloaded'),
  savedAs: t('已保存到所选文件', 'saved to the file you chose'),
  saveCancelled: t('未保存', 'not saved'),
  discardChanges: t(
    '有未保存的修改。放弃这些修改并打开另一个文件吗？（选“取消”留在当前文件，可先保存）',
    'has unsaved changes. Discard them and open the other file? (Cancel stays here, to save first)',
  ),
  conflict: t(
    '文件已被其他窗口或程序修改，未保存；编辑器中的文本仍保留。',
    'The file was changed by another window or program since it was opened: not saved; the editor keeps your text.',
  ),
  saveEmpty: t(
    '编辑器是空的，保存会清空磁盘上的这个文件。仍要保存吗？（选“取消”不保存；Ctrl+Z 不会越过打开文件时的文本）',
    'The editor is empty: saving would empty this file on disk. Save anyway? (Cancel does not save; Ctrl+Z never goes back past the text as opened)',
  ),
  overwrite: t('仍然覆盖', 'Overwrite anyway'),
  reloadDisk: t(
    '载入磁盘上的版本（放弃编辑器中的修改）',
    'Load the version on disk (discard the editor’s changes)',
  ),
  noToken: t(
    '此地址缺少令牌（?token=…）：文件夹中的文件无法列出和保存，下面只有只读的内置文件。请重新打开 qgrade studio 打印的地址；找不到时重新启动 qgrade studio。',
    'This address lacks the token (?token=…): the folder’s files cannot be listed or saved; only the read-only bundled files are shown. Reopen the address qgrade studio printed; if you no longer have it, restart qgrade studio.',
  ),
  wrongToken: t(
    '地址中的令牌不是本次运行的（qgrade studio 每次启动都换新令牌）：文件夹中的文件无法列出和保存，下面只有只读的内置文件。请重新打开 qgrade studio 最近打印的地址；找不到时重新启动 qgrade studio。',
    'The token in this address is not this run’s (qgrade studio makes a new one each time it starts): the folder’s files cannot be listed or saved; only the read-only bundled files are shown. Reopen the address qgrade studio printed last; if you no longer have it, restart qgrade studio.',
  ),
  unsaved: t('未保存', 'unsaved'),
  readOnly: t(
    '只读：没有文件夹可写，保存会下载文件',
    'read-only: no folder to write to, saving downloads the file',
  ),
  staticMode: t('静态版本：用浏览器打开和保存文件', 'static build: files open and save through the browser'),
  noFile: t('从左侧选择一个规则文件', 'Pick a rule file on the left'),
  problems: t('问题', 'Problems'),
  noProblems: t('没有问题', 'No problems'),
  loads: t('规则集可以加载', 'the rule set loads'),
  samples: t('样品数据', 'Samples'),
  pasteHere: t(
    '在此粘贴 CSV、JSON 或 NDJSON 记录，或打开文件',
    'Paste CSV, JSON or NDJSON records here, or open a file',
  ),
  openSample: t('打开样品文件（CSV、JSON、NDJSON、XLSX）', 'Open a sample file (CSV, JSON, NDJSON, XLSX)'),
  mapping: t('列映射（每行一个：列=字段）', 'Column mapping (one per line: column=field)'),
  // The refusal of a formula cell names this box as it reads here (formulasAdvice, src/input/option-naming.ts).
  readSavedFormulas: t('读取公式单元格保存的结果', "Read formula cells' saved results"),
  readSavedFormulasTitle: t(
    'XLSX 中的公式单元格按文件保存的计算结果读取（qgrade 不计算公式）；请确认工作簿保存前已重新计算',
    'An XLSX formula cell is read as the result the file saved (qgrade does not calculate formulas): check the workbook was calculated before it was saved',
  ),
  records: t('条记录', 'records'),
  showMore: t('显示更多', 'Show more'),
  row: t('序号', 'Row'),
  grade: t('等级', 'Grade'),
  failing: t('不合格要求', 'Failing requirements'),
  /** Before the indicators an invalid row could not read: an input error, not a failing requirement (committee-40 M7). */
  invalidFields: t('记录无效：', 'Record not valid: '),
  explain: t('说明', 'Explain'),
  addCase: t('加为测试用例', 'Add as test case'),
  caseAdded: t('已加入测试套件', 'added to the test suite'),
  caseFromUnsaved: t(
    '用例按编辑器中未保存的规则计算，已写入测试套件；qgrade test 读取磁盘上的规则文件，保存规则文件前它的结果会与此不同。请保存规则文件。',
    'The case was computed from the unsaved rule in the editor and written to the suite; qgrade test reads the rule file on disk, so until you save the rule file its results can differ. Save the rule file.',
  ),
  distribution: t('等级分布', 'Grade distribution'),
  // Worded as the HTML reports and the Compare tab word them (committee-39 M3: "invalid" here, "Invalid" there).
  notGraded: t('不分级', 'Not graded'),
  invalid: t('无效记录', 'Invalid'),
  invalidRecord: t('无效', 'Invalid'),
  htmlReport: t('下载 HTML 报告', 'Download the HTML report'),
  compare: t('比较', 'Compare'),
  compareWith: t('旧版本（A）', 'Earlier version (A)'),
  savedVersion: t('已保存的本文件（编辑器中为 B）', 'this file as saved (the editor is B)'),
  compareRun: t('比较', 'Compare'),
  compareNeedsSample: t('先加载样品数据', 'Load samples first'),
  comparePick: t(
    '先在“旧版本（A）”中选一个版本（如“已保存的本文件”），再点“比较”',
    'Pick a version under "Earlier version (A)" first (such as "this file as saved"), then Compare',
  ),
  matrix: t('迁移矩阵（行：A，列：B）', 'Migration matrix (rows: A, columns: B)'),
  groupBy: t('分组列（按组评级）', 'Group by (grade lots)'),
  groupByNone: t('— 不分组，逐条评级 —', '— none: each record —'),
  groupByTitle: t(
    '规则集有 group 部分（组统计量，如一批的变异系数）：选一列，把该列取值相同的记录作为一组评级，如 qgrade grade --group-by；记录须按该列排序',
    'The rule set has a group section (statistics over a group, such as a lot’s CV): pick a column to grade each run of records with the same value as one group, as qgrade grade --group-by does; the records must be sorted by it',
  ),
  groupsOnlyRecords: t(
    '未选分组列：下面逐条评级，规则集的组要求（如一批的变异系数）未判定；选上方的分组列按组评级和比较',
    'No group column chosen: records are graded one by one below, and the rule set’s group requirements (a lot’s CV) are not judged; pick the group column above to grade and compare the groups',
  ),
  groups: t('组', 'groups'),
  groupDistribution: t('各组等级分布', 'Grades of the groups'),
  groupInvalid: t('含无效记录', 'with an invalid record'),
  groupKey: t('组', 'Group'),
  groupRecords: t('记录数', 'Records'),
  groupGrade: t('等级', 'Grade'),
  groupStatistics: t('组统计量', 'Statistics'),
  groupWhy: t('未达上一等级的原因 / 不分级原因', 'What holds it below the next grade / why not graded'),
  groupRecordList: t('本组的记录', 'Its records'),
  groupMatrix: t('各组的迁移矩阵（行：A，列：B）', 'Migration matrix of the groups (rows: A, columns: B)'),
  groupsMoved: t('等级变化的组', 'Groups that moved'),
  noGroupMoved: t('没有组的等级变化', 'No group changed grade'),
  moved: t('等级变化的记录', 'Records that moved'),
  noneMoved: t('没有记录改变等级', 'No record changed grade'),
  tests: t('测试', 'Tests'),
  runSuite: t('运行测试套件', 'Run the suite'),
  noSuite: t('没有测试套件：“加为测试用例”会创建一个', 'No test suite: "Add as test case" starts one'),
  coverage: t('阈值覆盖', 'Threshold coverage'),
  covered: t(
    '个阈值在阈值处、略低于和略高于都有由它决定结果的用例，共',
    'thresholds have a deciding case at, just below and just above them, of',
  ),
  coverageWaived: t(
    '个只在测试套件注明有意不覆盖的一侧没有用例',
    'lack one only on sides the suite leaves uncovered on purpose',
  ),
  coverageMaybeNoRecord: t(
    '个是没有用例达到、可能没有记录会得到的公式限值',
    "are a formula's limits no case meets, perhaps no record's",
  ),
  coverageNoRecord: t('个是没有记录会得到的公式限值', "are a formula's limits no record gets"),
  touchedNotDecided: t(
    '（有用例触及，但结果不由它决定：另有不满足的要求定住了等级）',
    ' (cases reach it, but none is decided by it: other failed requirements hold their grade)',
  ),
  uncovered: t('未覆盖', 'Uncovered'),
  suiteNotLoaded: t(
    '测试套件未能加载，其中的用例都没有运行（见下方的问题）',
    'the test suite did not load, so none of its cases ran (see the problems below)',
  ),
  downloadSuite: t('下载测试套件', 'Download the suite'),
  suiteInMemory: t(
    '测试套件只在本页中修改（只读），请下载保存',
    'the suite is changed in this page only (read-only): download it to keep it',
  ),
  cannotRead: t('无法读取', 'cannot be read'),
  language: t('语言', 'Language'),
  warningMark: t('警告：', 'warning: '),
  fixFirst: t('规则集有错误，先修正', 'the rule set has errors: fix them first'),
  noRuleFile: t(
    '还没有规则文件：在左侧打开一个，或在编辑器中写一个',
    'No rule file yet: open one from the list, or write one in the editor',
  ),
  untitledName: t('未命名.yaml', 'untitled.yaml'),
  suiteOpen: t(
    '打开的是测试套件：样品分级、比较和运行测试都要用规则文件，请打开规则文件',
    'A test suite is open: grading samples, comparing and running tests take a rule file: open one',
  ),
  suiteRulesNotFound: t(
    '本页找不到测试套件的 ruleSet 所指的规则文件；请打开规则文件，在“测试”中运行它的测试套件',
    'this page cannot find the rule file the suite’s ruleSet names: open the rule file and run its suite under Tests',
  ),
  suiteRulesBroken: t(
    '测试套件所用的这个规则文件（已保存的版本）有错误：打开它修正后再运行测试套件',
    'the rule file this suite runs against (as saved) has errors: open it and fix them, then run the suite',
  ),
  diskChanged: t(
    'A 是磁盘上现在的本文件：打开后它已被其他窗口或程序修改过（保存时会先询问是否覆盖）',
    'A is this file on disk now: another window or program changed it since it was opened (saving will ask before overwriting it)',
  ),
  pastedSample: t('粘贴的文本', 'pasted'),
  serverGone: t(
    '未保存：qgrade studio 没有应答（可能已停止）。编辑器中的文本仍保留，请不要刷新或关闭本页：重新运行 qgrade studio，打开它打印的地址，把文本复制过去再保存。',
    'Not saved: qgrade studio did not answer (it may have stopped). The editor keeps your text; do not reload or close this page: run qgrade studio again, open the address it prints, and paste the text there to save it.',
  ),
  tokenChanged: t(
    '未保存：本页来自 qgrade studio 的上一次运行（每次启动都换新令牌）。编辑器中的文本仍保留，请不要刷新本页：打开 qgrade studio 最近打印的地址，把文本复制过去再保存。',
    'Not saved: this page is from an earlier run of qgrade studio (each run has a new token). The editor keeps your text; do not reload this page: open the address qgrade studio printed last and paste the text there to save it.',
  ),
  saveRefused: t('未保存：qgrade studio 拒绝了保存', 'Not saved: qgrade studio refused the save'),
} as const;

/** The page's language; Chinese for browsers that ask for it. */
export function defaultLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
