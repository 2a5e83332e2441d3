import { stat } from 'node:fs/promises';
import { UsageError } from '../errors/usage-error';
import { localized } from '../text/localized-text';

/**
 * The size of an input file, after refusing a path that is missing or a folder (in both languages); `undefined`
 * for a pipe, a FIFO or a device (`<(…)`, `/dev/stdin`, a named pipe), whose size the file system gives as 0
 * whatever comes through it (hostile-38 M1): such an input is read as a stream, as `-` is.
 */
export async function inputFileSize(path: string): Promise<number | undefined> {
  const info = await stat(path).catch(() => undefined);
  if (!info) {
    throw new UsageError(
      localized(`无法读取输入文件 ${path}：文件不存在`, `cannot read input file ${path}: no such file`),
    );
  }
  if (info.isDirectory()) {
    throw new UsageError(
      localized(`无法读取输入文件 ${path}：这是一个文件夹`, `cannot read input file ${path}: it is a folder`),
    );
  }
  return info.isFile() ? info.size : undefined;
}
