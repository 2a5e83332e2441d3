/**
 * The longest header text (UTF-16 code units, trimmed, runs of white space made one space) whose words are read
 * for an indicator, a unit, a score range or a likeness. Those readings run regular expressions and pairwise
 * comparisons whose cost grows faster than the text (a header of 100,000 spaces took minutes, hostile-35 S1);
 * a header of a real sheet is under a hundred characters, a label of a rule set too.
 */
export const HEADER_READ_LENGTH = 256;

/**
 * A header as its words are read: trimmed; when longer than {@link HEADER_READ_LENGTH}, with each run of white
 * space made one space (`\s` takes in U+3000), which is how every reading compares white space anyway.
 * `undefined` for a header still longer: it is read only as itself (exactly, or mapped with `--map`), never for
 * what its words say.
 *
 * @example
 * headerRead(' 28天抗压强度/MPa '); // '28天抗压强度/MPa'
 * headerRead('备注' + ' '.repeat(20000) + 'x'); // '备注 x'
 * headerRead('('.repeat(20000)); // undefined
 */
export function headerRead(header: string): string | undefined {
  const text = header.trim();
  if (text.length <= HEADER_READ_LENGTH) return text;
  const folded = text.replace(/\s+/gu, ' ');
  return folded.length <= HEADER_READ_LENGTH ? folded : undefined;
}
