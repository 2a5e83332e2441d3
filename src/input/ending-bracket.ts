/**
 * A text's round-bracketed part at its end and what comes before it, the brackets balanced, so a note that
 * holds brackets itself is one part: `APF(5级(能效限定值))` → `APF` and `5级(能效限定值)`. Half-width brackets
 * (NFKC folds `（）` to them); `undefined` when the text does not end in `)`, its brackets do not balance, or
 * nothing comes before them. A scan from the end: a long hostile header takes time in proportion to its length.
 *
 * @example
 * endingBracket('能效等级(2级(节能))'); // { before: '能效等级', inside: '2级(节能)' }
 * endingBracket('安定性(沸煮法)');       // { before: '安定性', inside: '沸煮法' }
 */
export function endingBracket(text: string): { before: string; inside: string } | undefined {
  if (!text.endsWith(')')) return undefined;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text[i];
    if (c === ')') depth++;
    else if (c === '(' && --depth === 0) {
      const before = text.slice(0, i).trimEnd();
      return before === '' ? undefined : { before, inside: text.slice(i + 1, -1) };
    }
  }
  return undefined;
}
