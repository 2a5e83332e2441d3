import { yesNoOf } from './value-word-pairs';
import { ASCII_CHARACTER, ASCII_CODE_FIRST, ASCII_FIRST, bigramOf, type ValueWords } from './value-words';

/**
 * A precheck in front of the remark readings for the cells of a kept id column (`AC-0000001`, `KFR35GW-3`): a
 * column of unique texts is not remembered by `silentCells`, so without it every row's id went through
 * `remarkWord` → `wordOf` → `wrapped` → `pairOf`'s regular expressions (~9 % of `--detail grade` on 100k AC rows).
 *
 * It answers `true` only for a cell of one shape — ASCII letters and digits, beginning with a letter, in parts
 * joined by single hyphens (no space, dot, bracket, colon or other mark) — and only when the rule set's words show
 * that no reading can take such a cell. For that shape, the readings' own first guards decide, and they are asked
 * here on the words (`ValueWords`), so a rule set's new words stay covered:
 * - `lookUp` (the cell as a word): some character of the cell is none of the words' (`mayBeWord`);
 * - `product`: the cell begins with no word's first two characters (`firsts`, `heads`);
 * - `wrapped` → `paired` (split at the first hyphen, `pairOf`): the part before it names no indicator (`names`)
 *   and is no no-word (`yesNoOf`); there is no veto to name (`isVetoHeader` is not asked);
 * - `eventNoted`: the rule set has no event and no veto to note;
 * - `remarkWord`'s clauses: a cell with a hyphen holds no word's or name's first two characters (`holdsBigram`);
 * - `codeWords`: no letter of the cell begins a code (`codeFirsts`);
 * - `answeredAfter`, `afterSubject`, `namedCode`, `bracketedWhole` need a Chinese character or a bracket,
 *   `codeWithClass` a dot, `dated` a digit first: none is in such a cell.
 *
 * KEEP IN STEP: a new reading in `wordOf` (value-words.ts) or `remarkWord` (remark-clauses.ts) that can take a cell
 * of this shape needs its guard here; test/input/value-word-ids.test.ts compares this with the readings on
 * generated cells for every bundled rule set and fails if a reading finds a word where this says none.
 *
 * @example
 * idSaysNothing('AC-0000001', acWords); // true: remarkWord would find no word in it
 * idSaysNothing('split', acWords); // false: the readings decide (it is a word)
 */
export function idSaysNothing(cell: string, words: ValueWords): boolean {
  const n = cell.length;
  if (n === 0 || words.events.size > 0 || words.veto !== undefined) return false;
  let hyphen = -1;
  let foreign = false;
  let previous = -1;
  let bigram = false;
  for (let i = 0; i < n; i++) {
    let c = cell.charCodeAt(i);
    if (c === 0x2d) {
      // A hyphen: not first, not last, not two in a row.
      if (i === 0 || i === n - 1 || previous === 0x2d) return false;
      if (hyphen < 0) hyphen = i;
    } else if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)))
      return false;
    else if (i === 0 && c <= 0x39) return false;
    // The words' characters and codes' first letters by bit (ValueWords.ascii): an ASCII letter, digit or hyphen here.
    const bits = words.ascii[c]!;
    if ((bits & ASCII_CHARACTER) === 0) foreign = true;
    if ((bits & ASCII_CODE_FIRST) !== 0) return false;
    // As holdsBigram folds: Latin lower case.
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (previous >= 0 && words.bigramStarts[previous] === 1 && words.bigrams.has(bigramOf(previous, c)))
      bigram = true;
    previous = c;
  }
  if (!foreign) return false;
  const first = cell.charCodeAt(0);
  if ((words.ascii[first]! & ASCII_FIRST) !== 0 && words.heads.has(cell.slice(0, 2).toLowerCase()))
    return false;
  if (hyphen < 0) return true;
  if (bigram) return false;
  const left = cell.slice(0, hyphen).toLowerCase();
  return !words.names.has(left) && yesNoOf(left) !== false;
}
