import { describe, expect, it } from 'vitest';
import { BatchSummary } from '../../src/batch/batch-summary';
import { gradeRows, type RowsOptions } from '../../src/cli/pipeline/grade-rows';
import type { InputItem } from '../../src/input/input-item';
import { loadRuleSetWithText } from '../../src/resolve/load-rule-set';
import { ByteBuffer } from '../../src/serialize/byte-buffer';

// `grade --workers` grades a batch on the reading thread when the workers hold all they can. Whichever thread
// grades a batch, the bytes and the counts must be those of one thread; `heldByWorkers` makes the choice
// certain here (0: every batch on this thread; 1: the workers hold one, the rest come here).
const AC = 'home-appliances/room-air-conditioner-energy';

/** 23 rows: graded at several grades, below the lowest, out of scope, unreadable, with a conversion error. */
function items(): InputItem[] {
  const out: InputItem[] = [];
  for (let row = 1; row <= 23; row++) {
    const kept = { sku: `AC-${row}` };
    if (row % 7 === 0)
      out.push({ row, unreadable: { zh: '第 7 行读不懂', en: 'row 7 cannot be read' }, kept });
    else if (row % 5 === 0)
      out.push({
        row,
        record: { unitType: 'heat-pump', ratedCoolingCapacity: 3500 },
        conversionErrors: [
          { field: 'apf', code: 'wrong-type', message: { zh: '“4,x”不是数值', en: '"4,x" is not a number' } },
        ],
        kept,
      });
    else
      out.push({
        row,
        record: {
          unitType: row % 3 === 0 ? 'cooling-only' : 'heat-pump',
          ratedCoolingCapacity: row % 11 === 0 ? 20000 : 2500 + row * 300,
          apf: 3.5 + row * 0.07,
          seer: 4.6 + row * 0.09,
        },
        kept,
      });
  }
  return out;
}

async function* input(): AsyncGenerator<InputItem> {
  yield* items();
}

async function run(options: RowsOptions): Promise<{ text: string; tally: unknown }> {
  const loaded = await loadRuleSetWithText(AC);
  const out = new ByteBuffer();
  const summary = new BatchSummary(loaded.ruleSet.grades, { maxGroups: 100 });
  const parts: Uint8Array[] = [];
  for await (const written of gradeRows(input(), loaded, options, out, summary)) {
    if (written.bytes) parts.push(written.bytes.slice());
    else {
      parts.push(out.bytes.slice(0, out.length));
      out.length = 0;
    }
    written.done?.();
  }
  parts.push(out.bytes.slice(0, out.length));
  return { text: Buffer.concat(parts).toString('utf8'), tally: summary.tally() };
}

describe.concurrent('grade --workers: batches graded on the reading thread', () => {
  for (const format of ['ndjson', 'json', 'csv'] as const)
    it(`${format}: the same bytes and counts on one thread, on the reading thread and on a worker`, async () => {
      const common = { format, lang: 'en', width: 100, color: false, kept: ['sku'], batchSize: 4 } as const;
      const one = await run({ ...common, workers: 0 });
      expect(one.text).toContain('AC-23');
      expect(one.text.split('AC-').length - 1).toBe(23);
      // Every batch graded here; the first batch (row 1) on a worker and the rest here; mixed.
      for (const heldByWorkers of [0, 1, 2]) {
        const here = await run({ ...common, workers: 1, heldByWorkers });
        expect(here.text).toBe(one.text);
        expect(here.tally).toEqual(one.tally);
      }
    });
});
