// C0 controls other than tab, line feed and carriage return, DEL and the C1 controls: HTML forbids them
// in text, and a rule label or a kept cell that carries one should show that something was there.
// The bidirectional marks, embeddings, overrides and isolates too (U+061C, U+200E/F, U+202A–E, U+2066–9),
// as safeText treats them in data values: a U+202E in an indicator's label showed the rest of every
// sentence naming it reversed, in the title, the headings and the explanations alike.
const CONTROL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
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
 * characters and bidirectional controls become U+FFFD (�), so text from a
 * rule file or an input cell can never open a tag, end an attribute, hide
 * in the page or turn the text after it around.
 *
 * @example
 * escapeHtml('<script>alert("x")</script>'); // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '\ufffd').replace(SPECIAL, (ch) => ENTITY[ch]!);
}
