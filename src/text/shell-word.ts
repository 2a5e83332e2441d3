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

/**
 * A path as a shell command takes it: {@link shellWord}, with `./` before a
 * name that starts with `-`, which a command would read as an option.
 *
 * @example
 * shellPath('-x10/rules/steel/bar.yaml'); // './-x10/rules/steel/bar.yaml'
 */
export function shellPath(path: string): string {
  return shellWord(path.startsWith('-') ? `./${path}` : path);
}
