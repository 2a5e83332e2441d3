/** Turns: at most n holders at once, the others served in the order they asked. */
import { describe, expect, it } from 'vitest';
import { createTurns } from '../../src/batch/turns';

describe('turns', () => {
  it('holds at most n at once and passes each freed turn to the first in line', async () => {
    const turns = createTurns(2);
    const order: string[] = [];
    const ends = new Map<string, () => void>();
    const take = (name: string) =>
      turns.take().then((end) => {
        order.push(name);
        ends.set(name, end);
      });
    const all = ['a', 'b', 'c', 'd', 'e'].map(take);
    await Promise.all(all.slice(0, 2));
    await Promise.resolve();
    expect(order).toEqual(['a', 'b']);
    ends.get('b')!();
    ends.get('b')!(); // ending a turn twice frees it once
    await all[2];
    await Promise.resolve();
    expect(order).toEqual(['a', 'b', 'c']);
    ends.get('a')!();
    await all[3];
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    // 'e' waits until one of the two holders ends its turn.
    let eHas = false;
    void all[4]!.then(() => {
      eHas = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(eHas).toBe(false);
    ends.get('c')!();
    await all[4];
    expect(order).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
