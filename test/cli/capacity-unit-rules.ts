import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll } from 'vitest';

/**
 * A rule set of one cooling capacity in `unit`, conforming up to `limit` (14 kW, written in that unit), for the
 * tests of units `qgrade compare` reads for each side (a header's, a remark's). Illustrative, no standard's.
 */
export const capacityRuleSet = (version: string, unit: string, limit: string) => `schemaVersion: 1
id: test/capacity-unit
version: ${version}
industry: test
subject: product
title: { zh: 单位测试, en: Unit test }
references:
  - { code: TEST 18-2026, edition: "2026" }
provenance:
  level: illustrative
  note: { zh: 测试用, en: For tests only }
indicators:
  capacity: { type: number, unit: ${unit}, label: { zh: 制冷量, en: Cooling capacity } }
grades:
  - { id: C, label: { zh: 合格, en: Conforming } }
criteria:
  - { id: capacity, indicator: capacity, require: "≤ ${limit}" }
`;

/**
 * Files written once before a describe's tests, into its temp folder, by name: the paths by name, filled in
 * `beforeAll`.
 *
 * @param temp - the test file's temp folder (`useTempDir()`)
 * @param texts - each file's name and text
 */
export function writtenBeforeAll(temp: () => string, texts: Record<string, string>): Record<string, string> {
  const files: Record<string, string> = {};
  beforeAll(() => {
    const dir = temp();
    for (const [name, text] of Object.entries(texts)) {
      files[name] = join(dir, name);
      writeFileSync(files[name], text);
    }
  });
  return files;
}
