import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { BUNDLED_RULE_TEXTS } from '../../src/bundled/bundled-rule-texts';
import { createGrader, loadRuleSet } from '../../src/index';
import { ByteBuffer } from '../../src/serialize/byte-buffer';
import { resultJsonBytesWriter } from '../../src/serialize/result-json-bytes';
import { safeJson } from '../../src/text/safe-text';

// The fast writer must give exactly JSON.stringify's bytes — with the characters a terminal would act on
// (C1 controls, DEL, bidi overrides) \u-escaped as safeJson does, the same data — : every output depends on it.

/** The writer as a function from value to text, checking that its bytes are exactly JSON.stringify's UTF-8. */
function resultJsonWriter(): (value: unknown) => string {
  const write = resultJsonBytesWriter();
  // A small buffer, reused: growing it and writing after earlier values is part of what is tested.
  const out = new ByteBuffer(16);
  return (value) => {
    out.length = 0;
    out.text('>');
    write(value, out);
    const bytes = out.bytes.slice(1, out.length);
    const json = JSON.stringify(value);
    const text = json === undefined ? undefined : safeJson(json);
    expect(Buffer.from(bytes).equals(Buffer.from(text ?? '', 'utf8'))).toBe(true);
    return new TextDecoder().decode(bytes);
  };
}

const HOSTILE = [
  '',
  '"',
  '\\',
  '\u0000\u001f\u007f',
  '\u009b2J',
  '\u202eevil',
  '\ud800',
  '\udc00x',
  '😀型号',
  '</script>',
  '\u2028\u2029',
  'a"b\\c\nd\te',
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ unit: 'binary' }), fc.string());

/** Mutates a suite record: a value replaced by a hostile string, a number nudged, or a field dropped. */
const mutation = fc.record({
  key: fc.nat(),
  kind: fc.constantFrom('hostile', 'nudge', 'drop', 'keep'),
  text: hostileString,
  nudge: fc.double({ min: -1000, max: 1000, noNaN: true }),
});

function suiteRecords(id: string): Record<string, unknown>[] {
  const file = new URL(`../../rules/${id}.test.yaml`, import.meta.url);
  const suite = parse(readFileSync(file, 'utf8')) as { cases?: { input?: Record<string, unknown> }[] };
  return (suite.cases ?? []).flatMap((c) => (c.input && typeof c.input === 'object' ? [c.input] : []));
}

