/**
 * committee-40 M3: a measured value given as a number (JSON, YAML, an .xlsx numeric cell) has no written
 * form; it is shown with at least its limit's decimals, as GB/T 8170 reports it — 22.0 MPa beside
 * ≥ 22.0 MPa, not 22 MPa — the same in explain, compare and `qgrade test`. A CSV cell keeps the decimals it
 * was written with when it has more. Figures: GB 175-2007 42.5R as the bundled rule set gives it (3-day
 * compressive ≥ 22.0 MPa, flexural ≥ 4.0 MPa; unverified there) and an illustrative stricter B (23.0, 4.5).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useCli, useTempDir } from './cli-harness';
import { editedRules } from './edited-rules';
import { inputFiles } from './input-files';

const cli = useCli();
const temp = useTempDir();
const files = inputFiles(temp);
const CEMENT = 'building-materials/common-portland-cement';
const HEAD =
  'cementType,strengthClass,compressive3d,compressive28d,flexural3d,flexural28d,initialSetting,finalSetting,magnesia,sulfurTrioxide,chloride,soundness';
const ROW = (c3: string, f3: string) => `P.O,42.5R,${c3},48.5,${f3},8.0,150,230,2.1,2.6,0.02,true`;
const record = (c3: number, f3: number) => ({
  cementType: 'P.O',
  strengthClass: '42.5R',
  compressive3d: c3,
  compressive28d: 48.5,
  flexural3d: f3,
  flexural28d: 8,
  initialSetting: 150,
  finalSetting: 230,
  magnesia: 2.1,
  sulfurTrioxide: 2.6,
  chloride: 0.02,
  soundness: true,
});

describe('a measured number is shown with its limit decimals (committee-40 M3)', () => {
  it('JSON 22 and 4 at the 42.5R limits read 22.0 and 4.0, en and zh; 150 beside ≥ 45 stays 150', async () => {
    const input = files.ndjson(record(22, 4));
    const en = await cli.run(['--lang', 'en', 'explain', '-r', CEMENT, input]);
    expect(en.stdout).toContain('3-day compressive strength: 22.0 MPa meets ≥ 22.0 MPa');
    expect(en.stdout).toContain('3-day flexural strength: 4.0 MPa meets ≥ 4.0 MPa');
    expect(en.stdout).toContain('28-day flexural strength: 8.0 MPa meets ≥ 6.5 MPa');
    expect(en.stdout).toContain('Initial setting time: 150 min meets ≥ 45 min');
    const zh = await cli.run(['--lang', 'zh', 'explain', '-r', CEMENT, input]);
    expect(zh.stdout).toContain('3 天抗压强度：22.0 MPa，满足 ≥ 22.0 MPa');
    expect(zh.stdout).toContain('3 天抗折强度：4.0 MPa，满足 ≥ 4.0 MPa');
  });

  it('just below: 21.9 and 3.95 keep their own digits and fail', async () => {
    const r = await cli.run(['--lang', 'en', 'explain', '-r', CEMENT, files.ndjson(record(21.9, 3.95))]);
    expect(r.stdout).toContain('3-day compressive strength: 21.9 MPa does not meet ≥ 22.0 MPa');
    expect(r.stdout).toContain('3-day flexural strength: 3.95 MPa does not meet ≥ 4.0 MPa');
  });

  it('an .xlsx numeric cell 22.0 (stored as 22) reads 22.0 in explain', async () => {
    const book = await files.xlsx(
      HEAD.split(','),
      ROW('22', '4')
        .split(',')
        .map((c) => (/^\d+(\.\d+)?$/.test(c) ? Number(c) : c)),
    );
    const r = await cli.run(['--lang', 'zh', 'explain', '-r', CEMENT, book]);
    expect(r.stdout).toContain('3 天抗压强度：22.0 MPa，满足 ≥ 22.0 MPa');
    expect(r.stdout).toContain('3 天抗折强度：4.0 MPa，满足 ≥ 4.0 MPa');
  });

  it('a CSV cell is shown as written: 22.00 keeps both zeros, 22 stays 22 (its form is known)', async () => {
    const more = await cli.run(['--lang', 'en', 'explain', '-r', CEMENT, files.csv(HEAD, ROW('22.00', '4'))]);
    expect(more.stdout).toContain('3-day compressive strength: 22.00 MPa meets ≥ 22.0 MPa');
    expect(more.stdout).toContain('3-day flexural strength: 4 MPa meets ≥ 4.0 MPa');
    const fewer = await cli.run(['--lang', 'zh', 'explain', '-r', CEMENT, files.csv(HEAD, ROW('22', '4.0'))]);
    expect(fewer.stdout).toContain('3 天抗压强度：22 MPa，满足 ≥ 22.0 MPa');
    expect(fewer.stdout).toContain('3 天抗折强度：4.0 MPa，满足 ≥ 4.0 MPa');
  });

  it('compare shows the value as explain does beside both limits, zh and en', async () => {
    const b = editedRules(temp(), CEMENT, [
      ['- ["42.5R", 22.0, 42.5, 4.0, 6.5]', '- ["42.5R", 23.0, 42.5, 4.5, 6.5]'],
    ]);
    const input = files.ndjson(record(22, 4));
    const zh = await cli.run(['--lang', 'zh', 'compare', CEMENT, b, input]);
    expect(zh.stdout).toContain('3 天抗压强度：22.0 MPa，A ≥ 22.0 MPa ✓ → B ≥ 23.0 MPa ✗');
    expect(zh.stdout).toContain('3 天抗折强度：4.0 MPa，A ≥ 4.0 MPa ✓ → B ≥ 4.5 MPa ✗');
    const en = await cli.run(['--lang', 'en', 'compare', CEMENT, b, input]);
    expect(en.stdout).toContain('3-day compressive strength: 22.0 MPa, A ≥ 22.0 MPa ✓ → B ≥ 23.0 MPa ✗');
  });

  it('qgrade test prints one figure for 22.0 from YAML in the message and in the not-met list', async () => {
    const b = editedRules(
      temp(),
      CEMENT,
      [['- ["42.5R", 22.0, 42.5, 4.0, 6.5]', '- ["42.5R", 23.0, 42.5, 4.0, 6.5]']],
      'm3',
    );
    const input = record(22.0, 4.5);
    const suite = files.file(
      'test.yaml',
      `ruleSet: ${join(temp(), 'common-portland-cement-m3.yaml')}\ncases:\n  - name: at 22.0\n    input: ${JSON.stringify(input)}\n    grade: conforming\n`,
    );
    expect(b).toBe(join(temp(), 'common-portland-cement-m3.yaml'));
    const r = await cli.run(['--lang', 'en', 'test', suite]);
    const text = r.stdout + r.stderr;
    expect(text).toContain('22.0 MPa does not meet ≥ 23.0 MPa');
    expect(text).toContain('(3-day compressive strength) 22.0 MPa, limit ≥ 23.0 MPa');
    expect(text).not.toMatch(/[^.\d]22 MPa/);
  });
});
