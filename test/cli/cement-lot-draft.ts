import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { ROOT } from './cli-harness';

/**
 * Writes into `dir` the bundled cement-lot-grade rule set with class 52.5's 28-day limit raised from 52.5 to
 * 53.5 MPa (an illustrative committee draft, version 2.0.0-draft.1) and returns its path: the B side of the lot
 * comparisons, where 53.4 MPa falls below the lowest grade and 53.5 is exactly the limit.
 */
export function writeCementLotDraft(dir: string): string {
  const file = join(dir, 'draft.yaml');
  const text = readFileSync(join(ROOT, 'rules/building-materials/cement-lot-grade.yaml'), 'utf8');
  const raised = text
    .replace('- ["52.5", 52.5]', '- ["52.5", 53.5]')
    .replace('version: 1.6.0', 'version: 2.0.0-draft.1');
  expect(raised).not.toBe(text);
  writeFileSync(file, raised);
  return file;
}
