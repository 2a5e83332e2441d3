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

  it('the answer names the file as the folder lists it: `steel//b.yaml` and doubled slashes are steel/b.yaml (studio-29 F2)', async () => {
    mkdirSync(join(dir, 'steel'), { recursive: true });
    for (const path of ['steel//b.yaml', 'steel/b.yaml', 'steel///b.yaml']) {
      const res = await put(path);
      expect(res.status, path).toBe(200);
      expect((await res.json()).saved, path).toBe('steel/b.yaml');
    }
    expect(readFileSync(join(dir, 'steel', 'b.yaml'), 'utf8')).toBe('x: 1\n');
    expect(existsSync(join(dir, 'steel', 'steel'))).toBe(false);
  });
});

describe('qgrade studio server: concurrent saves from one version (hostile-18 F2)', () => {
  it('of twelve saves sent at once from the same version, exactly one is saved and the rest are refused (409)', async () => {
    writeFileSync(join(dir, 'race.yaml'), 'v: 0\n');
    const version = (await call('GET', '/api/file?path=race.yaml')).headers.get(VERSION_HEADER)!;
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        call('PUT', '/api/file?path=race.yaml', { [VERSION_HEADER]: version }, `v: ${i + 1}\n`),
      ),
    );
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(11);
    // The one saved is the one on disk, and every refusal names its version.
    const winner = answers.find((a) => a.status === 200)!;
    const saved = readFileSync(join(dir, 'race.yaml'));
    const won = await winner.json();
    expect(won.version).toBe(winner.headers.get(VERSION_HEADER));
    for (const refused of answers.filter((a) => a.status === 409))
      expect((await refused.json()).version).toBe(won.version);
    expect(saved.toString()).toMatch(/^v: \d+\n$/);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('saves to different files at once all succeed, and a failed save does not block the next', async () => {
    const answers = await Promise.all(
      ['p1.yaml', 'p2.yaml', 'p3.yaml'].map((f) =>
        call('PUT', `/api/file?path=${f}`, { [VERSION_HEADER]: 'none' }, 'x: 1\n'),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    const missing = await call('PUT', '/api/file?path=nowhere/p.yaml', {}, 'x: 1\n');
    expect(missing.status).toBe(404);
    expect((await call('PUT', '/api/file?path=p1.yaml', {}, 'x: 2\n')).status).toBe(200);
  });
});

describe('qgrade studio server: malformed and hidden paths (hostile-18 F9)', () => {
  const put = (path: string) => call('PUT', `/api/file?path=${encodeURIComponent(path)}`, {}, 'x: 1\n');

  it('an asset address with a bad percent-escape is a 400, not a 500', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/a%ZZ.js']) {
      const res = await fetch(`${studio.origin}${path}`);
      expect(res.status, path).toBe(400);
      expect((await res.json()).error).toBe('a bad percent-escape in the address');
    }
  });

  it('a file name longer than 255 bytes is a 400 that says so; one of 255 bytes is saved', async () => {
    const long = `${'a'.repeat(300)}.yaml`;
    const res = await put(long);
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error).toContain('305 bytes, longer than the 255');
    expect(error).not.toContain(dir);
    // 254 bytes: near the limit, and the temporary file's longer name does not fail it.
    const limit = `${'茶'.repeat(83)}.yaml`;
    expect(Buffer.byteLength(limit)).toBe(254);
    expect((await put(limit)).status).toBe(200);
    expect(existsSync(join(dir, limit))).toBe(true);
    expect((await call('GET', `/api/file?path=${encodeURIComponent(long)}`)).status).toBe(400);
  });

  it('refuses a ".." or a hidden name anywhere in the path, as docs/studio.md promises', async () => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    mkdirSync(join(dir, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(dir, 'keep.yaml'), 'keep: 1\n');
    for (const path of [
      'sub/../keep.yaml',
      '../keep.yaml',
      'sub/..',
      '.github/workflows/x.yml',
      '.hid/x.yaml',
      './keep.yaml',
      'sub/./keep.yaml',
    ]) {
      const res = await put(path);
      expect(res.status, path).toBe(403);
      expect((await call('GET', `/api/file?path=${encodeURIComponent(path)}`)).status, path).toBe(403);
    }
    expect(readFileSync(join(dir, 'keep.yaml'), 'utf8')).toBe('keep: 1\n');
    expect(readdirSync(join(dir, '.github', 'workflows'))).toEqual([]);
    // Dots inside a name are names, not segments.
    expect((await put('sub/a..b.yaml')).status).toBe(200);
  });
});
