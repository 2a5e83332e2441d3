/// <reference lib="dom" />
// A page that grades with qgrade/browser, bundled for the browser: the README's record against a
// bundled rule set loaded by id, and a rule set read from text.
import { createGrader, loadBundledRuleSet, parseRuleSet } from '../../../src/browser';

async function main(): Promise<void> {
  const ruleSet = await loadBundledRuleSet('home-appliances/room-air-conditioner-energy');
  const record = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 };
  const result = createGrader(ruleSet).gradeSync(record);
  // json-rules-engine is CommonJS, loaded on first use as a chunk of its own.
  const jre = await createGrader(ruleSet, { engine: 'json-rules-engine' }).grade(record);
  const own = parseRuleSet(
    [
      'schemaVersion: 1',
      'id: test/page',
      'version: 1.0.0',
      'industry: test',
      'subject: product',
      'title: { zh: 测试, en: Test }',
      'references: [{ code: TEST, edition: "1" }]',
      'provenance: { level: illustrative, note: { zh: 测试, en: test } }',
      'indicators: { x: { type: number, label: { zh: x, en: x } } }',
      'grades: [{ id: ok, label: { zh: 合格, en: OK } }]',
      'criteria: [{ id: x-min, indicator: x, require: "≥ 4.50" }]',
    ].join('\n'),
    { filename: 'page.yaml' },
  );
  const mine = createGrader(own).gradeSync({ x: 4.49 });
  document.getElementById('result')!.textContent = JSON.stringify({ result, mine, jre });
}

main().catch((error: Error) => {
  document.getElementById('result')!.textContent = JSON.stringify({ error: error.message });
});
