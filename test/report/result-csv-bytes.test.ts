import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createGrader, loadRuleSet } from '../../src/index';
import type { GradeResult } from '../../src/model/grade-result';
import { csvTextCell, resultCsvRow, writeCsvTextCell, writeResultCsvRow } from '../../src/report/format-csv';
import { ByteBuffer } from '../../src/serialize/byte-buffer';
import { safeText } from '../../src/text/safe-text';

// `grade -f csv` writes each row as bytes (writeResultCsvRow): they must be exactly the UTF-8 of the line the
// string path gives, `safeText(resultCsvRow(…))` and a line break — formula guard, quoting, controls made U+FFFD.

const HOSTILE = [
  '',
  '"',
  'a"b',
  ',',
  ' lead',
  'trail ',
  '\u00a0nbsp',
  'x\u3000',
  '=SUM(A1)',
  '+1',
  '-3',
  '@a',
  '\tTab',
  '\rCR',
  'cr\rin',
  'lf\nin',
  '\u0000\u0007\u000b\u001f\u007f',
  '\u0085\u009b2J',
  '\u061c\u200e\u200f\u202a\u202e\u2066\u2069',
  '\ud800',
  '\udc00x',
  'x\ud83d',
  '😀型号',
  'KFR-35GW',
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary' }), fc.string());

/** The bytes the string path writes for a text. */
const expected = (text: string) => Buffer.from(new TextEncoder().encode(text));

describe('writeCsvTextCell', () => {
  it('writes the bytes of safeText(csvTextCell(text)) for hostile text', () => {
    const out = new ByteBuffer(4);
    const check = (text: string) => {
      out.length = 0;
      writeCsvTextCell(text, out);
      expect(Buffer.from(out.bytes.subarray(0, out.length))).toEqual(expected(safeText(csvTextCell(text))));
    };
    for (const text of HOSTILE) check(text);
    fc.assert(fc.property(hostileString, check), { numRuns: 2000 });
  });

  it('writes nothing for an empty cell, and guards a formula inside the quotes', () => {
    const out = new ByteBuffer(4);
    writeCsvTextCell('', out);
    expect(out.length).toBe(0);
    writeCsvTextCell('=1,2', out);
    expect(new TextDecoder().decode(out.bytes.subarray(0, out.length))).toBe(`"'=1,2"`);
  });
});

function suiteRecords(id: string): Record<string, unknown>[] {
  const file = new URL(`../../rules/${id}.test.yaml`, import.meta.url);
  const suite = parse(readFileSync(file, 'utf8')) as { cases?: { input?: Record<string, unknown> }[] };
  return (suite.cases ?? []).flatMap((c) => (c.input && typeof c.input === 'object' ? [c.input] : []));
}

describe('writeResultCsvRow', () => {
  it.each([
    'home-appliances/room-air-conditioner-energy',
    'steel/hot-rolled-ribbed-bar',
    'enterprise/quality-management-capability',
    'building-materials/cement-lot-grade',
  ])('writes the bytes of the string row for %s results, kept values and ids hostile', async (id) => {
    const grader = createGrader(await loadRuleSet(id));
    const records = suiteRecords(id);
    expect(records.length).toBeGreaterThan(0);
    // A small buffer, reused: growing it and writing after earlier rows is part of what is tested.
    const out = new ByteBuffer(16);
    fc.assert(
      fc.property(
        fc.nat(),
        hostileString,
        hostileString,
        fc.constantFrom('zh', 'en' as const),
        fc.boolean(),
        (pick, sample, value, lang, ids) => {
          const record = { ...records[pick % records.length] };
          const keys = Object.keys(record);
          if (keys.length > 0 && pick % 3 === 0) record[keys[pick % keys.length]!] = value;
          const result: GradeResult = { row: pick, kept: { 型号: sample }, ...grader.gradeSync(record) };
          const kept = pick % 2 === 0 ? ['型号', 'absent'] : [];
          out.length = 0;
          out.text('>');
          writeResultCsvRow(result, lang, kept, ids, out);
          const line = `${safeText(resultCsvRow(result, lang, kept, ids))}\n`;
          expect(Buffer.from(out.bytes.subarray(1, out.length))).toEqual(expected(line));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('writes a row with no row number and errors without a field as the string row does', () => {
    const result = {
      grade: null,
      label: null,
      conforming: false,
      criteria: [],
      errors: [
        { field: '', code: 'x', message: { zh: '整行\u202e无法读取', en: 'row\u0007 unreadable' } },
        { field: 'apf', code: 'x', message: { zh: '无效', en: 'bad, "x"' } },
      ],
    } as unknown as GradeResult;
    for (const lang of ['zh', 'en'] as const) {
      const out = new ByteBuffer(8);
      writeResultCsvRow(result, lang, ['sku'], false, out);
      expect(Buffer.from(out.bytes.subarray(0, out.length))).toEqual(
        expected(`${safeText(resultCsvRow(result, lang, ['sku'], false))}\n`),
      );
    }
  });
});
