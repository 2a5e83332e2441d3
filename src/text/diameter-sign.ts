// The diameter sign as typed: Greek capital and small phi, the Nordic Ø/ø, and ⌀ itself.
const SIGN = 'ΦφϕØø⌀';

// A sign at the start of the text or of a `;`-separated value, before something that is no sign or separator.
const SIGNED = new RegExp(`(^|[;；])\\s*[${SIGN}]\\s*(?=[^\\s${SIGN};；])`, 'gu');

/**
 * A cell written with the diameter sign before its value (`Φ12`, `φ 12.5mm`, `Φ12;Φ14`), as drawings and Chinese
 * sheets write a bar's or pipe's diameter: the sign, and the text with it taken from the start and from before
 * each `;`-separated value; `undefined` when the text does not start with the sign, or has two (`ΦΦ12` is no
 * diameter). The sign is no part of the value (hostile-44: `Φ1e3`, `Φ-12`, `Φ12;Φ14` were told only that they
 * "contain Φ").
 *
 * @example
 * withoutDiameterSign('Φ12;Φ14'); // { sign: 'Φ', text: '12;14' }
 * withoutDiameterSign('ΦΦ12'); // undefined
 */
export function withoutDiameterSign(text: string): { sign: string; text: string } | undefined {
  const t = text.trim();
  const sign = t[0];
  if (sign === undefined || !SIGN.includes(sign)) return undefined;
  const rest = t.replace(SIGNED, '$1').trim();
  if (rest === t || rest === '' || SIGN.includes(rest[0]!)) return undefined;
  return { sign, text: rest };
}

// Between values a hand-typed list may hold: qgrade's `;`, the commas people type (`,`, `，`, `、`), and spaces
// before the next sign (`Φ12 Φ14`).
const LIST = new RegExp(`\\s*[;；,，、]\\s*|\\s+(?=[${SIGN}])`, 'u');
const MARKS = new RegExp(LIST.source, 'gu');

/**
 * A cell listing several values with the diameter sign before each (`Φ12, Φ14`, `Φ12、Φ14`, `Φ12 Φ14`), or before
 * the first alone with a list mark between them that no number has (`Φ12, 14`, `Φ12、14`: hostile-45 told these "not
 * a decimal number"): the first sign, the values without it, and whether each had it; `undefined` when there is one
 * value, or one that has no sign or nothing after it. A bare comma between two values with one sign is a decimal
 * comma, and no list: `Φ12,5`.
 *
 * @example
 * diameterList('Φ12, Φ14'); // { sign: 'Φ', values: ['12', '14'], each: true }
 * diameterList('Φ12, 14'); // { sign: 'Φ', values: ['12', '14'], each: false }
 * diameterList('Φ12,5'); // undefined
 */
export function diameterList(text: string): { sign: string; values: string[]; each: boolean } | undefined {
  const t = text.trim();
  const parts = t.split(LIST);
  if (parts.length < 2) return undefined;
  const sign = t[0]!;
  const signed = (part: string) => part !== '' && SIGN.includes(part[0]!);
  if (!SIGN.includes(sign)) return undefined;
  const each = parts.every(signed);
  // One sign: each mark a list's (a comma with a space after it, 、, ;), never a bare comma (`Φ12,5`, `Φ12，5`).
  if (!each && (parts.slice(1).some(signed) || (t.match(MARKS) ?? []).some((m) => /^[,，]$/.test(m))))
    return undefined;
  const values: string[] = [];
  for (const [i, part] of parts.entries()) {
    const value = (each || i === 0 ? part.slice(1) : part).trim();
    if (value === '' || SIGN.includes(value[0]!)) return undefined;
    values.push(value);
  }
  return { sign, values, each };
}
