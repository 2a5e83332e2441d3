import { availableParallelism } from 'node:os';
import { type LocalizedText, localized } from '../text/localized-text';

/**
 * The worker threads `grade --workers n` starts: no more than the CPUs this process may use
 * (`os.availableParallelism()`). More threads than cores grade no faster, and each holds a copy of the rule set and
 * its own heap: `--workers 64` on 2 cores took 5.3 s of CPU and 813 MB for 8 records (hostile-40 S1). When `n` is
 * lowered, a notice says so once on stderr; it is not an error, the run is the same.
 *
 * @param asked - `--workers` as given (1 when left out)
 * @param cores - the CPUs available (the machine's, unless a test gives them)
 * @example
 * workersToStart(64, 2); // { workers: 2, notice: { zh: '注意：…', en: 'Note: 2 CPU cores …' } }
 * workersToStart(2, 8); // { workers: 2 }
 */
export function workersToStart(
  asked: number,
  cores: number = availableParallelism(),
): { workers: number; notice?: LocalizedText } {
  const most = Math.max(1, cores);
  if (asked <= most) return { workers: asked };
  return {
    workers: most,
    notice: localized(
      `注意：本进程可用的处理器核心为 ${most} 个，--workers ${asked} 只启动 ${most} 个工作线程（线程多于核心不会更快，只会多占内存）`,
      `Note: ${most} CPU cores are available to this process, so --workers ${asked} starts ${most} worker threads (more threads than cores grade no faster and take more memory)`,
    ),
  };
}
