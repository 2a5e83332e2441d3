import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
const LOTS = ['-r', 'building-materials/cement-lot-grade', '-g', 'lot', 'examples/cement-lot-samples.csv'];

describe.concurrent('--detail is refused where it changes nothing', () => {
  it('with --group-by, in every format, in both languages', async () => {
    for (const format of ['json', 'ndjson', 'table']) {
      const run = await cli.run(['grade', ...LOTS, '-f', format, '--detail', 'grade']);
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        'qgrade: --detail is for the results of records; with --group-by each group has one shape (GroupResult): leave --detail out\n',
      );
    }
    const zh = await cli.run(['--lang', 'zh', 'grade', ...LOTS, '--detail', 'full']);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('使用 --group-by 时每组结果只有一种形式（GroupResult），请去掉 --detail');
    // Without --detail the groups are written as before.
    expect((await cli.run(['grade', ...LOTS, '-f', 'ndjson', '--no-summary'])).code).toBe(0);
  });

  it('--detail full written out with a format other than json or ndjson, as the docs say', async () => {
    const run = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'table',
      '--detail',
      'full',
      'examples/room-air-conditioners.json',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('qgrade: --detail full is for -f json and -f ndjson; -f table has one shape\n');
    const ndjson = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'ndjson',
      '--detail',
      'full',
      '--no-summary',
      'examples/room-air-conditioners.json',
    ]);
    expect(ndjson.code).toBe(1);
    expect(ndjson.stdout.split('\n').length).toBeGreaterThan(2);
  });
});
