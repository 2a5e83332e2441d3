/// <reference lib="dom" />
// The studio page: one rule file in the editor, checked as you type; samples graded by it; a comparison
// with an earlier version; its test suite. The same page runs from `qgrade studio` and from the static build.
import {
  checkRuleSet,
  createCompareReport,
  createComparison,
  createGradeReport,
  createGrader,
  formatIssue,
  type GradeResult,
  type Language,
  type LocalizedText,
  parseTestSuite,
  type RuleSet,
  type RuleSetIssue,
  runSuite as runCases,
  type SampleGrade,
  thresholdCoverage,
} from '../../browser';
import { type GroupRecordMove, groupRecordMove } from '../../compare/compare-groups';
import { compareSampleGroups } from '../../compare/compare-sample-groups';
import { createCompareTally } from '../../compare/compare-tally';
import { limitKeysLine } from '../../compare/limit-keys';
import { unchangedProvenanceNotice } from '../../diff/provenance-unchanged';
import { gradeSampleNamed, type SampleOptions, type WrittenSampleGrade } from '../../grade/grade-sample';
import { gradeSampleGroups, type SampleGroup, sampleColumns } from '../../grade/grade-sample-groups';
import { gradeSamplePair } from '../../grade/grade-sample-pair';
import { groupByNoStatisticsNotice } from '../../grade/group-by-no-statistics-notice';
import { groupByNotices } from '../../grade/group-by-notices';
import { NO_KEY } from '../../grade/group-key';
import { InvisibleInKeys } from '../../grade/invisible-key-notice';
import { watchColumn } from '../../grade/tally-column';
import { BlankBelowValues } from '../../input/blank-below-values';
import { RULE_SET_ID } from '../../load/rule-set-id';
import { compareSummaryLines, matrixInvalidNote } from '../../report/compare-summary';
import { groupDiffKeys, groupMoveLines } from '../../report/group-move-lines';
import { createMoveReasons } from '../../report/move-reasons';
import { movedByChange } from '../../report/moved-by-change';
import { MOVED_MOST_LIMIT, movedMost } from '../../report/moved-most';
import { notRunText } from '../../report/not-run-text';
import { comparisonNames, tableNames } from '../../report/noted-names';
import { modelOf } from '../../resolve/rule-set';
import { suiteRuleSetTarget } from '../../suite/suite-rule-set';
import { suiteSource } from '../../suite/test-suite';
import { closestTies } from '../../text/closest-name';
import { namesMeant } from '../../text/did-you-mean';
import { localized } from '../../text/localized-text';
import { appendCase, caseFor, caseInput, caseName, uniqueCaseName } from './append-case';
import { byId, debounce, fill, h } from './dom';
import { copiedFrom, type EditionHead, editionHead, newestEdition, sourceEdition } from './editions';
import { RuleEditor } from './editor';
import {
  Conflict,
  downloadLink,
  FileSource,
  SaveRefused,
  type StudioFile,
  truncatedText,
} from './file-source';
import { type LineStyle, styled } from './line-style';
import { groupComparisonView, groupResultsView, lotColumn } from './lot-views';
import { afterEditsPause } from './recheck';
import { pagedResults } from './results-rows';
import { readSampleBytes, type SampleData } from './sample-bytes';
import { readMappingBox } from './sample-mapping';
import {
  confirmDiscard,
  confirmEmptySave,
  guardUnload,
  modeText,
  outcomeText,
  saveOnCtrlS,
  showConflict,
} from './save-guard';
import { defaultLanguage, TEXTS as T } from './texts';
import {
  type ChangeCause,
  comparisonView,
  distribution,
  message,
  provenanceNotice,
  suiteView,
} from './views';

const DATA = /\.(csv|tsv|json|ndjson|jsonl|xlsx)$/i;
const SUITE = /\.test\.ya?ml$/i;

interface Open {
  file: StudioFile;
  /** The text as last saved (or read). */
  saved: string;
  /** How the file writes its text (a byte-order mark, CRLF): a save keeps it. */
  style: LineStyle;
}

const token = new URLSearchParams(location.search).get('token') ?? undefined;
const files = new FileSource(token);
let lang: Language = defaultLanguage();
let list: StudioFile[] = [];
let open: Open | undefined;
let ruleSet: RuleSet | undefined;
let issues: RuleSetIssue[] = [];
/** The samples graded: a file's (with a note when its encoding was guessed) or the pasted text. */
let sample: ({ name: string; pasted?: boolean } & SampleData) | undefined;
let graded: WrittenSampleGrade[] = [];
/** With a group column chosen (a rule set with a `group` section): the sample graded group by group. */
let groups: SampleGroup[] | undefined;
/**
 * The group column the author chose (`''`: none), kept while the sample has it; until then a column whose
 * header looks like a lot's is preselected.
 */
let groupChoice: string | undefined;
/** Why the samples were not graded (a mapping or reading mistake), in both languages. */
let sampleError: LocalizedText[] = [];
/** Hints about the sample's header, as `qgrade grade` prints them: a column close to an indicator. */
let sampleNotices: LocalizedText[] = [];
let activeTab = 'samples';
/** Bumped on every regrade, so a slow one that finishes late is dropped. */
let generation = 0;
/**
 * Whether a case was added to the suite from the editor's rule while it had unsaved edits: `qgrade test`
 * reads the rule file as saved, so until it is saved the suite on disk may fail there (studio-27 M1).
 */
let caseFromUnsaved = false;

const editor = new RuleEditor(byId('editor'), afterEditsPause(refresh));
const sampleText = byId<HTMLTextAreaElement>('sample-text');
const sampleMap = byId<HTMLTextAreaElement>('sample-map');
const sampleFormulas = byId<HTMLInputElement>('sample-formulas');
const groupBy = byId<HTMLSelectElement>('group-by');

/** How the samples' workbooks read formula cells: the checkbox reads the results they saved. */
function formulas(): SampleOptions['formulas'] {
  return sampleFormulas.checked ? 'saved' : 'refuse';
}

