import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import {
  checkRuleSet,
  createGrader,
  type GradeResult,
  type Grader,
  loadRuleSet,
  parseRuleSet,
  type RuleSet,
} from '../src/index';

const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: true, allowUnionTypes: true });
const validateResult = ajv.compile(
  JSON.parse(readFileSync(new URL('../schemas/grade-result.schema.json', import.meta.url), 'utf8')),
);

/** Fails the test when a result does not follow schemas/grade-result.schema.json. */
export function expectValidResult(result: GradeResult): void {
  const ok = validateResult(JSON.parse(JSON.stringify(result)));
  expect(validateResult.errors ?? [], 'result follows grade-result.schema.json').toEqual([]);
  expect(ok).toBe(true);
}

/** A compiled grader and a json-rules-engine grader for the same rule set. */
export interface GraderPair {
  ruleSet: RuleSet;
  compiled: Grader;
  engine: Grader;
  /** Grades with both, demands identical results that follow the result schema, and returns the result. */
  grade(record: unknown): Promise<GradeResult>;
}

/** Builds a {@link GraderPair}. */
export function graderPair(ruleSet: RuleSet): GraderPair {
  const compiled = createGrader(ruleSet);
  const engine = createGrader(ruleSet, { engine: 'json-rules-engine' });
  return {
    ruleSet,
    compiled,
    engine,
    async grade(record) {
      const a = await compiled.grade(record);
      const b = await engine.grade(record);
      expect(a, 'compiled and json-rules-engine agree').toEqual(b);
      expectValidResult(a);
      return a;
    },
  };
}

/** Loads a bundled rule set by id as a {@link GraderPair}. */
export async function bundled(id: string): Promise<GraderPair> {
  return graderPair(await loadRuleSet(id));
}

/** Reads a fixture rule file as a {@link GraderPair}. */
export function fixture(name: string): GraderPair {
  const path = new URL(`./fixtures/${name}`, import.meta.url);
  return graderPair(parseRuleSet(readFileSync(path, 'utf8'), { filename: name }));
}

/** Ids of the requirements a result failed. */
export function failing(result: GradeResult): string[] {
  return result.criteria.filter((c) => c.passed === false).map((c) => c.id);
}

/**
 * The issues `checkRuleSet` finds in a rule file's text, as an author reads
 * them: code, line:column and the message in both languages.
 */
export function locatedIssues(text: string, filename = 'rule.yaml') {
  return checkRuleSet(text, { filename }).issues.map((i) => ({
    code: i.code,
    line: i.line,
    column: i.column,
    zh: i.text.zh,
    en: i.text.en,
  }));
}

/**
 * A P·O 42.5 cement sample that meets every requirement of
 * building-materials/cement-quality-grade's top grade (优等品), to be
 * changed one value at a time.
 */
export const SUPERIOR_CEMENT = Object.freeze({
  cementType: 'P.O',
  strengthClass: '42.5',
  compressive3d: 24.0,
  compressive28d: 50.0,
  flexural3d: 5.0,
  flexural28d: 8.0,
  initialSetting: 160,
  finalSetting: 240,
  magnesia: 2.0,
  sulfurTrioxide: 2.6,
  chloride: 0.03,
  soundness: true,
});

/** The 13 item scores of enterprise/quality-management-capability, in its file's order. */
export const ENTERPRISE_ITEMS = Object.freeze([
  'leadershipCommitment',
  'processControl',
  'supplierQuality',
  'auditAndImprovement',
  'dataCollection',
  'qualityAnalytics',
  'traceability',
  'innovation',
  'customerFocus',
  'talentDevelopment',
  'productQuality',
  'qualityLoss',
  'customerSatisfaction',
]);

/** An enterprise with every item at `score`, then `over` on top. */
export function enterpriseScores(
  score: unknown,
  over: Record<string, unknown> = {},
): Record<string, unknown> {
  return { ...Object.fromEntries(ENTERPRISE_ITEMS.map((i) => [i, score])), ...over };
}

/** A household appliance of appliance-quality-grading, every score near a limit, to be changed one value at a time. */
export const APPLIANCE_NEAR_LIMITS = Object.freeze({
  safetyTest: true,
  cccCertified: true,
  energyGrade: 1,
  noise: 40,
  failureRate: 0.5,
  reliabilityScore: 90,
  intelligenceScore: 59.98,
  userExperienceScore: 90,
  afterSalesScore: 90,
});
