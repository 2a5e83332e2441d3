import { describe, expect, it } from 'vitest';
import { type CsvProblem, type CsvRecord, firstCsvRecords, splitCsv } from '../../src/input/split-csv';

async function split(text: string, chunkSize = text.length || 1, maxRecordLength?: number) {
  async function* chunks() {
    for (let i = 0; i < text.length; i += chunkSize) yield text.slice(i, i + chunkSize);
  }
  const out: (CsvRecord | CsvProblem)[] = [];
  const options = maxRecordLength === undefined ? {} : { maxRecordLength };
  for await (const r of splitCsv(chunks(), options)) out.push(r);
  return out;
}

const rec = (line: number, ...cells: string[]) => ({ line, cells });

describe('splitCsv', () => {
  it('reads RFC 4180: quotes, doubled quotes, delimiters and line breaks in quotes, CRLF', async () => {
    const text = 'a,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",z\r\n3,,\r\n';
    expect(await split(text)).toEqual([
      rec(1, 'a', 'b', 'c'),
      rec(2, '1', 'x, y', 'say "hi"'),
      rec(3, '2', 'two\nlines', 'z'),
      rec(5, '3', '', ''),
    ]);
  });

  it('takes the width of the rows from the header under a one-cell title (hostile-31 C1)', async () => {
    const text = '标题\n型号,APF,备注\nA1,4.62,"一\n二"\nA2,x,ok\n';
    for (const size of [text.length, 3])
      expect(await split(text, size)).toEqual([
        rec(1, '标题'),
        rec(2, '型号', 'APF', '备注'),
        rec(3, 'A1', '4.62', '一\n二'),
        rec(5, 'A2', 'x', 'ok'),
      ]);
    // Under a title a stray quote over lines is still the problem of its line.
    expect(await split('标题\n型号,APF,备注\nA1,4.62,"oops\nA2,4.5,ok\n')).toEqual([
      rec(1, '标题'),
      rec(2, '型号', 'APF', '备注'),
      { problem: 'unclosed-quote', line: 3, cells: ['A1', '4.62'] },
      rec(4, 'A2', '4.5', 'ok'),
    ]);
  });

  it('under two one-cell title lines too (a report title and its date): the width is the header’s', async () => {
    const text = '某某检测中心 检验报告\n报告日期：2025-06-01\n型号,APF,备注\nA1,4.62,"一\n二"\n';
    expect(await split(text)).toEqual([
      rec(1, '某某检测中心 检验报告'),
      rec(2, '报告日期：2025-06-01'),
      rec(3, '型号', 'APF', '备注'),
      rec(4, 'A1', '4.62', '一\n二'),
    ]);
  });

  it('a one-cell header the reader names sets the width: a ragged line under it does not (hostile-40 C2)', async () => {
    const text = 'x\n1,5\n"5\n"\n3\n';
    const isHeader = (cells: string[]) => cells.length === 1 && cells[0] === 'x';
    for (const size of [text.length, 2]) {
      const out: (CsvRecord | CsvProblem)[] = [];
      async function* chunks() {
        for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
      }
      for await (const r of splitCsv(chunks(), { isHeader })) out.push(r);
      expect(out).toEqual([rec(1, 'x'), rec(2, '1', '5'), rec(3, '5\n'), rec(5, '3')]);
    }
    // Not named the header, one cell is taken for a title: the wider line sets the width, as before.
    expect(await split(text)).toEqual([
      rec(1, 'x'),
      rec(2, '1', '5'),
      { problem: 'unclosed-quote', line: 3 },
      { problem: 'unclosed-quote', line: 4 },
      rec(5, '3'),
    ]);
  });

  it('skips blank lines and lines of empty cells, keeping line numbers', async () => {
    expect(await split('a,b\n\n1,2\n , \n,\n3,4')).toEqual([
      rec(1, 'a', 'b'),
      rec(3, '1', '2'),
      rec(6, '3', '4'),
    ]);
  });

  it('keeps a quote inside an unquoted cell as text', async () => {
    expect(await split('a,b\n5",x"y\n')).toEqual([rec(1, 'a', 'b'), rec(2, '5"', 'x"y')]);
  });

  it('makes text after a closing quote a problem for that line only', async () => {
    expect(await split('a,b\n"x"y,1\n2,3\n')).toEqual([
      rec(1, 'a', 'b'),
      { problem: 'text-after-quote', line: 2 },
      rec(3, '2', '3'),
    ]);
  });

  it('makes an unclosed quote a problem for its line and reads on from the next line', async () => {
    expect(await split('a,b\n1,2\n"unclosed,1\n3,4\n5,6\n')).toEqual([
      rec(1, 'a', 'b'),
      rec(2, '1', '2'),
      { problem: 'unclosed-quote', line: 3 },
      rec(4, '3', '4'),
      rec(5, '5', '6'),
    ]);
  });

  it('takes a stray quote that swallows lines up to another quote for a problem of its first line', async () => {
    // The quote on line 2 "closes" on line 3, making one record of the wrong width: line 3 is read again.
    expect(await split('a,b\n"x,1\n2",3,4\n5,6\n')).toEqual([
      rec(1, 'a', 'b'),
      { problem: 'unclosed-quote', line: 2 },
      rec(3, '2"', '3', '4'),
      rec(4, '5', '6'),
    ]);
    // A cell with a line break that ends as a row should is a record (Alt+Enter in a spreadsheet).
    expect(await split('a,b\n"x,1\n2",3\n4,5\n')).toEqual([
      rec(1, 'a', 'b'),
      rec(2, 'x,1\n2', '3'),
      rec(4, '4', '5'),
    ]);
    // … or closes on line 4 with text after it.
    expect(await split('a,b\n"x,1\n2,3\n4,"y"\n5,6\n')).toEqual([
      rec(1, 'a', 'b'),
      { problem: 'unclosed-quote', line: 2 },
      rec(3, '2', '3'),
      rec(4, '4', 'y'),
      rec(5, '5', '6'),
    ]);
  });

  // fix-cells40: the cells before the one that cannot be read name the row (its lot, its kept id).
  it('carries the cells of a problem line before the cell that cannot be read', async () => {
    const text =
      '批号,型号,机组类型,APF\r\nL4,a4,"heat-pump,4.0\r\nL5,"a,5","x"y,4.7\r\nL6,6",a6,"open\r\n"L7,a7,x,4.1\r\nL8,a8,x,4.2';
    for (const size of [text.length, 1, 3, 7])
      expect(await split(text, size), `chunks of ${size}`).toEqual([
        rec(1, '批号', '型号', '机组类型', 'APF'),
        { problem: 'unclosed-quote', line: 2, cells: ['L4', 'a4'] },
        // A closed quoted cell before the bad one is read; a quote inside an unquoted cell is text.
        { problem: 'text-after-quote', line: 3, cells: ['L5', 'a,5'] },
        { problem: 'unclosed-quote', line: 4, cells: ['L6', '6"', 'a6'] },
        // The first cell opens the quote: nothing to carry.
        { problem: 'unclosed-quote', line: 5 },
        rec(6, 'L8', 'a8', 'x', '4.2'),
      ]);
    // A quote never closed before the end of the text, tab-separated.
    async function* one() {
      yield 'a\tb\tc\nL9\t"x\t1';
    }
    const out = [];
    for await (const r of splitCsv(one(), { delimiter: '\t' })) out.push(r);
    expect(out).toEqual([rec(1, 'a', 'b', 'c'), { problem: 'unclosed-quote', line: 2, cells: ['L9'] }]);
  });

  it('gives up on a record longer than the limit and reads on from its next line', async () => {
    const long = `"${'x'.repeat(100)}\n`.repeat(3);
    expect(await split(`a,b\n${long}1,2\n`, 7, 150)).toEqual([
      rec(1, 'a', 'b'),
      { problem: 'too-long', line: 2 },
      { problem: 'too-long', line: 3 },
      { problem: 'unclosed-quote', line: 4 },
      rec(5, '1', '2'),
    ]);
  });

  it('reads tab-separated text', async () => {
    async function* one() {
      yield 'a\tb\n1\t"2\t3"\n';
    }
    const out = [];
    for await (const r of splitCsv(one(), { delimiter: '\t' })) out.push(r);
    expect(out).toEqual([rec(1, 'a', 'b'), rec(2, '1', '2\t3')]);
  });

  it('gives the same records however the text is cut into chunks', async () => {
    const text =
      'h1,h2,h3\r\n1,"a ""q"" b",x\r\n"multi\r\nline",2,3\n"bad"x,1,2\n4,5,6\n"open,7\n8,9,10\n\n11,12,13';
    const whole = await split(text);
    expect(whole.length).toBe(8);
    for (let size = 1; size <= 12; size++)
      expect(await split(text, size), `chunks of ${size}`).toEqual(whole);
  });

  it('a row ending in CR at the end of a chunk is given before the next chunk is read (CR-only, quoted or not)', async () => {
    const given: (CsvRecord | CsvProblem)[] = [];
    const seenBefore: number[] = [];
    async function* chunks() {
      yield 'h1,h2\r1,"a"\r';
      seenBefore.push(given.length);
      yield '2,b\r';
      seenBefore.push(given.length);
    }
    for await (const r of splitCsv(chunks())) given.push(r);
    expect(seenBefore).toEqual([2, 3]);
    expect(given).toEqual([rec(1, 'h1', 'h2'), rec(2, '1', 'a'), rec(3, '2', 'b')]);
  });

  it('a CRLF cut between its CR and its LF is one line end, after a plain, quoted or bad row', async () => {
    for (const [first, rest] of [
      ['a,b\r\n1,2\r', '\n3,4\r\n'],
      ['a,b\r\n1,"2"\r', '\n3,4\r\n'],
      ['a,b\r\n"x"y,2\r', '\n3,4\r\n'],
    ]) {
      async function* chunks() {
        yield first!;
        yield rest!;
      }
      const out: (CsvRecord | CsvProblem)[] = [];
      for await (const r of splitCsv(chunks())) out.push(r);
      expect(out.at(-1), JSON.stringify(first)).toEqual(rec(3, '3', '4'));
      expect(out, JSON.stringify(first)).toHaveLength(3);
    }
  });

  it('a record over the limit is a too-long problem, and reading goes on after it, however it is chunked', async () => {
    const long = `2,"${'x'.repeat(10)}, ${'y'.repeat(10)}"`;
    for (const chunkSize of [1, 7, 1000]) {
      expect(await split(`a,b\n${long}\n3,4\n`, chunkSize, 20)).toEqual([
        rec(1, 'a', 'b'),
        { problem: 'too-long', line: 2 },
        rec(3, '3', '4'),
      ]);
    }
  });
});

describe('firstCsvRecords', () => {
  it('reads the first records of a text whole, with their lines, blank lines and bad lines passed over', () => {
    const text = '2025 年抽检结果\n\n型号,"备注\n（多行）",apf\n"a"b,1\nA1,x,5.2\nA2,y,5.3\n';
    expect(firstCsvRecords(text, ',', 3)).toEqual([
      { cells: ['2025 年抽检结果'], line: 1 },
      { cells: ['型号', '备注\n（多行）', 'apf'], line: 3 },
      { cells: ['A1', 'x', '5.2'], line: 6 },
    ]);
  });
});