function relabel(): void {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  editor.setLanguage(lang);
  for (const el of document.querySelectorAll<HTMLElement>('[data-t]')) {
    const key = el.dataset.t as keyof typeof T;
    if (T[key]) el.textContent = T[key][lang];
  }
  const truncated = files.truncated;
  if (truncated)
    for (const note of document.querySelectorAll<HTMLElement>('.list-truncated'))
      note.textContent = truncatedText(truncated, lang);
  sampleText.placeholder = T.pasteHere[lang];
  byId('sample-formulas-label').title = T.readSavedFormulasTitle[lang];
  // The group-by choice's "none" and its tooltip (its other options are the sample's columns).
  const none = groupBy.options[0];
  if (none?.value === '') none.textContent = T.groupByNone[lang];
  byId('group-by-label').title = T.groupByTitle[lang];
  byId<HTMLSelectElement>('lang').value = lang;
}

async function showFiles(): Promise<void> {
  list = await files.list();
  // Titled by text key: a language change relabels them in place, and the buttons stay (a click or the keys on one
  // were lost when a language change drew the list again).
  const groups: [StudioFile['group'], 'folder' | 'opened' | 'bundled'][] = [
    ['folder', 'folder'],
    ['local', 'opened'],
    ['bundled', 'bundled'],
  ];
  const nav = byId('file-list');
  fill(nav);
  for (const [group, title] of groups) {
    const inGroup = list.filter((f) => f.group === group);
    if (inGroup.length === 0) continue;
    nav.append(
      h('h2', { 'data-t': title }, T[title][lang]),
      h(
        'ul',
        {},
        ...inGroup.map((f) => {
          const b = h(
            'button',
            {
              type: 'button',
              class: `file ${DATA.test(f.path) ? 'data' : 'yaml'}`,
              'data-path': f.path,
              'data-group': f.group,
            },
            f.path,
          );
          if (open && open.file.path === f.path && open.file.group === f.group) b.classList.add('current');
          b.addEventListener('click', () => void openFile(f));
          return h('li', {}, b);
        }),
      ),
    );
    // Files past the server's limits were left out: said under the folder's, not silently (hostile-38 M4).
    if (group === 'folder' && files.truncated)
      nav.append(h('p', { class: 'list-truncated', role: 'note' }, truncatedText(files.truncated, lang)));
  }
  showStatus();
}

/**
 * Bumped by each open of a rule file and of samples (and by text typed into the sample box): a file that
 * arrives after a later choice is dropped, so the last click wins (studio-29 C1: a slow file replaced the
 * one opened after it, unsaved typing and all).
 */
const opening = { editor: 0, samples: 0 };

/** Opens a file: sample data into the samples, anything else into the editor (`discard`: without asking about unsaved edits). */
async function openFile(file: StudioFile, discard = false): Promise<void> {
  if (DATA.test(file.path)) {
    const mine = ++opening.samples;
    const bytes = await whileReading(files.read(file));
    if (mine !== opening.samples) return;
    const { data, notice } = readSampleBytes(bytes, file.path);
    sample = { name: file.path, data, notice };
    sampleText.value = typeof data === 'string' ? data : '';
    byId('sample-name').textContent = file.path;
    await regrade();
    return;
  }
  if (!discard && open && dirty() && !confirmDiscard(open.file.path, lang)) return;
  const mine = ++opening.editor;
  const focused = document.activeElement;
  const before = editor.text;
  const read = await whileReading(files.readStyledText(file));
  if (mine !== opening.editor) return;
  // Typed into while the file was read: the edits are asked about as at a click.
  if (!discard && open && dirty() && editor.text !== before && !confirmDiscard(open.file.path, lang)) return;
  byId('save-note').textContent = '';
  const text = read?.text ?? '';
  open = { file, saved: text, style: read?.style ?? { bom: false, crlf: false } };
  caseFromUnsaved = false;
  editor.load(text);
  // The keys go to the text opened: the file list sits between the header and the editor (studio-27 F1).
  editor.focusAfterWait(focused);
  byId('file-name').textContent = `${groupPrefix(file)}${file.path}`;
  await showFiles();
  // A follows the file opened: the author's own pick for it, else chosen for it below; never the A of the file
  // open before, which stayed for every file opened after the first (committee-39 W1).
  fillCompareChoices(handPicks.get(choiceKey(file)) ?? '');
  // The comparison on show is the previous file's: "pick A" until this file's A is chosen.
  if (activeTab === 'compare' && byId<HTMLSelectElement>('compare-with').value === '') await runCompare();
  await refresh();
  await preselectEdition(open);
}

/**
 * The A the author picked by hand under "Earlier version (A)", by rule file (its {@link choiceKey}), for as long
 * as the page is open: opening that file again brings the pick back, "—" included; a file with none gets A
 * chosen for it ({@link preselectEdition}).
 */
const handPicks = new Map<string, string>();

/** A listed file as a choice of A: kept by group and path, as a file added to the list moves the others' places. */
function choiceKey(file: StudioFile): string {
  return `${file.group}:${file.path}`;
}

/** The choice of A on show, as a {@link choiceKey}, `saved` or `''` ("—"). */
function shownChoice(): string {
  return byId<HTMLSelectElement>('compare-with').selectedOptions[0]?.dataset.key ?? '';
}

/** Says, on the file list, that a file is being read (`aria-busy`) until `read` settles. */
let reading = 0;
async function whileReading<T>(read: Promise<T>): Promise<T> {
  const list = byId('file-list');
  list.setAttribute('aria-busy', 'true');
  reading++;
  try {
    return await read;
  } finally {
    if (--reading === 0) list.removeAttribute('aria-busy');
  }
}

/** The bundled files' edition heads, read once (they do not change while the page is open). */
const bundledHeads = new Map<string, EditionHead | undefined>();

/** A listed rule file's `id:` and `version:`; none for one that cannot be read. */
async function headOf(file: StudioFile): Promise<EditionHead | undefined> {
  if (file.group === 'bundled' && bundledHeads.has(file.path)) return bundledHeads.get(file.path);
  let head: EditionHead | undefined;
  try {
    // Not recorded as read for a save's conflict check: the page only looks at it.
    head = editionHead(new TextDecoder().decode(await files.read(file, false)));
  } catch {
    head = undefined;
  }
  if (file.group === 'bundled') bundledHeads.set(file.path, head);
  return head;
}

/**
 * Chooses A in the comparison: the newest other edition of the open rule set among the listed files (a draft
 * beside the published file), else the rule set a draft was copied from (`init --from`), unless the author
 * picked one for this file by hand (now or before) or opened another file meanwhile.
 */
