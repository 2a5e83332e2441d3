/**
 * A tolerance as a requirement writes it, from the written texts of its
 * nominal value and deviations: `10.0 ± 0.1` (or `± 0.1` without a
 * nominal), `10.0 +0.5/−0.3`.
 *
 * @example
 * toleranceText(['10.0', '0.5', '0.3'], false); // '10.0 +0.5/−0.3'
 */
export function toleranceText(written: readonly [string, string, string], symmetric: boolean): string {
  const [nominal, plus, minus] = written;
  return symmetric ? `${nominal ? `${nominal} ` : ''}± ${plus}` : `${nominal} +${plus}/−${minus}`;
}
