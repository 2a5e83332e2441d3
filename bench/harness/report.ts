import type { CliReport } from './cli-throughput';
import type { Figure } from './figure';
import type { WorkloadReport } from './library';
import type { LoadCompileTime } from './load-compile';

/** The machine a run measured. */
export interface Machine {
  cpus: number;
  model: string;
  node: string;
  platform: string;
  memoryGiB: number;
  loadAverageAtStart: number[];
}

/** Everything one run measured; `--json` prints it as it is. */
export interface Report {
  command: string;
  mode: 'quick' | 'full';
  date: string;
  machine: Machine;
  /** Versions of the peer engines installed in bench/node_modules. */
  peerVersions: Record<string, string>;
  settings: unknown;
  /** Every figure with a target: met, missed, or unavailable (keys into `figures`). */
  verdict: { targets: number; met: string[]; missed: string[]; unavailable: string[] };
  figures: Record<string, Figure>;
  workloads: Record<string, WorkloadReport>;
  skipped: Record<string, string>;
  cli?: CliReport;
  loadCompile?: Record<string, LoadCompileTime>;
  warnings: string[];
  loadAverageAtEnd: number[];
  seconds: number;
}

const n = (x: number) => Math.round(x).toLocaleString('en');

/** A figure's value as the tables show it. */
export function show(f: Figure | undefined): string {
  if (!f) return '—';
  if (f.value === null) return 'unavailable';
  if (f.unit === '×') return `${f.value.toFixed(2)}×`;
  if (f.unit === 'records/s' || f.unit === 'rows/s') return n(f.value);
  if (f.unit === 's') return `${f.value.toFixed(3)} s`;
  return `${f.value} ${f.unit}`;
}

function verdictOf(f: Figure): string {
  if (!f.target) return '';
  if (f.pass === null) return 'unavailable';
  return f.pass ? 'met' : 'missed';
}

function table(rows: string[][], numeric: (c: number) => boolean): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  return rows.map((row) =>
    `  ${row.map((cell, c) => (numeric(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ')}`.trimEnd(),
  );
}

/** The readable report: every figure by section, its range over the repetitions, its target and verdict. */
export function printTables(r: Report): string {
  const m = r.machine;
  const out: string[] = [
    `qgrade benchmark (${r.mode}), ${r.date} — ${m.cpus} × ${m.model}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.platform}`,
    `command: ${r.command}`,
    `targets: ${r.verdict.met.length} of ${r.verdict.targets} met${r.verdict.missed.length ? `; missed: ${r.verdict.missed.join(', ')}` : ''}${r.verdict.unavailable.length ? `; unavailable: ${r.verdict.unavailable.join(', ')}` : ''}`,
  ];
  const sections: [string, (key: string) => boolean][] = [
    ...Object.keys(r.workloads).map(
      (id) =>
        [
          `${id}: ${r.workloads[id]!.title} — records/s, median of the repetitions`,
          (k: string) => k.startsWith(`${id}.`),
        ] as [string, (key: string) => boolean],
    ),
    [
      `command line and the same rows in-process${r.cli ? ` (${n(r.cli.input.rows)} CSV rows, ${r.cli.ruleSet})` : ''}`,
      (k) => k.startsWith('cli.') || k.startsWith('same-rows.'),
    ],
    ['start-up', (k) => k.startsWith('startup.')],
    ['memory', (k) => k.startsWith('memory.')],
  ];
  for (const [title, pick] of sections) {
    const keys = Object.keys(r.figures).filter(pick);
    if (keys.length === 0) continue;
    out.push('', title);
    const rows = [['figure', 'value', 'min–max', 'per CPU s', 'target', '']];
    for (const key of keys) {
      const f = r.figures[key]!;
      const range =
        f.min !== undefined && f.max !== undefined && (f.reps?.length ?? 0) > 1
          ? `${show({ ...f, value: f.min })} – ${show({ ...f, value: f.max })}`
          : '';
      const cpu = f.detail?.perCpuSecond ?? f.detail?.perCpuSecondRatio;
      const perCpu = typeof cpu === 'number' ? show({ ...f, value: cpu }) : '';
      rows.push([key, show(f), range, perCpu, f.target?.text ?? '', verdictOf(f)]);
    }
    out.push(...table(rows, (c) => c >= 1 && c <= 3));
  }
  for (const [id, w] of Object.entries(r.workloads)) {
    out.push(
      '',
      `${id}: every peer gave qgrade's grade on all ${w.equivalence.records} records (${w.equivalence.peers.join(', ')})${w.equivalence.roundingDecidesNothing ? '; GB/T 8170 rounding decides none of them' : ''}`,
    );
  }
  if (r.cli) {
    out.push('', `CLI output checked on ${n(r.cli.input.probeRows)} rows:`);
    for (const [key, c] of Object.entries(r.cli.checks)) {
      out.push(
        `  ${key}: ${c.available ? (c.equivalent ? "qgrade's grades" : `NOT equivalent: ${c.problems?.join('; ')}`) : `unavailable (${c.reason})`}`,
      );
    }
  }
  if (r.loadCompile) {
    out.push('', 'load + validate + compile in a warm process (median ms):');
    for (const [id, t] of Object.entries(r.loadCompile)) {
      out.push(`  ${id.padEnd(46)} ${t.ms.toFixed(2)} ms (load ${t.loadMs}, compile ${t.compileMs})`);
    }
  }
  for (const [what, why] of Object.entries(r.skipped)) out.push(`skipped ${what}: ${why}`);
  for (const w of r.warnings) out.push(`warning: ${w}`);
  out.push(
    '',
    `${r.seconds} s; load average ${m.loadAverageAtStart.join(' ')} at the start, ${r.loadAverageAtEnd.join(' ')} at the end`,
  );
  return `${out.join('\n')}\n`;
}

