import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT, useCli } from '../cli/cli-harness';

// standards-46b: the outside examiner's band edges written as a lab report writes them. A value with a GB/T 8170
// rounding mark at a band edge (thickness 16.0(+) mm, capacity 4500(+) W, phosphorus 0.020(+) %) is graded on the
// band its interval lies in, and `explain` names that band after the value, as it does for an unmarked value: the
// line read `Nominal thickness = 16.0(+) mm` with no band, where 16 mm reads `≤ 16 of yieldMin`, so a reader
// checking the ≤ 16 mm row's 355 MPa against the ReH line's ≥ 345 MPa could not see that the (16, 40] row applied.
const cli = useCli();

/** The "limits depend on" line of `explain` for one record. */
async function keysLine(rules: string, record: object, lang: 'en' | 'zh' = 'en'): Promise<string> {
  const run = await cli.run(['--lang', lang, 'explain', '-r', rules, '--record', JSON.stringify(record)]);
  expect(run.stderr).toBe('');
  const line = run.stdout
    .split('\n')
    .find((l) => l.startsWith(lang === 'zh' ? '限值取决于' : 'Limits depend on'));
  expect(line).toBeDefined();
  return line!;
}

/** The requirement lines of `explain` for one record. */
async function lines(rules: string, record: object): Promise<string[]> {
  const run = await cli.run(['--lang', 'en', 'explain', '-r', rules, '--record', JSON.stringify(record)]);
  return run.stdout.split('\n').filter((l) => /^ {2}[✓✗→] /.test(l));
}

const Q355 = {
  designation: 'Q355',
  yieldStrength: 345,
  tensileStrength: 470,
  impactTemperature: -20,
  impactEnergy: [34, 34, 34],
  carbon: 0.2,
  manganese: 1.5,
  phosphorus: 0.025,
  sulfur: 0.025,
};
const STEEL = 'steel/low-alloy-structural-steel';
const AC = 'home-appliances/room-air-conditioner-energy';

describe.concurrent('explain names the band a value with a rounding mark was graded in', () => {
  it('Q355 thickness 16 reads the ≤ 16 row (355 MPa), 16.0(+) the (16, 40] row (345 MPa), 16.0(−) the ≤ 16 row', async () => {
    expect(await keysLine(STEEL, { ...Q355, thickness: 16 })).toContain(
      'Nominal thickness = 16 mm (band ≤ 30 of cevMax, ≤ 16 of yieldMin)',
    );
    expect(await keysLine(STEEL, { ...Q355, thickness: '16.0(+)' })).toContain(
      'Nominal thickness = 16.0(+) mm (band ≤ 30 of cevMax, (16, 40] of yieldMin)',
    );
    expect(await lines(STEEL, { ...Q355, thickness: '16.0(+)' })).toContain(
      '  ✓ Upper yield strength ReH: 345 MPa meets ≥ 345 MPa (Grade B)',
    );
    expect(await keysLine(STEEL, { ...Q355, thickness: '16.0(-)', yieldStrength: 355 })).toContain(
      'Nominal thickness = 16.0(-) mm (band ≤ 30 of cevMax, ≤ 16 of yieldMin)',
    );
    expect(await keysLine(STEEL, { ...Q355, thickness: '16.0（＋）' }, 'zh')).toContain(
      '公称厚度 = 16.0（＋） mm（cevMax 的“≤ 30”档、yieldMin 的“(16, 40]”档）',
    );
  });

  it('GB 21455: 4500 W and 4500(−) W read the ≤ 4500 row, 4500(+) W the (4500, 7100] row (APF 4.50 for grade 1)', async () => {
    const unit = { unitType: 'heat-pump', apf: 4.5 };
    expect(await keysLine(AC, { ...unit, ratedCoolingCapacity: 4500 })).toContain(
      'Rated cooling capacity (CC) = 4500 W (in band ≤ 4500)',
    );
    expect(await keysLine(AC, { ...unit, ratedCoolingCapacity: '4500(+)' })).toContain(
      'Rated cooling capacity (CC) = 4500(+) W (in band (4500, 7100])',
    );
    expect(await keysLine(AC, { ...unit, ratedCoolingCapacity: '4500(-)' })).toContain(
      'Rated cooling capacity (CC) = 4500(-) W (in band ≤ 4500)',
    );
    expect(await keysLine(AC, { ...unit, ratedCoolingCapacity: '4500(+)' }, 'zh')).toContain(
      '额定制冷量 CC = 4500(+) W（在“(4500, 7100]”档）',
    );
  });

  it('Q355N at −60 °C: phosphorus 0.020(+) % is in the F test’s band ≤ 0.0205, as 0.020 % is', async () => {
    const f = { ...Q355, designation: 'Q355N', thickness: 16, yieldStrength: 355, impactTemperature: -60 };
    const energy = { impactEnergy: [27, 27, 27], sulfur: 0.01 };
    expect(await keysLine(STEEL, { ...f, ...energy, phosphorus: 0.02 })).toContain(
      'Phosphorus P = 0.020 % (in band ≤ 0.0205)',
    );
    expect(await keysLine(STEEL, { ...f, ...energy, phosphorus: '0.020(+)' })).toContain(
      'Phosphorus P = 0.020(+) % (in band ≤ 0.0205)',
    );
  });
});

