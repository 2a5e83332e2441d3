import type { RecordError } from '../model/grade-result';
import type { Language } from '../text/localized-text';

// Where a reader's cell is, at the end of a message (csv-body, json-fault): `(line 2, column 2)`, `（第 2 行第 2 列）`.
const WHERE: Record<Language, RegExp> = {
  en: /\s*\((?:line \d+, )?column \d+\)$/,
  zh: /（(?:第 \d+ 行)?第 \d+ 列）$/,
};

/**
 * A record's error in fewer words, for a narrow column, each form shorter than the one before: the cell's place (`(line 2, column 2)`) left out, and in
 * English the indicator's label after its name, as the table names requirements by their ids. What is wrong and
 * the counts stay (hostile-46: `lowerYield (Lower yield strength ReL) needs…` was all a terminal showed of
 * `… needs 3 specimen values, got 2`); the explanation and the JSON keep the whole sentence.
 *
 * A count of specimens is then given as the counts alone (`lowerYield: 2 given, 3 needed`).
 *
 * @example
 * compactRecordError(error, 'en'); // ['lowerYield needs 3 specimen values, got 2', 'lowerYield: 2 given, 3 needed']
 * compactRecordError(error, 'zh'); // ['下屈服强度 ReL 需要 3 个试样值，实际 2 个', '下屈服强度 ReL：实际 2 个，需要 3 个']
 */
export function compactRecordError(error: RecordError, lang: Language): string[] {
  let text = error.message[lang].replace(WHERE[lang], '');
  if (lang === 'en' && error.field !== '' && text.startsWith(`${error.field} (`)) {
    const end = closingBracket(text, error.field.length + 1);
    if (end > 0) text = error.field + text.slice(end + 1);
  }
  const counts = error.code.endsWith('-specimens') ? countsOnly(text, lang) : undefined;
  return counts ? [text, counts] : [text];
}

/** `lowerYield: 2 given, 3 needed` from validate-record's sentence of a specimen count; `undefined` for any other. */
function countsOnly(text: string, lang: Language): string | undefined {
  if (lang === 'en') {
    const few = /^(.+) needs (at least )?(\d+) specimen values, got (\d+)$/.exec(text);
    if (few) return `${few[1]}: ${few[4]} given, ${few[2] ?? ''}${few[3]} needed`;
    const many = /^(.+) (?:needs|takes at most) (\d+) specimen(?: value)?s, got (\d+)$/.exec(text);
    return many ? `${many[1]}: ${many[3]} given, at most ${many[2]} taken` : undefined;
  }
  const few = /^(.+?) ?需要 ?(至少 )?(\d+) 个试样值，实际 (\d+) 个$/.exec(text);
  if (few) return `${few[1]}：实际 ${few[4]} 个，需要${few[2] ? '至少' : ''} ${few[3]} 个`;
  const many = /^(.+?) ?最多 (\d+) 个试样，实际 (\d+) 个$/.exec(text);
  return many ? `${many[1]}：实际 ${many[3]} 个，最多 ${many[2]} 个` : undefined;
}

/** The index of the `)` that closes the `(` at `open`, or -1: a label may hold brackets of its own (`(ReL)`). */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && --depth === 0) return i;
  }
  return -1;
}
