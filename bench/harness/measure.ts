import type { Peer } from './peers';

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
}

/**
 * Grades records with `peer` for `budgetMs` of wall-clock time, chunk after
 * chunk, cycling through `records`; the clock is read between chunks only.
 */
export async function timeFor(peer: Peer, records: readonly unknown[], budgetMs: number): Promise<Sample> {
  const chunk = Math.min(peer.chunk, records.length);
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(budgetMs * 1e6));
  let done = 0;
  let next = 0;
  let checksum = 0;
  let now = start;
  do {
    const end = Math.min(next + chunk, records.length);
    const r = peer.run(records, next, end);
    checksum += typeof r === 'number' ? r : await r;
    done += end - next;
    next = end === records.length ? 0 : end;
    now = process.hrtime.bigint();
  } while (now < deadline);
  const ms = Number(now - start) / 1e6;
  const cpu = process.cpuUsage(cpuStart);
  if (checksum <= 0) throw new Error(`${peer.name}: no records graded`);
  return { rate: (done / ms) * 1000, records: done, ms, cpuPerWall: (cpu.user + cpu.system) / 1000 / ms };
}

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