describe('resultJsonBytesWriter', () => {
  it.each(Object.keys(BUNDLED_RULE_TEXTS))('writes JSON.stringify’s bytes for %s results', async (id) => {
    const grader = createGrader(await loadRuleSet(id));
    const records = suiteRecords(id);
    expect(records.length).toBeGreaterThan(0);
    const toJson = resultJsonWriter();
    fc.assert(
      fc.property(fc.nat(), fc.array(mutation, { maxLength: 3 }), hostileString, (pick, changes, sample) => {
        const record: Record<string, unknown> = { ...records[pick % records.length] };
        const keys = Object.keys(record);
        for (const c of changes) {
          const key = keys[c.key % keys.length] as string;
          if (c.kind === 'hostile') record[key] = c.text;
          else if (c.kind === 'drop') delete record[key];
          else if (c.kind === 'nudge' && typeof record[key] === 'number')
            record[key] = (record[key] as number) + c.nudge;
        }
        // The row and kept columns are the parts the batch pipeline adds around a result.
        const result = { row: pick, kept: { 型号: sample }, ...grader.gradeSync(record) };
        // Twice: the second line comes from the cache of shared (frozen) parts.
        expect(toJson(result)).toBe(safeJson(JSON.stringify(result)));
        expect(toJson(result)).toBe(safeJson(JSON.stringify(result)));
      }),
      { numRuns: 150 },
    );
  });

  it('writes JSON.stringify’s bytes for sentences that share a start and an end, in any order', () => {
    // The writer learns what a check's sentences share and encodes only the rest: surrogate pairs, lone
    // halves and escapes at the seams, and sentences that share less than the earlier ones, must not change a byte.
    const unit = fc.constantFrom('a', '值', '"', '\\', '\n', '\u009b', '\ud83d', '\ude00', '😀', '1', '.');
    const part = fc.array(unit, { maxLength: 6 }).map((u) => u.join(''));
    const label = Object.freeze({ zh: '标签', en: 'label' });
    const limit = Object.freeze({ operator: '>=', value: 1, text: '≥ 1' });
    fc.assert(
      fc.property(
        part,
        part,
        fc.array(fc.tuple(part, part, part), { minLength: 1, maxLength: 8 }),
        (head, tail, sentences) => {
          const toJson = resultJsonWriter();
          for (const [before, middle, after] of sentences) {
            const criterion = {
              id: 'x@1',
              label,
              indicator: 'x',
              value: 1,
              limit,
              passed: true,
              status: 'passed',
              grade: '1',
              effect: 'grade',
              message: { zh: head + before + middle + tail, en: before + head + middle + after + tail },
            };
            const result = { criteria: [criterion] };
            expect(toJson(result)).toBe(safeJson(JSON.stringify(result)));
          }
        },
      ),
      {
        numRuns: 1000,
        // Found by this test: a frame's end that begins with two low surrogates once cut a pair.
        examples: [
          [
            '',
            '\ude00',
            [
              ['', '', '😀'],
              ['', '', '\ude00'],
              ['', '', '\ud83d'],
            ],
          ],
        ],
      },
    );
  });

  it('writes JSON.stringify’s bytes for any JSON value, frozen or not', () => {
    const toJson = resultJsonWriter();
    const deepFreeze = (v: unknown): unknown => {
      if (v && typeof v === 'object') {
        for (const x of Object.values(v)) deepFreeze(x);
        Object.freeze(v);
      }
      return v;
    };
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, freeze) => {
        const v = freeze ? deepFreeze(structuredClone(value)) : value;
        expect(toJson(v)).toBe(safeJson(JSON.stringify(v)));
        expect(toJson(v)).toBe(safeJson(JSON.stringify(v)));
      }),
      { numRuns: 500 },
    );
  });

  it('writes frozen objects past the bounds of its cache (by count and by bytes) as JSON.stringify does', () => {
    // 70,000 distinct frozen values fill the cache by count (65,536); each is written twice, from the
    // cache where it was kept, field by field where it was not.
    const write = resultJsonBytesWriter();
    const out = new ByteBuffer(1 << 16);
    const expected: string[] = [];
    for (let i = 0; i < 70_000; i++) {
      const v = Object.freeze({ id: `c${i}`, message: Object.freeze({ zh: `值 ${i}`, en: `value ${i}` }) });
      const text = `${JSON.stringify(v)},`;
      write(v, out);
      write(v, out);
      out.text(',');
      expected.push(text.slice(0, -1) + text);
    }
    expect(new TextDecoder().decode(out.bytes.subarray(0, out.length))).toBe(expected.join(''));
    // Large sentences fill it by bytes (16 MiB) first.
    const toJson = resultJsonWriter();
    for (let i = 0; i < 10; i++) {
      const v = Object.freeze({ zh: `${i}型号`.repeat(300_000), en: HOSTILE.join(`${i}`) });
      expect(toJson(v)).toBe(safeJson(JSON.stringify(v)));
      expect(toJson(v)).toBe(safeJson(JSON.stringify(v)));
    }
  });

  it('leaves out what JSON.stringify leaves out and writes what it writes for odd values', () => {
    const toJson = resultJsonWriter();
    const odd = {
      u: undefined,
      f: () => 1,
      s: Symbol('x'),
      n: Number.NaN,
      i: Number.POSITIVE_INFINITY,
      z: -0,
      a: [undefined, () => 1, Symbol('y'), Number.NaN],
      d: new Date(0),
      2: 'integer keys first',
      1: 'in ascending order',
    };
    expect(toJson(odd)).toBe(safeJson(JSON.stringify(odd)));
  });
});

