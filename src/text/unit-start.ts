/**
 * What a unit written after a number starts with, as the inside of a `u`-flag character class: a letter (`mm`,
 * `毫米`, `μm`), a unit sign (`°`, `℃`, `℉`, and the squared CJK units `㎜`, `㎝`, `㎏`, `㎡` that Chinese tables and
 * input methods give), `%` or `‰`. `-20～20 ℃` and `2～6 ㎜` are ranges with a unit as much as `2~6 mm` is.
 *
 * @example
 * new RegExp(`^[${UNIT_START}]`, 'u').test('㎜'); // true
 */
export const UNIT_START = String.raw`\p{L}\p{So}%‰`;
