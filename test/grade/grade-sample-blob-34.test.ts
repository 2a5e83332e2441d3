/**
 * Hostile-33 F8: a File (from `<input type=file>`) or a Blob passed to gradeSample was "an empty object"; the
 * error now names it and says how to read its bytes, from both entries. A class instance with no keys is named
 * by its class in any usage error (`a Map object`), a plain `{}` is still "an empty object".
 */
import { describe, expect, it } from 'vitest';
import * as browser from '../../src/browser';
import type { QgradeError } from '../../src/index';
import * as node from '../../src/index';
import { valueShown } from '../../src/text/value-kind';

const AC = 'home-appliances/room-air-conditioner-energy';
const CSV = 'unitType,ratedCoolingCapacity,apf\nheat-pump,3500,4.62\n';

async function refusal(run: () => Promise<unknown>): Promise<QgradeError> {
  try {
    await run();
  } catch (e) {
    return e as QgradeError;
  }
  throw new Error('not refused');
}

describe('gradeSample given a Blob or a File (hostile-33 F8)', () => {
  const entries = [
    ['qgrade', async () => node.createGrader(await node.loadRuleSet(AC)), node.gradeSample],
    [
      'qgrade/browser',
      async () => browser.createGrader(await browser.loadBundledRuleSet(AC)),
      browser.gradeSample,
    ],
  ] as const;
  for (const [entry, graderOf, gradeSample] of entries) {
    it(`${entry}: a File and a Blob are told to pass new Uint8Array(await file.arrayBuffer()); those bytes grade`, async () => {
      const grader = await graderOf();
      const file = new File([CSV], 'samples.csv');
      const e = await refusal(() => gradeSample(grader, file as never));
      expect(e.code).toBe('usage');
      expect(e.text?.en).toBe(
        "gradeSample's input must be the sample's text (a string) or its bytes (a Uint8Array), got a File object: read its bytes first and pass new Uint8Array(await file.arrayBuffer())",
      );
      expect(e.text?.zh).toContain(
        '收到 File 对象：请先读出其字节，传入 new Uint8Array(await file.arrayBuffer())',
      );
      const blob = await refusal(() => gradeSample(grader, new Blob([CSV]) as never));
      expect(blob.text?.en).toContain('got a Blob object: read its bytes first');
      // What the message says to do works.
      const [row] = await gradeSample(grader, new Uint8Array(await file.arrayBuffer()));
      expect(row?.result.grade).toBe('2');
    });
  }

  it('other values: a class instance by its class, a plain empty object as before', () => {
    expect(valueShown(new Map()).en).toBe('a Map object');
    expect(valueShown(new DataView(new ArrayBuffer(1))).zh).toBe('DataView 对象');
    expect(valueShown(new (class Entry {})()).en).toBe('an Entry object');
    expect(valueShown({}).en).toBe('an empty object');
    expect(valueShown(Object.create(null)).en).toBe('an empty object');
  });
});
