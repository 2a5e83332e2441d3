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
