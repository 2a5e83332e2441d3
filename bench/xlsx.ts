/**
 * `npx tsx bench/xlsx.ts [rows]` (default 50,000): the XLSX reader and
 * writer on a generated workbook of room air conditioners headed in
 * Chinese. Each step runs in a child process of its own, so its peak
 * memory (maxRSS) is its own:
 *
 *   read   readXlsx, every item: wall and CPU time, rows per CPU second, peak RSS
 *   grade  `qgrade grade -f xlsx -o`: read, grade, write the workbook: time, peak RSS, file size
 *
 * Not part of `npm run bench` (which measures the engine); see docs/cli.md, "XLSX".
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import writeXlsxFile from 'write-excel-file/node';

const SELF = fileURLToPath(import.meta.url);
const AC = 'home-appliances/room-air-conditioner-energy';
const MAP = new Map([
  ['额定制冷量', 'ratedCoolingCapacity'],
  ['APF', 'apf'],
  ['SEER', 'seer'],
]);

async function generate(path: string, rows: number): Promise<void> {
  const data: (string | number | null)[][] = [['型号', '机组类型', '额定制冷量', 'APF', 'SEER', '备注']];
  for (let i = 0; i < rows; i++) {
    const heatPump = i % 3 !== 0;
    data.push([
      `KFR-${i}GW/A${i % 10}`,
      heatPump ? 'heat-pump' : 'cooling-only',
      2000 + (i % 120) * 100,
      heatPump ? 3 + (i % 250) / 100 : null,
      heatPump ? null : 3.4 + (i % 260) / 100,
      i % 7 === 0 ? '抽检' : null,
    ]);
  }
  writeFileSync(path, await writeXlsxFile(data).toBuffer());
}

async function read(path: string): Promise<void> {
  const { loadRuleSet } = await import('../src/index');
  const { readXlsx } = await import('../src/input/xlsx/read-xlsx');
  const ruleSet = await loadRuleSet(AC);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const source = await readXlsx(path, { mapping: MAP, indicators: ruleSet.indicators });
  let n = 0;
  for await (const _ of source.items) n++;
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = cpuOf(cpu);
  report({ step: 'read', rows: n, seconds, cpuSeconds, rowsPerCpuSecond: Math.round(n / cpuSeconds) });
}

async function grade(path: string, out: string): Promise<void> {
  const { run } = await import('../src/cli/program');
  const args = [
    'node',
    'qgrade',
    'grade',
    '-r',
    AC,
    '--no-summary',
    '--no-progress',
    path,
    '-f',
    'xlsx',
    '-o',
    out,
  ];
  for (const [column, field] of MAP) args.push('--map', `${column}=${field}`);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const code = await run(args);
  const seconds = (performance.now() - start) / 1000;
  report({
    step: 'grade -f xlsx',
    exit: code,
    seconds,
    cpuSeconds: cpuOf(cpu),
    outputBytes: statSync(out).size,
  });
  process.exitCode = 0;
}

/** CPU seconds (user + system) since `from`: on a shared machine, steadier than the wall clock. */
function cpuOf(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return Math.round((used.user + used.system) / 1e4) / 100;
}

function report(fields: Record<string, unknown>): void {
  process.stdout.write(
    `${JSON.stringify({ ...fields, peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`,
  );
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'read') await read(rest[0]!);
else if (mode === 'grade') await grade(rest[0]!, rest[1]!);
else {
  const rows = Number(mode ?? 50_000);
  const dir = mkdtempSync(join(tmpdir(), 'qgrade-xlsx-bench-'));
  try {
    const input = join(dir, 'samples.xlsx');
    await generate(input, rows);
    console.log(JSON.stringify({ step: 'generate', rows, inputBytes: statSync(input).size }));
    const child = (...args: string[]) =>
      process.stdout.write(
        execFileSync(process.execPath, ['--import', 'tsx', SELF, ...args], { encoding: 'utf8' }),
      );
    child('read', input);
    child('grade', input, join(dir, 'graded.xlsx'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
