import { emptyFlowSlip } from './empty-flow-slip';
import { goesOnSlip } from './flow-slips';
import { fullWidthSlips } from './full-width-slips';
import { deepItemSlip, itemIndentSlip, shortIndentSlip } from './indentation';
import type { ParseError } from './parse-error';
import { tabRunAt, tabRunMendings } from './tab-indent';
import { applyEdits, type EditedText, type Slip } from './text-edits';

/** What {@link findSlips} found: the slips to tell, and what the parser still says once they are mended. */
export interface SlipReading {
  slips: Slip[];
  /** The parser's errors in the text with the slips mended, placed in the text as written. */
  errors: ParseError[];
  /** The lines of the mended text (the same lines as written: no slip adds or removes one). */
  lines: string[];
  /** The text with the slips mended, and the way back to offsets as written. */
  mended: EditedText;
}

// Each suspect costs one more parse of a file that does not parse: a few, near where the parser stopped.
const MAX_SUSPECTS = 8;
// Full-width characters looked at on those lines, to pick the suspects from.
const MAX_FOUND = 64;
// And the parses tried, all told, read at most this many characters: a large broken file is parsed
// a few more times at most (a 1 MiB one twice), a rule file of a few pages as often as it needs.
const TRIAL_CHARS = 2 * 1024 * 1024;
// Errors whose lines are searched for suspects, and whose indentation is looked at: those that are shown.
const MAX_ERRORS = 20;

/**
 * Slips of a Chinese input method (a full-width colon, comma, space or
 * bracket) and keys indented short of their siblings, near where the parser
 * stopped, told instead of the errors they cause. A suspect counts as a slip
 * only if the parser reads further with it mended (its first error later, or
 * as early with fewer errors): a full-width colon in a value
 * (`zh: 表 2：化学指标`) is text, and is left alone. The parser's other
 * errors (those still there with the slips mended) are returned to be told
 * as they are.
 *
 * @param parse - the parser's errors for a text
 */
