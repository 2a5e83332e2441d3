import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A conforming HRB400 bar as a JSON record: the base the close-key tests add one key to. */
export const REBAR = {
  designation: 'HRB400',
  diameter: 20,
  yieldStrength: 455,
  tensileStrength: 600,
  elongation: 22,
  maxForceElongation: 11,
  carbon: 0.21,
  silicon: 0.45,
  manganese: 1.35,
  phosphorus: 0.025,
  sulfur: 0.02,
  massDeviation: -1.5,
  bendTest: true,
};

const HEAD =
  '样品编号,牌号,公称直径 d,下屈服强度 ReL,抗拉强度 Rm,断后伸长率 A,最大力总延伸率 Agt,碳 C,硅 Si,锰 Mn,磷 P,硫 S,重量偏差,弯曲试验';
const ROW = 'B1,HRB400,20,455,600,22,11.0,0.21,0.45,1.35,0.025,0.020,-1.5,合格';

let files = 0;

/** The same bar as a CSV sheet in `dir`, with one more column headed `extra` holding `value`. */
export function rebarCsv(dir: string, extra: string, value: string): string {
  const path = join(dir, `rebar-${++files}.csv`);
  writeFileSync(path, `${HEAD},"${extra}"\n${ROW},${value}\n`);
  return path;
}

/** The bar with `key` and, when `wide`, 1,030 other keys (`k0` …): a record over the 1,024-key line. */
export function rebarRecord(key: string, value: unknown, wide: boolean): Record<string, unknown> {
  const r: Record<string, unknown> = {};
  if (wide) for (let i = 0; i < 1030; i++) r[`k${i}`] = 'x';
  return { ...r, ...REBAR, [key]: value };
}
