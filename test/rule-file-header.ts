/**
 * The lines a rule file written in a test starts with (schemaVersion …
 * provenance), eight of them, each ending in a newline: the part every such
 * file repeats, so a test shows only what it is about.
 */
export function ruleFileHeader(
  id: string,
  title: { zh: string; en: string } = { zh: '测试', en: 'Test' },
): string {
  return `schemaVersion: 1
id: ${id}
version: 1.0.0
industry: ${id.split('/')[0]}
subject: product
title: { zh: ${title.zh}, en: ${title.en} }
references: [{ code: TEST 1, edition: "2026" }]
provenance: { level: illustrative, note: { zh: 测试, en: test } }
`;
}
