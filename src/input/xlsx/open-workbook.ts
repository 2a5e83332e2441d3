import { type UnzipFileInfo, unzipSync } from 'fflate';
import { InputError } from '../../errors/input-error';
import { systemReason } from '../../errors/system-reason';
import { localized } from '../../text/localized-text';
import { countText } from '../../text/number-text';
import { dropLayoutSpace } from './drop-layout-space';
import { type NumberFormatInfo, numberFormatInfo } from './number-format';
import { unescapeOoxml } from './unescape-ooxml';
import { attributeValue as attr, parseXml } from './xml-events';
import { centralCrcs, crc32 } from './zip-crc';

/**
 * A worksheet (or another kind of sheet) of a workbook, in tab order.
 *
 * @example
 * const first: WorkbookSheet = { name: 'Sheet1', part: 'xl/worksheets/sheet1.xml', hidden: false, worksheet: true };
 */
export interface WorkbookSheet {
  /** The name on its tab. */
  name: string;
  /** Its part in the zip package. */
  part: string;
  /** Hidden (or very hidden) sheets have no visible tab. */
  hidden: boolean;
  /** False for chart sheets and dialog sheets, which hold no cells. */
  worksheet: boolean;
}

/**
 * What the reader needs of a workbook besides its sheets' cells.
 *
 * @example
 * const workbook: Workbook = openWorkbook(bytes, 'samples.xlsx');
 * workbook.sheets.map((s) => s.name); // ['样品', '说明']
 */
export interface Workbook {
  /** The file, for messages. */
  name: string;
  /** Every sheet, in tab order. */
  sheets: WorkbookSheet[];
  /** The shared string table, which text cells point into. */
  sharedStrings: string[];
  /** The shared-string part the file lacks (it is referenced but absent, or not referenced at all), when it does. */
  missingSharedStrings?: string;
  /** What each cell style (`s` attribute, an index into `cellXfs`) makes of a number. */
  formats: NumberFormatInfo[];
  /** Whether dates count from 1904 (old Mac workbooks) rather than 1900. */
  date1904: boolean;
  /** The XML of a sheet's part. */
  sheetXml(sheet: WorkbookSheet): string;
}

/** Sizes the reader refuses to go past, so a small file cannot unpack into gigabytes. */
export interface WorkbookLimits {
  /** Largest worksheet XML unpacked, in bytes. */
  maxSheetXmlBytes: number;
  /** Largest shared string table (or other part) unpacked, in bytes. */
  maxPartBytes: number;
  /** Most strings in the shared string table. */
  maxSharedStrings: number;
}

const RELATIONSHIP_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_RELATIONSHIP_TYPES = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';
const decoder = new TextDecoder('utf-8');

interface Relationship {
  type: string;
  target: string;
}

/**
 * Opens an .xlsx package: finds the workbook, its sheets in tab order, the
 * shared strings and the cell formats, following the package's
 * relationships as Excel does (not the usual file names, which other
 * programs do not always use). Only the parts needed are unpacked, and each
 * only after checking its unpacked size.
 *
 * @param bytes - the whole file
 * @param name - the file's name, for messages
 * @throws {@link InputError} when the file is not an .xlsx workbook (an old .xls, an encrypted workbook, a CSV renamed) or a part is too large
 * @example
 * const workbook = openWorkbook(await readFile('samples.xlsx'), 'samples.xlsx');
 */
