/**
 * vitest setup file: worker threads started by the code under test run the
 * workers built once for this test run (test/cli/build-cli.ts) rather than
 * compiling the TypeScript sources through tsx in every thread.
 */
import { inject } from 'vitest';

process.env.QGRADE_DEV_WORKERS = inject('cliDir');
