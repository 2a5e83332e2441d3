import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PathRefused, resolveInside, WRITABLE_EXTENSIONS } from '../../src/studio/studio-paths';
import { hostAllowed, newToken, originAllowed, tokenMatches } from '../../src/studio/studio-security';
import { tempDir } from '../temp-dir';

describe('studio security checks', () => {
  it('answers only to its own Host on its own port (a DNS-rebinding page names its own domain)', () => {
    expect(hostAllowed('127.0.0.1:4173', 4173)).toBe(true);
    expect(hostAllowed('localhost:4173', 4173)).toBe(true);
    expect(hostAllowed('LOCALHOST:4173', 4173)).toBe(true);
    expect(hostAllowed('127.0.0.1:4174', 4173)).toBe(false);
    expect(hostAllowed('127.0.0.1', 4173)).toBe(false);
    expect(hostAllowed('evil.example:4173', 4173)).toBe(false);
    expect(hostAllowed(undefined, 4173)).toBe(false);
  });

  it('takes requests without an Origin (same-origin GET) or with its own, and no other', () => {
    expect(originAllowed(undefined, 4173)).toBe(true);
    expect(originAllowed('http://127.0.0.1:4173', 4173)).toBe(true);
    expect(originAllowed('http://localhost:4173', 4173)).toBe(true);
    expect(originAllowed('https://127.0.0.1:4173', 4173)).toBe(false);
    expect(originAllowed('http://127.0.0.1:4174', 4173)).toBe(false);
    expect(originAllowed('http://evil.example', 4173)).toBe(false);
    expect(originAllowed('null', 4173)).toBe(false);
  });

  it('a token is 43 URL-safe characters, new each run, and only the exact token matches', () => {
    const token = newToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(token);
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(`${token}x`, token)).toBe(false);
    expect(tokenMatches(token.slice(0, -1), token)).toBe(false);
    expect(tokenMatches('', token)).toBe(false);
    expect(tokenMatches(undefined, token)).toBe(false);
  });
});

describe('resolveInside: where the studio may write', () => {
  const root = realpathSync(tempDir('studio-paths'));
  const outside = realpathSync(tempDir('studio-outside'));
  mkdirSync(join(root, 'steel'));
  writeFileSync(join(outside, 'victim.yaml'), 'x: 1\n');
  symlinkSync(outside, join(root, 'linked'));
  symlinkSync(join(outside, 'victim.yaml'), join(root, 'link.yaml'));
  const refused = (path: string) =>
    expect(resolveInside(root, path, WRITABLE_EXTENSIONS)).rejects.toThrow(PathRefused);

  it('a .yaml or .yml file in the folder or below it, existing or new', async () => {
    await expect(resolveInside(root, 'steel/new.yaml', WRITABLE_EXTENSIONS)).resolves.toBe(
      join(root, 'steel/new.yaml'),
    );
    await expect(resolveInside(root, 'a.YML', WRITABLE_EXTENSIONS)).resolves.toBe(join(root, 'a.YML'));
    await expect(resolveInside(root, 'new/deeper/x.yaml', WRITABLE_EXTENSIONS)).resolves.toBe(
      join(root, 'new/deeper/x.yaml'),
    );
  });

  it('refuses other extensions, paths out of the folder, absolute paths and links leading out', async () => {
    await refused('steel/x.json');
    await refused('x.yaml.js');
    await refused('steel');
    await refused('../outside.yaml');
    await refused('steel/../../outside.yaml');
    await refused(join(outside, 'victim.yaml'));
    await refused('C:/x.yaml');
    await refused('');
    await refused('a\0.yaml');
    await refused('linked/victim.yaml');
    await refused('linked/new.yaml');
    await refused('link.yaml');
    // hostile-17 F19: a backslash (a separator on Windows) everywhere, a trailing slash, a hidden name.
    await refused('steel\\..\\..\\c.yaml');
    await refused('steel\\new.yaml');
    await refused('steel/new.yaml/');
    await refused('.yaml');
    await refused('steel/.yml');
  });
});
