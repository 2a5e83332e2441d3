/**
 * A small XML well-formedness check for the JUnit reports (no XML parser is
 * a dependency): one root, tags nested and closed in order, attributes
 * quoted, only the five predefined entities and character references, no
 * stray `<` or `&`, no characters XML 1.0 forbids.
 *
 * @returns the problems; empty when the text is well-formed
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(xml)) problems.push('forbidden character');
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  let roots = 0;
  const NAME = '[A-Za-z_][\\w.-]*';
  const ATTRS = `(?:\\s+${NAME}="[^"<]*")*`;
  const open = new RegExp(`^<(${NAME})${ATTRS}\\s*(/?)>`);
  const close = new RegExp(`^</(${NAME})\\s*>`);
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt < 0 ? rest : rest.slice(0, lt);
    if (stack.length === 0 && text.trim() !== '')
      problems.push(`text outside the root: ${text.slice(0, 20)}`);
    for (const m of text.matchAll(/&([^;\s]*);?/g)) {
      if (!/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(m[1]!) || !m[0].endsWith(';')) {
        problems.push(`bad entity ${m[0]}`);
      }
    }
    if (lt < 0) break;
    rest = rest.slice(lt);
    const c = close.exec(rest);
    if (c) {
      if (stack.pop() !== c[1]) problems.push(`</${c[1]}> does not close the open tag`);
      rest = rest.slice(c[0].length);
      continue;
    }
    const o = open.exec(rest);
    if (!o) {
      problems.push(`malformed tag at: ${rest.slice(0, 40)}`);
      break;
    }
    for (const a of o[0].matchAll(/="([^"]*)"/g)) {
      for (const m of a[1]!.matchAll(/&([^;\s]*);?/g)) {
        if (!/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(m[1]!) || !m[0].endsWith(';')) {
          problems.push(`bad entity in attribute ${m[0]}`);
        }
      }
    }
    if (stack.length === 0) roots++;
    if (o[2] !== '/') stack.push(o[1]!);
    rest = rest.slice(o[0].length);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(', ')}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