export function openWorkbook(bytes: Uint8Array, name: string, limits: WorkbookLimits): Workbook {
  checkSignature(bytes, name);
  const entries = new Map<string, UnzipFileInfo>();
  const byLowerName = new Map<string, string>();
  const parts = unzip(bytes, name, (file) => {
    entries.set(file.name, file);
    byLowerName.set(file.name.toLowerCase(), file.name);
    return file.name.endsWith('.rels') && file.originalSize <= limits.maxPartBytes;
  });
  const find = (part: string): string | undefined =>
    entries.has(part) ? part : byLowerName.get(part.toLowerCase());
  const readPart = (part: string, max: number): string | undefined => {
    const entry = find(part);
    if (entry === undefined) return undefined;
    const info = entries.get(entry)!;
    if (info.originalSize > max) {
      const [size, limit] = [mib(info.originalSize), mib(max)];
      throw new InputError(
        localized(
          `${name} 太大，无法读取：其中的部件 ${entry} 解压后为 ${size}（上限为 ${limit}）；请把工作表另存为 CSV，它可以流式读取`,
          `${name} is too large to read: its part ${entry} unpacks to ${size} (the limit is ${limit}); save the sheet as CSV, which streams`,
        ),
      );
    }
    const data = parts[entry] ?? unzip(bytes, name, (f) => f.name === entry)[entry];
    if (!data) return undefined;
    // Whitespace between rows is not decoded into text as well: memory grows with what the part holds.
    const xml = dropLayoutSpace(data);
    if (parts[entry]) parts[entry] = xml;
    return decoder.decode(xml);
  };
  const relationships = (part: string): Map<string, Relationship> => {
    const slash = part.lastIndexOf('/');
    const folder = part.slice(0, slash + 1);
    const xml = readPart(`${folder}_rels/${part.slice(slash + 1)}.rels`, limits.maxPartBytes);
    return xml ? parseRelationships(xml, folder) : new Map();
  };

  const root = [...relationships('').values()].find((r) => isType(r.type, 'officeDocument'));
  const workbookPart = root?.target ?? 'xl/workbook.xml';
  const workbookXml = readPart(workbookPart, limits.maxPartBytes);
  if (workbookXml === undefined) {
    throw new InputError(
      localized(
        `${name} 不是 .xlsx 工作簿：其中没有工作簿部件；请另存为 .xlsx 或 CSV`,
        `${name} is not an .xlsx workbook: it has no workbook part; save it as .xlsx or CSV`,
      ),
    );
  }
  const rels = relationships(workbookPart);
  const { sheets, date1904 } = parseWorkbook(workbookXml, rels);
  const partOf = (type: string) => [...rels.values()].find((r) => isType(r.type, type))?.target;
  const sharedStringsPart = partOf('sharedStrings');
  const stylesPart = partOf('styles');
  const sharedXml = sharedStringsPart ? readPart(sharedStringsPart, limits.maxPartBytes) : undefined;
  const stylesXml = stylesPart ? readPart(stylesPart, limits.maxPartBytes) : undefined;
  return {
    name,
    sheets,
    sharedStrings: sharedXml
      ? parseSharedStrings(sharedXml, limits.maxSharedStrings, name, sharedStringsPart!)
      : [],
    ...(sharedXml === undefined && { missingSharedStrings: sharedStringsPart ?? 'xl/sharedStrings.xml' }),
    formats: stylesXml ? parseCellFormats(stylesXml) : [],
    date1904,
    sheetXml(sheet) {
      const xml = readPart(sheet.part, limits.maxSheetXmlBytes);
      if (xml === undefined) {
        throw new InputError(
          localized(
            `${name}：工作表“${sheet.name}”缺少部件 ${sheet.part}；文件已损坏`,
            `${name}: the sheet "${sheet.name}" has no part ${sheet.part}; the file is damaged`,
          ),
        );
      }
      return xml;
    },
  };
}

function checkSignature(bytes: Uint8Array, name: string): void {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return;
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    throw new InputError(
      localized(
        `${name} 是 Excel 97–2003（.xls）工作簿或设有密码的工作簿，qgrade 不能读取：请另存为不带密码的 .xlsx，或 CSV`,
        `${name} is an Excel 97–2003 (.xls) workbook or a password-protected one, which qgrade does not read: save it as .xlsx without a password, or as CSV`,
      ),
    );
  }
  if (bytes.length === 0)
    throw new InputError(
      localized(
        `${name} 是空的（0 字节），不是 .xlsx 工作簿`,
        `${name} is empty (0 bytes), not an .xlsx workbook`,
      ),
    );
  // stdin has no name to change: its format is given with -i.
  const csv =
    name === 'stdin' ? localized('请用 -i csv', 'give -i csv') : localized('请以 .csv 命名', 'name it .csv');
  throw new InputError(
    localized(
      `${name} 不是 .xlsx 工作簿（不是 zip 包）；如果是 CSV，${csv.zh}`,
      `${name} is not an .xlsx workbook (not a zip package); if it is CSV, ${csv.en}`,
    ),
  );
}

// What the sender of a workbook that cannot be unpacked can do (developer-44: the message said only what fflate said).
const RESAVE = localized(
  '如果是传输中被截断，请重新发送；否则请在 Excel 或 WPS 中打开，重新另存为 .xlsx，或另存为 CSV',
  'if it was cut short in a transfer, send it again; else open it in Excel or WPS and save it again as .xlsx, or as CSV',
);

