/**
 * `-f parquet` when the temporary folder (TMPDIR) cannot take the rows (hostile-40 M2). A full disk is made by
 * vi.mock: a write to the temporary rows file fails with ENOSPC, as on a full 50 MB tmpfs.
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCli, useTempDir } from './cli-harness';

const full = vi.hoisted(() => ({ on: false, fds: new Set<number>() }));
vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const openSync = ((path: fs.PathLike, ...rest: unknown[]) => {
    const fd = (real.openSync as (...a: unknown[]) => number)(path, ...rest);
    if (String(path).endsWith('graded.ndjson')) full.fds.add(fd);
    return fd;
  }) as typeof real.openSync;
  const writeSync = ((fd: number, ...rest: unknown[]) => {
    if (full.on && full.fds.has(fd))
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), {
        code: 'ENOSPC',
        errno: -28,
      });
    return (real.writeSync as (...a: unknown[]) => number)(fd, ...rest);
  }) as typeof real.writeSync;
  return { ...real, default: { ...real, openSync, writeSync }, openSync, writeSync };
});

const cli = useCli();
const temp = useTempDir();
const AC = 'home-appliances/room-air-conditioner-energy';
const INPUT = 'examples/room-air-conditioners.json';

let tmp = '';
const saved = process.env.TMPDIR;
beforeEach(() => {
  tmp = fs.mkdtempSync(join(temp(), 'tmpdir-'));
  process.env.TMPDIR = tmp;
});
afterEach(() => {
  full.on = false;
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
});

describe('-f parquet with a temporary folder that cannot take the rows', () => {
  it('says the disk holding TMPDIR is full, how much a row needs and how to move it; exit 2, nothing left', async () => {
    const out = join(temp(), 'graded.parquet');
    fs.writeFileSync(out, 'last run');
    full.on = true;
    // 8 records: the rows are written when the run ends.
    const en = await cli.run(['grade', '-r', AC, '-f', 'parquet', '-o', out, INPUT]);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain(
      `cannot write ${out}: a Parquet file's rows wait in the temporary folder ${tmp} (TMPDIR), about 9 KB a row, and the disk holding it is full (no space left on the disk); set TMPDIR to a folder on a disk with room`,
    );
    expect(en.stderr).not.toMatch(/internal error|bug/);
    // 300 records of ~9 KB: the rows are written during the run, which stops at the first failed write.
    const many = join(temp(), 'many.ndjson');
    const line = '{"model":"KFR-35GW/B3","unitType":"heat-pump","ratedCoolingCapacity":3500,"apf":4.62}\n';
    fs.writeFileSync(many, line.repeat(300));
    const zh = await cli.run(['--lang', 'zh', 'grade', '-r', AC, '-f', 'parquet', '-o', out, many]);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain(
      `无法写入 ${out}：Parquet 的各行先写在临时文件夹 ${tmp}（TMPDIR）中，每行约 9 KB，而那里的磁盘已满（磁盘空间不足）`,
    );
    expect(zh.stderr).not.toContain('内部错误');
    expect(fs.readFileSync(out, 'utf8')).toBe('last run');
    expect(fs.readdirSync(tmp)).toEqual([]);
    expect(fs.readdirSync(temp()).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('a TMPDIR that is not there is a usage error that names it', async () => {
    const out = join(temp(), 'missing-tmp.parquet');
    process.env.TMPDIR = join(tmp, 'no-such');
    const run = await cli.run(['grade', '-r', AC, '-f', 'parquet', '-o', out, INPUT]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`(TMPDIR), about 9 KB a row, and it cannot be written (no such file)`);
    expect(fs.existsSync(out)).toBe(false);
  });
});