export function findSlips(
  text: string,
  errors: readonly ParseError[],
  parse: (text: string) => readonly ParseError[],
): SlipReading {
  const starts = lineStarts(text);
  const lineOf = (offset: number) => lineIndex(starts, offset) + 1;
  const lines = text.split('\n');
  let slips: Slip[] = [];
  let edited: EditedText = applyEdits(text, []);
  let left: readonly ParseError[] = errors;
  let progress = progressOf(errors, edited);
  let trials = Math.floor(TRIAL_CHARS / Math.max(1, text.length));
  const attempt = (list: readonly Slip[]) => {
    trials--;
    const trial = applyEdits(
      text,
      list.flatMap((s) => (s.more ? [s.edit, ...s.more] : [s.edit])),
    );
    const after = parse(trial.text);
    return { list, trial, after, progress: progressOf(after, trial) };
  };
  const keep = (a: ReturnType<typeof attempt>): void => {
    slips = [...a.list];
    edited = a.trial;
    left = a.after;
    progress = a.progress;
  };
  const tryMending = (slip: Slip): void => {
    const a = attempt([...slips, slip]);
    if (further(a.progress, progress)) keep(a);
  };
  // Offsets of the suspects tried: each costs a parse, so each is tried once, and only so many.
  const tried = new Set<number>();
  // A round tries its suspects together, then each one left out: one parse more than it has suspects
  // (one, with one suspect).
  while (left.length > 0 && tried.size < MAX_SUSPECTS && trials > 0) {
    const near = nearLines(left, lines, (offset) => lineOf(edited.original(offset)));
    // A slip comes before the error it causes: the closest ones before the parser's first error
    // first (a key's colon before a label's), then those after it.
    const stop = progress.first;
    const rank = (offset: number) => (offset <= stop ? stop - offset : text.length + offset - stop);
    const suspects = fullWidthSlips(
      text,
      (offset) => !tried.has(offset) && near.has(lineOf(offset)),
      MAX_FOUND,
    )
      .sort((a, b) => rank(a.offset) - rank(b.offset))
      .slice(0, Math.min(MAX_SUSPECTS - tried.size, Math.max(1, trials - 1)));
    if (suspects.length === 0) break;
    for (const s of suspects) tried.add(s.offset);
    // All at once first, so a pair (`｛ … ｝`) is mended together; then each one whose mending
    // does not help is put back as written (text, not a slip).
    const all = attempt([...slips, ...suspects]);
    if (further(all.progress, progress)) {
      keep(all);
      // With one suspect, leaving it out is where the round began.
      for (const suspect of suspects.length > 1 ? suspects : []) {
        const without = attempt(slips.filter((s) => s !== suspect));
        if (!further(progress, without.progress)) keep(without);
      }
    } else for (const suspect of suspects) if (trials > 0) tryMending(suspect);
  }
  // Lines indented with a tab (a full-width space with it or not): each run of them mended at once, at the width
  // that reads furthest, and told once; mended one line at a time at a neighbour's width (itself a tab line),
  // the lines after it were misread, a cascade of errors (newcomer-24 F2, hostile-25).
  const tabRuns = new Set<number>();
  for (let round = 0; round < 3 && trials > 0; round++) {
    const near = [...nearLines(left, lines, (offset) => lineOf(edited.original(offset)))].sort(
      (a, b) => a - b,
    );
    const run = near
      .map((line) => tabRunAt(lines, line))
      .find(
        (r) =>
          r !== undefined &&
          !tabRuns.has(r.first) &&
          !slips.some((s) => lineOf(s.offset) >= r.first && lineOf(s.offset) <= r.last),
      );
    if (!run) break;
    tabRuns.add(run.first);
    let best: ReturnType<typeof attempt> | undefined;
    for (const slip of tabRunMendings(lines, starts, run)) {
      if (trials <= 0) break;
      const a = attempt([...slips, slip]);
      if (!best || further(a.progress, best.progress)) best = a;
    }
    if (best && further(best.progress, progress)) keep(best);
  }
  // A `[` or `{` closed on a next line indented too little: mended there, so the parser's errors on that line and
  // the lines it put under other keys are not told after it (fix-hostile4-34).
  const goesOn = new Set<number>();
  for (let round = 0; round < 3 && trials > 0; round++) {
    const slip = left
      .slice(0, MAX_ERRORS)
      .map((e) => goesOnSlip(text, { ...e, pos: [edited.original(e.pos[0]), edited.original(e.pos[1])] }))
      .find((s) => s !== undefined && !goesOn.has(s.offset));
    if (!slip) break;
    goesOn.add(slip.offset);
    tryMending(slip);
  }
  // `criteria: []` with its items below it: the line of content before an error (the first few).
  const emptyFlow = new Set<number>();
  for (const e of left.slice(0, MAX_ERRORS)) {
    if (emptyFlow.size >= 3 || trials <= 0) break;
    const line = lineOf(edited.original(e.pos[0]));
    let before = line - 1;
    while (before >= 1 && /^\s*(#.*)?\r?$/.test(lines[before - 1]!)) before--;
    if (before < 1 || emptyFlow.has(before)) continue;
    emptyFlow.add(before);
    const slip = emptyFlowSlip(lines, before, starts[before - 1]!);
    if (slip) tryMending(slip);
  }
  // A new item typed at its list's keys' column (`    - id: b` under `  - id: a`): where the parser says only that a
  // block cannot be a key (studio-44 authoring: the editor keeps the keys' indentation after Enter).
  const deepItems = new Set<number>();
  for (let round = 0; round < 3 && trials > 0; round++) {
    const e = left
      .slice(0, MAX_ERRORS)
      .find((x) => x.code === 'BLOCK_AS_IMPLICIT_KEY' && !deepItems.has(lineOf(edited.original(x.pos[0]))));
    if (!e) break;
    const line = lineOf(edited.original(e.pos[0]));
    deepItems.add(line);
    const slip = deepItemSlip(edited.text.split('\n'), line, (n) => starts[n - 1]!);
    if (slip) tryMending(slip);
  }
  // A key short of its siblings: told where the parser says only that the indentation is wrong.
  const indentErrors = (): ParseError[] =>
    left
      .slice(0, MAX_ERRORS)
      .filter(
        (e) =>
          (e.code === 'BAD_INDENT' &&
            (e.message.startsWith('All mapping items must start at the same column') ||
              e.message.startsWith('All sequence items must start at the same column'))) ||
          (e.code === 'MISSING_CHAR' && e.message.startsWith('Sequence item without - indicator')),
      );
  const triedLines = new Set<number>();
  for (let round = 0; round < 3 && trials > 0; round++) {
    const e = indentErrors().find((x) => !triedLines.has(lineOf(edited.original(x.pos[0]))));
    if (!e) break;
    const line = lineOf(edited.original(e.pos[0]));
    triedLines.add(line);
    const editedLines = edited.text.split('\n');
    // Full-width spaces are mended in the same number of characters: columns before the key are as written.
    const slip =
      shortIndentSlip(editedLines, line, (n) => starts[n - 1]!) ??
      itemIndentSlip(editedLines, line, (n) => starts[n - 1]!);
    if (slip) tryMending(slip);
  }
  const back = edited;
  return {
    slips,
    errors: left.map((e) => ({
      code: e.code,
      message: e.message,
      pos: [back.original(e.pos[0]), back.original(e.pos[1])],
    })),
    lines: back.text.split('\n'),
    mended: back,
  };
}

/** How far the parser got: where its first error is (in the text as written), and how many it gave. */
interface Progress {
  first: number;
  count: number;
}

function progressOf(errors: readonly ParseError[], text: EditedText): Progress {
  let first = Number.POSITIVE_INFINITY;
  for (const e of errors) first = Math.min(first, text.original(e.pos[0]));
  return { first, count: errors.length };
}

/**
 * Whether a mended text reads further than another: its first error comes
 * later (one broken bracket further down makes every line after it an error,
 * however many slips above are mended), or as early with fewer errors.
 */
function further(a: Progress, b: Progress): boolean {
  return a.first !== b.first ? a.first > b.first : a.count < b.count;
}

/** The lines the errors are on (the first that are shown), and the line of content before each. */
function nearLines(
  errors: readonly ParseError[],
  lines: readonly string[],
  lineOf: (offset: number) => number,
): Set<number> {
  const near = new Set<number>();
  for (const e of errors.slice(0, MAX_ERRORS)) {
    const line = lineOf(e.pos[0]);
    near.add(line);
    for (let i = line - 1; i >= 1; i--) {
      if (/^\s*(#.*)?\r?$/.test(lines[i - 1]!)) continue;
      near.add(i);
      break;
    }
  }
  return near;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based line an offset is on. */
function lineIndex(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
