/**
 * A record that leaves out an optional indicator (no default) has another
 * indicator tested by no requirement when every requirement on it has a
 * `when` that needs the one left out. The sweep's cement: MgO ≤ 5.0 when
 * `autoclavePassed: false`, ≤ 6.0 when `true`; a record without the autoclave
 * result and MgO 9.9 % was graded 合格 and validate said nothing. Now it warns,
 * at the `when`; where it is only so at some grades, it names them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkRuleSet } from '../../src/index';
import { ROOT, useCli } from '../cli/cli-harness';

const CEMENT = readFileSync(new URL('../fixtures/valid/cement-when-optional.yaml', import.meta.url), 'utf8');
const CODE = 'untested-when-absent';

function warnings(text: string) {
  const { ruleSet, issues } = checkRuleSet(text, { filename: 'cement.yaml' });
  expect(ruleSet, issues.map((i) => i.message).join('\n')).toBeDefined();
  return issues.filter((i) => i.code === CODE);
}

/** The cement rule file with its autoclave indicator and MgO criteria replaced. */
function cement(autoclave: string, mgo: string): string {
  const text = CEMENT.replace(
    / {2}autoclavePassed:\n(?: {4}.*\n)+/,
    `  autoclavePassed:\n    type: boolean\n${autoclave}    label: { zh: 压蒸安定性合格, en: Autoclave soundness passed }\n`,
  ).replace(/ {2}- \{ id: mgo, .*\n {2}- \{ id: mgo-autoclave, .*\n/, mgo);
  expect(text).toContain(mgo);
  return text;
}
const OPTIONAL = '    required: false\n';
const BOTH =
  '  - { id: mgo, indicator: mgo, when: { autoclavePassed: false }, require: "≤ 5.0" }\n' +
  '  - { id: mgo-autoclave, indicator: mgo, when: { autoclavePassed: true }, require: "≤ 6.0" }\n';

describe('validate: an indicator no requirement tests when an optional one is left out', () => {
  it('warns at the first criterion’s when, in both languages, naming the indicators, the criteria and the fixes', () => {
    const [w, ...more] = warnings(CEMENT);
    expect(more).toEqual([]);
    expect(w).toMatchObject({ severity: 'warning', line: 49, column: 38, path: ['criteria', 0, 'when'] });
    expect(w!.text.zh).toBe(
      '未给出“压蒸安定性合格”（“autoclavePassed”）的记录不检验“氧化镁 MgO”：“mgo”、“mgo-autoclave” 的“when”都要求给出“autoclavePassed”。' +
        '请为“autoclavePassed”设“default”（如“default: false”），或设为必填（“required: true”），或增加一条不依赖它的要求',
    );
    expect(w!.message).toBe(
      'a record that does not give "Autoclave soundness passed" (autoclavePassed) has "MgO" tested by no requirement: ' +
        'the "when" of "mgo", "mgo-autoclave" each needs autoclavePassed. Give autoclavePassed a "default" (e.g. "default: false"), ' +
        'make it required ("required: true"), or add a requirement that does not depend on it',
    );
  });

  it('says nothing once the indicator has a default, is required, or a requirement tests MgO without it', () => {
    expect(warnings(cement(`${OPTIONAL}    default: false\n`, BOTH))).toEqual([]);
    expect(warnings(cement('', BOTH))).toEqual([]);
    expect(
      warnings(cement(OPTIONAL, `${BOTH}  - { id: mgo-max, indicator: mgo, require: "≤ 6.0" }\n`)),
    ).toEqual([]);
  });

  it('reads the when as grading does: not, any and lists that hold without the value are no warning', () => {
    const only = (when: string) =>
      warnings(cement(OPTIONAL, `  - { id: mgo, indicator: mgo, when: ${when}, require: "≤ 5.0" }\n`)).length;
    const is = (fact: string, value: string) => `{ fact: ${fact}, operator: equal, value: ${value} }`;
    expect(only('{ autoclavePassed: true }')).toBe(1);
    expect(only(`{ not: ${is('autoclavePassed', 'true')} }`)).toBe(0);
    expect(only(`{ not: ${is('autoclavePassed', 'false')} }`)).toBe(0);
    expect(only(`{ any: [${is('autoclavePassed', 'true')}, ${is('cementType', 'P·O')}] }`)).toBe(0);
    expect(only(`{ any: [${is('autoclavePassed', 'true')}, ${is('autoclavePassed', 'false')}] }`)).toBe(1);
    expect(only(`{ all: [${is('autoclavePassed', 'true')}, ${is('cementType', 'P·O')}] }`)).toBe(1);
    expect(only('{ cementType: [P·I, P·II], autoclavePassed: false }')).toBe(1);
    expect(only('{ cementType: [P·I, P·II] }')).toBe(0);
    // json-rules-engine's notEqual holds for a value left out.
    expect(only('{ fact: autoclavePassed, operator: notEqual, value: true }')).toBe(0);
  });

  it('a when on the value itself ("judged when given") and one repeating the requiredWhen are meant', () => {
    const judgedWhenGiven = cement(
      OPTIONAL,
      `${BOTH}  - { id: mgo-b, indicator: mgo, require: "≤ 6.0" }\n  - { id: ins, indicator: insolubleResidue, when: { insolubleResidue: "≥ 0" }, require: "≤ 1.5" }\n`,
    );
    expect(warnings(judgedWhenGiven)).toEqual([]);
    // insolubleResidue is required for P·I and P·II: a record without it is P·O, for which the when is off anyway.
    const mgoWhen = (when: string) =>
      warnings(cement(OPTIONAL, `  - { id: mgo, indicator: mgo, when: ${when}, require: "≤ 5.0" }\n`));
    expect(mgoWhen('{ cementType: [P·I, P·II], insolubleResidue: "≥ 0" }')).toEqual([]);
    expect(mgoWhen('{ insolubleResidue: "≥ 0" }').map((w) => w.text.zh)).toEqual([
      expect.stringContaining('未给出“不溶物”（“insolubleResidue”）的记录不检验“氧化镁 MgO”'),
    ]);
  });

  it('names the grades whose own requirements on the indicator all need it', () => {
    const text = cement(OPTIONAL, BOTH)
      .replace(
        '  - { id: conforming, label: { zh: 合格, en: Conforming } }\n',
        '  - { id: conforming, label: { zh: 合格, en: Conforming } }\n  - { id: superior, label: { zh: 优等品, en: Superior } }\n',
      )
      .replace(/(id: mgo(-autoclave)?, indicator: mgo, )/g, '$1grade: superior, ')
      .replace('criteria:\n', 'criteria:\n  - { id: mgo-base, indicator: mgo, require: "≤ 6.0" }\n');
    const [w, ...more] = warnings(text);
    expect(more).toEqual([]);
    expect(w!.text.zh).toContain('的记录在等级“优等品”不检验“氧化镁 MgO”');
    expect(w!.message).toContain('has "MgO" tested by no requirement at grade "superior"');
  });

  it('no bundled rule set or example warns', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const p = join(dir, f);
        // examples/tutorial/mistakes/: rule files broken on purpose, for docs/tutorial*.md to show the messages.
        if (statSync(p).isDirectory()) return f === 'mistakes' ? [] : files(p);
        return f.endsWith('.yaml') && !f.endsWith('.test.yaml') ? [p] : [];
      });
    const all = [...files(join(ROOT, 'rules')), ...files(join(ROOT, 'examples'))];
    expect(all.length).toBeGreaterThan(8);
    for (const f of all) expect(warnings(readFileSync(f, 'utf8')), f).toEqual([]);
  });

  it('qgrade validate prints it as a warning and still passes the file', async () => {
    const cli = useCli();
    const r = await cli.run(['--lang', 'zh', 'validate', 'test/fixtures/valid/cement-when-optional.yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout + r.stderr).toContain(
      'cement-when-optional.yaml:49:38: 警告：未给出“压蒸安定性合格”（“autoclavePassed”）的记录不检验“氧化镁 MgO”',
    );
  });
});
