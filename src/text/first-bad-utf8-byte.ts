/**
 * The offset of the first byte of `bytes` that is not UTF-8: the byte that
 * breaks the text, or the start of the character it cuts short (`E5 41` is
 * bad at the `E5`). Found by halving with a streaming decoder, which leaves a
 * character cut off at the end for later and throws only on a byte that is
 * wrong. Only meaningful for bytes a fatal UTF-8 decoder refuses (a text
 * whose last character is cut short gives the start of that character).
 *
 * @example
 * firstBadUtf8Byte(Uint8Array.from([0x61, 0x0a, 0xff])) // 2
 */
export function firstBadUtf8Byte(bytes: Uint8Array): number {
  const valid = (n: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, n), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (valid(mid)) good = mid;
    else bad = mid;
  }
  // The byte that broke it, or the start of the character it cut short.
  const at = bad - 1;
  for (let j = at - 1; j >= Math.max(0, at - 3); j--) {
    const b = bytes[j]!;
    if (b < 0x80) break;
    if (b < 0xc0) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return j + length > at && whole(bytes.subarray(0, j)) ? j : at;
  }
  return at;
}

function whole(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
