import type { Peer } from './peer';

/** One timed run of one peer. */
export interface Sample {
  /** Records graded per second of wall-clock time. */
  rate: number;
  /** Records graded. */
  records: number;
  /** Wall-clock time, ms. */
  ms: number;
  /** Process CPU time (user + system, every thread) over wall time: above 1 means more than one core worked. */
  cpuPerWall: number;
  /** Records graded per second of process CPU time: what the rate would be with a whole core (single-threaded work). */
  perCpuSecond: number;
}

/**
 * Grades records with `peer`, chunk after chunk, cycling through `records`,
 * until this process has spent `budgetMs` of CPU time (or 20 × that of wall
 * time): on a busy machine a sample then takes longer instead of holding
 * less work. The clocks are read between chunks only; the rate is per second
 * of wall-clock time.
 */
export async function timeFor(peer: Peer, records: readonly unknown[], budgetMs: number): Promise<Sample> {
  const chunk = Math.min(peer.chunk, records.length);
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const wallLimit = start + BigInt(Math.round(budgetMs * 20 * 1e6));
  const cpuBudget = budgetMs * 1000; // µs, as process.cpuUsage counts
  let done = 0;
  let next = 0;
  let checksum = 0;
  let now = start;
  let used = 0;
  do {
    const end = Math.min(next + chunk, records.length);
    const r = peer.run(records, next, end);
    checksum += typeof r === 'number' ? r : await r;
    done += end - next;
    next = end === records.length ? 0 : end;
    now = process.hrtime.bigint();
    const cpu = process.cpuUsage(cpuStart);
    used = cpu.user + cpu.system;
  } while (used < cpuBudget && now < wallLimit);
  const ms = Number(now - start) / 1e6;
  if (checksum <= 0) throw new Error(`${peer.name}: no records graded`);
  const cpuMs = used / 1000;
  return {
    rate: (done / ms) * 1000,
    records: done,
    ms,
    cpuPerWall: cpuMs / ms,
    perCpuSecond: (done / cpuMs) * 1000,
  };
}

/**
 * Times one call of `work` (a whole pass over some rows); returns its
 * wall-clock seconds and the CPU seconds of this process (all its threads:
 * a pool's worker threads count).
 */
export async function timeOnce(
  work: () => number | Promise<number>,
): Promise<{ seconds: number; cpuSeconds: number }> {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const checksum = await work();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  if (!(checksum > 0)) throw new Error('nothing was graded');
  return { seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/**
 * Repeats `work` (a whole pass) until this process has spent `cpuMs` of CPU
 * time on it, at least once: V8 optimises a loop over many passes, and on a
 * busy machine its optimising compiler gets less of the CPU.
 */
export async function warmUp(work: () => number | Promise<number>, cpuMs: number): Promise<void> {
  const start = process.cpuUsage();
  do await work();
  while (cpuSince(start) < cpuMs * 1000);
}

function cpuSince(start: NodeJS.CpuUsage): number {
  const cpu = process.cpuUsage(start);
  return cpu.user + cpu.system;
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
