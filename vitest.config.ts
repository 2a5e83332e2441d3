import { defineConfig } from 'vitest/config';

// Files that mock a module, fake the clock or patch process.stderr: each keeps a module graph of its own.
const ISOLATED = [
  'test/cli/parquet-missing.test.ts',
  'test/cli/progress.test.ts',
  'test/cli/xlsx.test.ts',
  'test/cli/output-bundled-id-40.test.ts',
  'test/cli/parquet-temp-full-40.test.ts',
  'test/cli/workers-cores-40.test.ts',
];
// Inputs at the size limits (a 140,000-column header, 2 MiB rule files, a 70,000-cell grade table), the runs whose
// point is a spawned process (40,000 rows streamed through the binary, a co-process answering line by line, a reader
// that closes, which modules a fresh process loads, every help example run as written, the encodings read through the
// binary, 200,000 rows on one thread and on two workers) and two long property searches: ~135 s of a run between them, so they run in `npm run test:slow` (CI
// runs it after `npm test`), which keeps `npm test` under 3 minutes on 2 cores (it took 173 s in CI with them).
export const SLOW = [
  'test/robust/wide-csv.test.ts',
  'test/robust/large-rule-files.test.ts',
  'test/robust/token-limit.test.ts',
  'test/cli/streaming.test.ts',
  'test/cli/pipe-protocol.test.ts',
  'test/cli/closed-pipe.test.ts',
  'test/package/lazy-engine.test.ts',
  'test/security/rule-file-mutations.property.test.ts',
  'test/cli/help-examples.test.ts',
  'test/compile/phrase-budget.test.ts',
  'test/cli/encodings.test.ts',
  'test/reference/three-way.property.test.ts',
  'test/cli/workers-200k.test.ts',
  // Worker threads started per case (every row kind on 1, 2 and 4 workers) and the docs' TypeScript blocks
  // type-checked by the compiler: 18.6 s and 6.3 s of npm test's 2 min 56 s on 2 cores (session 34).
  'test/cli/workers.test.ts',
  'test/package/readme-snippets.test.ts',
  // Worker pools started per case (createGraderPool, --workers 2 in every output) and the byte-identity property
  // search over generated rule sets: 8.1, 4.2, 5.5 and 6.1 s of npm test's 3 min 6 s on 2 cores (session 37).
  'test/grade/grader-pool.test.ts',
  'test/grade/pool-outcomes.test.ts',
  'test/cli/value-cell-36.test.ts',
  'test/serialize/result-json-bytes.test.ts',
  // The bundled rebar suites run whole (the 2018 set and the 2024 draft), the 35 lot cases of --group-by, a
  // 1,000,000-shared-string workbook, `qgrade test` over whole suites (test-command, conformity-wording-39) and the
  // signals spawned at the binary: 8.5, 3.1, 8.6, 3.2, 9.6, 8.8 and 3.1 s of a file time that kept npm test at
  // 168–180 s on 2 cores (session 39), too near 3 minutes.
  'test/rules/hot-rolled-ribbed-bar.test.ts',
  'test/rules/hot-rolled-ribbed-bar-2024-draft.test.ts',
  'test/cli/group-by.test.ts',
  'test/cli/xlsx-shared-strings-38.test.ts',
  'test/cli/test-command.test.ts',
  'test/cli/conformity-wording-39.test.ts',
  'test/cli/signals.test.ts',
  // --workers 2 against one thread over inputs that fail, close, pause or change keys (hostile-41): ~12 s on 2 cores.
  'test/cli/workers-hostile-41.test.ts',
];
const slow = process.env.QGRADE_SLOW_TESTS === '1';

export default defineConfig({
  test: {
    globalSetup: ['test/cli/build-cli.ts'],
    setupFiles: ['test/built-workers.ts'],
    // A timeout catches a hang, not slowness (the bench measures speed): 30 s was passed by compare and row-kinds
    // tests on a busy machine (load 20 on 2 cores), which then failed for the load, not for what they check.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Both cores: vitest's default leaves one free (cores − 1), which on a 2-core CI machine runs every file in one process.
    maxWorkers: 2,
    // Its ESM build imports its own files without extensions, which Node refuses; Vite resolves them (the studio's
    // hover help is tested on the pointer it finds from the syntax tree).
    server: { deps: { inline: ['codemirror-json-schema'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: slow ? SLOW : ['test/**/*.test.ts'],
          exclude: slow ? [] : [...ISOLATED, ...SLOW],
          // The library is built for long-lived processes: the files share one module graph per worker, which
          // spares each file importing src/ again (import time 84 s → 10 s summed over a run).
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: slow ? [] : ISOLATED } },
    ],
  },
});
