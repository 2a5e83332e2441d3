import { availableParallelism } from 'node:os';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * The worker threads `grade --workers n` starts (0: it grades on this thread). This thread reads the input and
 * writes every byte of the output, a core's worth of work, so no more workers start than the CPUs this process
 * may use (`os.availableParallelism()`) less one. More busy threads than cores grade no faster, and each worker
 * holds a copy of the rule set, its own heap and its own compiled code: `--workers 64` on 2 cores took 5.3 s of
 * CPU and 813 MB for 8 records (hostile-40 S1), and on 2 cores two workers beside this thread graded 100,000 CSV
 * rows slower than one worker (NDJSON 1.93 s against 1.63 s; one thread alone 1.91 s). `n` up to the cores
 * less one starts `n`; `n` equal to the cores starts one fewer (this thread and the workers then use every core,
 * as asked); more than the cores starts the cores less one, and a notice says so once on stderr (not an error).
 * The output is the same whatever starts.
 *
 * @param asked - `--workers` as given (1 when left out)
 * @param cores - the CPUs available (the machine's, unless a test gives them)
 * @example
 * workersToStart(1, 8); // { workers: 0 }
 * workersToStart(4, 8); // { workers: 4 }
 * workersToStart(2, 2); // { workers: 1 }
 * workersToStart(64, 2); // { workers: 1, notice: { zh: '注意：…', en: 'Note: 2 CPU cores …' } }
 */
export function workersToStart(
  asked: number,
  cores: number = availableParallelism(),
): { workers: number; notice?: LocalizedText } {
  if (asked <= 1) return { workers: 0 };
  const most = Math.max(0, cores - 1);
  // As many as the cores asks for them all: this thread and the workers use them, and that needs no notice.
  if (asked <= cores) return { workers: Math.min(asked, most) };
  const why = {
    zh: '（线程多于核心不会更快，只会多占内存）',
    en: ' (more busy threads than cores grade no faster and take more memory)',
  };
  if (most === 0)
    return {
      workers: 0,
      notice: localized(
        `注意：本进程只有 1 个可用的处理器核心，--workers ${asked} 不启动工作线程，在读取输入的线程中分级${why.zh}`,
        `Note: 1 CPU core is available to this process, so --workers ${asked} starts no worker thread and grades on the thread that reads the input${why.en}`,
      ),
    };
  return {
    workers: most,
    notice: localized(
      `注意：本进程可用的处理器核心为 ${cores} 个，其中一个用于读取输入、写出结果，--workers ${asked} 只启动 ${most} 个工作线程${why.zh}`,
      `Note: ${cores} CPU cores are available to this process and the thread that reads the input and writes the output takes one, so --workers ${asked} starts ${most} worker thread${most === 1 ? '' : 's'}${why.en}`,
    ),
  };
}
