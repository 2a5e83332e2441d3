import { describe, expect, it } from 'vitest';
import { sideExtraColumns, sideUnread } from '../../src/compare/side-reads';

const names = (...n: string[]) => n.map((name) => ({ name }));

describe('sideExtraColumns and sideUnread (hostile-21 W7)', () => {
  const a = names('carbon', 'nitrogen');
  const b = names('carbon', 'nitrogen', 'productCarbon');

  it('maps a column only A reads, and leaves it unread for B', () => {
    const side = {
      cells: ['样品', 'C', 'N'],
      a: ['样品', 'carbon', 'nitrogen'],
      b: ['样品', 'C', 'nitrogen'],
    };
    const both = ['样品', 'C', 'nitrogen'];
    const extra = sideExtraColumns(side, both, a, b, []);
    expect([...extra]).toEqual([['C', 'carbon']]);
    const unread = sideUnread(side, ['样品', 'carbon', 'nitrogen'], a, b, []);
    expect([...unread.a]).toEqual([]);
    expect([...unread.b]).toEqual(['carbon']);
  });

  it('maps nothing when the two sides read a column as different indicators, or the reading for both gives it', () => {
    const side = { cells: ['C'], a: ['carbon'], b: ['productCarbon'] };
    expect(sideExtraColumns(side, ['C'], a, b, []).size).toBe(0);
    expect(sideExtraColumns({ cells: ['C'], a: ['carbon'], b: ['carbon'] }, ['carbon'], a, b, []).size).toBe(
      0,
    );
  });

  it('reads a twin of B by A’s name: a renamed indicator B reads is not unread', () => {
    const twins = [{ a: 'nitrogen', b: 'nitrogenTotal' }];
    const side = { cells: ['氮 N'], a: ['nitrogen'], b: ['nitrogenTotal'] };
    const unread = sideUnread(side, ['nitrogen'], names('nitrogen'), names('nitrogenTotal'), twins);
    expect(unread.a.size + unread.b.size).toBe(0);
  });
});
