import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** The built CLI (`npm run build`; bench/prepare.ts builds it when missing or stale). */
export const CLI = join(REPO, 'dist', 'cli.js');
/** The built library entry, for the cold-start measurement in a fresh process. */
export const LIBRARY = join(REPO, 'dist', 'index.js');
