/** `透光率(1)`, `透光率（2）`, `透光率[3]`: a text and a number in brackets at the end (NFKC-folded). */
const NUMBERED = /^(.*\S)\s*[([]\s*(\d{1,3})\s*[)\]]$/u;

/**
 * The headers that number one column of a run (`透光率(1)` beside `透光率(2)`): there `(1)` is a specimen's number,
 * not the unit one a figure with no unit is written in (`透光率(1)` alone: newcomer-38 W2). Trimmed as given.
 *
 * @example
 * numberedHeaders(['透光率(1)', '透光率(2)', '厚度(1)']); // Set { '透光率(1)', '透光率(2)' }
 */
export function numberedHeaders(headers: readonly string[]): ReadonlySet<string> {
  const byText = new Map<string, string[]>();
  for (const header of headers) {
    const m = NUMBERED.exec(header.normalize('NFKC'));
    if (m === null) continue;
    const list = byText.get(m[1]!);
    if (list) list.push(header);
    else byText.set(m[1]!, [header]);
  }
  const out = new Set<string>();
  for (const list of byText.values()) if (new Set(list).size > 1) for (const h of list) out.add(h);
  return out;
}
