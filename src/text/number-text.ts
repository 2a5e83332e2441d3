/**
 * `String(n)`, remembering the last number: the criteria of one indicator
 * (apf@5 … apf@1) are explained one after another with the same value, and
 * converting a double to its shortest text is among the costliest steps of
 * an explanation.
 */
export function numberText(n: number): string {
  if (n !== lastNumber) {
    lastNumber = n;
    lastText = String(n);
  }
  return lastText;
}

let lastNumber = Number.NaN;
let lastText = '';

/**
 * A count with comma thousands separators (`12,345`), as
 * `toLocaleString('en-US')` writes it, without loading the locale data that
 * its first call costs (some 20 ms of a command's start). Not an integer:
 * `toLocaleString` itself.
 */
export function countText(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const part = digits.slice(Math.max(0, end - 3), end);
    out = out === '' ? part : `${part},${out}`;
  }
  return n < 0 ? `-${out}` : out;
}
