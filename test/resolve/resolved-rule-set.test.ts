/**
 * A rule set sent to worker threads resolved (`resolvedRuleSet` in the
 * sending thread, `ruleSetFromResolved` in the worker) must be the rule set
 * the sender has: the same model, document and warnings, the same parts
 * shared and frozen, and the same results — for every bundled set and for a
 * user's own rule files, which no prebuilt file covers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGrader } from '../../src/grade/create-grader';
import { checkRuleSet } from '../../src/resolve/check-rule-set';
import { resolvedRuleSet, ruleSetFromResolved } from '../../src/resolve/resolved-rule-set';
import { modelOf } from '../../src/resolve/rule-set';

const ROOT = join(__dirname, '../..');
const FILES: [file: string, records?: string][] = [
  ['rules/building-materials/cement-lot-grade.yaml'],
  ['rules/building-materials/common-portland-cement.yaml', 'examples/cement.json'],
  ['rules/enterprise/quality-management-capability.yaml', 'examples/enterprises.json'],
  ['rules/home-appliances/appliance-quality-grading.yaml', 'examples/appliance-quality.json'],
  ['rules/home-appliances/room-air-conditioner-energy.yaml', 'examples/room-air-conditioners.json'],
  ['rules/steel/hot-rolled-ribbed-bar.yaml', 'examples/steel-rebar.json'],
  ['examples/hot-rolled-ribbed-bar-2024-draft.yaml', 'examples/steel-rebar.json'],
  ['examples/room-air-conditioner-energy-draft.yaml', 'examples/room-air-conditioners.json'],
  ['examples/cement-lot-grade-draft.yaml'],
];

/** Every object of a graph by path: its kind, whether it is frozen, and where it was first met when shared. */
function shape(root: unknown): string[] {
  const first = new Map<object, string>();
  const out: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v !== 'object' || v === null) return;
    const seen = first.get(v);
    if (seen !== undefined) {
      out.push(`${path} = ${seen}`);
      return;
    }
    first.set(v, path);
    out.push(`${path} ${v.constructor?.name} ${Object.isFrozen(v) ? 'frozen' : 'open'}`);
    if (v instanceof Map) for (const [k, item] of v) walk(item, `${path}.get(${String(k)})`);
    else if (v instanceof Set) {
      let i = 0;
      for (const item of v) walk(item, `${path}.set[${i++}]`);
    } else for (const key of Object.keys(v)) walk((v as Record<string, unknown>)[key], `${path}.${key}`);
  };
  walk(root, '');
  return out;
}

describe('a rule set resolved in one thread and rebuilt in another', () => {
  for (const [file, records] of FILES) {
    it(`${file}: is the rule set the sender has, and grades alike`, () => {
      const { ruleSet } = checkRuleSet(readFileSync(join(ROOT, file), 'utf8'), { filename: file });
      const back = ruleSetFromResolved(resolvedRuleSet(ruleSet!));
      expect(back).toEqual(ruleSet);
      expect(back.file).toBe(file);
      expect(modelOf(back)).toEqual(modelOf(ruleSet!));
      expect(shape({ ruleSet: back, model: modelOf(back) })).toEqual(
        shape({ ruleSet, model: modelOf(ruleSet!) }),
      );
      if (records) {
        const a = createGrader(back).gradeSync;
        const b = createGrader(ruleSet!).gradeSync;
        for (const r of JSON.parse(readFileSync(join(ROOT, records), 'utf8')) as unknown[])
          expect(a(r)).toEqual(b(r));
      }
    });
  }
});
