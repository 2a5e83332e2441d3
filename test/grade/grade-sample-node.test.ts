import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as browser from '../../src/browser';
import { createGrader, gradeFile, gradeSample, loadRuleSet, parseRuleSet } from '../../src/index';

// developer-23 M1: a Node service that receives an upload (bytes in memory) grades it from the Node entry, with a
// rule set loaded there, without writing a temporary file for gradeFile.
const AC = 'home-appliances/room-air-conditioner-energy';

describe('gradeSample from the Node entry', () => {
  it('grades an upload held in memory as gradeFile grades the same file', async () => {
    const grader = createGrader(await loadRuleSet(AC));
    const path = 'examples/air-conditioners-zh.csv';
    const fromFile = [];
    for await (const r of gradeFile(grader, path, { keep: 'auto' })) fromFile.push(r);
    const body = new Uint8Array(readFileSync(path));
    const graded = await gradeSample(grader, body, { keep: 'auto', name: 'upload.csv' });
    expect(graded.map((g) => g.result)).toEqual(fromFile);
    expect(graded.length).toBeGreaterThan(1);
  });

  it('reads an .xlsx upload and GB18030 text', async () => {
    const grader = createGrader(await loadRuleSet(AC));
    const xlsx = await gradeSample(grader, new Uint8Array(readFileSync('examples/air-conditioners-zh.xlsx')));
    expect(xlsx.length).toBeGreaterThan(1);
    expect(xlsx.every((g) => g.result.row !== undefined)).toBe(true);
    const gbk = new Uint8Array([
      ...Buffer.from('unitType,ratedCoolingCapacity,apf\n'),
      0xc8,
      0xc8,
      0xb1,
      0xc3,
      ...Buffer.from(',3500,4.62\n'),
    ]);
    const [row] = await gradeSample(grader, gbk, { encoding: 'gb18030' });
    // 热泵 in GB18030, read as the unit type's Chinese label (bytes that are not UTF-8 would be a usage error).
    expect(row?.record).toMatchObject({ unitType: '热泵' });
    expect(row?.result.grade).toBe('2');
  });

  it('takes a rule set parsed in Node', async () => {
    const ruleSet = parseRuleSet(await browser.bundledRuleSetText(AC), { filename: 'ac.yaml' });
    const [row] = await gradeSample(
      createGrader(ruleSet),
      'unitType,ratedCoolingCapacity,apf\nheat-pump,3500,4.62\n',
    );
    expect(row?.result.grade).toBe('2');
  });
});
