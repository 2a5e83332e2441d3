import { readFile } from 'node:fs/promises';
import { UsageError } from '../usage-error';

/** Reads a whole input: `-` for stdin, else a file. */
export async function readInputText(path: string): Promise<string> {
  if (path === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read input file ${path}`);
  }
}

/** Records from a JSON array (or a single JSON object). */
export function parseJsonRecords(text: string, name: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${name} is not valid JSON: ${(error as Error).message}`);
  }
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') return [data];
  throw new UsageError(`${name} must hold a JSON array of records (or one record object)`);
}