async function preselectEdition(opened: Open): Promise<void> {
  const mine = editionHead(opened.saved);
  const select = byId<HTMLSelectElement>('compare-with');
  delete select.dataset.editionsRead;
  if (handPicks.has(choiceKey(opened.file))) {
    select.dataset.editionsRead = 'true';
    return;
  }
  if (!mine || SUITE.test(opened.file.path) || select.value !== '') return;
  const choices = [...select.options].filter((o) => /^\d+$/.test(o.value));
  const heads = await Promise.all(
    choices.map(async (o) => [o.value, await headOf(list[Number(o.value)]!)] as const),
  );
  // A draft made by `init --from` has an id of its own: its source, which its note above `id:` names (committee-36 M3).
  const source = copiedFrom(opened.saved);
  const newest =
    newestEdition(mine, heads) ?? (source === undefined ? undefined : sourceEdition(source, heads));
  if (open !== opened) return;
  // Looked for (a test waits on it): the choice stays "—" when there is no other edition.
  select.dataset.editionsRead = 'true';
  if (newest === undefined || select.value !== '') return;
  select.value = newest;
  if (activeTab === 'compare') await runCompare();
}

/** Where a file comes from, before its path: nothing for the folder's, 「内置：」/"bundled: " for the others. */
function groupPrefix(file: StudioFile): string {
  if (file.group === 'folder') return '';
  return file.group === 'bundled' ? T.bundledPrefix[lang] : T.localPrefix[lang];
}

/** Checks the editor's text, shows its problems, and regrades with it. */
async function refresh(): Promise<void> {
  showStatus();
  // Typed into with no file open (the page starts so): a new rule file, checked and graded as any other
  // (studio-author-43: it was never checked, and the samples said the rule set had errors).
  if (!open && editor.text.trim() !== '') await startUntitled();
  if (!open) return;
  const text = editor.text;
  if (SUITE.test(open.file.path)) {
    const suite = parseTestSuite(text, open.file.path);
    issues = 'issues' in suite ? suite.issues : await suiteIssues(suite);
    ruleSet = undefined;
  } else {
    const check = checkRuleSet(text, { filename: open.file.path });
    issues = check.issues;
    ruleSet = check.ruleSet;
  }
  editor.showIssues(issues, lang);
  showProblems();
  await regrade();
  if (activeTab === 'compare' && byId<HTMLSelectElement>('compare-with').value !== '') await runCompare();
  // The suite follows the editor as the comparison does: a click on "run" may come before the check.
  if (activeTab === 'tests') await runSuite();
}

/**
 * Makes the editor's text, typed with no file open, a new file of this page (`未命名.yaml`, listed under the opened
 * files, unsaved): Save hands it to the browser to save as a rule file.
 */
async function startUntitled(): Promise<void> {
  const base = T.untitledName[lang].replace(/\.yaml$/, '');
  const taken = new Set(list.filter((f) => f.group === 'local').map((f) => f.path));
  let name = `${base}.yaml`;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}.yaml`;
  open = { file: files.addLocal(name, new Uint8Array()), saved: '', style: { bom: false, crlf: false } };
  byId('file-name').textContent = `${groupPrefix(open.file)}${name}`;
  await showFiles();
  fillCompareChoices('');
}

function showProblems(): void {
  const panel = byId('problems');
  // Nothing is checked until a file is open: "no problems" would claim a check that never ran.
  if (!open) {
    fill(panel);
    return;
  }
  if (issues.length === 0) {
    fill(panel, h('p', { class: 'ok' }, `✓ ${T.noProblems[lang]}${ruleSet ? ` — ${T.loads[lang]}` : ''}`));
    return;
  }
  const items = issues.map((i) => {
    const b = h(
      'button',
      { type: 'button', class: i.severity === 'error' ? 'no' : 'warn' },
      // Said in words, as the CLI does, not by colour alone (studio-29 M5).
      `${i.line}:${i.column} ${i.severity === 'error' ? '' : T.warningMark[lang]}${i.text[lang]}`,
    );
    b.addEventListener('click', () => editor.goTo(i.line, i.column));
    return h('li', { 'data-line': String(i.line), 'data-code': i.code }, b);
  });
  fill(panel, h('ul', { id: 'problem-list' }, ...items));
}

/** Whether the editor has edits not saved. */
function dirty(): boolean {
  return open !== undefined && editor.text !== open.saved;
}

function showStatus(): void {
  byId('dirty').textContent = dirty() ? `• ${T.unsaved[lang]}` : '';
  showUnsavedCaseNotice();
  // "Saved" is about the text as it was saved: an edit since ends it (a refusal or a conflict stays).
  const note = byId('save-note');
  if (dirty() && note.dataset.saved === 'true') {
    note.textContent = '';
    delete note.dataset.saved;
  }
  byId('mode').textContent = modeText(files.access, files.writable, lang);
  byId<HTMLButtonElement>('save').disabled = open === undefined;
  byId('save').textContent = open?.file.group === 'folder' && files.writable ? T.save[lang] : T.saveAs[lang];
}

/**
 * Says, beside the suite's summary and under the note of the case added, that a case was computed
 * from the unsaved rule, while the rule still has unsaved edits; a save (or undoing the edits) ends it.
 */
function showUnsavedCaseNotice(): void {
  if (caseFromUnsaved && !dirty()) caseFromUnsaved = false;
  for (const el of document.querySelectorAll<HTMLElement>('.case-unsaved')) {
    el.hidden = !caseFromUnsaved;
    el.textContent = T.caseFromUnsaved[lang];
  }
}

/** The notice {@link showUnsavedCaseNotice} shows or hides. */
function unsavedCaseNotice(id: string, tag: 'p' | 'span' = 'p'): HTMLElement {
  const p = h(tag, { id, class: 'warn case-unsaved' }, T.caseFromUnsaved[lang]);
  p.hidden = !caseFromUnsaved;
  return p;
}

/**
 * What `qgrade test` refuses a suite for beyond its own text: names its rule set does not have (an
 * indicator in a case's input, a grade, a requirement). The rule set is the file `ruleSet:` names
 * beside the suite; none when it cannot be read here (then only the suite's own text is checked).
 */
async function suiteIssues(
  suite: Exclude<ReturnType<typeof parseTestSuite>, { issues: unknown }>,
): Promise<RuleSetIssue[]> {
  // Problems inside single cases are the suite's own: shown even when its rule set cannot be read.
  const own = suite.problems?.issues ?? [];
  const file = suiteRuleSetFile(suite.ruleSet);
  if (!file) {
    const missing = missingRuleFile(suite);
    return missing ? [missing, ...own] : own;
  }
  const check = checkRuleSet((await files.readText(file)) ?? '', { filename: file.path });
  if (!check.ruleSet) return own;
  return (await runCases(suite, check.ruleSet)).error?.issues ?? [];
}

/**
 * The problem, at its `ruleSet:`, of a suite naming a rule file this page does not list (a misspelt path:
 * studio-29 M2), with the listed rule file beside the suite it likely means; none for a rule set's id, which
 * the page does not load.
 */
function missingRuleFile(
  suite: Exclude<ReturnType<typeof parseTestSuite>, { issues: unknown }>,
): RuleSetIssue | undefined {
  const source = suiteSource(suite);
  if (!open || !source || RULE_SET_ID.test(suite.ruleSet)) return undefined;
  if ((source.data as { ruleSet?: unknown }).ruleSet === undefined) return undefined;
  const folder = open.file.path.includes('/') ? open.file.path.replace(/\/[^/]*$/, '') : '';
  const beside = list
    .filter((f) => f.group === open?.file.group && !SUITE.test(f.path) && /\.ya?ml$/i.test(f.path))
    .filter((f) => (f.path.includes('/') ? f.path.replace(/\/[^/]*$/, '') : '') === folder)
    .map((f) => `./${f.path.slice(folder === '' ? 0 : folder.length + 1)}`);
  const close = closestTies(suite.ruleSet.startsWith('./') ? suite.ruleSet : `./${suite.ruleSet}`, beside);
  const meant = namesMeant(close);
  return source.issue(
    'file-not-found',
    localized(
      `本套件的 ruleSet“${suite.ruleSet}”所指的文件不在本页的文件列表中${close.length > 0 ? `；是否要写${meant.zh}？` : ''}`,
      `this suite's ruleSet "${suite.ruleSet}" names no file this page lists${close.length > 0 ? `; did you mean ${meant.en}?` : ''}`,
    ),
    ['ruleSet'],
  );
}

