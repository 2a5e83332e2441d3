// C0 controls other than tab, line feed and carriage return, DEL and the C1 controls: HTML forbids them
// in text, and a rule label or a kept cell that carries one should show that something was there.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const SPECIAL = /[&<>"']/g;
const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made safe for HTML and SVG, in element content and in quoted
 * attribute values alike: `& < > " '` become entities and control
 * characters become U+FFFD (�), so text from a rule file or an input cell
 * can never open a tag, end an attribute or hide in the page.
 *
 * @example
 * escapeHtml('<script>alert("x")</script>'); // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '\ufffd').replace(SPECIAL, (ch) => ENTITY[ch]!);
}
