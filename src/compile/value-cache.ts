/** Entries a {@link ValueCache} holds at most; one more is not kept. */
export const VALUE_CACHE_SIZE = 256;

// Slots to start with: a rule set with many table cells has a cache per cell, most of them holding a value or two.
const FIRST_SLOTS = 8;

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
  // At least twice the numbers kept, so a linear probe ends within a slot or two; doubled as they come.
  #keys = new Float64Array(FIRST_SLOTS);
  #values: (T | undefined)[] = new Array<T | undefined>(FIRST_SLOTS).fill(undefined);
  #mask = FIRST_SLOTS - 1;
  #numbers = 0;
  #others?: Map<unknown, T>;
  // The other value asked for last, and what is kept for it: records mostly repeat one (`split`, `true`).
  #lastOther: unknown;
  #lastOtherMade: T | undefined;
  #size = 0;

  /** What was kept for `value`, if anything. */
  get(value: unknown): T | undefined {
    if (typeof value !== 'number') {
      if (this.#lastOtherMade !== undefined && value === this.#lastOther) return this.#lastOtherMade;
      const made = this.#others?.get(value);
      if (made !== undefined) {
        this.#lastOther = value;
        this.#lastOtherMade = made;
      }
      return made;
    }
    // -0 === 0: without this, -0 would find what was kept for 0.
    if (value === 0 && Object.is(value, -0)) return undefined;
    const mask = this.#mask;
    const keys = this.#keys;
    const values = this.#values;
    for (let i = slotOf(value) & mask; ; i = (i + 1) & mask) {
      const found = values[i];
      if (found === undefined || keys[i] === value) return found;
    }
  }

  /** Keeps `made` for `value`, unless something is kept for it already or the cache is full. */
  set(value: unknown, made: T): void {
    if (this.full) return;
    if (typeof value !== 'number') {
      this.#others ??= new Map();
      if (this.#others.has(value)) return;
      this.#others.set(value, made);
      this.#size++;
      return;
    }
    if (Number.isNaN(value) || Object.is(value, -0)) return;
    if (this.get(value) !== undefined) return;
    if (2 * (this.#numbers + 1) > this.#keys.length) this.#grow();
    this.#place(value, made);
    this.#numbers++;
    this.#size++;
  }

  #place(value: number, made: T): void {
    const mask = this.#mask;
    let i = slotOf(value) & mask;
    while (this.#values[i] !== undefined) i = (i + 1) & mask;
    this.#keys[i] = value;
    this.#values[i] = made;
  }

  #grow(): void {
    const keys = this.#keys;
    const values = this.#values;
    const slots = keys.length * 2;
    this.#keys = new Float64Array(slots);
    this.#values = new Array<T | undefined>(slots).fill(undefined);
    this.#mask = slots - 1;
    for (let i = 0; i < keys.length; i++) if (values[i] !== undefined) this.#place(keys[i]!, values[i]!);
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

/** A number's hash: 16 bits, masked to the table's size by the caller. */
function slotOf(value: number): number {
  bits[0] = value;
  return Math.imul(words[0]! ^ words[1]!, 0x9e3779b1) >>> 16;
}
