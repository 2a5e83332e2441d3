import { jsonReason } from '../errors/system-reason';
import { UsageError } from '../errors/usage-error';
import { localized } from '../text/localized-text';

/** Records from a JSON array (or a single JSON object). */
export function parseJsonRecords(text: string, name: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const why = jsonReason(error);
    throw new UsageError(
      localized(
        `${name} 不是有效的 JSON：${why.zh}（JSON 数组是整体读取的；NDJSON 或 CSV 输入则把有误的行变成一条错误记录）`,
        `${name} is not valid JSON: ${why.en} (a JSON array is read whole; NDJSON or CSV input turns a bad row into an error row instead)`,
      ),
    );
  }
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') return [data];
  throw new UsageError(
    localized(
      `${name} 应包含记录的 JSON 数组（或一个记录对象）`,
      `${name} must hold a JSON array of records (or one record object)`,
    ),
  );
}
