/** How a file on disk writes its text: a byte-order mark first, and CRLF line ends (Windows editors, WPS). */
export interface LineStyle {
  bom: boolean;
  crlf: boolean;
}

/**
 * The text of a file's bytes as the editor shows it (no byte-order mark, LF
 * line ends), and how the file wrote it, so a save writes it back the same way:
 * saving turned a Windows file (BOM + CRLF) into LF without a BOM, every line
 * of it changed for version control.
 *
 * @example
 * readStyled(new TextEncoder().encode('\ufeffa\r\nb\r\n')) // { text: 'a\nb\n', style: { bom: true, crlf: true } }
 */
export function readStyled(bytes: Uint8Array): { text: string; style: LineStyle } {
  const raw = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const bom = raw.startsWith('\ufeff');
  const body = bom ? raw.slice(1) : raw;
  const crlfs = body.match(/\r\n/g)?.length ?? 0;
  const lfs = body.match(/\n/g)?.length ?? 0;
  // CRLF when most line ends are: a file with a stray LF is still a Windows file.
  const crlf = crlfs > 0 && crlfs * 2 >= lfs;
  return { text: body.replace(/\r\n/g, '\n'), style: { bom, crlf } };
}

/**
 * The editor's text written as the file was (see {@link readStyled}).
 *
 * @example
 * styled('a\nb\n', { bom: true, crlf: true }) // '\ufeffa\r\nb\r\n'
 */
export function styled(text: string, style: LineStyle): string {
  const lines = style.crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  return style.bom ? `\ufeff${lines}` : lines;
}
