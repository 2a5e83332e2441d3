import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The READMEs and docs/*.md are in the npm package: a relative link or image in them must point at a file the
 * package holds too, or it is broken in node_modules/qgrade (newcomer-26 D1: docs/*.png and bench/README.md were not).
 * `examples/`, which README.md says is in the repository only, is the one exception.
 */
const ROOT = join(__dirname, '..', '..');
const FILES: string[] = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).files;
const REPOSITORY_ONLY = ['examples/'];

function packed(path: string): boolean {
  return FILES.some((f) => {
    if (f.includes('*')) {
      const [dir, ext] = f.split('/*') as [string, string];
      return dirname(path) === dir && path.endsWith(ext);
    }
    return path === f || path.startsWith(`${f}/`);
  });
}

const pages = [
  'README.md',
  'README.zh-CN.md',
  'SECURITY.md',
  'SECURITY.zh-CN.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
  // The generated API reference (npm run docs): its pages link one another.
  ...readdirSync(join(ROOT, 'docs/api'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/api/${f}`),
];

describe('relative links of the packed Markdown', () => {
  it('include the API reference, one page per entry point, which the package holds (developer-27 F6)', () => {
    expect(pages.filter((p) => p.startsWith('docs/api/'))).toEqual([
      'docs/api/README.md',
      'docs/api/qgrade.browser.md',
      'docs/api/qgrade.md',
    ]);
    expect(pages.filter((p) => p.startsWith('docs/api/')).every(packed)).toBe(true);
  });

  it.each(pages)('%s links only files the package holds', (page) => {
    const text = readFileSync(join(ROOT, page), 'utf8').replace(/```[\s\S]*?```/g, '');
    const broken: string[] = [];
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1]!.replace(/#.*$/, '');
      if (target === '' || /^[a-z]+:/i.test(target)) continue;
      const path = normalize(join(dirname(page), decodeURI(target)))
        .replace(/\\/g, '/')
        .replace(/\/$/, '');
      if (REPOSITORY_ONLY.some((r) => `${path}/`.startsWith(r))) continue;
      if (!existsSync(join(ROOT, path)) || !packed(relative('.', path))) broken.push(target);
    }
    expect(broken).toEqual([]);
  });
});
