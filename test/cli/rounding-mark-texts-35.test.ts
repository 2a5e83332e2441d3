/**
 * Every text a user reads shows a value written with a GB/T 8170 rounding mark as written (`42.5(−)`), or the
 * interval it stands for, never the number just inside that interval it is graded on (42.4999999): range and
 * plausibility errors, a derived value computed from marked values, scores and raises, compare's limit lines and
 * the group line (session 35, fix-marks-34 and fix-hostile4-34 "Left").
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const CEMENT = 'building-materials/common-portland-cement';
const CEMENT_HEADER =
  'cementType,strengthClass,compressive3d,compressive28d,flexural3d,flexural28d,initialSetting,finalSetting,magnesia,sulfurTrioxide,chloride,soundness';

interface Row {
  grade: string | null;
  errors?: { field: string; code: string; message: { zh: string; en: string } }[];
}

function write(name: string, lines: string[]): string {
  const path = join(temp(), name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

async function ndjson(args: string[], input?: string): Promise<Row[]> {
  const run = await cli.run(args, input === undefined ? {} : { input });
  return run.stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);
}

describe.concurrent('record errors show a marked value as written', () => {
  it('cement: chloride -0.0(+) (GB/T 8170: a negative value in [-0.05, -0.0)) fails range ≥ 0 and is told as written, not -1e-7', async () => {
    const path = write('chloride.csv', [CEMENT_HEADER, 'P.O,42.5,30,48,6,9,150,240,2,2.5,-0.0(+),true']);
    const [row] = await ndjson(['grade', '-r', CEMENT, '-f', 'ndjson', path]);
    expect(row!.errors).toEqual([
      {
        field: 'chloride',
        code: 'out-of-range',
        message: {
          zh: '氯离子 Cl⁻ 应 ≥ 0，实际为 -0.0(+)',
          en: 'chloride (Chloride (Cl⁻)) must be ≥ 0, got -0.0(+)',
        },
      },
    ]);
  });

  it('cement: final 230 and initial 230(+), (230, 230.5], make settingInterval lie in [-0.5, 0), below its check > 0: told with the inputs as written and that interval', async () => {
    const path = write('setting.csv', [CEMENT_HEADER, 'P.O,42.5,30,48,6,9,230(+),230,2,2.5,0.02,true']);
    const [row] = await ndjson(['grade', '-r', CEMENT, '-f', 'ndjson', path]);
    expect(row!.errors).toEqual([
      {
        field: 'settingInterval',
        code: 'implausible',
        message: {
          zh: '终凝与初凝之差 [-0.5, 0) min 低于核对范围 > 0 min（规则作者给出的核对范围，不是标准的限值），由 finalSetting = 230，initialSetting = 230(+) 计算：请核对这些值（是否填错了列？）',
          en: "settingInterval (Final minus initial setting time) [-0.5, 0) min is below the check range > 0 min (the rule author's plausibility check, not a standard's limit), computed from finalSetting = 230, initialSetting = 230(+): check those values (are two columns swapped?)",
        },
      },
    ]);
    // Both marked, each way: final 229(−) is [228.5, 229), initial 230(+) is (230, 230.5]: [-2, -1) min.
    const both = write('setting-both.csv', [
      CEMENT_HEADER,
      'P.O,42.5,30,48,6,9,230(+),229(−),2,2.5,0.02,true',
    ]);
    const [two] = await ndjson(['grade', '-r', CEMENT, '-f', 'ndjson', both]);
    expect(two!.errors![0]!.message.en).toMatch(
      /^settingInterval \(Final minus initial setting time\) \[-2, -1\) min is below .* computed from finalSetting = 229\(−\), initialSetting = 230\(\+\):/,
    );
  });
});
