import { readFile } from 'node:fs/promises';
import { fileReason } from '../errors/system-reason';
import { UsageError } from '../errors/usage-error';
import { localized } from '../text/localized-text';
import { type ColumnMapping, columnMapping } from './column-mapping';

/**
 * Reads `--map` options and a `--map-file` (a JSON or YAML object of
 * column → field) into a column mapping; see {@link columnMapping}. A file
 * that is not valid YAML is told as a rule file's YAML mistake is: where
 * (`m.yaml:2:1: …`), in both languages.
 */
export async function readColumnMapping(
  maps: readonly string[],
  file: string | undefined,
): Promise<ColumnMapping> {
  if (!file) return columnMapping(maps);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    // In words for the common codes (a folder is "it is a folder", not EISDIR).
    throw cannotRead(file, error);
  }
  // Read as a rule file is (size aside): its nesting and token limits bound what a hostile file costs,
  // where the yaml library's own parse read a flow list of a million items for most of a minute.
  return columnMapping(maps, await readMappingData(file, text), file);
}

function cannotRead(file: string, error: unknown): UsageError {
  const why = fileReason(error);
  return new UsageError(
    localized(`无法读取映射文件 ${file}：${why.zh}`, `cannot read the mapping file ${file}: ${why.en}`),
  );
}

/**
 * The data of a mapping file, or its first YAML mistake, located and worded
 * as the rule loader words it (a repeated key, a bracket never closed, an
 * alias bomb, nesting or tokens past the limits).
 */
async function readMappingData(file: string, text: string): Promise<unknown> {
  // The YAML parser is loaded only for a --map-file: most runs have none, and it is a large part of a start.
  const { SourceDocument } = await import('../load/source-document');
  // No size limit of a rule file here: the file was read already, and its size is not the mistake.
  const source = SourceDocument.parse(text, file, { maxBytes: Number.MAX_SAFE_INTEGER });
  const issue = source.issues.find((i) => i.severity === 'error');
  if (!issue) return source.data ?? null;
  const at = `${file}:${issue.line}:${issue.column}`;
  throw new UsageError(localized(`${at}: ${issue.text.zh}`, `${at}: ${issue.text.en}`));
}
