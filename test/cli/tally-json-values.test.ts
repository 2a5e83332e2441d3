/**
 * `--tally-by` on JSON records whose value is a list or an object counts it
 * under its JSON text (`[1,2]`, `{"a":1}`), not with the records that have no
 * value (recheck-16 F6); null and "" are no value, numbers and true their text.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const LOTS = 'building-materials/cement-lot-grade';

const PRODUCERS: unknown[] = [1, '1', null, true, [1, 2], { a: 1 }, ' Acme', 'Acme', ''];
const record = (producer: unknown) => ({
  producer,
  strengthClass: '42.5',
  compressive3d: 24,
  compressive28d: 48,
  initialSetting: 150,
  finalSetting: 240,
});
const EXPECTED = [
  ['1', 2],
  ['true', 1],
  ['[1,2]', 1],
  ['{"a":1}', 1],
  ['Acme', 2],
  ['', 2],
];

let json: string;
let ndjson: string;
beforeAll(() => {
  const dir = temp();
  json = join(dir, 'samples.json');
  ndjson = join(dir, 'samples.ndjson');
  writeFileSync(json, JSON.stringify(PRODUCERS.map(record)));
  writeFileSync(ndjson, `${PRODUCERS.map((p) => JSON.stringify(record(p))).join('\n')}\n`);
});

describe('--tally-by on JSON values that are lists or objects', () => {
  it('compare -f json: each under its JSON text, the (no value) group only null and ""', async () => {
    const dir = temp();
    const lots = readFileSync(join(ROOT, 'rules/building-materials/cement-lot-grade.yaml'), 'utf8');
    const [a, b] = [join(dir, 'a.yaml'), join(dir, 'b.yaml')];
    writeFileSync(a, lots);
    writeFileSync(b, lots.replace(/^version: .*$/m, 'version: 99.0.0'));
    for (const file of [json, ndjson]) {
      const run = await cli.run(['compare', '-f', 'json', '--tally-by', 'producer', a, b, file]);
      const tally = JSON.parse(run.stdout).tally as { groups: { key: string; total: number }[] };
      expect(tally.groups.map((g) => [g.key, g.total])).toEqual(EXPECTED);
      // Some value in the column: no "is the key named right?" notice.
      expect(run.stderr).not.toContain('no record had a value');
    }
  });

  it('grade (en, zh): the same rows in the table', async () => {
    const en = await cli.run(['grade', '-r', LOTS, '--tally-by', 'producer', '-f', 'ndjson', ndjson]);
    const zh = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      LOTS,
      '--tally-by',
      'producer',
      '-f',
      'ndjson',
      ndjson,
    ]);
    for (const [run, heading, none] of [
      [en, 'by producer', '(no value)'],
      [zh, '按“producer”统计', '（无值）'],
    ] as const) {
      const lines = run.stderr.split('\n');
      const at = lines.findIndex((l) => l.startsWith(heading));
      expect(at).toBeGreaterThan(0);
      const keys = lines
        .slice(at + 2, at + 2 + EXPECTED.length)
        .map((l) => l.trim().split(/ {2,}/))
        .map((r) => [r[0], r[r.length - 1]]);
      expect(keys).toEqual(EXPECTED.map(([k, n]) => [k === '' ? none : k, String(n)]));
    }
  });
});