/** A path of the folder's listing (`/`-separated, no `.` or `..`) from a folder and a relative path. */
function joinListed(folder: string, path: string): string {
  const out: string[] = [];
  for (const part of `${folder}/${path}`.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '' && part !== '.') out.push(part);
  }
  return out.join('/');
}

async function regrade(): Promise<void> {
  const mine = ++generation;
  const panel = byId('results');
  if (!sample || (typeof sample.data === 'string' && sample.data.trim() === '')) {
    graded = [];
    fill(panel);
    return;
  }
  if (!ruleSet) {
    message(panel, noRuleSet(), 'no');
    return;
  }
  try {
    const box = readMappingBox(sampleMap.value, ruleSet.indicators);
    if ('problems' in box) {
      graded = [];
      sampleError = box.problems;
      sampleNotices = [];
      showResults();
      return;
    }
    const notices: LocalizedText[] = sample.notice ? [sample.notice] : [];
    const options = pageSampleOptions(box.map, notices);
    // Named as the page's controls: a refused formula cell names the checkbox, not a CLI flag.
    const result = await gradeSampleNamed(createGrader(ruleSet), sample.data, options, 'studio', true);
    const column = await fillGroupChoice(ruleSet, sample.data, pageSampleOptions(box.map, []));
    const lots = column === '' ? undefined : await gradeLots(ruleSet, sample.data, box.map, column);
    if (mine !== generation) return;
    graded = result;
    groups = lots?.groups;
    sampleError = [];
    // What `grade --group-by` says, as it says it; a notice the records' reading gave already is not said twice.
    const said = new Set(notices.map((t) => t.en));
    sampleNotices = [...notices, ...(lots?.notices ?? []).filter((t) => !said.has(t.en))];
  } catch (error) {
    if (mine !== generation) return;
    graded = [];
    groups = undefined;
    sampleError = [errorText(error)];
    sampleNotices = [];
  }
  showResults();
}

/**
 * The sample graded by group on `column`, as `grade --group-by` grades it, with the notices it gives, in its
 * order (fix-lots8 §3): what the groups' reading of the sample said (a 平均值 row under a lot taken as the lot's
 * summary row, not a sample), the rule set without group requirements, the records with no key, keys written two
 * ways, zero-width characters in keys, names written once per block.
 */
async function gradeLots(
  rules: RuleSet,
  data: string | Uint8Array,
  map: SampleOptions['map'],
  column: string,
): Promise<{ groups: SampleGroup[]; notices: LocalizedText[] }> {
  const read: LocalizedText[] = [];
  const blanks = new BlankBelowValues();
  const invisible = new InvisibleInKeys();
  const lots = await gradeSampleGroups(
    rules,
    data,
    pageSampleOptions(map, read),
    column,
    'studio',
    (items, header) => watchColumn(items, column, { header }, blanks, invisible),
  );
  const keyless = lots.groups.find((g) => g.result.group === NO_KEY)?.result.records.count ?? 0;
  const lowestOnly = groupByNoStatisticsNotice(modelOf(rules), column);
  return {
    groups: lots.groups,
    notices: [
      ...read,
      ...(lowestOnly ? [lowestOnly] : []),
      ...groupByNotices(column, keyless, lots.notice, invisible, blanks),
    ],
  };
}

/**
 * Shows the group-by choice for a rule set with a `group` section, filled with the sample's columns (the
 * author's choice kept while the sample has that column, else a lot-like column preselected); hides it for
 * any other. Returns the column to group by, `''` for none.
 */
