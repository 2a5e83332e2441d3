// Plain (unquoted) YAML text that reads back as the same text: ASCII letters, digits and a few joiners, no number or
// yes/no. Other text is quoted, so a value in Chinese stands out from the English around it (`{ category: "瓷质砖" }`).
const PLAIN = /^[A-Za-z0-9_][A-Za-z0-9_./-]*$/;
const NOT_TEXT =
  /^(?:[-+]?[\d.]+(?:e[-+]?\d+)?|0x[\da-f]+|true|false|yes|no|on|off|null|~|\.nan|[-+]?\.inf)$/i;

/**
 * A `when` (or any value of a rule file) as YAML writes it on one line, in
 * braces and brackets, for advice to copy into a file: `{ thickness: "≥ 8" }`,
 * `{ designation: [Q355, Q390] }`. Text is quoted where YAML would read it
 * otherwise (a number, a yes/no word, a space or a sign) and where it is not
 * ASCII (`{ category: "瓷质砖" }`), so that it stands apart from the English.
 *
 * @example
 * whenYaml({ thickness: '≥ 8' }) // '{ thickness: "≥ 8" }'
 */
export function whenYaml(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(whenYaml).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${text(k)}: ${whenYaml(v)}`);
    return entries.length > 0 ? `{ ${entries.join(', ')} }` : '{}';
  }
  if (typeof value === 'string') return text(value);
  return String(value);
}

function text(s: string): string {
  return PLAIN.test(s) && !NOT_TEXT.test(s) ? s : JSON.stringify(s);
}
