/**
 * standards-38 C1: a Q355 sample `Q355-kv-mean` with KV2 34;33;33 J was skipped as a summary row (stderr notice,
 * exit 0, 3 records), its failing impact test lost. Its list was compared by its own mean (33.33) with the means of
 * the lists above, at whole joules: within half a joule of lot `Q355-kv`'s 33.83. A specimen list is now a statistic
 * of the rows above only specimen by specimen (the per-specimen means above are 36;36;35.67, lot Q355-kv's
 * 34;34;33.5): 34;33;33 is none, and the row is graded. A true per-specimen mean row is still skipped.
 */
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const { csv, xlsx } = inputFiles(temp);
const Q355 = 'steel/low-alloy-structural-steel';
const AC = 'home-appliances/room-air-conditioner-energy';
const HEAD =
  'case_id,designation,thickness,yieldStrength,tensileStrength,impactTemperature,impactEnergy,carbon,manganese,phosphorus,sulfur';
/** The checker's rows: one heat, every column but the id and KV2 (three specimens at −20 °C, ≥ 34 J) alike. */
const row = (id: string, kv2: string) => `${id},Q355,20,400,520,-20,${kv2},0.16,1.2,0.02,0.02`;
const ABOVE = [
  row('Q355-D-base', '40;40;40'),
  row('Q355-kv-34x3', '34;34;34'),
  row('Q355-kv-one-below', '34;34;33'),
];

/** The .xlsx of the CSV lines, numbers as numeric cells (a specimen list stays text, as a lab types it). */
function book(lines: readonly string[]): Promise<string> {
  return xlsx(...lines.map((l) => l.split(',').map((c) => (/^-?\d+(?:\.\d+)?$/.test(c) ? Number(c) : c))));
}

const FORMATS: [string, (lines: readonly string[]) => Promise<string> | string, string[]][] = [
  ['CSV', (lines) => csv(...lines), []],
  ['.xlsx', book, []],
  ['CSV --workers 2', (lines) => csv(...lines), ['--workers', '2']],
];

async function grade(rules: string, file: string, extra: readonly string[]) {
  return cli.run(['grade', '-r', rules, '-f', 'csv', ...extra, file]);
}

describe.concurrent('a specimen list is a statistic of the rows above only specimen by specimen (standards-38 C1)', () => {
  for (const [format, write, extra] of FORMATS) {
    it(`${format}: Q355-kv-mean at 34;33;33 J is a record, not graded (mean 33.33 → 33 < 34 J); 4 records`, async () => {
      const run = await grade(Q355, await write([HEAD, ...ABOVE, row('Q355-kv-mean', '34;33;33')]), extra);
      expect(run.code).toBe(0);
      expect(run.stderr).not.toContain('summary row');
      expect(run.stderr).toContain('4 records: 3 graded, 1 not graded, 0 invalid');
      const last = run.stdout.split('\n').find((l) => l.includes('Q355-kv-mean'));
      expect(last).toMatch(/^4,Q355-kv-mean,,/);
    });

    it(`${format}: the control S4-mean (the same values) is a record too`, async () => {
      const run = await grade(Q355, await write([HEAD, ...ABOVE, row('S4-mean', '34;33;33')]), extra);
      expect(run.stderr).not.toContain('summary row');
      expect(run.stderr).toContain('4 records: 3 graded, 1 not graded, 0 invalid');
    });

    it(`${format}: the per-specimen mean of the rows above (36;36;35.7) is skipped as a statistic; 3 records`, async () => {
      const run = await grade(Q355, await write([HEAD, ...ABOVE, row('Q355-kv-mean', '36;36;35.7')]), extra);
      expect(run.stderr).toMatch(
        /summary row, skipped as its values are a mean, sum or other statistic of the rows above: [a-z ]*5 "Q355-kv-mean"/,
      );
      expect(run.stderr).toContain('3 records: 3 graded, 0 not graded, 0 invalid');
    });
  }

  it('one specimen off its position’s mean (35.6 for 35.67), or 36.0 written for it, is a record', async () => {
    for (const kv2 of ['36;36;35.6', '36.0;36.0;36.0']) {
      const run = await grade(Q355, csv(HEAD, ...ABOVE, row('Q355-kv-mean', kv2)), []);
      expect(run.stderr, kv2).not.toContain('summary row');
      expect(run.stderr, kv2).toContain('4 records: 4 graded');
    }
  });

  it('the same specimens in another order are no mean: a list is compared position by position', async () => {
    // Specimen means 36;36;35.67: 35.7;36;36 has their values, not at their places.
    const run = await grade(Q355, csv(HEAD, ...ABOVE, row('Q355-kv-mean', '35.7;36;36')), []);
    expect(run.stderr).not.toContain('summary row');
    expect(run.stderr).toContain('4 records: 4 graded');
  });

  it('a list of another length than the rows above gave is no statistic of theirs: a record, invalid', async () => {
    const run = await grade(Q355, csv(HEAD, ...ABOVE, row('Q355-kv-mean', '36;36')), []);
    expect(run.stderr).not.toContain('summary row');
    expect(run.stderr).toContain('4 records: 3 graded, 0 not graded, 1 invalid');
  });

  it('one value under the specimen column is compared with the lists’ means (35.89 → 36): skipped', async () => {
    const run = await grade(Q355, csv(HEAD, ...ABOVE, row('Q355-kv-mean', '36')), []);
    expect(run.stderr).toContain('statistic of the rows above: line 5 "Q355-kv-mean"');
    expect(run.stderr).toContain('3 records: 3 graded');
  });
});

describe.concurrent('a row of plain values (AC, APF) is told by them as before', () => {
  const ACHEAD = 'id,unitType,ratedCoolingCapacity,apf';
  const rows = ['A1,heat-pump,3500,4.00', 'A2,heat-pump,3500,4.40'];

  for (const [format, write, extra] of FORMATS) {
    it(`${format}: Q-mean-2 at the mean APF (4.20) is skipped; mean-lot-7 at 3.10 is graded`, async () => {
      const skipped = await grade(AC, await write([ACHEAD, ...rows, 'Q-mean-2,heat-pump,3500,4.20']), extra);
      expect(skipped.stderr).toMatch(/statistic of the rows above: [a-z ]*4 "Q-mean-2"/);
      expect(skipped.stderr).toContain('2 records: 2 graded');
      const graded = await grade(AC, await write([ACHEAD, ...rows, 'mean-lot-7,heat-pump,3500,3.10']), extra);
      expect(graded.stderr).not.toContain('summary row');
      expect(graded.stderr).toContain('3 records: 2 graded, 1 not graded');
    });
  }

  it('the capacity alike in every row proves nothing: an APF off the mean (4.30) is a record', async () => {
    const run = await grade(AC, csv(ACHEAD, ...rows, 'Q-mean-2,heat-pump,3500,4.30'), []);
    expect(run.stderr).not.toContain('summary row');
    expect(run.stderr).toContain('3 records: 3 graded');
  });
});
