/**
 * Embedding qgrade in a service: load and compile the rule set once, at
 * start-up, then grade each request — a procurement or e-commerce back end
 * answering "what grade is this product, and why?".
 *
 * Run: npx tsx examples/grade-in-a-service.ts
 */
import { createGrader, type GradeResult, loadRuleSet } from '../src/index';

// Once per process: loading checks the rule file; createGrader compiles it.
const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));

/** The answer a service might send: the grade, and in one line each what holds the product down. */
export interface GradeResponse {
  status: 200 | 422;
  grade: string | null;
  label: string | null;
  reasons: string[];
}

/** Handles one request body. Bad input is a 422 with field-by-field reasons, never a thrown error. */
export function handleGradeRequest(body: unknown, lang: 'zh' | 'en' = 'en'): GradeResponse {
  const result: GradeResult = grader.gradeSync(body);
  if (result.errors) {
    return { status: 422, grade: null, label: null, reasons: result.errors.map((e) => e.message[lang]) };
  }
  const reasons =
    result.grade === null
      ? [result.notGradedReason!.message[lang]]
      : (result.nextGrade?.blockers ?? []).map((b) => b.message[lang]);
  return { status: 200, grade: result.grade, label: result.label?.[lang] ?? null, reasons };
}

// A few requests, as a client would send them.
const requests: unknown[] = [
  { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 },
  { unitType: 'cooling-only', ratedCoolingCapacity: 2600, seer: 5.85 },
  { unitType: 'heat-pump', ratedCoolingCapacity: 3500 },
  'not even an object',
];
const answers = requests.map((body) => handleGradeRequest(body));
for (const [i, a] of answers.entries()) console.log(JSON.stringify(requests[i]), '→', JSON.stringify(a));

// The example checks itself, so CI notices if it stops telling the truth.
const expected = [
  [200, '2'],
  [200, '1'],
  [422, null],
  [422, null],
];
if (answers.some((a, i) => a.status !== expected[i]![0] || a.grade !== expected[i]![1])) {
  throw new Error('grade-in-a-service: unexpected answers');
}
console.log('\n', handleGradeRequest(requests[0], 'zh').reasons[0]);
