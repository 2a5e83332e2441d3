import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The built studio page: `dist/studio` beside the CLI in the package, or
 * the repository's `dist/studio` when qgrade runs from its sources;
 * undefined when it has not been built (`npm run build:studio`).
 */
export function studioAssets(): string | undefined {
  // dist/cli.js → dist/studio; src/studio/studio-assets.ts → dist/studio.
  for (const candidate of ['./studio/', '../../dist/studio/']) {
    const dir = fileURLToPath(new URL(candidate, import.meta.url));
    if (existsSync(`${dir}index.html`)) return dir;
  }
  return undefined;
}
