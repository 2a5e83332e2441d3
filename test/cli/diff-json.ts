import { expect } from 'vitest';
import type { RuleSetDiff } from '../../src/diff/rule-set-diff';
import { validateDiff } from '../diff/diff-schema';
import type { Cli } from './cli-harness';

/**
 * `qgrade diff -f json a b` through a test's CLI, checked as every run must be (exit 0, nothing on stderr but the
 * notes that B kept A's provenance and A's version — these B files are A with its limits edited —, the diff schema's
 * shape), for the diff tests of tables' bands (boundaries moved, rows split).
 */
export async function diffJson(cli: Cli, a: string, b: string): Promise<RuleSetDiff> {
  const { code, stdout, stderr } = await cli.run(['diff', '-f', 'json', a, b]);
  const notes = stderr.split('\n').filter((line) => line !== '');
  expect(
    notes.filter(
      (line) =>
        !/provenance \(level and note\) and references are A's word for word|raise B's version/.test(line),
    ),
  ).toEqual([]);
  expect(code).toBe(0);
  const diff = JSON.parse(stdout) as RuleSetDiff;
  expect(validateDiff(diff), JSON.stringify(validateDiff.errors)).toBe(true);
  return diff;
}

/** A diff's entries of tables, each as `[key, kind, before, after, direction]` (`null` for none). */
export const tableEntries = (diff: RuleSetDiff) =>
  diff.entries
    .filter((e) => e.table !== undefined)
    .map((e) => [e.key, e.kind, e.before, e.after, e.direction ?? null]);