async function fillGroupChoice(
  rules: RuleSet,
  data: string | Uint8Array,
  options: SampleOptions,
): Promise<string> {
  const label = byId('group-by-label');
  if (modelOf(rules).group === undefined) {
    label.hidden = true;
    fill(groupBy);
    return '';
  }
  // Read once per sample, mapping, formula choice and indicators (they find a workbook's header row): an edit
  // of a limit regrades, the columns stay.
  const key = {
    data,
    map: sampleMap.value,
    formulas: formulas(),
    indicators: JSON.stringify(rules.indicators),
  };
  const cached = groupColumnsRead;
  const same =
    cached !== undefined &&
    cached.key.data === key.data &&
    cached.key.map === key.map &&
    cached.key.formulas === key.formulas &&
    cached.key.indicators === key.indicators;
  const columns = same ? cached.columns : await sampleColumns(data, rules, options, 'studio');
  groupColumnsRead = { key, columns };
  label.hidden = false;
  fill(
    groupBy,
    h('option', { value: '' }, T.groupByNone[lang]),
    ...columns.map((c) => h('option', { value: c }, c)),
  );
  const chosen =
    groupChoice !== undefined && (groupChoice === '' || columns.includes(groupChoice))
      ? groupChoice
      : (lotColumn(columns) ?? '');
  groupBy.value = chosen;
  return chosen;
}

/** The sample's columns as last read for the group-by choice, and what they were read from. */
let groupColumnsRead:
  | {
      key: {
        data: string | Uint8Array;
        map: string;
        formulas: SampleOptions['formulas'];
        indicators: string;
      };
      columns: string[];
    }
  | undefined;

/** The group column chosen on the samples' tab, when the choice is shown: the comparison groups by it too. */
function groupColumn(): string {
  return byId('group-by-label').hidden ? '' : groupBy.value;
}

function showResults(): void {
  const panel = byId('results');
  if (sampleError.length > 0) {
    fill(
      panel,
      h('div', { id: 'sample-error' }, ...sampleError.map((e) => h('p', { class: 'no' }, e[lang]))),
    );
    return;
  }
  if (!ruleSet || graded.length === 0) {
    fill(panel);
    return;
  }
  const notices =
    sampleNotices.length > 0
      ? h('div', { id: 'sample-notices' }, ...sampleNotices.map((n) => h('p', { class: 'warn' }, n[lang])))
      : null;
  if (groups) {
    // Graded as `qgrade grade --group-by` grades: a row per group, its records under it.
    fill(
      panel,
      notices,
      h(
        'p',
        { class: 'meta', id: 'record-count' },
        `${groups.length} ${T.groups[lang]}${lang === 'zh' ? '，' : ', '}${graded.length} ${T.records[lang]}`,
      ),
      provenanceNotice(ruleSet, lang),
      groupResultsView(ruleSet, groups, lang),
      reportButton(),
    );
    return;
  }
  fill(
    panel,
    notices,
    // A rule set with group requirements graded record by record: they are not judged, and the page says so.
    groupBy.options.length > 0 && !byId('group-by-label').hidden
      ? h('p', { class: 'warn', id: 'groups-not-judged' }, T.groupsOnlyRecords[lang])
      : null,
    h('p', { class: 'meta', id: 'record-count' }, `${graded.length} ${T.records[lang]}`),
    provenanceNotice(ruleSet, lang),
    distribution(
      ruleSet,
      graded.map((g) => g.result),
      lang,
    ),
    reportButton(),
    pagedResults(ruleSet, graded, lang, (item) => void addCase(item)),
  );
}

/** The samples' name in notes, reports and download names: the file's, or 粘贴的文本 / "pasted" in the page's language. */
/** How the page reads its sample, for grading and for comparing alike: the mapping box's lines, its notices gathered. */
function pageSampleOptions(map: SampleOptions['map'], notices: LocalizedText[]): SampleOptions {
  return { name: sampleName(), map, formulas: formulas(), keep: 'auto', onNotice: (t) => notices.push(t) };
}

function sampleName(): string | undefined {
  return sample?.pasted ? T.pastedSample[lang] : sample?.name;
}

/** Downloads the samples' results as qgrade's HTML grade report (charts, pass rates, values near the limits). */
function reportButton(): HTMLElement {
  const b = h('button', { type: 'button', id: 'grade-report' }, T.htmlReport[lang]);
  b.addEventListener('click', () => {
    if (!ruleSet) return;
    const report = createGradeReport(ruleSet, { lang, input: sampleName() });
    // The input's notices the page shows (indicators assumed by default, a sheet row skipped), as `qgrade grade
    // -f html` and the compare download carry them (committee-38 F5).
    for (const t of sampleNotices) report.notice(t);
    for (const { result, record } of graded) report.add(result, undefined, record);
    downloadLink(`${baseName(sampleName())}-report.html`, report.render(), 'text/html');
  });
  return b;
}

/** An error's message in the page's language: a qgrade usage error carries both. */
function errorText(error: unknown): LocalizedText {
  const text = (error as { text?: LocalizedText }).text;
  const en = (error as Error).message;
  return text ?? { zh: en, en };
}

function baseName(path: string | undefined): string {
  return (path ?? 'sample')
    .split('/')
    .pop()!
    .replace(/\.[^.]+$/, '');
}

/** The suite beside the open rule file: `x.yaml` → `x.test.yaml`. */
function suiteFile(): StudioFile | undefined {
  if (!open || SUITE.test(open.file.path)) return undefined;
  return { path: open.file.path.replace(/\.ya?ml$/i, '.test.yaml'), group: open.file.group };
}

async function addCase(item: SampleGrade): Promise<void> {
  const suite = suiteFile();
  if (!suite || !open || !ruleSet || item.record === null) return;
  const current = await files.readText(suite);
  const name = uniqueCaseName(
    caseName(item.result, sample?.pasted ? undefined : sample?.name, lang),
    current,
  );
  const input = caseInput(item.record as Record<string, unknown>, ruleSet.indicators);
  const text = appendCase(current, caseFor(name, input, item.result), open.file.path.split('/').pop() ?? '');
  let note: string;
  const colon = lang === 'zh' ? '：' : ': ';
  if (suite.group === 'folder' && files.writable) {
    await files.save(suite, text);
    note = `${T.caseAdded[lang]}${colon}${suite.path}`;
    if (!list.some((f) => f.path === suite.path && f.group === suite.group)) await showFiles();
  } else {
    files.keep(suite, text);
    note = `${T.caseAdded[lang]}${colon}${suite.path} — ${T.suiteInMemory[lang]}`;
  }
  // `qgrade test` reads the rule file as saved: a case from unsaved edits may fail there until it is.
  if (dirty()) caseFromUnsaved = true;
  fill(byId('case-note'), note, caseFromUnsaved ? unsavedCaseNotice('case-note-unsaved', 'span') : null);
  selectTab('tests');
  await runSuite();
}

