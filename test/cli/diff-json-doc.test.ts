/**
 * docs/cli.md (and its Chinese page) shows `qgrade diff -f json` on the bundled
 * air-conditioner rule set and the draft in examples/: its versions, counts and
 * locations are what the command prints, so the example cannot go stale
 * (it showed 1.0.0, lines 9 and 86 after the rule set moved to 1.1.2).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RuleSetDiff } from '../../src/diff/rule-set-diff';
import { ROOT, useCli } from './cli-harness';

const cli = useCli();

/** The `-f json` example of the diff section: the JSON block that holds a `cell-changed` entry. */
function docExample(page: string) {
  const text = readFileSync(join(ROOT, page), 'utf8');
  const block = [...text.matchAll(/```json\n([\s\S]*?)```/g)]
    .map((m) => m[1]!)
    .find((b) => b.includes('"kind": "cell-changed"'));
  if (!block) throw new Error(`${page}: no diff -f json example`);
  const number = (re: RegExp) => Number(re.exec(block)?.[1]);
  return {
    versions: [...block.matchAll(/"version": "([^"]+)"/g)].map((m) => m[1]),
    counts: JSON.parse(/"counts": (\{[^}]*\})/.exec(block)![1]!),
    versionLine: number(/"key": "version"[\s\S]*?"line": (\d+)/),
    cellLines: [...block.matchAll(/"file": "[^"…]+", "line": (\d+), "column": 26/g)].map((m) => Number(m[1])),
  };
}

describe.each(['docs/cli.md', 'docs/cli.zh-CN.md'])('%s: the diff -f json example', (page) => {
  it('has the versions, counts and locations the command prints', async () => {
    const run = await cli.run([
      'diff',
      '-f',
      'json',
      'home-appliances/room-air-conditioner-energy',
      'examples/room-air-conditioner-energy-draft.yaml',
    ]);
    expect(run.code).toBe(0);
    const diff = JSON.parse(run.stdout) as RuleSetDiff;
    const doc = docExample(page);
    expect(doc.versions).toEqual([diff.a.version, diff.b.version]);
    expect(doc.counts).toEqual(diff.counts);
    const version = diff.entries.find((e) => e.kind === 'version')!;
    expect(doc.versionLine).toBe(version.a?.line);
    const cell = diff.entries.find((e) => e.kind === 'cell-changed')!;
    expect(doc.cellLines).toEqual([cell.a?.line, cell.b?.line]);
  });
});
