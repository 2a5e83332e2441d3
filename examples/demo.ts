/**
 * `npm run demo`: grades the bundled examples of each domain and prints the
 * grades with their explanations.
 */
import { readFile } from 'node:fs/promises';
import { createGrader, loadRuleSet } from '../src/index';
import { formatExplanation } from '../src/report/format-explanation';
import { formatTable } from '../src/report/format-table';

const lang = /^zh/i.test(process.env.LC_ALL || process.env.LANG || '') ? 'zh' : 'en';

// One example file per rule set; each holds a JSON array of records.
const DEMOS: [ruleSet: string, examples: string][] = [
  ['home-appliances/room-air-conditioner-energy', 'room-air-conditioners.json'],
  ['steel/hot-rolled-ribbed-bar', 'steel-rebar.json'],
  ['steel/low-alloy-structural-steel', 'low-alloy-structural-steel.json'],
  ['building-materials/common-portland-cement', 'cement.json'],
  ['building-materials/cement-quality-grade', 'cement-quality-grade.json'],
  ['home-appliances/appliance-quality-grading', 'appliance-quality.json'],
  ['enterprise/quality-management-capability', 'enterprises.json'],
];

for (const [id, file] of DEMOS) {
  const ruleSet = await loadRuleSet(id);
  const grader = createGrader(ruleSet);
  const records = JSON.parse(await readFile(new URL(file, import.meta.url), 'utf8')) as unknown[];
  const results = records.map((r) => grader.gradeSync(r));
  const standard = ruleSet.references.map((r) => r.code).join(', ');
  console.log(`\n══ ${ruleSet.title[lang]} — ${standard} (${ruleSet.provenance.level}) — examples/${file}\n`);
  console.log(
    formatTable(
      results.map((result, i) => ({ row: i + 1, result })),
      { lang, width: process.stdout.columns ?? 120 },
    ),
  );
  console.log(`\n${lang === 'zh' ? '第 2 条记录的说明' : 'Record 2, explained'}:`);
  console.log(formatExplanation(results[1] ?? results[0]!, lang));
}
