import { expect } from 'vitest';
import type { Cli, RunResult } from './cli-harness';

/** Told of 4 cores, `--workers 2` starts two workers beside the reading thread on any machine (on 2 cores, one). */
export const FOUR_CORES = { cores: 4 };

/**
 * Grades `file` on one thread and on two workers, in each of `formats`: stdout, stderr and exit code must be the
 * same. Returns the first format's run on one thread.
 *
 * @example
 * const one = await sameOnTwoWorkers(cli, file, { extra: ['--tally-by', 'brand'] });
 */
export async function sameOnTwoWorkers(
  cli: Cli,
  file: string,
  options: { rules?: string; extra?: readonly string[]; formats?: readonly string[] } = {},
): Promise<RunResult> {
  const {
    rules = 'home-appliances/room-air-conditioner-energy',
    extra = [],
    formats = ['ndjson', 'csv'],
  } = options;
  let first: RunResult | undefined;
  for (const format of formats) {
    const args = ['grade', '-r', rules, '-f', format, ...extra, file];
    const one = await cli.run(args);
    const two = await cli.run([...args, '--workers', '2'], FOUR_CORES);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    expect(two.code).toBe(one.code);
    first ??= one;
  }
  return first!;
}
