/// <reference lib="dom" />
import type { Language, LocalizedText } from '../../browser';

const t = (zh: string, en: string): LocalizedText => ({ zh, en });

/** Every text the studio page shows, in both languages. */
export const TEXTS = {
  title: t('qgrade 规则工作室', 'qgrade studio'),
  files: t('文件', 'Files'),
  folder: t('文件夹', 'Folder'),
  bundled: t('内置规则集与示例（只读）', 'Bundled rule sets and examples (read-only)'),
  opened: t('已打开的文件', 'Opened files'),
  openFile: t('打开文件…', 'Open file…'),
  save: t('保存', 'Save'),
  saveAs: t('另存为…', 'Save as…'),
  saved: t('已保存', 'saved'),
  downloaded: t('已下载', 'downloaded'),
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
  records: t('条记录', 'records'),
  showMore: t('显示更多', 'Show more'),
  row: t('行', 'Row'),
  grade: t('等级', 'Grade'),
  failing: t('不合格要求', 'Failing requirements'),
  explain: t('说明', 'Explain'),
  addCase: t('加为测试用例', 'Add as test case'),
  caseAdded: t('已加入测试套件', 'added to the test suite'),
  distribution: t('等级分布', 'Grade distribution'),
  notGraded: t('不分级', 'not graded'),
  invalid: t('无效记录', 'invalid'),
  htmlReport: t('下载 HTML 报告', 'Download the HTML report'),
  compare: t('比较', 'Compare'),
  compareWith: t('旧版本（A）', 'Earlier version (A)'),
  savedVersion: t('已保存的本文件（编辑器中为 B）', 'this file as saved (the editor is B)'),
  compareRun: t('比较', 'Compare'),
  compareNeedsSample: t('先加载样品数据', 'Load samples first'),
  matrix: t('迁移矩阵（行：A，列：B）', 'Migration matrix (rows: A, columns: B)'),
  moved: t('等级变化的记录', 'Records that moved'),
  noneMoved: t('没有记录改变等级', 'No record changed grade'),
  changedOf: t('条记录等级变化，共', 'records changed grade, of'),
  tests: t('测试', 'Tests'),
  runSuite: t('运行测试套件', 'Run the suite'),
  noSuite: t('没有测试套件：“加为测试用例”会创建一个', 'No test suite: "Add as test case" starts one'),
  passed: t('通过', 'passed'),
  failed: t('失败', 'failed'),
  line: t('行', 'line'),
  coverage: t('阈值覆盖', 'Threshold coverage'),
  covered: t(
    '个阈值在阈值处、略低于和略高于都有用例，共',
    'thresholds have a case at, just below and just above them, of',
  ),
  uncovered: t('未覆盖', 'Uncovered'),
  downloadSuite: t('下载测试套件', 'Download the suite'),
  suiteInMemory: t(
    '测试套件只在本页中修改（只读），请下载保存',
    'the suite is changed in this page only (read-only): download it to keep it',
  ),
  toReach: t('升至', 'To reach'),
  cannotRead: t('无法读取', 'cannot be read'),
  language: t('语言', 'Language'),
  fixFirst: t('规则集有错误，先修正', 'the rule set has errors: fix them first'),
} as const;

/** The page's language; Chinese for browsers that ask for it. */
export function defaultLanguage(): Language {
  return navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
