import { describe, expect, it } from 'vitest';
import { createGrader, gradeSample, loadRuleSet, QgradeError } from '../../src/index';
import { exceljsWorkbook } from '../input/xlsx/workbook-fixtures';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
const header = 'unitType,ratedCoolingCapacity,apf\n';
const csv = (rows: number) => header + 'heat-pump,3500,4.62\n'.repeat(rows);

/** The rejection of a gradeSample call, which must reject. */
async function rejection(run: Promise<unknown>): Promise<QgradeError> {
  const error = await run.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof QgradeError)) throw new Error(`expected a QgradeError, got ${String(error)}`);
  return error;
}

/** A signal that reads as aborted from its `after`-th reading of `aborted` on, counting them. */
function abortingAfter(after: number): AbortSignal & { reads: number } {
  const signal = { reads: 0, reason: 'time is up', addEventListener() {}, removeEventListener() {} };
  Object.defineProperty(signal, 'aborted', { get: () => ++signal.reads >= after });
  return signal as unknown as AbortSignal & { reads: number };
}

// A service could not time-box an upload: `signal` was refused as an unknown key (developer-36 S1).
describe('gradeSample options.signal', () => {
  it('aborted before the call: rejects with code aborted, as gradeMany does, and reads nothing', async () => {
    const notices: string[] = [];
    const e = await rejection(
      gradeSample(grader, csv(3), { signal: AbortSignal.abort(), onNotice: (t) => notices.push(t.en) }),
    );
    expect(e).toMatchObject({ code: 'aborted', name: 'AbortError' });
    expect(e.message).toBe('gradeSample stopped: options.signal was aborted');
    expect(e.text?.zh).toBe('gradeSample 已停止：options.signal 已中止');
    expect(notices).toEqual([]);
  });

  it('aborted between records: rejects, with the reason, instead of grading on', async () => {
    const signal = abortingAfter(4);
    const e = await rejection(gradeSample(grader, csv(100), { signal }));
    expect(e).toMatchObject({ code: 'aborted', cause: 'time is up' });
    expect(e.message).toBe('gradeSample stopped: options.signal was aborted (time is up)');
    // Read once before the sample is read, then before each record: it stopped at the third record.
    expect(signal.reads).toBe(4);
  });

  it('a timer aborting while it grades fires: the grading lets timers run between records', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('the request timed out')), 0);
    const e = await rejection(gradeSample(grader, csv(5000), { signal: controller.signal }));
    expect(e).toMatchObject({ code: 'aborted' });
    expect(e.text?.en).toBe('gradeSample stopped: options.signal was aborted (the request timed out)');
  });

  it('an .xlsx workbook alike; a signal never aborted grades every record', async () => {
    const bytes = await exceljsWorkbook((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['unitType', 'ratedCoolingCapacity', 'apf']);
      for (let i = 0; i < 3; i++) ws.addRow(['heat-pump', 3500, 4.62]);
    });
    const e = await rejection(gradeSample(grader, bytes, { signal: abortingAfter(2) }));
    expect(e.code).toBe('aborted');
    const graded = await gradeSample(grader, bytes, { signal: new AbortController().signal });
    expect(graded.map((g) => g.result.grade)).toEqual(['2', '2', '2']);
  });

  it('a signal that is not an AbortSignal is a usage error naming the option', async () => {
    const e = await rejection(gradeSample(grader, csv(1), { signal: 5000 as unknown as AbortSignal }));
    expect(e.code).toBe('usage');
    expect(e.message).toContain('options.signal must be an AbortSignal');
  });
});
