/**
 * At most `count` holders at once; the others wait their turn, first come
 * first served. What calls {@link Turns.take} must call the function it gets
 * back exactly once, when it is done.
 *
 * @example
 * const turns = createTurns(2);
 * const done = await turns.take();
 * try { await work(); } finally { done(); }
 */
export interface Turns {
  /** Waits for a turn; resolves with the function that ends it. */
  take(): Promise<() => void>;
}

/** A {@link Turns} of `count` holders at once (a whole number from 1). */
export function createTurns(count: number): Turns {
  let free = count;
  const waiting: (() => void)[] = [];
  const end = () => {
    const next = waiting.shift();
    // The turn passes straight to the first in line, so a later caller cannot take it first.
    if (next) next();
    else free++;
  };
  const turn = () => {
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      end();
    };
  };
  return {
    take() {
      if (free > 0) {
        free--;
        return Promise.resolve(turn());
      }
      return new Promise((resolve) => waiting.push(() => resolve(turn())));
    },
  };
}
