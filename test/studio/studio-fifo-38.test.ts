/**
 * Hostile-38 C2: a FIFO named `*.yaml` in the studio's folder. `GET /api/file` read it with readFile, which
 * blocked a libuv pool thread until a writer came; four such requests froze every later request, permanently, and
 * a PUT with a version did the same (versionOnDisk read it). resolveInside now refuses a file that is not a
 * regular file before anything reads it (403), and the list never shows one. If the refusal came after a read,
 * these tests would hang on the FIFO, not pass.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PathRefused, READABLE_EXTENSIONS, resolveInside } from '../../src/studio/studio-paths';
import { type Studio, startStudio, TOKEN_HEADER } from '../../src/studio/studio-server';
import { tempDir } from '../temp-dir';

let studio: Studio;
const dir = tempDir('studio-fifo');
const assets = tempDir('studio-fifo-assets');

beforeAll(async () => {
  writeFileSync(join(assets, 'index.html'), '<!doctype html><title>studio</title>');
  writeFileSync(join(dir, 'a.yaml'), 'id: a\n');
  execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
  execFileSync('mkfifo', [join(dir, 'fifo.csv')]);
  studio = await startStudio({ assets, dir });
});

afterAll(async () => {
  await studio.close();
});

async function api(method: string, path: string, headers: Record<string, string> = {}, body?: string) {
  const res = await fetch(`http://127.0.0.1:${studio.port}${path}`, {
    method,
    headers: { [TOKEN_HEADER]: studio.token, ...headers },
    ...(body === undefined ? {} : { body }),
  });
  return { status: res.status, body: await res.text() };
}

describe('the studio refuses a FIFO in its folder before reading it (hostile-38 C2)', () => {
  it('resolveInside refuses it, as a folder or a link is refused', async () => {
    await expect(resolveInside(dir, 'fifo.yaml', READABLE_EXTENSIONS)).rejects.toThrow(PathRefused);
    await expect(resolveInside(dir, 'fifo.yaml', READABLE_EXTENSIONS)).rejects.toThrow(
      'not a regular file: fifo.yaml',
    );
    await expect(resolveInside(dir, 'a.yaml', READABLE_EXTENSIONS)).resolves.toBe(join(dir, 'a.yaml'));
  });

  it('does not list it', async () => {
    const list = await api('GET', '/api/files');
    expect(JSON.parse(list.body)).toEqual({ writable: true, files: ['a.yaml'] });
  });

  it('five GETs and a PUT with a version are each refused, and the server still answers after them', async () => {
    const answers = await Promise.all([
      ...['fifo.yaml', 'fifo.yaml', 'fifo.yaml', 'fifo.yaml', 'fifo.csv'].map((p) =>
        api('GET', `/api/file?path=${p}`),
      ),
      api('PUT', '/api/file?path=fifo.yaml', { 'x-qgrade-version': 'none' }, 'id: x\n'),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(403);
      expect(JSON.parse(answer.body).error).toMatch(/^not a regular file: fifo\.(yaml|csv)$/);
    }
    const after = await api('GET', '/api/file?path=a.yaml');
    expect(after.status).toBe(200);
    expect(after.body).toBe('id: a\n');
  });
});
