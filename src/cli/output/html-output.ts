import { type FileHandle, open } from 'node:fs/promises';
import { UsageError } from '../../errors/usage-error';
import type { Language } from '../../text/localized-text';

/**
 * Where `-f html` writes its page: a file given with `-o`, opened before any
 * record is graded so that a wrong path fails at once, not after the run.
 *
 * @example
 * const out = await openHtmlOutput('html', 'report.html', 'en');
 * await out?.write(report.render());
 */
export interface HtmlOutput {
  /** Writes the page and closes the file. */
  write(html: string): Promise<void>;
}

/**
 * Checks `-f` against `-o` and opens the report file: `-f html` needs `-o
 * <file>` (a page is not for a terminal), and `-o` is only for `-f html`.
 * Returns `undefined` for the other formats, which write to stdout.
 *
 * @throws UsageError - html without `-o`, `-o` with another format, or a file that cannot be written
 * @example
 * const out = await openHtmlOutput(options.format, options.output, ctx.lang);
 */
export async function openHtmlOutput(
  format: string,
  output: string | undefined,
  lang: Language,
): Promise<HtmlOutput | undefined> {
  const zh = lang === 'zh';
  if (format !== 'html') {
    if (output !== undefined)
      throw new UsageError(
        zh
          ? `-o 只用于 -f html；格式“${format}”写到标准输出（可用 > 重定向到文件）`
          : `-o is for -f html only; format "${format}" writes to stdout (redirect it with >)`,
      );
    return undefined;
  }
  if (output === undefined || output === '' || output === '-')
    throw new UsageError(
      zh
        ? '-f html 生成一个网页文件，请用 -o 指定文件名，例如 -o report.html'
        : '-f html writes a web page to a file: name it with -o, e.g. -o report.html',
    );
  let handle: FileHandle;
  try {
    handle = await open(output, 'w');
  } catch (error) {
    throw new UsageError(
      zh
        ? `无法写入 ${output}：${(error as Error).message}`
        : `cannot write ${output}: ${(error as Error).message}`,
    );
  }
  return {
    async write(html) {
      try {
        await handle.writeFile(html, 'utf8');
      } finally {
        await handle.close();
      }
    },
  };
}
