import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { fileReason } from '../errors/system-reason';
import { UsageError } from '../errors/usage-error';
import { localized } from '../text/localized-text';
import { type ColumnMapping, columnMapping } from './column-mapping';

/**
 * Reads `--map` options and a `--map-file` (a JSON or YAML object of
 * column → field) into a column mapping; see {@link columnMapping}.
 */
export async function readColumnMapping(
  maps: readonly string[],
  file: string | undefined,
): Promise<ColumnMapping> {
  if (!file) return columnMapping(maps);
  let data: unknown;
  try {
    data = parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    // In words for the common codes (a folder is "it is a folder", not EISDIR); a YAML error in its own.
    const why = fileReason(error);
    throw new UsageError(
      localized(`无法读取映射文件 ${file}：${why.zh}`, `cannot read the mapping file ${file}: ${why.en}`),
    );
  }
  return columnMapping(maps, data ?? null, file);
}