/** The README's performance tables, from this run. */
export function printMarkdown(r: Report): string {
  const f = (key: string) => show(r.figures[key]);
  const out: string[] = [];
  const ids = Object.keys(r.workloads);
  if (ids.length) {
    out.push(
      '| workload | qgrade, full results dropped | full results kept | grade only | json-rules-engine, usual rules | json-rules-engine, thresholds in facts | zen-engine | json-logic-js | full ÷ json-rules-engine | full ÷ thresholds in facts | kept ÷ dropped |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const id of ids) {
      out.push(
        `| ${id} | ${f(`${id}.qgrade`)} | ${f(`${id}.qgrade-retaining`)} | ${f(`${id}.qgrade-grade-only`)} | ${f(`${id}.json-rules-engine`)} | ${f(`${id}.json-rules-engine-facts`)} | ${f(`${id}.zen-engine`)} | ${f(`${id}.json-logic`)} | ${f(`${id}.qgrade/json-rules-engine`)} | ${f(`${id}.qgrade/json-rules-engine-facts`)} | ${f(`${id}.qgrade-retaining/qgrade-dropping`)} |`,
      );
    }
    out.push(
      '',
      'Records per second, median of the repetitions; each workload in a process of its own, the same records for every engine. Kept and kept ÷ dropped: `records.map(r => grader.gradeSync(r))` against the dropping loop, each in a fresh process.',
      '',
    );
  }
  const cliKeys = Object.keys(r.figures).filter((k) => /^(cli|same-rows)\.[^/]+$/.test(k));
  if (cliKeys.length && r.cli) {
    out.push(
      `| ${n(r.cli.input.rows)} CSV rows (${r.cli.ruleSet}) | rows/s | end to end |`,
      '| --- | ---: | ---: |',
    );
    for (const key of cliKeys) {
      const fig = r.figures[key]!;
      const e2e = fig.detail?.endToEndRowsPerSecond;
      out.push(`| ${label(key, fig)} | ${show(fig)} | ${typeof e2e === 'number' ? n(e2e) : ''} |`);
    }
    out.push(
      '',
      'CLI rows/s: rows ÷ (wall time − the same command on one row), stdout to a file; end to end: rows ÷ wall time. In-process: the same rows as objects, one whole pass per repetition, each loop in a fresh process.',
      '',
    );
  }
  const targeted = Object.entries(r.figures).filter(([, fig]) => fig.target);
  if (targeted.length) {
    out.push('| target | this run | goal | |', '| --- | ---: | ---: | --- |');
    for (const [key, fig] of targeted)
      out.push(`| ${key} | ${show(fig)} | ${fig.target!.text} | ${verdictOf(fig)} |`);
    out.push('');
  }
  const m = r.machine;
  out.push(
    `\`${r.command}\`, ${r.date}: ${m.cpus} × ${m.model}, Node ${m.node}, ${m.platform}; ${r.verdict.met.length} of ${r.verdict.targets} targets met.`,
  );
  return `${out.join('\n')}\n`;
}

function label(key: string, fig: Figure): string {
  const command = fig.detail?.command;
  if (typeof command === 'string')
    return `\`${command.replace(/ --rules \S+/, '').replace(' --no-progress', '')}\``;
  return key.replace('same-rows.', 'in-process: ');
}
