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
