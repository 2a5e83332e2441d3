import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();

const AC = 'home-appliances/room-air-conditioner-energy';
const CSV = 'model,unitType,ratedCoolingCapacity,apf,seer\nA1,heat-pump,3500,4.62,\n';

function input(name: string, text: string): string {
  const path = join(temp(), name);
  writeFileSync(path, text);
  return path;
}

describe.concurrent('--keep, --map and --map-file given in ways a person writes them', () => {
  it('--keep trims the column name and keeps a column named twice once', async () => {
    const data = input('keep.csv', CSV);
    const { code, stdout } = await cli.run([
      'grade',
      '-r',
      AC,
      '-f',
      'csv',
      '--no-summary',
      '--keep',
      ' model ',
      '--keep',
      'model',
      data,
    ]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      'row,model,grade,label,conforming,nextGrade,blockers,notGradedReason,failing,invalidFields,explanation',
    );
    expect(stdout.split('\n')[1]!.startsWith('1,A1,2,')).toBe(true);
  });

  it('two --maps of one column to different fields are a usage error naming both; the same one twice is fine', async () => {
    const data = input('map.csv', CSV);
    const en = await cli.run(['grade', '-r', AC, '--map', 'apf=apf', '--map', ' apf =seer', data]);
    expect(en.code).toBe(2);
    expect(en.stdout).toBe('');
    expect(en.stderr).toBe(
      'qgrade: --map apf=apf and --map  apf =seer map the same column "apf" to different fields; keep one\n',
    );
    const zh = await cli.run([
      '--lang',
      'zh',
      'grade',
      '-r',
      AC,
      '--map',
      'apf=apf',
      '--map',
      'apf=seer',
      data,
    ]);
    expect(zh.stderr).toContain(
      '--map apf=apf 和 --map apf=seer 把同一列“apf”映射到不同的字段；请只保留一个',
    );
    const twice = await cli.run([
      'grade',
      '-r',
      AC,
      '--map',
      'apf=apf',
      '--map',
      'apf=apf',
      '--no-summary',
      data,
    ]);
    expect(twice.code).toBe(0);
  });

  it('a mistake in a --map-file names the file, not a --map never written', async () => {
    const data = input('mapfile.csv', CSV);
    const target = input('target.json', '{"model": "modell"}');
    const en = await cli.run(['grade', '-r', AC, '--map-file', target, data]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      `qgrade: --map-file ${target} ("model": "modell"): the rule set has no indicator "modell"`,
    );
    const source = input('source.yaml', '型号: apf\n');
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '--map-file', source, data]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(`--map-file ${source} ("型号": "apf")：`);
    expect(zh.stderr).toContain('中没有“型号”列');
    // A --map given with the file still speaks as --map, also for a column the file maps too.
    const both = await cli.run(['grade', '-r', AC, '--map-file', target, '--map', 'model=apff', data]);
    expect(both.stderr).toContain(
      'qgrade: --map model=apff: the rule set has no indicator "apff"; did you mean "apf"?',
    );
  });

  it('a folder as --map-file says it is a folder, in both languages', async () => {
    const folder = join(temp(), 'a-folder');
    mkdirSync(folder);
    const data = input('folder.csv', CSV);
    const en = await cli.run(['grade', '-r', AC, '--map-file', folder, data]);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe(`qgrade: cannot read the mapping file ${folder}: it is a folder\n`);
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '--map-file', folder, data]);
    expect(zh.stderr).toBe(`qgrade: 无法读取映射文件 ${folder}：这是一个文件夹\n`);
  });
});
