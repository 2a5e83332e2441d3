import type { InputFormat } from './input-item';

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.csv': 'csv',
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.xlsx': 'xlsx',
  '.parquet': 'parquet',
};

/**
 * The format a file's name gives by its extension (case ignored), or `undefined` for another or none. gradeFile
 * takes it from the path and gradeSample from its `name`, so the same bytes under the same name read alike: a CSV
 * whose first cell is `[No.]` is not sniffed as JSON (hostile-36 #1). Without `node:path`: gradeSample runs in a
 * browser too.
 *
 * @example
 * formatByName('抽检/2025.CSV') // 'csv'
 * formatByName('upload') // undefined
 */
export function formatByName(name: string | undefined): InputFormat | undefined {
  if (name === undefined) return undefined;
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  // A leading dot names a hidden file (`.csv` alone), not an extension, as node:path's extname says.
  if (dot <= 0) return undefined;
  return BY_EXTENSION[base.slice(dot).toLowerCase()];
}
