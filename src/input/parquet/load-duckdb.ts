import { UsageError } from '../../errors/usage-error';
import { cjkJoin } from '../../text/cjk-space';
import type { LocalizedText } from '../../text/localized-text';

/** The optional package that reads and writes Parquet, and runs SQL over it. */
export const DUCKDB_PACKAGE = '@duckdb/node-api';

/** The DuckDB Node API, as qgrade uses it. */
export type DuckDB = typeof import('@duckdb/node-api');

let loading: Promise<DuckDB> | undefined;

/**
 * Loads DuckDB on first use. It is an optional peer dependency (a native
 * library of some 70 MB), so it is imported only when a `.parquet` file or
 * the SQL function asks for it, never by `import 'qgrade'` or the CLI's
 * start-up; when it is not installed, the error names the package to install.
 *
 * @param why - what needs it, for the message ("needed for …"): e.g. `localized('读取 a.parquet', 'reading a.parquet')`
 * @throws {@link UsageError} (the CLI exits 2) when the package cannot be loaded
 */
export function loadDuckDB(why: LocalizedText): Promise<DuckDB> {
  loading ??= import(DUCKDB_PACKAGE) as Promise<DuckDB>;
  return loading.catch((error: unknown) => {
    loading = undefined;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const install = `npm install ${DUCKDB_PACKAGE}`;
    // Each language on its own (the CLI prints the run's); a library caller has both, in the error's `text`.
    throw new UsageError({
      zh: `${cjkJoin(why.zh, `需要可选依赖包 ${DUCKDB_PACKAGE}`)}，但无法加载；请在 qgrade 旁安装：${install}（系统信息“${reason}”）`,
      // "needed for …", not "… needs": what needs it may be plural (the DuckDB grade functions).
      en: `the optional package ${DUCKDB_PACKAGE}, needed for ${why.en}, could not be loaded (${reason}); install it beside qgrade: ${install}`,
    });
  });
}
