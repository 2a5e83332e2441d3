import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

// hostile-44's left item: a sheet whose sample ids are numbers alone named its invalid records on the closing line as
// `rows 1 4, 4 2024-07`, which reads as four rows; the id now stands in brackets, an id with letters as before.
const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const DRAFT = 'examples/room-air-conditioner-energy-draft.yaml';
// Rows 1 and 4 leave the APF out (invalid); rows 2 and 3 are whole.
const CSV =
  '编号,unitType,ratedCoolingCapacity,apf,seer\n4,heat-pump,3500,,4.9\n9,heat-pump,3500,5.2,5.0\n12,heat-pump,3500,5.2,5.0\n2024-07,heat-pump,3500,,5.0\n';

function file(name: string, text: string): string {
  const path = join(temp(), name);
  writeFileSync(path, text);
  return path;
}

describe.concurrent('numeric sample ids on the closing line', () => {
  it('grade names an invalid row with a numeric id as row (id), in both languages', async () => {
    const csv = file('numeric-ids-grade.csv', CSV);
    const en = await cli.run(['grade', '-r', AC, '--keep', '编号', '-f', 'csv', csv]);
    expect(en.code).toBe(1);
    expect(en.stderr).toContain('(rows 1 (4), 4 (2024-07))');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '--keep', '编号', '-f', 'csv', csv]);
    expect(zh.stderr).toContain('（序号 1（4），4（2024-07））');
  });

  it('an id with letters follows its row as before', async () => {
    const csv = file('numeric-ids-letters.csv', CSV.replace('\n4,', '\nAC-4,').replace('2024-07', 'B7'));
    const en = await cli.run(['grade', '-r', AC, '--keep', '编号', '-f', 'csv', csv]);
    expect(en.stderr).toContain('(rows 1 AC-4, 4 B7)');
  });

  it('compare names them so too', async () => {
    const csv = file('numeric-ids-compare.csv', CSV);
    const en = await cli.run(['compare', AC, DRAFT, '--keep', '编号', csv]);
    expect(en.stderr + en.stdout).toContain('1 (4), 4 (2024-07)');
    const zh = await cli.run(['--lang', 'zh', 'compare', AC, DRAFT, '--keep', '编号', csv]);
    expect(zh.stderr + zh.stdout).toContain('1（4），4（2024-07）');
  });
});