/**
 * What the tests tab runs: with a rule file open, the suite beside it against the editor's rule set;
 * with a suite open, the editor's suite text against the rule file its `ruleSet:` names, as saved.
 * A string says why nothing can run.
 */
async function suiteToRun(): Promise<
  { suite: StudioFile; text: string | undefined; rules: RuleSet; beside: boolean } | string | undefined
> {
  if (!open) return undefined;
  if (SUITE.test(open.file.path)) {
    const text = editor.text;
    const parsed = parseTestSuite(text, open.file.path);
    if ('issues' in parsed) return issueLines(parsed.issues);
    const colon = lang === 'zh' ? '：' : ': ';
    const file = suiteRuleSetFile(parsed.ruleSet);
    if (!file) {
      const missing = missingRuleFile(parsed);
      return missing
        ? issueLines([missing])
        : `ruleSet: ${parsed.ruleSet}${colon}${T.suiteRulesNotFound[lang]}`;
    }
    const check = checkRuleSet((await files.readText(file)) ?? '', { filename: file.path });
    if (!check.ruleSet) return `${file.path}${colon}${T.suiteRulesBroken[lang]}`;
    return { suite: open.file, text, rules: check.ruleSet, beside: false };
  }
  const suite = suiteFile();
  if (!suite) return undefined;
  if (!ruleSet) return noRuleSet();
  return { suite, text: await files.readText(suite), rules: ruleSet, beside: true };
}

/** A suite's problems, a line each, at their line:column. */
function issueLines(found: readonly RuleSetIssue[]): string {
  return found.map((i) => `${i.line}:${i.column} ${i.text[lang]}`).join('\n');
}

/** The listed rule file a suite's `ruleSet:` names beside it (none for a bundled rule set's id). */
function suiteRuleSetFile(name: string): StudioFile | undefined {
  if (!open || RULE_SET_ID.test(name)) return undefined;
  const folder = open.file.path.includes('/') ? open.file.path.replace(/\/[^/]*$/, '') : '';
  const path = suiteRuleSetTarget(name, folder, joinListed);
  return list.find((f) => f.path === path && f.group === open?.file.group);
}

async function runSuite(): Promise<void> {
  const panel = byId('suite');
  const target = await suiteToRun();
  if (target === undefined) {
    fill(panel);
    return;
  }
  if (typeof target === 'string') {
    message(panel, target, 'no');
    return;
  }
  const { suite, text, rules, beside } = target;
  if (text === undefined) {
    message(panel, T.noSuite[lang]);
    return;
  }
  const parsed = parseTestSuite(text, suite.path);
  if ('issues' in parsed) {
    message(panel, issueLines(parsed.issues), 'no');
    return;
  }
  // The cases run against the editor's text, saved or not.
  const result = await runCases(parsed, rules);
  const issues = result.error
    ? h(
        'ul',
        { id: 'suite-issues' },
        ...result.error.issues.map((i) => h('li', { class: 'no' }, formatIssue(i, lang))),
      )
    : undefined;
  if (result.error && !result.notRun?.length) {
    // As `qgrade test` (exit 2): a suite that does not load runs no case; not "0 passed".
    fill(
      panel,
      h('p', { id: 'suite-summary', class: 'no' }, `${suite.path}: ${T.suiteNotLoaded[lang]}`),
      issues!,
    );
    return;
  }
  // As `qgrade test`: the cases that name what the rule set lacks did not run, the others did.
  const coverage = result.error ? undefined : thresholdCoverage(rules, result.cases);
  const view = suiteView(suite.path, result.cases, coverage, lang);
  if (issues) {
    const summary = view.querySelector('#suite-summary')!;
    summary.append(notRunText(result.notRun, lang));
    summary.className = 'no';
    summary.after(issues);
  }
  fill(panel, view);
  if (beside) panel.querySelector('#suite-summary')?.after(unsavedCaseNotice('suite-unsaved'));
  if (beside && !(suite.group === 'folder' && files.writable)) {
    const download = h('button', { type: 'button', id: 'download-suite' }, T.downloadSuite[lang]);
    download.addEventListener('click', () => void files.save(suite, text));
    panel.append(download);
  }
}

/** Lists the choices of A and selects `choice` (a {@link choiceKey}, `saved` or `''`), the one on show unless told. */
function fillCompareChoices(choice = shownChoice()): void {
  const select = byId<HTMLSelectElement>('compare-with');
  fill(select, h('option', { value: '', 'data-key': '' }, '—'));
  if (open) select.append(h('option', { value: 'saved', 'data-key': 'saved' }, T.savedVersion[lang]));
  for (const [i, f] of list.entries()) {
    if (DATA.test(f.path) || SUITE.test(f.path)) continue;
    if (open && f.path === open.file.path && f.group === open.file.group) continue;
    select.append(h('option', { value: String(i), 'data-key': choiceKey(f) }, `${groupPrefix(f)}${f.path}`));
  }
  select.value = [...select.options].find((o) => o.dataset.key === choice)?.value ?? '';
}

/**
 * Counts the comparisons started: one that a later one overtook while it read A or graded draws nothing, so the
 * choice of A on show is the one compared (a late comparison with the draft the page chose for A once replaced the
 * author's own pick of the saved version: two records moved instead of one in a loaded CI run of studio-compare-why).
 */
let compareRuns = 0;

