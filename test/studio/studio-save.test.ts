import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  STUDIO_HEADER,
  type Studio,
  startStudio,
  TOKEN_HEADER,
  VERSION_HEADER,
} from '../../src/studio/studio-server';
import { tempDir } from '../temp-dir';

let studio: Studio;
const dir = tempDir('studio-save-dir');
const assets = tempDir('studio-save-assets');

beforeAll(async () => {
  writeFileSync(join(assets, 'index.html'), '<!doctype html><title>studio</title>');
  writeFileSync(join(dir, 'tea.yaml'), 'id: tea\n');
  studio = await startStudio({ assets, dir });
});

afterAll(async () => {
  await studio.close();
});

async function call(
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<Response> {
  return fetch(`${studio.origin}${path}`, {
    method,
    headers: { [TOKEN_HEADER]: studio.token, ...headers },
    body,
  });
}

describe('qgrade studio server: saves that would overwrite a change made elsewhere', () => {
  it('sends each file with its version, and refuses (409) a save from an older version', async () => {
    const opened = await call('GET', '/api/file?path=tea.yaml');
    const version = opened.headers.get(VERSION_HEADER);
    expect(version).toBeTruthy();
    // Another tab (or an editor) saves first.
    const other = await call(
      'PUT',
      '/api/file?path=tea.yaml',
      { [VERSION_HEADER]: version! },
      'id: tea\n# 7.5\n',
    );
    expect(other.status).toBe(200);
    const next = other.headers.get(VERSION_HEADER);
    expect(next).not.toBe(version);
    // This tab's save, from what it opened, must not silently replace that.
    const mine = await call(
      'PUT',
      '/api/file?path=tea.yaml',
      { [VERSION_HEADER]: version! },
      'id: tea\n# mine\n',
    );
    expect(mine.status).toBe(409);
    expect((await mine.json()).version).toBe(next);
    expect(readFileSync(join(dir, 'tea.yaml'), 'utf8')).toBe('id: tea\n# 7.5\n');
    // The author chose to overwrite anyway: a save without a version.
    const forced = await call('PUT', '/api/file?path=tea.yaml', {}, 'id: tea\n# mine\n');
    expect(forced.status).toBe(200);
    expect(readFileSync(join(dir, 'tea.yaml'), 'utf8')).toBe('id: tea\n# mine\n');
  });

  it('refuses a save of a new file that someone else has created meanwhile', async () => {
    writeFileSync(join(dir, 'new.test.yaml'), 'cases: []\n');
    const put = await call('PUT', '/api/file?path=new.test.yaml', { [VERSION_HEADER]: 'none' }, 'x: 1\n');
    expect(put.status).toBe(409);
    const fresh = await call('PUT', '/api/file?path=fresh.yaml', { [VERSION_HEADER]: 'none' }, 'x: 1\n');
    expect(fresh.status).toBe(200);
  });

  it('marks its answers as the studio server’s and says whether the token is missing or wrong', async () => {
    const page = await fetch(`${studio.origin}/`, { method: 'HEAD' });
    expect(page.headers.get(STUDIO_HEADER)).toBe('1');
    const none = await fetch(`${studio.origin}/api/files`);
    expect([none.status, (await none.json()).token]).toEqual([403, 'missing']);
    const wrong = await fetch(`${studio.origin}/api/files`, { headers: { [TOKEN_HEADER]: 'abc' } });
    expect([wrong.status, (await wrong.json()).token]).toEqual([403, 'wrong']);
  });
});

describe('qgrade studio server: saves to a path that names no file it could list (hostile-17 F19)', () => {
  const put = (path: string) => call('PUT', `/api/file?path=${encodeURIComponent(path)}`, {}, 'x: 1\n');

  it('a folder that does not exist: 404 naming it, no absolute or temporary path, nothing made', async () => {
    for (const [path, folder] of [
      ['newdir/deep/d.yaml', 'newdir/deep'],
      ['tea.yaml/d.yaml', 'tea.yaml'],
    ] as const) {
      const res = await put(path);
      expect(res.status).toBe(404);
      const { error } = await res.json();
      expect(error).toBe(`no such folder: ${folder}`);
      expect(error).not.toContain(dir);
      expect(error).not.toContain('.tmp');
    }
    expect(existsSync(join(dir, 'newdir'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a backslash, a trailing slash or a hidden name is refused (4xx), on every platform', async () => {
    mkdirSync(join(dir, 'steel'), { recursive: true });
    const before = readdirSync(dir, { recursive: true }).sort();
    for (const path of [
      'steel\\..\\..\\c.yaml',
      'steel\\c.yaml',
      'steel/a.yaml/',
      '.yaml',
      'steel/.yaml',
      'steel/.x.yml',
    ]) {
      const res = await put(path);
      expect(res.status, path).toBe(403);
      expect((await res.json()).error).not.toContain(dir);
    }
    expect(readdirSync(dir, { recursive: true }).sort()).toEqual(before);
    // The same names in the folder are still saved.
    expect((await put('steel/a.yaml')).status).toBe(200);
  });
});
