import { unitKey } from './unit-key';

/**
 * Whether two units differ only in that one is the A-weighted sound level and the other the plain decibel (`dB(A)`
 * and `dB`, `分贝`): a noise test reports the A-weighted level, so values under `dB` may be that figure and need no
 * conversion, only the unit written; unweighted levels cannot be converted to it at all (newcomer-27 D04: `分贝` under
 * an indicator in dB(A) was told to convert).
 *
 * @example
 * weightingOnly('分贝', 'dB(A)'); // true
 * weightingOnly('dB(A)', 'dB(A)'); // false
 */
export function weightingOnly(a: string, b: string): boolean {
  const keys = new Set([unitKey(a), unitKey(b)]);
  return keys.size === 2 && keys.has('dB') && keys.has('dB(A)');
}
