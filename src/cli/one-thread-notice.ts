import { type LocalizedText, localized } from '../text/localized-text';

/**
 * What `grade -f xlsx|html|parquet -o <file> --workers n` says once on stderr: such a file is graded on one thread
 * (it is built from every whole result), so `--workers` is not used. It was accepted in silence, and a nightly job
 * tuned with `--workers 2` believed it ran on two threads (developer-35 M4). Not refused, as `--group-by --workers`
 * is: the file is written all the same, as the same command without it writes it.
 *
 * @param format - the report format written to a file
 * @param workers - `--workers` as given (1 when left out)
 * @returns `undefined` for one worker
 * @example
 * const notice = oneThreadNotice('parquet', 2);
 * if (notice) ctx.err(notice[ctx.lang]);
 */
export function oneThreadNotice(format: string, workers: number): LocalizedText | undefined {
  if (workers <= 1) return undefined;
  return localized(
    `注意：-f ${format} 在单线程中分级（文件由全部完整结果写成），未使用 --workers ${workers}；要在多个线程上分级，请用 -f csv 或 -f ndjson`,
    `Note: -f ${format} grades on one thread (the file is built from every whole result), so --workers ${workers} is not used; to grade on several threads, write -f csv or -f ndjson`,
  );
}
