/**
 * Stands in for codemirror-json-schema's markdown renderer in the studio
 * bundle: that one loads shiki (a syntax highlighter with WebAssembly,
 * refused under the studio's Content-Security-Policy, and most of the
 * library's size) for code blocks that qgrade's schema descriptions do not
 * have. Descriptions are shown as plain text.
 */
export function renderMarkdown(markdown: string, _inline = true): string {
  return markdown.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
