import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Figure, FigureBook } from './figure';
import { REPO } from './paths';

const CHILD = fileURLToPath(new URL('./section-child.ts', import.meta.url));

/** What a section's process sends back. */
export type SectionResult<R> = { report: R; warnings: string[] } | { skipped: string };

/**
 * Runs a section in a fresh process (section-child.ts), its progress passed
 * through to this process's stderr; adds its figures to `book`.
 */
export function runSection<R>(
  section: 'library' | 'cli',
  args: object,
  book: FigureBook,
): Promise<SectionResult<R>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, section, JSON.stringify(args)], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`the ${section} section (${JSON.stringify(args).slice(0, 80)}…) exited ${code}`));
        return;
      }
      const parsed = JSON.parse(out) as
        | { figures: Record<string, Figure>; report: R; warnings: string[] }
        | { skipped: string };
      if ('skipped' in parsed) {
        resolve(parsed);
        return;
      }
      for (const [key, figure] of Object.entries(parsed.figures)) book.add(key, figure);
      resolve({ report: parsed.report, warnings: parsed.warnings });
    });
  });
}
