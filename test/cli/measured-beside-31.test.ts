/**
 * Hostile-31 W3: a second APF column beside the label column, worded `APF结果`, `APF检验结果`, `APF-实测`,
 * `APF_measured`, `Measured APF`, `检测APF` (the measured 4.62, Grade 2) or `APF标称值`, `APF额定`, `Rated APF`,
 * `APF明示值`: the label column (5.10) was graded, Grade 1, exit 0. Now refused as `APF(实测)` is: exit 2 naming both.
 * Fixtures: the tester's files, unchanged (test/fixtures/hostile-31/meas).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli } from './cli-harness';

const cli = useCli();
const AC = 'home-appliances/room-air-conditioner-energy';
const DIR = join(__dirname, '../fixtures/hostile-31/meas');

describe.concurrent('a measured or nominal APF column beside the label column (hostile-31 W3)', () => {
  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.csv'))) {
    const second = readFileSync(join(DIR, file), 'utf8').split('\n')[0]!.split(',').at(-1)!.trim();
    it(`"${second}": exit 2 naming both columns`, async () => {
      const run = await cli.run(['grade', '-r', AC, join(DIR, file)]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(
        `("全年能源消耗效率 APF") and 5 ("${second}") both look like the indicator apf`,
      );
    });
  }
});
