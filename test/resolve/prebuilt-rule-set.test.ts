/**
 * A bundled rule set resolved at build time (dist/prebuilt/<id>.v8) and read
 * back must be the rule set parsing its text gives: the same model, document
 * and warnings, the same parts shared and frozen, the file named as the
 * loader names it, and the same results. The round trip is run here in
 * memory, through the functions the build and the loader use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createGrader } from '../../src/grade/create-grader';
import { checkRuleSet } from '../../src/resolve/check-rule-set';
import { loadRuleSetWithText } from '../../src/resolve/load-rule-set';
import { prebuildRuleSet } from '../../src/resolve/prebuild-rule-set';
import { PREBUILT_FILE, prebuiltRuleSet, ruleSetFromPrebuilt } from '../../src/resolve/prebuilt-rule-set';
import { modelOf, type RuleSet } from '../../src/resolve/rule-set';

const ROOT = join(__dirname, '../..');
const IDS = [
  'building-materials/cement-lot-grade',
  'building-materials/cement-quality-grade',
  'building-materials/common-portland-cement',
  'enterprise/quality-management-capability',
  'home-appliances/appliance-quality-grading',
  'home-appliances/room-air-conditioner-energy',
  'steel/hot-rolled-ribbed-bar',
  'steel/low-alloy-structural-steel',
];
const EXAMPLES: Record<string, string> = {
  'building-materials/cement-quality-grade': 'examples/cement-quality-grade.json',
  'building-materials/common-portland-cement': 'examples/cement.json',
  'enterprise/quality-management-capability': 'examples/enterprises.json',
  'home-appliances/appliance-quality-grading': 'examples/appliance-quality.json',
  'home-appliances/room-air-conditioner-energy': 'examples/room-air-conditioners.json',
  'steel/hot-rolled-ribbed-bar': 'examples/steel-rebar.json',
  'steel/low-alloy-structural-steel': 'examples/low-alloy-structural-steel.json',
};

/** Every object of a graph by path, with whether it is frozen and the path it was first met at when shared. */
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

function parsed(text: string, file: string): RuleSet {
  const { ruleSet } = checkRuleSet(text, { filename: file });
  return ruleSet!;
}

describe('a bundled rule set prebuilt and read back', () => {
  for (const id of IDS) {
    it(`${id}: is the rule set its text parses to, under the file name it is read under`, () => {
      const text = readFileSync(join(ROOT, 'rules', `${id}.yaml`), 'utf8');
      const file = `../somewhere/rules/${id}.yaml`;
      const bytes = prebuildRuleSet(text, serialize);
      expect(bytes).toBeDefined();
      const back = ruleSetFromPrebuilt(deserialize, bytes!, text, file)!;
      const fresh = parsed(text, file);
      expect(back).toEqual(fresh);
      expect(modelOf(back)).toEqual(modelOf(fresh));
      expect(shape({ ruleSet: back, model: modelOf(back) })).toEqual(
        shape({ ruleSet: fresh, model: modelOf(fresh) }),
      );
      expect(JSON.stringify([...shape(modelOf(back))])).not.toContain(PREBUILT_FILE);
      expect(modelOf(back).meta.file).toBe(file);
      expect(modelOf(back).criteria[0]?.location.file).toBe(file);

      const example = EXAMPLES[id];
      if (example) {
        const records = JSON.parse(readFileSync(join(ROOT, example), 'utf8')) as unknown[];
        const a = createGrader(back).gradeSync;
        const b = createGrader(fresh).gradeSync;
        for (const r of records) expect(a(r)).toEqual(b(r));
      }
    });
  }

  it('is not used for any other text: one character changed, the text it was made from is not read back', () => {
    const id = 'home-appliances/room-air-conditioner-energy';
    const text = readFileSync(join(ROOT, 'rules', `${id}.yaml`), 'utf8');
    const bytes = prebuildRuleSet(text, serialize)!;
    expect(ruleSetFromPrebuilt(deserialize, bytes, `${text} `, 'x.yaml')).toBeUndefined();
    expect(ruleSetFromPrebuilt(deserialize, bytes, text.slice(0, -1), 'x.yaml')).toBeUndefined();
    expect(ruleSetFromPrebuilt(deserialize, bytes, text, 'x.yaml')).toBeDefined();
  });

  it('bytes that are not a prebuilt rule set are not one: the caller parses the text', () => {
    expect(ruleSetFromPrebuilt(deserialize, new Uint8Array([1, 2, 3]), 'a: 1', 'x.yaml')).toBeUndefined();
    expect(ruleSetFromPrebuilt(deserialize, serialize('a: 1'), 'a: 1', 'x.yaml')).toBeUndefined();
    expect(ruleSetFromPrebuilt(deserialize, serialize(null), 'a: 1', 'x.yaml')).toBeUndefined();
  });

  it('a text that does not load is not prebuilt', () => {
    expect(prebuildRuleSet('id: [', serialize)).toBeUndefined();
    expect(prebuildRuleSet('a: 1\n', serialize)).toBeUndefined();
  });

  it('with no prebuilt file (src/, a bundle) or a name that is no id, there is none, and loading parses', async () => {
    const id = 'steel/hot-rolled-ribbed-bar';
    const text = readFileSync(join(ROOT, 'rules', `${id}.yaml`), 'utf8');
    expect(await prebuiltRuleSet(id, text, `rules/${id}.yaml`)).toBeUndefined();
    expect(await prebuiltRuleSet('../../package', text, 'x')).toBeUndefined();
    const loaded = await loadRuleSetWithText(id);
    expect(loaded.text).toBe(text);
    expect(loaded.ruleSet.id).toBe(id);
  });
});
