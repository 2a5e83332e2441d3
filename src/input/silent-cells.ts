import { type RemarkWord, remarkWord } from './remark-clauses';
import { idSaysNothing } from './value-word-ids';
import type { ValueWord, ValueWords } from './value-words';

/**
 * Distinct texts remembered per column: a column of brands or remarks repeats a few hundred; one that has more
 * distinct texts than this, most of them seen once (ids, serial numbers, free notes), is forgotten and no longer
 * remembered, so it holds no memory.
 */
export const REMEMBERED_CELLS = 4096;

/** Characters remembered over all the columns of one input: a wide table of unread columns stays a few megabytes. */
export const REMEMBERED_CHARS = 1 << 21;

/**
 * Longer than this, a cell is not remembered: a long remark is rarely repeated, and {@link remarkWord} lets a cell
 * of over 200 characters go cheaply anyway.
 */
const LONGEST_REMEMBERED = 64;

/** What the columns of one input may still remember, in characters ({@link REMEMBERED_CHARS} to begin with). */
export interface CellMemory {
  chars: number;
}

/** How the cells of a column are read as remarks: as {@link remarkWord} reads them, with the rule set's words. */
export type RemarkReader = (cell: string, wanted: (word: ValueWord) => boolean) => RemarkWord | undefined;

// Accepts every word: a cell in which remarkWord finds none so finds none for any narrower wish.
const ANY = () => true;

/**
 * {@link remarkWord} for the cells of one column, remembering the texts that say no value word at all: the same
 * text in the same column gives the same answer, and a column not read (a brand, a model, a remark) often repeats
 * a few texts on every row, each read costing ~4 µs. What a text says depends only on the text and the rule set's
 * words, but which of its words a row wants (`wanted`: a value other than the default of an indicator this row
 * leaves out) may differ by row; so only a text that says nothing whatever is wanted is remembered (read once with
 * every word wanted: finding none there, remarkWord finds none for any row, as it only ever filters by `wanted`),
 * and a text that says something is read again on each row, as without the memory. Bounded: at most
 * {@link REMEMBERED_CELLS} distinct texts a column, each of at most 64 characters, within `memory` (shared by the
 * columns of an input); a column that reaches that many with fewer repeats than texts is forgotten and read as
 * without the memory from then on.
 *
 * @example
 * const read = silentCells(words);
 * read('Midea', (w) => !w.isDefault); // undefined, and `Midea` is not read again in this column
 * read('移动式', (w) => !w.isDefault)?.word.value; // 'mobile'
 */
export function silentCells(
  words: ValueWords,
  memory: CellMemory = { chars: REMEMBERED_CHARS },
  remembered: number = REMEMBERED_CELLS,
): RemarkReader {
  // Text → whether it says a value word (`true`) or none (`false`); made at the first cell.
  let seen: Map<string, boolean> | undefined;
  let held = 0;
  let repeats = 0;
  let closed = false;
  return (cell, wanted) => {
    // A text remembered first (a brand on every row): an id is never remembered, so asking it first answers alike.
    const says = seen?.get(cell);
    if (says !== undefined) {
      repeats++;
      return says ? remarkWord(cell, words, wanted) : undefined;
    }
    // An id (`AC-0000001`): a column of them is not remembered, and no reading can take one (see idSaysNothing).
    if (idSaysNothing(cell, words)) return undefined;
    if (closed || cell.length > LONGEST_REMEMBERED || memory.chars < cell.length)
      return remarkWord(cell, words, wanted);
    seen ??= new Map();
    if (seen.size >= remembered) {
      // Full: a column that repeats its texts keeps them; one of texts mostly seen once lets them all go.
      if (repeats < seen.size) {
        memory.chars += held;
        seen = undefined;
      }
      closed = true;
      return remarkWord(cell, words, wanted);
    }
    const any = remarkWord(cell, words, ANY) !== undefined;
    // A copy of the text as the key: a cell cut from a chunk of the file may hold the whole chunk alive.
    seen.set(ownCopy(cell), any);
    held += cell.length;
    memory.chars -= cell.length;
    return any ? remarkWord(cell, words, wanted) : undefined;
  };
}

/** JSON keys whose cells are remembered as a column's are: the records of one input repeat their keys. */
const REMEMBERED_KEYS = 256;

/**
 * {@link silentCells} for each key of JSON records, the first 256 keys seen (within `memory` alike); `undefined` for
 * a key past those, whose cells are read as without the memory.
 *
 * @example
 * const readerOf = silentCellsByKey(words, { chars: REMEMBERED_CHARS });
 * readerOf('brand')?.('Midea', (w) => !w.isDefault); // undefined
 */
export function silentCellsByKey(
  words: ValueWords,
  memory: CellMemory,
): (key: string) => RemarkReader | undefined {
  const byKey = new Map<string, RemarkReader>();
  return (key) => {
    let read = byKey.get(key);
    if (read === undefined && byKey.size < REMEMBERED_KEYS) {
      read = silentCells(words, memory);
      byKey.set(ownCopy(key), read);
    }
    return read;
  };
}

/** A text as a string of its own, not a slice holding the text it was cut from (V8 slices from 13 units on). */
function ownCopy(text: string): string {
  return text.length < 13 ? text : text.split('').join('');
}
