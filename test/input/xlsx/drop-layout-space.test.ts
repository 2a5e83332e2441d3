/**
 * Hostile-37 S1: 250 MiB of whitespace between rows (inside the 256 MiB sheet limit) was held as bytes and again as
 * text, 577 MB for a 257 KB file. The whitespace no reader looks at is dropped before the part is decoded; the text
 * of `<v>`, `<f>` and `<t>`, comments, CDATA and anything the reader cannot follow are kept as written.
 */
import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { dropLayoutSpace } from '../../../src/input/xlsx/drop-layout-space';
import { openWorkbook, type Workbook } from '../../../src/input/xlsx/open-workbook';
import { parseSheet } from '../../../src/input/xlsx/parse-sheet';
import { XLSX_LIMITS } from '../../../src/input/xlsx/xlsx-items';
import { rawWorkbook } from './workbook-fixtures';

const dropped = (xml: string) => new TextDecoder().decode(dropLayoutSpace(strToU8(xml)));

describe('dropLayoutSpace', () => {
  it('drops whitespace between tags and keeps the text of <v>, <f> and <t>, with or without a prefix', () => {
    expect(
      dropped(
        '<?xml version="1.0"?>\n<sheetData>\n  <row r="2">\r\n\t<c r="A2"><v> 1 </v></c>  </row>\n</sheetData>',
      ),
    ).toBe('<?xml version="1.0"?><sheetData><row r="2"><c r="A2"><v> 1 </v></c></row></sheetData>');
    expect(
      dropped('<x:c><x:is><x:t xml:space="preserve">   </x:t></x:is> <x:f>  </x:f><x:v>\n</x:v></x:c>'),
    ).toBe('<x:c><x:is><x:t xml:space="preserve">   </x:t></x:is><x:f>  </x:f><x:v>\n</x:v></x:c>');
    // Text after a child inside <t> (a file that nests) is still the <t>'s.
    expect(dropped('<t>a<b/>  </t> <tt> </tt>')).toBe('<t>a<b/>  </t><tt></tt>');
  });

  it('keeps text that is not whitespace, comments, CDATA, and a ">" inside a quoted attribute', () => {
    expect(dropped('<a> x </a> <!-- <v> --> <b k="1 > 2" j=\'<\'> </b><![CDATA[ <v> ]]> <c/>')).toBe(
      '<a> x </a><!-- <v> --><b k="1 > 2" j=\'<\'></b><![CDATA[ <v> ]]><c/>',
    );
    // A comment inside <v> leaves it open.
    expect(dropped('<v>1<!-- c -->  </v>')).toBe('<v>1<!-- c -->  </v>');
  });

  it('keeps the rest as written from a declaration or anything unterminated on', () => {
    expect(dropped('<a> </a> <!DOCTYPE a [ <!ENTITY e "x"> ]> <b> </b>')).toBe(
      '<a></a><!DOCTYPE a [ <!ENTITY e "x"> ]> <b> </b>',
    );
    expect(dropped('<a> </a> <b k="> ')).toBe('<a></a><b k="> ');
    expect(dropped('<a> </a> <!-- open ')).toBe('<a></a><!-- open ');
    expect(dropped('')).toBe('');
  });

  it('a sheet part of whitespace between rows is decoded to text no longer than the same part without it', () => {
    const row = (r: number) => `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`;
    const tight = `<sheetData>${row(1)}${row(2)}</sheetData>`;
    const loose = `<sheetData>${' '.repeat(100_000)}${row(1)}\n${'\t'.repeat(100_000)}${row(2)}${'\r\n'.repeat(50_000)}</sheetData>`;
    const text = (body: string) => {
      const workbook = openWorkbook(rawWorkbook({ sheets: [{ name: 'S', body }] }), 'w.xlsx', XLSX_LIMITS);
      return workbook.sheetXml(workbook.sheets[0]!);
    };
    expect(text(loose)).toBe(text(tight));
  });

  it('a sheet reads the same with and without it, whatever whitespace and comments lie between its tags', () => {
    const space = fc.stringMatching(/^[ \t\r\n]{0,4}$/);
    // Text a cell holds, spaces and line ends included, as XML writes it.
    const text = fc
      .stringMatching(/^[ \na-z0-9&<>]{0,6}$/)
      .map((t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    const cell = fc.tuple(fc.constantFrom('', ' t="str"', ' t="inlineStr"'), text, text, fc.boolean());
    const sheet = fc.array(
      fc.tuple(fc.array(fc.tuple(cell, space, space, fc.boolean()), { maxLength: 4 }), space),
      {
        maxLength: 4,
      },
    );
    const workbook: Workbook = {
      name: 'w.xlsx',
      sheets: [],
      sharedStrings: [],
      formats: [],
      date1904: false,
      sheetXml: () => '',
    };
    fc.assert(
      fc.property(sheet, space, (rows, lead) => {
        const xml = `<worksheet>${lead}<sheetData>${rows
          .map(
            ([cells, gap], r) =>
              `${gap}<row r="${r + 1}">${cells
                .map(([[type, a, b, formula], s1, s2, comment]) => {
                  const inner =
                    type === ' t="inlineStr"'
                      ? `<is>${s1}<r><t xml:space="preserve">${a}</t></r>${s2}<r><t>${b}</t></r></is>`
                      : `${formula ? `<f>${b}</f>${s1}` : ''}<v>${a}</v>`;
                  return `${s1}<c${type}>${comment ? `<!--${s2}-->` : ''}${inner}${s2}</c>`;
                })
                .join('')}</row>`,
          )
          .join('')}${lead}</sheetData></worksheet>`;
        const read = (x: string) => parseSheet(x, workbook, 100);
        expect(read(dropped(xml))).toEqual(read(xml));
      }),
      { numRuns: 300 },
    );
  });
});
