/** Entries a {@link ValueCache} holds at most; one more is not kept. */
export const VALUE_CACHE_SIZE = 256;

// Twice the entries: a linear probe then ends within a slot or two.
const SLOTS = VALUE_CACHE_SIZE * 2;
const MASK = SLOTS - 1;

// A number's bits, to hash it.
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);

/**
 * What was built for a measured value, by the value: numbers in a table of
 * their own (a `Map` hashes a fractional number on every lookup, and the
 * explainer looks one up for every measured requirement of every record),
 * any other value in a `Map`. Holds at most {@link VALUE_CACHE_SIZE}
 * entries; `set` past that keeps nothing. `-0` and `NaN` are never kept
 * (the explainer keeps -0 apart; NaN equals nothing).
 *
 * @example
 * const cache = new ValueCache<string>();
 * cache.set(4.62, 'apf 4.62');
 * cache.get(4.62); // 'apf 4.62'
 */
export class ValueCache<T> {
  readonly #keys = new Float64Array(SLOTS);
  readonly #values: (T | undefined)[] = new Array<T | undefined>(SLOTS).fill(undefined);
  readonly #others = new Map<unknown, T>();
  // The other value asked for last, and what is kept for it: records mostly repeat one (`split`, `true`).
  #lastOther: unknown;
  #lastOtherMade: T | undefined;
  #size = 0;

  /** What was kept for `value`, if anything. */
  get(value: unknown): T | undefined {
    if (typeof value !== 'number') {
      if (this.#lastOtherMade !== undefined && value === this.#lastOther) return this.#lastOtherMade;
      const made = this.#others.get(value);
      if (made !== undefined) {
        this.#lastOther = value;
        this.#lastOtherMade = made;
      }
      return made;
    }
    // -0 === 0: without this, -0 would find what was kept for 0.
    if (value === 0 && Object.is(value, -0)) return undefined;
    for (let i = slotOf(value); ; i = (i + 1) & MASK) {
      const found = this.#values[i];
      if (found === undefined || this.#keys[i] === value) return found;
    }
  }

  /** Keeps `made` for `value`, unless something is kept for it already or the cache is full. */
  set(value: unknown, made: T): void {
    if (this.full) return;
    if (typeof value !== 'number') {
      if (this.#others.has(value)) return;
      this.#others.set(value, made);
      this.#size++;
      return;
    }
    if (Number.isNaN(value) || Object.is(value, -0)) return;
    let i = slotOf(value);
    while (this.#values[i] !== undefined) {
      if (this.#keys[i] === value) return;
      i = (i + 1) & MASK;
    }
    this.#keys[i] = value;
    this.#values[i] = made;
    this.#size++;
  }

  /** Entries kept. */
  get size(): number {
    return this.#size;
  }

  /** Whether `set` keeps nothing more. */
  get full(): boolean {
    return this.#size >= VALUE_CACHE_SIZE;
  }
}

function slotOf(value: number): number {
  bits[0] = value;
  return (Math.imul(words[0]! ^ words[1]!, 0x9e3779b1) >>> 16) & MASK;
}
