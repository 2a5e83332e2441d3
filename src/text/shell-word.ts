/**
 * A word as a shell takes it, for a command line a message suggests: quoted
 * when it has white space or characters a shell reads.
 *
 * @example
 * shellWord('APF（W/W）=apf'); // 'APF（W/W）=apf'
 * shellWord('全年能源消耗效率 APF'); // "'全年能源消耗效率 APF'"
 */
export function shellWord(word: string): string {
  return /^[^\s"'`$\\;&|<>()*?!#~{}[\]]+$/u.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
