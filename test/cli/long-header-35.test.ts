/**
 * hostile-35 S1: a header's text cost time growing with its square — a cement sheet whose extra column was `备注`,
 * 20,000 spaces and `x` took 23.5 s; 100,000 spaces, U+3000 or `(` passed a minute (a white-space trim, the
 * close-name, score-word and unit-after-a-slash patterns backtracked over the run). Headers are now read with
 * their runs of white space folded and not at all past 256 characters (`headerRead`). At 300,000 characters the
 * square would take far longer than the test's time limit; no timing is asserted.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trimCell } from '../../src/input/convert-value';
import { HEADER_READ_LENGTH, headerRead } from '../../src/input/header-read';
import { useCli, useTempDir } from './cli-harness';

const cli = useCli();
const temp = useTempDir();
const CEMENT = 'building-materials/common-portland-cement';
const HEAD =
  'id,cementType,strengthClass,compressive3d,compressive28d,flexural3d,flexural28d,initialSetting,finalSetting,magnesia,sulfurTrioxide,chloride,soundness';
const ROW = 's1,P.O,42.5,22.0,48.5,4.5,8.0,150,230,2.1,2.6,0.02,true';
const N = 300_000;

let files = 0;
function file(ext: string, text: string): string {
  const path = join(temp(), `${++files}.${ext}`);
  writeFileSync(path, text);
  return path;
}

describe('headerRead', () => {
  it('a short header as trimmed; a long one with its white space folded, or not read', () => {
    expect(headerRead(' 28天抗压强度/MPa　')).toBe('28天抗压强度/MPa');
    expect(headerRead(`备注${' '.repeat(N)}x`)).toBe('备注 x');
    expect(headerRead(`备注${'\u3000'.repeat(N)}x`)).toBe('备注 x');
    expect(headerRead('('.repeat(N))).toBeUndefined();
    expect(headerRead('a'.repeat(HEADER_READ_LENGTH))).toBe('a'.repeat(HEADER_READ_LENGTH));
    expect(headerRead('a'.repeat(HEADER_READ_LENGTH + 1))).toBeUndefined();
  });

  it('trimCell takes off a long run of white space at either end, U+3000 and U+FEFF too', () => {
    expect(trimCell(`${' '.repeat(N)}\u3000x\u00a0\ufeff${' '.repeat(N)}`)).toBe('x');
    expect(trimCell(` a${' '.repeat(N)}b `)).toBe(`a${' '.repeat(N)}b`);
  });
});

describe.concurrent('a very long header is read or refused as a short one (hostile-35 S1)', () => {
  for (const [name, extra] of [
    ['spaces', `备注${' '.repeat(N)}x`],
    ['ideographic spaces', `备注${'\u3000'.repeat(N)}x`],
    ['brackets', `备注${'('.repeat(N)}x`],
    ['full-width brackets', `备注${'（'.repeat(N)}x`],
    ['slashes and spaces', `备注${'/ '.repeat(N / 2)}x`],
    ['a score word after spaces', `备注${' '.repeat(N)}分`],
    ['a unit after spaces', `备注${' '.repeat(N)}(MPa)`],
  ])
    it(`an extra column of ${name}: the record graded, the column kept out`, async () => {
      const run = await cli.run([
        'grade',
        '-r',
        CEMENT,
        '-f',
        'ndjson',
        file('csv', `${HEAD},${extra}\n${ROW},a\n`),
      ]);
      expect(run.code, run.stderr.slice(0, 500)).toBe(0);
      expect(JSON.parse(run.stdout.trim()).grade).toBe('conforming');
    });

  it('an indicator label with a run of brackets after it: not read, the record invalid (28-day strength missing)', async () => {
    const head = HEAD.replace('compressive28d', `28天抗压强度${'('.repeat(N)}x`);
    const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', file('csv', `${head}\n${ROW}\n`)]);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout.trim());
    expect(out.grade).toBeNull();
    expect(out.notGradedReason.code).toBe('invalid-record');
    expect(out.notGradedReason.message.en).toContain('compressive28d');
  });

  it('an indicator label, a long run of spaces and its unit: read as the label and unit are', async () => {
    const head = HEAD.replace('compressive28d', `28天抗压强度${' '.repeat(N)}(MPa)`);
    const run = await cli.run(['grade', '-r', CEMENT, '-f', 'ndjson', file('csv', `${head}\n${ROW}\n`)]);
    expect(run.code, run.stderr.slice(0, 500)).toBe(0);
    expect(JSON.parse(run.stdout.trim()).grade).toBe('conforming');
  });

  it('an NDJSON record with such a key: graded', async () => {
    const record = {
      cementType: 'P.O',
      strengthClass: '42.5',
      compressive3d: 22,
      compressive28d: 48.5,
      flexural3d: 4.5,
      flexural28d: 8,
      initialSetting: 150,
      finalSetting: 230,
      magnesia: 2.1,
      sulfurTrioxide: 2.6,
      chloride: 0.02,
      soundness: true,
      [`抗压强度${' '.repeat(N)}28d`]: 'a',
    };
    const run = await cli.run([
      'grade',
      '-r',
      CEMENT,
      '-f',
      'ndjson',
      file('ndjson', `${JSON.stringify(record)}\n`),
    ]);
    expect(run.code, run.stderr.slice(0, 500)).toBe(0);
    expect(JSON.parse(run.stdout.trim()).grade).toBe('conforming');
  });
});
