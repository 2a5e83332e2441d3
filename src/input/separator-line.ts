/**
 * Excel's first line `sep=;` (or `sep=,`, `sep=<tab>`, `sep=|`), which it writes to say which character parts
 * the cells, and reads so: the separator it names, and the chunks with that line left empty, so the header is
 * read under it and every line keeps its number. A file saved in a European locale is parted by `;`, and was read
 * as one column headed "sep=;" whose records were all invalid (hostile-46). `delimiter` is `undefined` when the
 * text does not start with such a line.
 *
 * @example
 * const { delimiter, chunks } = await separatorLine(once('sep=;\nname;apf\n'));
 * delimiter; // ';'  (chunks: '\nname;apf\n')
 */
export async function separatorLine(
  chunks: AsyncIterable<string>,
): Promise<{ delimiter: string | undefined; chunks: AsyncIterable<string> }> {
  const it = chunks[Symbol.asyncIterator]();
  let head = '';
  // The line is short: read until it ends, or until it cannot be one.
  while (!/[\r\n]/.test(head) && head.length < 16) {
    const next = await it.next();
    if (next.done) break;
    head += next.value;
  }
  const m = /^(\uFEFF?)sep=([;,\t|])[ \t]*(?=\r?\n|$)/i.exec(head);
  const text = m ? head.slice(m[0].length) : head;
  async function* rest(): AsyncGenerator<string> {
    let done = false;
    try {
      if (text !== '') yield text;
      for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
      done = true;
    } finally {
      // A reader that stops early closes the file under it, as a for-await over the chunks would.
      if (!done) await it.return?.();
    }
  }
  return { delimiter: m?.[2], chunks: rest() };
}