/** A rule file's id and its tables' rows and sources, by table name. */
function tablesOf(file: string): { id: string; tables: Record<string, { rows: unknown; source?: string }> } {
  const doc = parse(readFileSync(file, 'utf8')) as {
    id: string;
    tables?: Record<string, { rows: unknown; source?: string }>;
  };
  return { id: doc.id, tables: doc.tables ?? {} };
}

/** The rule files of a folder (and of its sub-folders, `deep`), test suites left out. */
const ruleFiles = (dir: string, deep: boolean) =>
  readdirSync(dir, { recursive: deep, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('.test.yaml'))
    .map((f) => join(dir, f));

describe('provenance of the drafts in examples/', () => {
  it('a table whose figures differ from the bundled rule set’s does not cite the same source for them', () => {
    const bundled = new Map(
      ruleFiles(join(ROOT, 'rules'), true).map((f) => [tablesOf(f).id, tablesOf(f).tables]),
    );
    const cited: string[] = [];
    let changed = 0;
    // The drafts beside the bundled rule sets; examples/tutorial holds mistakes on purpose.
    for (const file of ruleFiles(join(ROOT, 'examples'), false)) {
      const draft = tablesOf(file);
      const theirs = bundled.get(draft.id);
      if (theirs === undefined) continue;
      for (const [name, table] of Object.entries(draft.tables)) {
        const before = theirs[name];
        if (before === undefined || JSON.stringify(before.rows) === JSON.stringify(table.rows)) continue;
        changed++;
        // The AC draft's APF table (grade 2, ≤ 4500 W: 4.70 for 4.50) said `source: GB 21455-2019`, as the bundled one.
        if (table.source === before.source) cited.push(`${file}: ${name} (${table.source})`);
      }
    }
    expect(changed).toBeGreaterThanOrEqual(2); // the AC draft's APF table, the 2024 rebar draft's mass tolerance
    expect(cited).toEqual([]);
  });
});

describe.concurrent('GB 21455 sheets: APF and SEER headed with their unit, W·h/W·h or W/W', () => {
  /** The grades of a CSV whose APF column is headed `header`: 4500 W at 5.00 (grade 1), 4501 W at 4.49 (grade 2). */
  async function grades(header: string): Promise<string[]> {
    const csv = `型号,机组类型,额定制冷量,${header}\nk1,热泵型,4500,5.00\nk2,热泵型,4501,4.49\n`;
    const run = await cli.run(['grade', '-r', AC, '-', '-i', 'csv', '-f', 'ndjson', '--ids'], { input: csv });
    return run.stdout
      .trim()
      .split('\n')
      .map((l) => String((JSON.parse(l) as { grade: unknown }).grade));
  }

  it('the full label with the unit in brackets is read as the label alone is (it was left unread, every unit invalid)', async () => {
    expect(await grades('全年能源消耗效率 APF')).toEqual(['1', '2']);
    for (const header of [
      '全年能源消耗效率 APF (W·h/W·h)',
      '全年能源消耗效率 APF（W·h/W·h）',
      '全年能源消耗效率(W/W)',
      'APF (W·h/W·h)',
    ])
      expect(await grades(header), header).toEqual(['1', '2']);
  });

  it('another unit after the label is still refused, nothing graded (exit 2): kW, %', async () => {
    for (const [header, unit] of [
      ['全年能源消耗效率 APF (kW)', 'kW'],
      ['全年能源消耗效率 APF (%)', '%'],
    ] as const) {
      const csv = `型号,机组类型,额定制冷量,${header}\nk1,热泵型,4500,5.00\n`;
      const run = await cli.run(['grade', '-r', AC, '-', '-i', 'csv', '-f', 'ndjson'], { input: csv });
      expect(run.code, header).toBe(2);
      expect(run.stderr).toContain(
        `is in ${unit}, but the indicator apf (Annual performance factor (APF)) has no unit`,
      );
    }
  });
});
