import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';
import { ROOT, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const ZH_CSV = join(ROOT, 'examples/air-conditioners-zh.csv');
const JSON_RECORDS = 'examples/room-air-conditioners.json';

/** A workbook headed like the CSV example. */
async function workbook(): Promise<string> {
  const bytes = await exceljsWorkbook((wb) => {
    const ws = wb.addWorksheet('样品');
    ws.addRow(['型号', '机组类型', '额定制冷量', '全年能源消耗效率 APF']);
    ws.addRow(['KFR-26GW/A1', 'heat-pump', 2600, 5.27]);
  });
  const path = join(temp(), 'samples.xlsx');
  writeFileSync(path, bytes);
  return path;
}

describe.concurrent('a --map mistake is a usage error with a hint, not a silent "missing"', () => {
  it('a target that names no indicator exits 2 with the closest indicator', async () => {
    const { code, stdout, stderr } = await cli.run([
      'grade',
      '-r',
      AC,
      '--map',
      '额定制冷量=ratedCoolingCapacty',
      ZH_CSV,
    ]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('the rule set has no indicator "ratedCoolingCapacty"');
    expect(stderr).toContain('did you mean "ratedCoolingCapacity"?');
  });

  it('says it in Chinese with --lang zh', async () => {
    const { code, stderr } = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      AC,
      '--map',
      '额定制冷量=ratedCoolingCapacty',
      ZH_CSV,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('规则集没有名为“ratedCoolingCapacty”的指标，是否要写“ratedCoolingCapacity”？');
  });

  it('a target far from every indicator exits 2 without a guess', async () => {
    const { code, stderr } = await cli.run(['grade', '-r', AC, '--map', '额定制冷量=zzz', ZH_CSV]);
    expect(code).toBe(2);
    expect(stderr).toContain('no indicator "zzz"');
    expect(stderr).not.toContain('did you mean');
  });

  it('a CSV column the file does not have exits 2 with the closest header', async () => {
    const { code, stderr } = await cli.run([
      'grade',
      '-r',
      AC,
      '--map',
      '额定致冷量=ratedCoolingCapacity',
      ZH_CSV,
    ]);
    expect(code).toBe(2);
    expect(stderr).toMatch(
      /air-conditioners-zh\.csv has no column "额定致冷量"; did you mean "额定制冷量"\?/,
    );
  });

  it('a column missing from a --map-file exits 2 as well', async () => {
    const file = join(temp(), 'map.yaml');
    writeFileSync(file, '额定制冷: ratedCoolingCapacity\n');
    const { code, stderr } = await cli.run(['grade', '-r', AC, '--map-file', file, ZH_CSV]);
    expect(code).toBe(2);
    expect(stderr).toContain('has no column "额定制冷"; did you mean "额定制冷量"?');
  });

  it('a key no record of a JSON array has exits 2; one some record has is fine', async () => {
    const absent = await cli.run(['grade', '-r', AC, '--map', 'modell=x', '--keep', 'x', JSON_RECORDS]);
    expect(absent.code).toBe(2);
    expect(absent.stderr).toContain('has no column "modell"; did you mean "model"?');
    const present = await cli.run(['grade', '-r', AC, '--map', 'apf=apf', '-f', 'ndjson', JSON_RECORDS]);
    expect(present.code).toBe(1);
    expect(present.stderr).not.toContain('has no column');
  });

  it('a column missing from an .xlsx sheet exits 2 with the closest header', async () => {
    const { code, stderr } = await cli.run([
      'grade',
      '-r',
      AC,
      '--map',
      '额定致冷量=ratedCoolingCapacity',
      await workbook(),
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('has no column "额定致冷量"; did you mean "额定制冷量"?');
  });

  it('a target --keep names is allowed: the column is carried through under that name', async () => {
    const { code, stdout } = await cli.run([
      'grade',
      '-r',
      AC,
      '--map',
      '型号=sampleId',
      '--keep',
      'sampleId',
      '--map',
      '额定制冷量=ratedCoolingCapacity',
      '-f',
      'ndjson',
      ZH_CSV,
    ]);
    expect(code).toBe(1);
    expect(JSON.parse(stdout.split('\n')[0]!).kept).toEqual({ sampleId: 'KFR-26GW/A1' });
  });

  it('compare checks maps the same way', async () => {
    const { code, stderr } = await cli.run([
      'compare',
      AC,
      'examples/room-air-conditioner-energy-draft.yaml',
      '--map',
      '额定制冷量=ratedCoolingCapacty',
      ZH_CSV,
    ]);
    expect(code).toBe(2);
    expect(stderr).toContain('did you mean "ratedCoolingCapacity"?');
  });
});
