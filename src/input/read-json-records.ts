import { UsageError } from '../errors/usage-error';

/** Records from a JSON array (or a single JSON object). */
export function parseJsonRecords(text: string, name: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${name} is not valid JSON: ${(error as Error).message} (a JSON array is read whole; NDJSON or CSV input turns a bad row into an error row instead)`,
    );
  }
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') return [data];
  throw new UsageError(`${name} must hold a JSON array of records (or one record object)`);
}