async function runCompare(): Promise<void> {
  const run = ++compareRuns;
  const overtaken = () => run !== compareRuns;
  const panel = byId('comparison');
  const choice = byId<HTMLSelectElement>('compare-with').value;
  if (!open) {
    fill(panel);
    return;
  }
  if (choice === '') {
    message(panel, T.comparePick[lang]);
    return;
  }
  if (!ruleSet) {
    message(panel, noRuleSet(), 'no');
    return;
  }
  if (!sample) {
    message(panel, T.compareNeedsSample[lang]);
    return;
  }
  const other = choice === 'saved' ? open.file : list[Number(choice)];
  if (!other) {
    fill(panel);
    return;
  }
  // "As saved" is the file on disk now, read again: a colleague may have saved the shared draft since.
  const disk = choice === 'saved' ? await savedNow(open) : undefined;
  const text = choice === 'saved' ? (disk ?? open.saved) : ((await files.readText(other)) ?? '');
  if (overtaken() || !open || !ruleSet || !sample) return;
  const check = checkRuleSet(text, { filename: other.path });
  if (!check.ruleSet) {
    return message(
      panel,
      `A: ${check.issues.map((i) => `${i.line}:${i.column} ${i.text[lang]}`).join(lang === 'zh' ? '；' : '; ')}`,
      'no',
    );
  }
  const a = check.ruleSet;
  const box = readMappingBox(sampleMap.value, ruleSet.indicators);
  if ('problems' in box) return message(panel, box.problems.map((p) => p[lang]).join('\n'), 'no');
  // The sample id columns kept, as on the samples' tab and in `qgrade compare`.
  // The input's notices (a defaulted indicator no column gives) go in the report too, as `qgrade compare` puts them.
  const notices: LocalizedText[] = [];
  const options = pageSampleOptions(box.map, notices);
  // Read once for both sides, as qgrade compare reads its input: the same rows, paired by position.
  const pairs = await gradeSamplePair(createGrader(a), createGrader(ruleSet), sample.data, options, 'studio');
  if (overtaken() || !open || !ruleSet) return;
  const comparison = createComparison(a, ruleSet);
  const tally = createCompareTally(a, ruleSet);
  // Why each record moved, as `qgrade compare` says it on the page and in the report (committee-36 M1, M2, M4).
  const reasons = createMoveReasons(a, ruleSet, lang);
  const causes = new Map<number, ChangeCause[]>();
  const keys = new Map<number, string>();
  // Each changed record with its causes, by row: a changed group names those that hold it, as `compare --group-by`.
  const moves = new Map<number, GroupRecordMove>();
  for (const [x, y] of pairs) {
    const change = comparison.add(x.result, y.result, x.result.row);
    const tallied = tally.add(x.result, y.result);
    if (!change || !tallied) continue;
    const limitKeys = reasons.limitKeys(change, tallied, x.record ?? undefined);
    if (limitKeys !== undefined) keys.set(change.row, limitKeys);
    reasons.add(change, tallied, { a: x.result, b: y.result }, x.record ?? undefined);
    moves.set(
      change.row,
      groupRecordMove({ ...change, causes: tallied.causes }, reasons.movedBy(change.row)),
    );
    // The requirements that moved the record (as the CLI lists them), else every one whose outcome changed.
    const ids = tallied.causes.length > 0 ? tallied.causes : change.criteria;
    const at = (r: GradeResult, id: string) => r.criteria.find((c) => c.id === id);
    causes.set(
      change.row,
      ids.map((id) => [id, at(x.result, id), at(y.result, id)] as const),
    );
  }
  const b = ruleSet;
  const report = h('button', { type: 'button', id: 'compare-report' }, T.htmlReport[lang]);
  report.addEventListener('click', () => {
    // The report `qgrade compare -f html` writes for these rule sets and records.
    const html = createCompareReport(a, b, { lang, input: sampleName() });
    for (const [i, [x, y]] of pairs.entries()) {
      // gradeSample numbers every row; the position is the same number.
      const row = x.result.row ?? i + 1;
      html.add(x.result, y.result, row, '', keys.get(row), [], x.record ?? undefined, reasons.why(row));
    }
    for (const t of notices) html.notice(t);
    html.movedByChange(reasons.byChange());
    html.ruleSetChanges(reasons.ruleSetChanges());
    downloadLink(`${baseName(sampleName())}-compare.html`, html.render(), 'text/html');
  });
  const names = tableNames(a, b, lang);
  const keyLine = (row: number) => {
    const text = keys.get(row);
    return text === undefined ? [] : [limitKeysLine(text, lang)];
  };
  const summary = compareSummaryLines(tally.counts(), lang);
  // B's limits moved under A's provenance: said here as `qgrade compare` and the report say it (committee-39 M1).
  const stale = unchangedProvenanceNotice(reasons.diff);
  const lots = await groupComparison(a, b, sample.data, options, moves, reasons);
  if (overtaken() || !open) return;
  fill(
    panel,
    stale ? h('p', { id: 'compare-provenance-note', class: 'warn' }, stale[lang]) : null,
    // A lot-grading standard's answer is its lots: they lead, as in `qgrade compare --group-by` (committee-37 M1).
    lots,
    disk !== undefined && disk !== open.saved
      ? h('p', { id: 'compare-disk-note', class: 'warn' }, T.diskChanged[lang])
      : null,
    comparisonView(
      a,
      ruleSet,
      comparison.result(),
      summary,
      lang,
      (c) => causes.get(c.row) ?? [],
      matrixInvalidNote(tally.counts(), lang),
      {
        lines: (row) => [...keyLine(row), ...reasons.why(row)],
        movedMost: movedMost(
          tally.causeCounts(),
          names.name,
          tally.aloneCounts(),
          MOVED_MOST_LIMIT,
          names.note,
        ),
        byChange: reasons.byChange(),
      },
    ),
    report,
  );
}

/**
 * The sample's groups compared under A and B when a group column is chosen, as `qgrade compare --group-by`
 * reports them; none without one. A sample not sorted by the column is the CLI's error, shown in its place.
 */
async function groupComparison(
  a: RuleSet,
  b: RuleSet,
  data: string | Uint8Array,
  options: SampleOptions,
  moves: ReadonlyMap<number, GroupRecordMove>,
  reasons: ReturnType<typeof createMoveReasons>,
): Promise<HTMLElement | null> {
  const column = groupColumn();
  if (column === '') return null;
  try {
    const compared = await compareSampleGroups(a, b, data, options, column, 'studio', moves);
    const names = comparisonNames(a, b);
    const nameOf = (id: string) => names.get(id)?.[lang] ?? id;
    const why = (c: (typeof compared.groups.changes)[number]) => {
      const sides = compared.sides.get(c);
      if (!sides) return [];
      const grades = { a: a.grades, b: b.grades };
      return groupMoveLines(c, sides.a, sides.b, grades, lang, nameOf, (row) => reasons.why(row));
    };
    const byChange = movedByChange(
      compared.groups.changes.map((c) => groupDiffKeys(c, reasons.diff)),
      reasons.diff,
      { a: a.comparison, b: b.comparison },
      lang,
    );
    return groupComparisonView(a, b, compared, lang, names, why, byChange);
  } catch (error) {
    return h('p', { class: 'no', id: 'group-compare-error' }, errorText(error)[lang]);
  }
}