describe('resultJsonBytesWriter on results of a layout it learns', () => {
  // The writer learns per rule set (by its frozen reference) what was written at each place of a result: these
  // results reuse frozen criteria at the same and at other places, blockers in and out of the criteria, keys in
  // and out of a result's order, fields JSON leaves out, an unknown optional field (`notChecked`), and hostile text.
  const frozenDeep = <T>(v: T): T => {
    if (v && typeof v === 'object') {
      for (const x of Object.values(v)) frozenDeep(x);
      Object.freeze(v);
    }
    return v;
  };
  const refs = [0, 1, 2].map((i) => frozenDeep({ id: `rs/${i}`, version: '1.0.0', provenance: 'secondary' }));
  const criterion = fc.record(
    {
      id: hostileString,
      label: fc.constantFrom(frozenDeep({ zh: '标签', en: 'label' }), frozenDeep({ zh: '\u202e', en: '"' })),
      indicator: hostileString,
      value: fc.oneof(fc.double(), hostileString, fc.constant(null), fc.boolean()),
      limit: fc.constantFrom(null, frozenDeep({ operator: '>=', value: 1, text: '≥ 1' })),
      passed: fc.constantFrom(true, false, null),
      status: fc.constantFrom('passed', 'failed', 'missing', 'not-applicable', 'odd'),
      grade: fc.constantFrom(null, '1', '2'),
      effect: fc.constantFrom('grade', 'scope'),
      message: fc.record({ zh: hostileString, en: hostileString }),
      defaulted: fc.constantFrom(true, undefined),
      notChecked: fc.oneof(fc.constant(undefined), fc.jsonValue()),
    },
    { requiredKeys: ['id', 'label', 'status', 'message'] },
  );
  const pool = fc.array(fc.tuple(criterion, fc.boolean()), { minLength: 1, maxLength: 6 });
  const KEYS = ['row', 'kept', 'ruleSet', 'grade', 'label', 'conforming', 'criteria', 'nextGrade'];
  const odd = fc.constantFrom(undefined, () => 1, Symbol('s'), 'extra', null);

  it('writes JSON.stringify’s bytes for any such sequence of results', () => {
    fc.assert(
      fc.property(
        pool,
        fc.array(
          fc.record({
            ref: fc.nat(3),
            picks: fc.array(fc.nat(), { maxLength: 8 }),
            blockers: fc.array(fc.nat(), { maxLength: 4 }),
            swap: fc.nat(12),
            extra: fc.option(fc.tuple(fc.constantFrom('toJSON', 'zzz', 'notGradedReason', 'row'), odd)),
            dropped: fc.option(fc.constantFrom(...KEYS)),
            frozenNext: fc.boolean(),
            kept: hostileString,
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (made, specs) => {
          // Frozen ones shared by the results (as the explainer's are), the others each result's own copy.
          const shared = made.map(([c, freeze]) => (freeze ? frozenDeep(structuredClone(c)) : c));
          const toJson = resultJsonWriter();
          for (const s of specs) {
            const criteria = s.picks.map((p) => {
              const c = shared[p % shared.length]!;
              return Object.isFrozen(c) ? c : { ...c, message: { ...(c.message as object) } };
            });
            const blockers = s.blockers.map((b) =>
              criteria.length > 0 && b % 3 !== 0 ? criteria[b % criteria.length] : shared[b % shared.length],
            );
            const next = { grade: '2', label: refs[0]!.id, blockers };
            const result: Record<string, unknown> = {
              row: s.swap,
              kept: { 型号: s.kept },
              ruleSet: s.ref === 3 ? { id: 'not frozen' } : refs[s.ref],
              grade: '1',
              label: frozenDeep({ zh: '1级', en: 'Grade 1' }),
              conforming: true,
              criteria,
              nextGrade: s.frozenNext ? Object.freeze(next) : next,
            };
            if (s.dropped) delete result[s.dropped];
            // A key out of order, one no result has, a toJSON, or a field JSON leaves out.
            if (s.extra) result[s.extra[0]] = s.extra[1];
            if (s.swap === 0) {
              const { row, ...rest } = result;
              Object.assign(result, rest);
              delete result.row;
              result.row = row;
            }
            expect(toJson(result)).toBe(safeJson(JSON.stringify(result)) ?? '');
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('writes what an inherited field or toJSON makes of a result as JSON.stringify does', () => {
    const toJson = resultJsonWriter();
    const c = frozenDeep({
      id: 'a',
      label: { zh: '甲', en: 'a' },
      status: 'passed',
      message: { zh: '', en: '' },
    });
    const plain = {
      ruleSet: refs[0],
      criteria: [c, c],
      nextGrade: { grade: '1', label: null, blockers: [c] },
    };
    expect(toJson(plain)).toBe(JSON.stringify(plain));
    const inherited = Object.assign(Object.create({ scores: 1 }), plain);
    expect(toJson(inherited)).toBe(JSON.stringify(inherited));
    const withToJson = Object.assign(Object.create({ toJSON: () => 'x' }), plain);
    expect(toJson(withToJson)).toBe(JSON.stringify(withToJson));
    const nextToJson = {
      ...plain,
      nextGrade: Object.assign(Object.create({ toJSON: () => 7 }), plain.nextGrade),
    };
    expect(toJson(nextToJson)).toBe(JSON.stringify(nextToJson));
    const holes = { ...plain, criteria: [c, undefined, () => 1, c] };
    expect(toJson(holes)).toBe(JSON.stringify(holes));
  });
});
