import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Studio, startStudio, TOKEN_HEADER } from '../../src/studio/studio-server';
import { tempDir } from '../temp-dir';

let studio: Studio;
let readOnly: Studio;
const dir = tempDir('studio-dir');
const assets = tempDir('studio-assets');

beforeAll(async () => {
  writeFileSync(join(assets, 'index.html'), '<!doctype html><title>studio</title>');
  mkdirSync(join(dir, 'steel'));
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, 'steel', 'bar.yaml'), 'id: bar\n');
  writeFileSync(join(dir, 'samples.csv'), 'a,b\n1,2\n');
  writeFileSync(join(dir, 'notes.txt'), 'not listed');
  writeFileSync(join(dir, '.git', 'config.yaml'), 'hidden: true\n');
  studio = await startStudio({ assets, dir });
  readOnly = await startStudio({ assets });
});

afterAll(async () => {
  await studio.close();
  await readOnly.close();
});

/** A raw request, so that Host and Origin can be anything (fetch may not set Host). */
function raw(
  s: Studio,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: s.port, method, path, headers: { host: `127.0.0.1:${s.port}`, ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const withToken = (s: Studio, extra: Record<string, string> = {}) => ({ [TOKEN_HEADER]: s.token, ...extra });

describe('qgrade studio server', () => {
  it('listens on 127.0.0.1 and prints its address with the token', () => {
    expect(studio.url).toBe(`http://127.0.0.1:${studio.port}/?token=${studio.token}`);
    expect(studio.port).toBeGreaterThan(0);
  });

  it('serves the page with a strict Content-Security-Policy and no referrer (the token is in the address)', async () => {
    const page = await raw(studio, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>studio</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect((await raw(studio, 'GET', '/../../etc/passwd')).status).toBe(404);
  });

  it('lists the folder’s rule files and samples, not hidden folders or other files', async () => {
    const list = await raw(studio, 'GET', '/api/files', withToken(studio));
    expect(JSON.parse(list.body)).toEqual({ writable: true, files: ['samples.csv', 'steel/bar.yaml'] });
  });

  it('saves a .yaml file inside the folder with the token', async () => {
    const saved = await raw(
      studio,
      'PUT',
      '/api/file?path=steel/bar.yaml',
      withToken(studio, { origin: studio.origin }),
      'id: bar\nversion: "2"\n',
    );
    expect(saved.status).toBe(200);
    expect(readFileSync(join(dir, 'steel', 'bar.yaml'), 'utf8')).toBe('id: bar\nversion: "2"\n');
    const read = await raw(studio, 'GET', '/api/file?path=steel/bar.yaml', withToken(studio));
    expect(read.body).toBe('id: bar\nversion: "2"\n');
  });

  it('answers a missing file asked for as optional with 204 and no body, else 404 (the Tests tab: N5)', async () => {
    const optional = await raw(
      studio,
      'GET',
      '/api/file?path=steel/bar.test.yaml&optional',
      withToken(studio),
    );
    expect(optional.status).toBe(204);
    expect(optional.body).toBe('');
    expect(optional.headers['content-security-policy']).toContain("default-src 'none'");
    const asked = await raw(studio, 'GET', '/api/file?path=steel/bar.test.yaml', withToken(studio));
    expect(asked.status).toBe(404);
    // A file that is there is read as without the flag; a path outside the folder is refused as ever.
    const there = await raw(studio, 'GET', '/api/file?path=samples.csv&optional', withToken(studio));
    expect([there.status, there.body]).toEqual([200, 'a,b\n1,2\n']);
    const outside = await raw(studio, 'GET', '/api/file?path=../x.yaml&optional', withToken(studio));
    expect(outside.status).not.toBe(204);
    expect(outside.status).not.toBe(200);
  });

  it('refuses a write without the token, or with a wrong one', async () => {
    const none = await raw(studio, 'PUT', '/api/file?path=steel/bar.yaml', {}, 'hacked: true\n');
    const wrong = await raw(
      studio,
      'PUT',
      '/api/file?path=steel/bar.yaml',
      { [TOKEN_HEADER]: 'guess' },
      'x: 1\n',
    );
    expect([none.status, wrong.status]).toEqual([403, 403]);
    expect(readFileSync(join(dir, 'steel', 'bar.yaml'), 'utf8')).not.toContain('hacked');
    expect((await raw(studio, 'GET', '/api/files')).status).toBe(403);
  });

  it('refuses a request from a foreign Origin, even with the token', async () => {
    const put = await raw(
      studio,
      'PUT',
      '/api/file?path=steel/bar.yaml',
      withToken(studio, { origin: 'http://evil.example' }),
      'hacked: true\n',
    );
    expect(put.status).toBe(403);
    expect(JSON.parse(put.body).error).toBe('foreign Origin');
    expect((await raw(studio, 'GET', '/', { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding), even with the token', async () => {
    const got = await raw(
      studio,
      'GET',
      '/api/files',
      withToken(studio, { host: `evil.example:${studio.port}` }),
    );
    expect(got.status).toBe(403);
    expect(JSON.parse(got.body).error).toBe('foreign Host');
  });

  it('writes only .yaml/.yml, only inside the folder', async () => {
    for (const path of ['samples.csv', 'x.js', '../escape.yaml', '%2E%2E/escape.yaml', '/tmp/x.yaml']) {
      const put = await raw(studio, 'PUT', `/api/file?path=${path}`, withToken(studio), 'a: 1\n');
      expect(put.status, path).toBe(403);
    }
    expect(readFileSync(join(dir, 'samples.csv'), 'utf8')).toBe('a,b\n1,2\n');
  });

  it('without a folder it is read-only: nothing listed, nothing saved', async () => {
    const list = await raw(readOnly, 'GET', '/api/files', withToken(readOnly));
    expect(JSON.parse(list.body)).toEqual({ writable: false, files: [] });
    const put = await raw(readOnly, 'PUT', '/api/file?path=x.yaml', withToken(readOnly), 'a: 1\n');
    expect(put.status).toBe(403);
  });
});