/**
 * The open folder file's text on disk now (as the editor would show it), without taking its version:
 * a save still refuses to overwrite a change made elsewhere. Other files: none (their saved text is the page's).
 */
async function savedNow(file: Open): Promise<string | undefined> {
  if (file.file.group !== 'folder') return undefined;
  return (await files.readStyledText(file.file, false))?.text;
}

function selectTab(name: string): void {
  activeTab = name;
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-tab]')) {
    b.setAttribute('aria-selected', String(b.dataset.tab === name));
  }
  for (const p of document.querySelectorAll<HTMLElement>('[data-panel]')) p.hidden = p.dataset.panel !== name;
}

async function openLocal(input: HTMLInputElement): Promise<void> {
  const file = input.files?.[0];
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  input.value = '';
  const added = files.addLocal(file.name, bytes);
  await showFiles();
  await openFile(added);
}

/** The save in flight: a second click or Ctrl+S waits for it (studio-29 M1: sent at once, it met its own first save as a conflict). */
let saving: Promise<void> = Promise.resolve();

/** Saves the editor's text; a file changed on disk meanwhile is overwritten only when the author says so. */
function saveOpen(overwrite = false): Promise<void> {
  const next = saving.then(() => saveNow(overwrite));
  saving = next.catch(() => undefined);
  return next;
}

async function saveNow(overwrite: boolean): Promise<void> {
  if (!open) return;
  const now = open;
  const text = editor.text;
  const note = byId('save-note');
  delete note.dataset.saved;
  // "Overwrite anyway" follows a save the author already confirmed.
  if (!overwrite && !confirmEmptySave(text, now.saved, now.file.path, lang)) {
    note.textContent = T.saveCancelled[lang];
    return;
  }
  const focused = document.activeElement;
  try {
    const how = await files.save(now.file, styled(text, now.style), overwrite);
    if (how !== 'cancelled') now.saved = text;
    note.textContent = outcomeText(how, lang);
    if (how !== 'cancelled') note.dataset.saved = 'true';
    // Back to the editor, as after Ctrl+S: its keys (redo, typing) work without a click.
    editor.focusAfterWait(focused);
  } catch (error) {
    if (error instanceof SaveRefused) note.textContent = refusedText(error);
    else if (!(error instanceof Conflict)) note.textContent = (error as Error).message;
    else
      showConflict(note, lang, {
        overwrite: () => void saveOpen(true),
        reload: () => void openFile(now.file, true),
      });
  }
  showStatus();
}

/** Why there is no rule set to grade with: a test suite is open, or the rule file has errors. */
function noRuleSet(): string {
  if (!open) return T.noRuleFile[lang];
  return SUITE.test(open.file.path) ? T.suiteOpen[lang] : T.fixFirst[lang];
}

/** Why a save was not made, in the page's language; the server's own (English) reason only where no text says it. */
function refusedText(error: SaveRefused): string {
  if (error.status === 0) return T.serverGone[lang];
  if (error.status === 403 && /token/.test(error.reason)) return T.tokenChanged[lang];
  const why = `${error.status}${error.reason ? `${lang === 'zh' ? '：' : ': '}${error.reason}` : ''}`;
  return lang === 'zh' ? `${T.saveRefused.zh}（${why}）` : `${T.saveRefused.en} (${why})`;
}

byId('save').addEventListener('click', () => void saveOpen());
saveOnCtrlS(() => {
  if (open) void saveOpen();
});
byId('lang').addEventListener('change', (e) => {
  lang = (e.target as HTMLSelectElement).value as Language;
  relabel();
  showStatus();
  fillCompareChoices();
  editor.showIssues(issues, lang);
  showProblems();
  // Pasted samples' notes name them in the page's language: read again.
  if (sample?.pasted) void regrade();
  else showResults();
  if (activeTab === 'compare') void runCompare();
  if (activeTab === 'tests') void runSuite();
});
// Typed after a click on a sample file still being read: the typing wins.
sampleText.addEventListener('input', () => opening.samples++);
sampleText.addEventListener(
  'input',
  debounce(() => {
    sample = { name: 'pasted', pasted: true, data: sampleText.value };
    byId('sample-name').textContent = '';
    void regrade();
  }, 250),
);
groupBy.addEventListener('change', () => {
  groupChoice = groupBy.value;
  void regrade();
});
sampleMap.addEventListener(
  'input',
  debounce(() => void regrade(), 250),
);
// The comparison reads the box when its tab is opened (the box is on the samples' tab).
sampleFormulas.addEventListener('change', () => void regrade());
byId<HTMLInputElement>('sample-file').addEventListener(
  'change',
  (e) => void openLocal(e.target as HTMLInputElement),
);
byId<HTMLInputElement>('open-file').addEventListener(
  'change',
  (e) => void openLocal(e.target as HTMLInputElement),
);
byId('compare-run').addEventListener('click', () => void runCompare());
byId('compare-with').addEventListener('change', () => {
  // Only the author's own choice fires this: it stays with the open file (committee-39 W1).
  if (open) handPicks.set(choiceKey(open.file), shownChoice());
  void runCompare();
});
byId('run-suite').addEventListener('click', () => void runSuite());
const tabs = [...document.querySelectorAll<HTMLButtonElement>('[data-tab]')];
for (const [n, b] of tabs.entries()) {
  b.addEventListener('click', () => {
    selectTab(b.dataset.tab ?? 'samples');
    if (b.dataset.tab === 'compare') void runCompare();
    if (b.dataset.tab === 'tests') void runSuite();
  });
  // The arrow keys move between tabs, as in any tab list (studio-29 F2).
  b.addEventListener('keydown', (e) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    e.preventDefault();
    const next = tabs[(n + step + tabs.length) % tabs.length]!;
    next.focus();
    next.click();
  });
}

guardUnload(dirty);
relabel();
selectTab('samples');
showFiles()
  .then(() => {
    fillCompareChoices();
    document.body.dataset.ready = 'true';
  })
  .catch((error: unknown) => {
    byId('mode').textContent = (error as Error).message;
  });