function unzip(
  bytes: Uint8Array,
  name: string,
  filter: (file: UnzipFileInfo) => boolean,
): Record<string, Uint8Array> {
  try {
    // A part given twice (hostile-37 W1): fflate keeps the last, another program may read the first; which
    // one the file means is a guess, as a damaged part's contents are.
    const crcs = centralCrcs(bytes, (part) => {
      throw new InputError(
        localized(
          `无法把 ${name} 读作 .xlsx 工作簿：其中的部件 ${part} 出现了两次，不知道该读哪一个；${RESAVE.zh}`,
          `${name} cannot be read as an .xlsx workbook: it holds the part ${part} twice, and which one counts would be a guess; ${RESAVE.en}`,
        ),
      );
    });
    const parts = unzipSync(bytes, { filter });
    for (const [part, data] of Object.entries(parts)) {
      const recorded = crcs.get(part);
      if (recorded === undefined || crc32(data) === recorded) continue;
      // A part changed after zipping: what it holds is not what was saved, so nothing of it is graded.
      throw new InputError(
        localized(
          `无法把 ${name} 读作 .xlsx 工作簿：其中的部件 ${part} 已损坏（内容与其 CRC-32 校验值不符）；${RESAVE.zh}`,
          `${name} cannot be read as an .xlsx workbook: its part ${part} is damaged (its contents do not match its CRC-32); ${RESAVE.en}`,
        ),
      );
    }
    return parts;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const why = systemReason(error);
    throw new InputError(
      localized(
        `无法把 ${name} 读作 .xlsx 工作簿：zip 包无法解开（${why.zh}），文件已损坏或不完整；${RESAVE.zh}`,
        `${name} cannot be read as an .xlsx workbook: its zip package cannot be unpacked (${why.en}), so the file is damaged or cut short; ${RESAVE.en}`,
      ),
    );
  }
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

function isType(type: string, kind: string): boolean {
  return type === RELATIONSHIP_TYPES + kind || type === STRICT_RELATIONSHIP_TYPES + kind;
}

function parseRelationships(xml: string, folder: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  parseXml(xml, (name, attrs) => {
    if (name !== 'Relationship') return;
    const a = attrs();
    const id = attr(a.Id);
    const target = attr(a.Target);
    if (!id || !target || a.TargetMode === 'External') return;
    rels.set(id, { type: attr(a.Type) ?? '', target: resolvePart(folder, target) });
  });
  return rels;
}

/** A relationship's target as a part name: relative to the folder of its source, or absolute from the package root. */
function resolvePart(folder: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : folder + target;
  const out: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') out.pop();
    else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.join('/');
}

function parseWorkbook(
  xml: string,
  rels: Map<string, Relationship>,
): { sheets: WorkbookSheet[]; date1904: boolean } {
  const sheets: WorkbookSheet[] = [];
  let date1904 = false;
  parseXml(xml, (name, attrs) => {
    if (name === 'workbookPr') {
      const value = attrs().date1904;
      date1904 = value === '1' || value === 'true';
    } else if (name === 'sheet') {
      const a = attrs();
      // The relationship id is r:id, whatever prefix the file gives the relationships namespace.
      const idKey = Object.keys(a).find((k) => k.endsWith(':id'));
      const rel = idKey ? rels.get(attr(a[idKey]) ?? '') : undefined;
      if (!rel) return;
      sheets.push({
        name: attr(a.name) ?? '',
        part: rel.target,
        hidden: a.state === 'hidden' || a.state === 'veryHidden',
        worksheet: isType(rel.type, 'worksheet'),
      });
    }
  });
  return { sheets, date1904 };
}

/**
 * The shared strings: each `<si>` is its `<t>` text, or its rich-text runs'
 * `<t>` texts joined; phonetic guides (`<rPh>`, furigana/pinyin above the
 * text) are not part of the value.
 */
function parseSharedStrings(xml: string, max: number, file: string, part: string): string[] {
  const strings: string[] = [];
  let current: string[] | undefined;
  let inPhonetic = false;
  let inText = false;
  parseXml(
    xml,
    (name) => {
      if (name === 'si') {
        // 9,000,000 empty strings fit in a 229 KB file and took 4 s and 441 MB (hostile-37 S1): each costs memory,
        // whatever its text, which the part's size bounds.
        if (strings.length >= max) throw tooManyStrings(file, part, max);
        current = [];
      } else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && current && !inPhonetic) inText = true;
    },
    {
      close: (name) => {
        if (name === 'si' && current) {
          strings.push(unescapeOoxml(current.join('')));
          current = undefined;
        } else if (name === 'rPh') inPhonetic = false;
        else if (name === 't') inText = false;
      },
      text: (text) => {
        if (inText) current?.push(text);
      },
    },
  );
  return strings;
}

function tooManyStrings(name: string, part: string, max: number): InputError {
  const limit = countText(max);
  return new InputError(
    localized(
      `${name} 太大，无法读取：其中的部件 ${part} 有超过 ${limit} 个共享字符串（上限为 ${limit}）；请把工作表另存为 CSV，它可以流式读取`,
      `${name} is too large to read: its part ${part} holds more than ${limit} shared strings (the limit is ${limit}); save the sheet as CSV, which streams`,
    ),
  );
}

/** What each cell style (`cellXfs` entry) makes of a number, from its number format. */
function parseCellFormats(xml: string): NumberFormatInfo[] {
  const codes = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  parseXml(
    xml,
    (name, attrs) => {
      if (name === 'numFmt') {
        const a = attrs();
        codes.set(Number(a.numFmtId), attr(a.formatCode) ?? '');
      } else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfs.push(Number(attrs().numFmtId ?? 0));
    },
    {
      close: (name) => {
        if (name === 'cellXfs') inCellXfs = false;
      },
    },
  );
  return xfs.map((id) => numberFormatInfo(id, codes.get(id)));
}
