import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Workload } from '../workloads/workload';
import { runCli, runProcess, shown } from './child-process';
import { writeCsv } from './csv-file';
import { type Figure, type FigureBook, measured, ratio, target } from './figure';
import { median } from './measure';
import { LIBRARY } from './paths';

/**
 * Start-up, each measured `runs` times in a fresh process, interleaved:
 * `node -e 0`, `qgrade --version`, `qgrade grade` of a one-row file, and a
 * cold `import` of the built library + `loadRuleSet` + `createGrader`. Adds
 * `startup.*` to `book` (medians, with min and max).
 */
export async function benchStartup(
  workload: Workload,
  columns: readonly string[],
  runs: number,
  seed: number,
  book: FigureBook,
  log: (line: string) => void,
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'qgrade-bench-start-'));
  try {
    const one = join(dir, 'one.csv');
    await writeCsv(one, workload.records(seed), columns, 1, false);
    const gradeArgs = ['grade', '--rules', workload.ruleSet, '-f', 'ndjson', one];
    const script = [
      'const t0 = performance.now();',
      `const q = await import(${JSON.stringify(pathToFileURL(LIBRARY).href)});`,
      'const t1 = performance.now();',
      `const rs = await q.loadRuleSet(${JSON.stringify(workload.ruleSet)});`,
      'const t2 = performance.now();',
      'q.createGrader(rs);',
      'const t3 = performance.now();',
      'process.stdout.write(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, compileMs: t3 - t2 }));',
    ].join('\n');

    const nodeOnly: number[] = [];
    const version: number[] = [];
    const oneRecord: number[] = [];
    const cpu = { node: [] as number[], version: [] as number[], grade: [] as number[] };
    const cold: { importMs: number; loadMs: number; compileMs: number }[] = [];
    const coldWall: number[] = [];
    log(`start-up: ${runs} runs of each…`);
    for (let i = 0; i < runs; i++) {
      const bare = await runProcess([process.execPath, '-e', '0']);
      nodeOnly.push(bare.seconds);
      if (bare.cpuSeconds !== undefined) cpu.node.push(bare.cpuSeconds);
      const v = await runCli(['--version']);
      if (v.exitCode !== 0) throw new Error(`qgrade --version exited ${v.exitCode}: ${v.stderrTail}`);
      version.push(v.seconds);
      if (v.cpuSeconds !== undefined) cpu.version.push(v.cpuSeconds);
      const g = await runCli(gradeArgs);
      if (g.exitCode !== 0 && g.exitCode !== 1)
        throw new Error(`${shown(gradeArgs)} exited ${g.exitCode}: ${g.stderrTail}`);
      if (g.lines !== 1) throw new Error(`${shown(gradeArgs)} wrote ${g.lines} lines for one row`);
      oneRecord.push(g.seconds);
      if (g.cpuSeconds !== undefined) cpu.grade.push(g.cpuSeconds);
      const c = await runProcess([process.execPath, '--input-type=module', '-e', script], {
        stdout: 'capture',
      });
      if (c.exitCode !== 0) throw new Error(`cold import exited ${c.exitCode}: ${c.stderrTail}`);
      coldWall.push(c.seconds);
      cold.push(JSON.parse(c.text ?? '') as (typeof cold)[number]);
    }

    const node = book.add(
      'startup.node-e-0',
      measured(nodeOnly, 's', 'node -e 0: Node.js itself, wall time from spawn to exit'),
    );
    const ver = book.add(
      'startup.version',
      measured(version, 's', 'qgrade --version (node dist/cli.js --version), wall time from spawn to exit'),
    );
    const withCpu = (f: Figure, values: number[]) => {
      if (values.length) f.detail = { cpuSeconds: Math.round(median(values) * 1000) / 1000 };
    };
    withCpu(node, cpu.node);
    withCpu(ver, cpu.version);
    const versus = book.add(
      'startup.version/node-e-0',
      ratio(ver, node, 'qgrade --version ÷ node -e 0, paired runs', target('<=', 1.5, '×')),
    );
    if (cpu.node.length && cpu.version.length) {
      versus.detail = { cpuSecondsRatio: Math.round((median(cpu.version) / median(cpu.node)) * 100) / 100 };
    }
    const grade = measured(
      oneRecord,
      's',
      `${shown(['grade', '--rules', workload.ruleSet, '-f', 'ndjson', '<one-row.csv>'])}: start, load and compile the rule set, grade and write one row`,
      target('<=', 0.35, 's'),
    );
    withCpu(grade, cpu.grade);
    book.add('startup.grade-one-record', grade);
    const total = cold.map((c) => c.importMs + c.loadMs + c.compileMs);
    const coldFigure = measured(
      total,
      'ms',
      `in a fresh process: await import('dist/index.js') + loadRuleSet('${workload.ruleSet}') + createGrader, timed inside the process`,
    );
    coldFigure.detail = {
      importMs: Math.round(median(cold.map((c) => c.importMs)) * 10) / 10,
      loadRuleSetMs: Math.round(median(cold.map((c) => c.loadMs)) * 10) / 10,
      createGraderMs: Math.round(median(cold.map((c) => c.compileMs)) * 10) / 10,
      processWallSeconds: Math.round(median(coldWall) * 1000) / 1000,
    };
    book.add('startup.cold-import-load-compile', coldFigure);
    log(
      `  node -e 0 ${node.value} s, qgrade --version ${ver.value} s, one-record grade ${grade.value} s, cold import + load + compile ${coldFigure.value} ms`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
