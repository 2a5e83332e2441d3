import type { YAMLError } from 'yaml';
import { fullWidthSlips } from './full-width-slips';
import { shortIndentSlip } from './indentation';
import { applyEdits, type EditedText, type Slip } from './text-edits';

/** A parser error as the loader reads it: what, and where (offsets in the text). */
export type ParseError = Pick<YAMLError, 'code' | 'message' | 'pos'>;

/** What {@link findSlips} found: the slips to tell, and what the parser still says once they are mended. */
export interface SlipReading {
  slips: Slip[];
  /** The parser's errors in the text with the slips mended, placed in the text as written. */
  errors: ParseError[];
  /** The lines of the mended text (the same lines as written: no slip adds or removes one). */
  lines: string[];
}

// Each suspect costs one more parse of a file that does not parse: a few, near where the parser stopped.
const MAX_SUSPECTS = 8;
// Errors whose lines are searched for suspects, and whose indentation is looked at: those that are shown.
const MAX_ERRORS = 20;

/**
 * Slips of a Chinese input method (a full-width colon, comma, space or
 * bracket) and keys indented short of their siblings, near where the parser
 * stopped, told instead of the errors they cause. A suspect counts as a slip
 * only if mending it leaves the parser fewer errors: a full-width colon in a
 * value (`zh: 表 2：化学指标`) is text, and is left alone. The parser's other
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
  // The lines the errors are on, and the line of content before each.
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
  let slips: Slip[] = [];
  let edited: EditedText = applyEdits(text, []);
  let left: readonly ParseError[] = errors;
  const attempt = (list: readonly Slip[]) => {
    const trial = applyEdits(
      text,
      list.map((s) => s.edit),
    );
    return { list, trial, after: parse(trial.text) };
  };
  const keep = (a: ReturnType<typeof attempt>): void => {
    slips = [...a.list];
    edited = a.trial;
    left = a.after;
  };
  const tryMending = (slip: Slip): void => {
    const a = attempt([...slips, slip]);
    if (a.after.length < left.length) keep(a);
  };
  const suspects = fullWidthSlips(text, (offset) => near.has(lineOf(offset)), MAX_SUSPECTS);
  // All at once first, so a pair (`｛ … ｝`) is mended together; then each one whose mending
  // does not help is put back as written (text, not a slip).
  const all = suspects.length > 0 ? attempt(suspects) : undefined;
  if (all && all.after.length < left.length) {
    keep(all);
    for (const suspect of suspects) {
      const without = attempt(slips.filter((s) => s !== suspect));
      if (without.after.length <= left.length) keep(without);
    }
  } else for (const suspect of suspects) tryMending(suspect);
  // A key short of its siblings: told where the parser says only that the indentation is wrong.
  const indentErrors = (): ParseError[] =>
    left
      .slice(0, MAX_ERRORS)
      .filter(
        (e) =>
          (e.code === 'BAD_INDENT' &&
            e.message.startsWith('All mapping items must start at the same column')) ||
          (e.code === 'MISSING_CHAR' && e.message.startsWith('Sequence item without - indicator')),
      );
  const tried = new Set<number>();
  for (let round = 0; round < 3; round++) {
    const e = indentErrors().find((x) => !tried.has(lineOf(edited.original(x.pos[0]))));
    if (!e) break;
    const line = lineOf(edited.original(e.pos[0]));
    tried.add(line);
    const editedLines = edited.text.split('\n');
    // Full-width spaces are mended in the same number of characters: columns before the key are as written.
    const slip = shortIndentSlip(editedLines, line, starts[line - 1]!);
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
  };
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
