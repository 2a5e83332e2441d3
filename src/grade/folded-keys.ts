import { DEFAULT_MAX_GROUPS } from '../batch/bounded-groups';
import { foldGroupKey, KeySpellings } from './group-key-spellings';

/**
 * Keys of a column counted by (`--tally-by`) as `--group-by` pools them:
 * folded ({@link foldGroupKey}: full-width forms, white space), each named
 * as first written, the other spellings kept for {@link KeySpellings.notice}.
 * One policy for both options (hostile-36 F3: `L1` and `Ｌ1` were one lot
 * under `--group-by` and two groups under `--tally-by`).
 *
 * @example
 * const keys = new FoldedKeys();
 * keys.key('L1'); // 'L1'
 * keys.key('Ｌ1'); // 'L1'
 * keys.spellings.notice('--tally-by', 'lot'); // names "Ｌ1"
 */
export class FoldedKeys {
  /** The spellings merged with a key first written otherwise. */
  readonly spellings = new KeySpellings();
  /** Folded key → as first written. */
  readonly #first = new Map<string, string>();
  readonly #max: number;

  /**
   * @param max - folded keys remembered: past them a new key is taken as written (a tally gives only its first
   *   {@link DEFAULT_MAX_GROUPS} values a group of their own; the rest share one), so memory stays bounded on a
   *   column of sample ids
   */
  constructor(max = DEFAULT_MAX_GROUPS) {
    this.#max = max;
  }

  /** The key `written` is counted under: the first spelling of its folded form; `""` stays `""` (no value). */
  key(written: string): string {
    if (written === '') return written;
    // Most values are written as their folded form, first so: no NFKC per row for them (a fold is idempotent).
    if (this.#first.get(written) === written) return written;
    const folded = foldGroupKey(written);
    if (folded === '') return '';
    const first = this.#first.get(folded);
    if (first === undefined) {
      if (this.#first.size < this.#max) this.#first.set(folded, written);
      return written;
    }
    if (first !== written) this.spellings.note(first, written);
    return first;
  }
}
