import { spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { systemReason } from '../../errors/system-reason';
import { UsageError } from '../../errors/usage-error';
import { studioAssets } from '../../studio/studio-assets';
import { startStudio } from '../../studio/studio-server';
import { localized } from '../../text/localized-text';
import type { ActionRunner, CliContext } from '../context';
import { exitCodesHelp } from '../exit-code-help';
import { EXIT } from '../exit-codes';

/** `qgrade studio [dir]`: the rule-set studio in the browser, served on 127.0.0.1 until Ctrl-C. */
export function registerStudio(program: Command, context: () => CliContext, runs: ActionRunner): void {
  program
    .command('studio')
    .description(
      'edit rule sets in the browser: live problems, samples graded as you type, compare, tests; serves 127.0.0.1 only',
    )
    .argument('[dir]', 'folder of rule files to list and save (.yaml/.yml only); without it, read-only')
    .addOption(new Option('--port <port>', 'port on 127.0.0.1 (default: a free one)').argParser(port))
    .option('--open', 'open the page in the default browser')
    .addHelpText(
      'after',
      `
Examples:
  $ qgrade studio rules/
  $ qgrade studio --port 4173 --open my-rules/
  $ qgrade studio

Without a folder the studio is read-only, on the bundled rule sets and examples.
The address printed carries a token made for this run: only a page opened with it can save.
QGRADE_STUDIO_PAGE=<folder> serves another build of the page (npm run build:studio -- <folder>).
Stop with Ctrl-C.
${exitCodesHelp('studio', 'en')}`,
    )
    .action(
      runs(async (dir: string | undefined, options: { port?: number; open?: boolean }) => {
        const ctx = context();
        const assets = ctx.io.env.QGRADE_STUDIO_PAGE ?? studioAssets();
        if (!assets) {
          throw new UsageError(
            localized(
              '工作台页面尚未构建：请运行 npm run build:studio',
              'the studio page is not built: run npm run build:studio',
            ),
          );
        }
        const folder = dir === undefined ? undefined : resolve(ctx.io.cwd, dir);
        if (folder !== undefined) {
          const info = await stat(folder).catch(() => undefined);
          if (!info?.isDirectory())
            throw new UsageError(localized(`${dir} 不是文件夹`, `${dir} is not a folder`));
        }
        const studio = await startStudio({ assets, dir: folder, port: options.port }).catch(
          (error: Error) => {
            const why = systemReason(error);
            const at = `127.0.0.1:${options.port ?? 0}`;
            throw new UsageError(
              localized(`无法在 ${at} 上提供服务：${why.zh}`, `cannot serve on ${at}: ${why.en}`),
            );
          },
        );
        ctx.out(studio.url);
        const zh = ctx.lang === 'zh';
        ctx.err(
          folder === undefined
            ? zh
              ? 'qgrade studio：只读（内置规则集和示例）；给出文件夹才能保存规则文件'
              : 'qgrade studio: read-only (bundled rule sets and examples); give a folder to save rule files'
            : zh
              ? `qgrade studio：把 .yaml/.yml 文件保存在 ${folder}`
              : `qgrade studio: saves .yaml/.yml files in ${folder}`,
        );
        ctx.err(zh ? '按 Ctrl-C 停止。' : 'Ctrl-C stops it.');
        if (options.open) openBrowser(studio.url, ctx);
        await new Promise<void>((done) => {
          const stop = () => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            done();
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await studio.close();
        return EXIT.ok;
      }),
    );
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535)
    throw new UsageError(
      localized(`--port 应为 0–65535，收到“${value}”`, `--port takes 0–65535, got "${value}"`),
    );
  return n;
}

function openBrowser(url: string, ctx: CliContext): void {
  const [command, args] =
    process.platform === 'darwin'
      ? ['open', [url]]
      : process.platform === 'win32'
        ? ['cmd', ['/c', 'start', '""', url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args as string[], { detached: true, stdio: 'ignore' });
  child.on('error', () =>
    ctx.err(
      ctx.lang === 'zh'
        ? `无法打开浏览器：请自行打开 ${url}`
        : `could not open a browser: open ${url} yourself`,
    ),
  );
  child.unref();
}
