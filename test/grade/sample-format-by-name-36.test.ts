import { describe, expect, it } from 'vitest';
import { createGrader, gradeSample, loadRuleSet } from '../../src/index';
import { formatByName } from '../../src/input/format-by-name';

const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
const header = 'model,unitType,ratedCoolingCapacity,apf';
const row = ['K1', 'heat-pump', '2600', '5.27'];

describe('formatByName', () => {
  it('reads the extension, case ignored, of the last path segment only', () => {
    expect(formatByName('a/b/2025.CSV')).toBe('csv');
    expect(formatByName('C:\\抽检\\样品.tsv')).toBe('tsv');
    expect(formatByName('x.jsonl')).toBe('ndjson');
    expect(formatByName('book.xlsx')).toBe('xlsx');
    expect(formatByName('dir.csv/upload')).toBeUndefined();
    expect(formatByName('.csv')).toBeUndefined();
    expect(formatByName('notes.txt')).toBeUndefined();
    expect(formatByName(undefined)).toBeUndefined();
  });
});

describe('gradeSample takes the format from its name as gradeFile takes it from the path (hostile-36 #1)', () => {
  it('a CSV whose first header cell starts with "[" is read as CSV, not refused as JSON', async () => {
    const text = `[No.],${header}\n1,${row.join(',')}\n`;
    const graded = await gradeSample(grader, text, { name: 'brackethead.csv' });
    expect(graded).toHaveLength(1);
    expect(graded[0]!.result.grade).toBe('1');
    // Without a name the text is sniffed, as documented: `[` is JSON.
    await expect(gradeSample(grader, text)).rejects.toMatchObject({ code: 'input' });
  });

  it('tab-separated text named .csv is read as CSV, as the CLI reads the file: not graded from a guess', async () => {
    const text = `${header.replaceAll(',', '\t')}\n${row.join('\t')}\n`;
    const named = await gradeSample(grader, text, { name: 'tab.csv' });
    expect(named[0]!.result.errors?.[0]?.code).toBe('missing');
    const tsv = await gradeSample(grader, text, { name: 'tab.tsv' });
    expect(tsv[0]!.result.grade).toBe('1');
  });

  it('an explicit format wins over the name', async () => {
    const text = `${header.replaceAll(',', '\t')}\n${row.join('\t')}\n`;
    const graded = await gradeSample(grader, text, { name: 'tab.csv', format: 'tsv' });
    expect(graded[0]!.result.grade).toBe('1');
  });
});
