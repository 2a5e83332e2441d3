import { median } from './measure';

/** What a figure counts. */
export type Unit = 'records/s' | 'rows/s' | '×' | 's' | 'ms' | 'MiB';

/** A target from the performance issue: the figure must be at least, at most, or more than `value`. */
export interface Target {
  op: '>=' | '<=' | '>';
  value: number;
  /** The target as the report prints it, e.g. `≥ 100×`. */
  text: string;
}

/**
 * One number of the report. `value` is the median of the repetitions (or the
 * one measurement), `min`/`max` their range; a ratio is the median of the
 * per-repetition ratios of two figures measured in the same repetitions.
 * `pass` is null when there is no target or the figure is unavailable.
 */
export interface Figure {
  value: number | null;
  unit: Unit;
  /** What was measured and how. */
  how: string;
  min?: number;
  max?: number;
  /** Every repetition's value, in order. */
  reps?: number[];
  target: Target | null;
  pass: boolean | null;
  /** Why there is no value (a CLI option that does not exist yet, a skipped measurement). */
  unavailable?: string;
  /**
   * Further numbers that explain this one: e.g. `perCpuSecond` (the rate per
   * second of CPU time, what it would be with a whole core: steadier than the
   * wall-clock rate on a busy machine), `perCpuSecondRatio` (the same for a
   * ratio), the end-to-end time beside a CLI rate net of start-up.
   */
  detail?: Record<string, number | string | boolean>;
}

/**
 * A target, e.g. `target('>=', 100, '×')`.
 *
 * @example
 * target('<=', 150, 'MiB').text; // "≤ 150 MiB"
 */
export function target(op: Target['op'], value: number, unit: Unit): Target {
  const sign = op === '>=' ? '≥' : op === '<=' ? '≤' : '>';
  const shown = unit === '×' ? `${value}×` : `${value.toLocaleString('en')} ${unit}`;
  return { op, value, text: `${sign} ${shown}` };
}

/** True when `value` meets `t`. */
export function meets(value: number, t: Target): boolean {
  return t.op === '>=' ? value >= t.value : t.op === '<=' ? value <= t.value : value > t.value;
}

/** Rounded for the report: whole records or rows, 2 decimals for ratios, 3 for seconds, 1 for MiB and ms. */
export function round(value: number, unit: Unit): number {
  const digits = unit === 'records/s' || unit === 'rows/s' ? 0 : unit === '×' ? 2 : unit === 's' ? 3 : 1;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A figure from repeated measurements: the median, the range and every repetition. */
export function measured(
  values: readonly number[],
  unit: Unit,
  how: string,
  goal: Target | null = null,
): Figure {
  if (values.length === 0) return unavailable(unit, how, 'not measured', goal);
  const value = round(median(values), unit);
  return {
    value,
    unit,
    how,
    min: round(Math.min(...values), unit),
    max: round(Math.max(...values), unit),
    reps: values.map((v) => round(v, unit)),
    target: goal,
    pass: goal ? meets(value, goal) : null,
  };
}

/** A figure that could not be measured, and why. */
export function unavailable(unit: Unit, how: string, why: string, goal: Target | null = null): Figure {
  return { value: null, unit, how, target: goal, pass: null, unavailable: why };
}

/**
 * `a ÷ b`: the median of the per-repetition ratios when both were measured in
 * the same repetitions (paired, so a slow moment of the machine hits both),
 * else the ratio of the medians. Unavailable when either is.
 */
export function ratio(a: Figure, b: Figure, how: string, goal: Target | null = null): Figure {
  if (a.value === null || b.value === null) {
    return unavailable('×', how, a.unavailable ?? b.unavailable ?? 'a figure it needs is missing', goal);
  }
  const ra = a.reps;
  const rb = b.reps;
  const r =
    ra && rb && ra.length === rb.length && ra.length > 0
      ? measured(
          ra.map((x, i) => x / rb[i]!),
          '×',
          how,
          goal,
        )
      : measured([a.value / b.value], '×', how, goal);
  const ca = a.detail?.perCpuSecond;
  const cb = b.detail?.perCpuSecond;
  if (typeof ca === 'number' && typeof cb === 'number' && cb > 0) {
    r.detail = { perCpuSecondRatio: round(ca / cb, '×') };
  }
  return r;
}

/**
 * The report's figures by key (`ac.qgrade`, `cli.ndjson`, …), in the order
 * they were added.
 */
export class FigureBook {
  readonly figures: Record<string, Figure> = {};

  add(key: string, figure: Figure): Figure {
    if (key in this.figures) throw new Error(`figure ${key} added twice`);
    this.figures[key] = figure;
    return figure;
  }

  get(key: string): Figure | undefined {
    return this.figures[key];
  }

  /** Every figure with a target: met, missed, or unavailable. */
  verdict(): { targets: number; met: string[]; missed: string[]; unavailable: string[] } {
    const met: string[] = [];
    const missed: string[] = [];
    const none: string[] = [];
    for (const [key, f] of Object.entries(this.figures)) {
      if (!f.target) continue;
      if (f.pass === null) none.push(key);
      else (f.pass ? met : missed).push(key);
    }
    return { targets: met.length + missed.length + none.length, met, missed, unavailable: none };
  }
}
