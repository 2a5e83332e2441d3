/**
 * A decimal numeral's digits without sign, point, leading or trailing zeros,
 * and where the point goes: the same text for two numerals of one value.
 *
 * @param text - an ASCII decimal numeral (optional sign, point, exponent)
 * @example
 * normalDecimal('0.0450'); // '45e-1'
 * normalDecimal('4.5e-2'); // '45e-1'
 */
export function normalDecimal(text: string): string {
  const unsigned = text.charCodeAt(0) === 0x2b || text.charCodeAt(0) === 0x2d ? text.slice(1) : text;
  const e = unsigned.search(/[eE]/);
  const mantissa = e < 0 ? unsigned : unsigned.slice(0, e);
  const exponent = e < 0 ? 0 : Number(unsigned.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const all = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const lead = /^0*/.exec(all)![0].length;
  const digits = all.slice(lead).replace(/0+$/, '');
  if (digits === '') return '0';
  return `${digits}e${exponent + (dot < 0 ? mantissa.length : dot) - lead}`;
}
