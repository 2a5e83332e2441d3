import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { buildStudio } from '../../scripts/build-studio.mjs';
import { ROOT, useBinary, useCli, useTempDir } from './cli-harness';

const cli = useCli();
const binary = useBinary();
const temp = useTempDir();
let page = '';

beforeAll(async () => {
  page = await buildStudio({ outdir: mkdtempSync(join(temp(), 'studio-page-')), minify: false });
}, 120_000);

describe('qgrade studio', () => {
  it('serves a folder on 127.0.0.1 with a token in the printed address, until stopped (exit 0)', async () => {
    const dir = mkdtempSync(join(temp(), 'studio-rules-'));
    cpSync(
      join(ROOT, 'rules/steel/hot-rolled-ribbed-bar.yaml'),
      join(dir, 'steel/hot-rolled-ribbed-bar.yaml'),
    );
    cpSync(
      join(ROOT, 'rules/steel/hot-rolled-ribbed-bar.test.yaml'),
      join(dir, 'steel/hot-rolled-ribbed-bar.test.yaml'),
    );
    const child = spawn(process.execPath, [binary.bin, 'studio', dir, '--port', '0'], {
      env: { ...process.env, QGRADE_STUDIO_PAGE: page, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve);
        child.once('close', () => reject(new Error('qgrade studio ended before printing its address')));
      });
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{43}$/);
      const { origin, searchParams } = new URL(url);
      const token = searchParams.get('token')!;
      expect((await fetch(url)).headers.get('content-security-policy')).toContain("script-src 'self'");
      const files = await fetch(`${origin}/api/files`, { headers: { 'x-qgrade-token': token } });
      expect(await files.json()).toEqual({
        writable: true,
        files: ['steel/hot-rolled-ribbed-bar.test.yaml', 'steel/hot-rolled-ribbed-bar.yaml'],
      });
      expect((await fetch(`${origin}/api/files`)).status).toBe(403);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });

  it('a folder that does not exist, or a bad port, is a usage error (exit 2)', async () => {
    const missing = await cli.run(['studio', join(temp(), 'no-such-folder')], {
      env: { QGRADE_STUDIO_PAGE: page },
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('is not a folder');
    const port = await cli.run(['studio', '--port', '70000'], { env: { QGRADE_STUDIO_PAGE: page } });
    expect(port.code).toBe(2);
    expect(port.stderr).toContain('--port takes 0–65535');
  });
});
