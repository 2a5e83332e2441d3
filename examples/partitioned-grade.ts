/**
 * Grading one large file on N processes (docs/scale-out.md, route 3): split
 * the input into N contiguous parts (the header repeated in each), run one
 * `qgrade grade -f ndjson` per part at once, then merge the parts' results in
 * order — rows renumbered as rows of the whole input — and their summaries.
 * Nothing here is specific to one machine: the parts could as well be graded
 * on N machines and their outputs merged the same way.
 *
 * The split is by lines, so it assumes one record per line: NDJSON, or CSV
 * whose cells hold no line breaks (quoted cells spanning lines would be cut).
 *
 * Run: npx tsx examples/partitioned-grade.ts [--parts N] [--rules id] [input.csv] [-- qgrade options]
 * With no input it grades a generated CSV of 3,000 air conditioners in 2
 * parts and checks the merged result against one run over the whole file
 * (CI runs it). Name the kept columns (`--keep 型号`): left to find one
 * itself, each part would choose from its own rows.
 * QGRADE=/path/to/cli.js picks the qgrade to run (default: this checkout's source).
 */
import { spawn } from 'node:child_process';
import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { BatchSummary, type GradeResult, loadRuleSet } from '../src/index';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const dashes = args.indexOf('--');
const own = dashes < 0 ? args : args.slice(0, dashes);
const options = (name: string, fallback: string) => {
  const at = own.indexOf(name);
  return at < 0 ? fallback : own.splice(at, 2)[1]!;
};
const parts = Number(options('--parts', '2'));
const rules = options('--rules', 'home-appliances/room-air-conditioner-energy');
const qgradeOptions = dashes < 0 ? ['--keep', 'model'] : args.slice(dashes + 1);

/** `qgrade …` as a child process: the built CLI named by QGRADE, or this checkout's source through tsx. */
function qgrade(cliArgs: string[], stdout: string): Promise<number> {
  const command = process.env.QGRADE
    ? [process.env.QGRADE]
    : ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...command, ...cliArgs], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.pipe(createWriteStream(stdout));
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 2));
  });
}

async function* lines(file: string): AsyncGenerator<string> {
  yield* createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY });
}

/** Splits a file with a header line into `n` contiguous parts, each with the header; returns their paths and row counts. */
async function split(file: string, n: number, dir: string): Promise<{ path: string; rows: number }[]> {
  let total = -1;
  for await (const line of lines(file)) if (line !== '') total++;
  const per = Math.ceil(total / n);
  const out: { path: string; rows: number }[] = [];
  let header: string | undefined;
  let stream: ReturnType<typeof createWriteStream> | undefined;
  for await (const line of lines(file)) {
    if (line === '') continue;
    if (header === undefined) {
      header = line;
      continue;
    }
    if (!stream || out.at(-1)!.rows === per) {
      stream?.end();
      const path = join(dir, `part-${out.length + 1}.csv`);
      stream = createWriteStream(path);
      stream.write(`${header}\n`);
      out.push({ path, rows: 0 });
    }
    if (!stream.write(`${line}\n`)) await new Promise<void>((r) => stream!.once('drain', () => r()));
    out.at(-1)!.rows++;
  }
  await new Promise((r) => (stream ? stream.end(r) : r(undefined)));
  return out;
}

/** Air conditioners of every capacity and efficiency, some with a value missing or mistyped. */
function sampleCsv(file: string, rows: number): void {
  const out = ['model,unitType,ratedCoolingCapacity,apf,seer'];
  for (let row = 1; row <= rows; row++) {
    const capacity = 2000 + ((row * 7919) % 13_000);
    const value = (3 + ((row * 104_729) % 300) / 100).toFixed(2);
    if (row % 97 === 0) out.push(`KFR-${row},heat-pump,${capacity},,`);
    else if (row % 89 === 0) out.push(`KFR-${row},heat-pump,${capacity},4.2x,`);
    else if (row % 3 === 0) out.push(`KF-${row},cooling-only,${capacity},,${value}`);
    else out.push(`KFR-${row},heat-pump,${capacity},${value},`);
  }
  writeFileSync(file, `${out.join('\n')}\n`);
}

const dir = mkdtempSync(join(tmpdir(), 'qgrade-parts-'));
const input = own[0] ?? join(dir, 'samples.csv');
if (own[0] === undefined) sampleCsv(input, 3000);
try {
  const started = performance.now();
  const pieces = await split(input, parts, dir);
  const split_ms = performance.now() - started;

  // One qgrade per part, all at once; 0 (all valid) and 1 (some invalid) are both a finished part.
  const codes = await Promise.all(
    pieces.map((p) =>
      qgrade(
        ['grade', '-r', rules, '-f', 'ndjson', '--no-summary', '--no-progress', ...qgradeOptions, p.path],
        `${p.path}.ndjson`,
      ),
    ),
  );
  if (codes.some((c) => c > 1)) throw new Error(`a part failed: exit codes ${codes.join(', ')}`);
  const graded_ms = performance.now() - started - split_ms;

  // Merge in part order: rows renumbered as rows of the whole input, one summary over all.
  const ruleSet = await loadRuleSet(rules);
  const summary = new BatchSummary(ruleSet.grades);
  const merged = createWriteStream(join(dir, 'graded.ndjson'));
  const grades: (string | null)[] = [];
  let offset = 0;
  for (const piece of pieces) {
    for await (const line of lines(`${piece.path}.ndjson`)) {
      // A cell's message names its line in the part: as a line of the whole input, one header line above both.
      const result = JSON.parse(
        line
          .replace(/\(line (\d+), column (\d+)\)/g, (_, l, c) => `(line ${Number(l) + offset}, column ${c})`)
          .replace(/（第 (\d+) 行第 (\d+) 列）/g, (_, l, c) => `（第 ${Number(l) + offset} 行第 ${c} 列）`),
      ) as GradeResult;
      result.row = (result.row ?? 0) + offset;
      summary.add(result);
      grades.push(result.grade);
      if (!merged.write(`${JSON.stringify(result)}\n`))
        await new Promise<void>((r) => merged.once('drain', () => r()));
    }
    offset += piece.rows;
  }
  await new Promise((r) => merged.end(r));
  const total_ms = performance.now() - started;
  const { total } = summary.counts();
  console.log(summary.format('en'));
  console.log(
    `${parts} parts: split ${split_ms.toFixed(0)} ms, graded ${graded_ms.toFixed(0)} ms, merged ${(total_ms - split_ms - graded_ms).toFixed(0)} ms; ${total} rows in ${(total_ms / 1000).toFixed(2)} s (${Math.round(total / (total_ms / 1000)).toLocaleString('en')} rows/s)`,
  );

  // The example checks itself: the merged parts are what one run over the whole file gives.
  if (own[0] === undefined) {
    const whole = join(dir, 'whole.ndjson');
    await qgrade(['grade', '-r', rules, '-f', 'ndjson', '--no-summary', ...qgradeOptions, input], whole);
    if (readFileSync(whole, 'utf8') !== readFileSync(join(dir, 'graded.ndjson'), 'utf8')) {
      throw new Error('partitioned-grade: the merged parts differ from one run over the whole file');
    }
    console.log('merged parts = one run over the whole file, byte for byte');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
