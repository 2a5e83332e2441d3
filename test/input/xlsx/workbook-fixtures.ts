/**
 * Workbooks for the XLSX reader's tests, made in the test rather than
 * committed as binaries: with exceljs (an independent writer, as Excel
 * files come from programs other than qgrade), or assembled from XML
 * written here, for what exceljs does not write the way Excel or WPS do
 * (phonetic runs, prefixed elements, cells without references, formulas
 * without a saved result, the 1904 date system, broken references).
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import type { IndicatorInfo } from '../../../src/index';
import type { InputItem } from '../../../src/input/input-item';
import { readXlsxBytes, type XlsxReadOptions } from '../../../src/input/xlsx/read-xlsx';

/** A workbook written by exceljs. */
export async function exceljsWorkbook(build: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A sheet of a hand-made workbook: its name and the XML inside `<worksheet>`. */
export interface RawSheet {
  name: string;
  body: string;
  state?: 'hidden' | 'veryHidden';
}

/** Parts of a hand-made workbook. */
export interface RawWorkbook {
  sheets: RawSheet[];
  /** The `<si>` elements of the shared string table; `null` leaves the part out (the relationship stays). */
  sharedStrings?: string[] | null;
  /** `<numFmts>` and `<cellXfs>` of the styles part. */
  styles?: string;
  date1904?: boolean;
  /** Prefix for SpreadsheetML elements (`x` writes `<x:c>`), as some programs do. */
  prefix?: string;
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook zipped from XML written here; parts are named as Excel names them, and found through the relationships. */
export function rawWorkbook(book: RawWorkbook): Uint8Array {
  const p = book.prefix ? `${book.prefix}:` : '';
  const ns = book.prefix ? `xmlns:${book.prefix}="${MAIN}"` : `xmlns="${MAIN}"`;
  const files: Record<string, Uint8Array> = {};
  const put = (name: string, xml: string) => {
    files[name] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`);
  };
  put(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  put(
    '_rels/.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const rels = book.sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
  rels.push(`<Relationship Id="rIdT" Type="${REL}/styles" Target="/xl/styles.xml"/>`);
  put(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
  );
  const sheets = book.sheets
    .map(
      (s, i) =>
        `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  put(
    'xl/workbook.xml',
    `<${p}workbook ${ns} xmlns:r="${REL}">${book.date1904 ? `<${p}workbookPr date1904="1"/>` : ''}<${p}sheets>${sheets}</${p}sheets></${p}workbook>`,
  );
  const strings = book.sharedStrings ?? [];
  if (book.sharedStrings !== null)
    put(
      'xl/sharedStrings.xml',
      `<${p}sst ${ns} count="${strings.length}" uniqueCount="${strings.length}">${strings.join('')}</${p}sst>`,
    );
  put('xl/styles.xml', `<${p}styleSheet ${ns}>${book.styles ?? ''}</${p}styleSheet>`);
  book.sheets.forEach((s, i) => {
    put(`xl/worksheets/sheet${i + 1}.xml`, `<${p}worksheet ${ns} xmlns:r="${REL}">${s.body}</${p}worksheet>`);
  });
  return zipSync(files);
}

/** An indicator for tests. */
export function indicator(
  name: string,
  type: IndicatorInfo['type'],
  extra: Partial<IndicatorInfo> = {},
): IndicatorInfo {
  return {
    name,
    type,
    label: { zh: `${name}指标`, en: `${name} indicator` },
    required: false,
    specimens: 0,
    ...extra,
  };
}

/** Every item of a workbook's sheet. */
export async function readItems(
  bytes: Uint8Array,
  options: Partial<XlsxReadOptions> & Pick<XlsxReadOptions, 'indicators'>,
): Promise<InputItem[]> {
  const source = readXlsxBytes(bytes, 'test.xlsx', { mapping: new Map(), ...options });
  const items: InputItem[] = [];
  for await (const item of source.items) items.push(item);
  return items;
}

/** The record of an item (failing the test when the row could not be read). */
export function recordOf(item: InputItem | undefined): Record<string, unknown> {
  if (!item || 'unreadable' in item) throw new Error(`expected a record, got ${JSON.stringify(item)}`);
  return item.record as Record<string, unknown>;
}

/** The English messages of an item's conversion errors. */
export function errorsOf(item: InputItem | undefined): string[] {
  if (!item || 'unreadable' in item) throw new Error(`expected a record, got ${JSON.stringify(item)}`);
  return (item.conversionErrors ?? []).map((e) => e.message.en);
}
