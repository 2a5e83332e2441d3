/**
 * The remark reading of a column's cells, remembering the texts that say nothing (silentCells): the same answers
 * as remarkWord without the memory, whatever a row wants, within its bounds.
 */
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../../src/index';
import { remarkWord } from '../../src/input/remark-clauses';
import { REMEMBERED_CELLS, silentCells, silentCellsByKey } from '../../src/input/silent-cells';
import { type ValueWord, valueWords } from '../../src/input/value-words';

const ac = await loadRuleSet('home-appliances/room-air-conditioner-energy');
const words = valueWords(ac.indicators)!;

// What rows may want: a value other than the default of every indicator, of one, or of none left out.
const wishes: ((w: ValueWord) => boolean)[] = [
  (w) => !w.isDefault,
  (w) => !w.isDefault && w.indicator.name === 'climateType',
  (w) => !w.isDefault && w.indicator.name === 'airCooled',
  () => false,
  () => true,
];

// Cells that say something (a value other than the default, the default, a remark of clauses) among ones that
// say nothing (brands, ids, notes), as a column not read holds them.
const saying = ['移动式', 'T3', '风冷：否，水冷', '分体式', 'window', '样品 KFR 35 水冷', 'T2/T3', '全封闭'];
const silent = ['Midea', 'Haier', 'AC-0000001', '外观良好', 'KFR-35GW/T3A', '', '  ', '样机'];

function same(read: ReturnType<typeof silentCells>, cells: readonly string[]) {
  cells.forEach((cell, i) => {
    const wanted = wishes[i % wishes.length]!;
    expect(read(cell, wanted), cell).toEqual(remarkWord(cell, words, wanted));
  });
}

describe('silentCells', () => {
  it('answers as remarkWord does, for each wish, the second time as the first', () => {
    const read = silentCells(words);
    const cells = [...saying, ...silent];
    for (let round = 0; round < 3; round++)
      for (const wanted of wishes)
        for (const cell of cells) expect(read(cell, wanted), cell).toEqual(remarkWord(cell, words, wanted));
  });

  it('a text that says only the default is read again: a row that wants it finds it', () => {
    const read = silentCells(words);
    expect(read('分体式', (w) => !w.isDefault)).toBeUndefined();
    expect(read('分体式', () => true)?.word.value).toBe('split');
  });

  it('a column of more distinct texts than it remembers answers as without the memory, and gives its memory back', () => {
    const memory = { chars: 1 << 20 };
    const read = silentCells(words, memory);
    // Not `AC-0000001`: ids of that shape are let go before the memory (idSaysNothing), never remembered.
    const cells = Array.from({ length: REMEMBERED_CELLS + 500 }, (_, i) =>
      i % 97 === 0 ? saying[i % saying.length]! : `AC ${String(i).padStart(7, '0')}`,
    );
    same(read, cells);
    // Mostly seen once: forgotten at the bound, its characters returned.
    expect(memory.chars).toBe(1 << 20);
    same(read, cells);
  });

  it('a column that repeats its texts keeps them past the bound, and still answers the same', () => {
    const memory = { chars: 1 << 20 };
    const read = silentCells(words, memory, 8);
    // Six brands over many rows, then the other texts: the brands are repeated before the ninth text comes.
    const brands = ['Midea', 'Haier', 'Gree', 'TCL', 'AUX', 'Hisense'];
    const cells = [...Array.from({ length: 100 }, (_, i) => brands[i % 6]!), ...saying, ...silent, ...brands];
    same(read, cells);
    expect(memory.chars).toBeLessThan(1 << 20);
  });

  it('with no memory left, or a cell longer than it remembers, reads each cell as without it', () => {
    const none = silentCells(words, { chars: 0 });
    same(none, [...saying, ...silent, ...saying]);
    const long = `${'外观良好，'.repeat(20)}移动式`;
    const memory = { chars: 1 << 20 };
    const read = silentCells(words, memory);
    same(read, [long, long, `${'Midea '.repeat(20)}`]);
    expect(memory.chars).toBe(1 << 20);
  });

  it('by key: each key its own memory, the same answers', () => {
    const readerOf = silentCellsByKey(words, { chars: 1 << 20 });
    for (const key of ['brand', 'remark', 'brand'])
      for (const cell of [...saying, ...silent]) {
        const wanted = wishes[0]!;
        expect(readerOf(key)!(cell, wanted), `${key}: ${cell}`).toEqual(remarkWord(cell, words, wanted));
      }
  });

  it('by key: past 256 keys, none (the cells are read without the memory)', () => {
    const readerOf = silentCellsByKey(words, { chars: 1 << 20 });
    for (let i = 0; i < 256; i++) expect(readerOf(`k${i}`)).toBeDefined();
    expect(readerOf('k256')).toBeUndefined();
    expect(readerOf('k0')).toBeDefined();
  });
});
