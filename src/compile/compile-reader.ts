import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { referencedNames } from '../model/expr';
import type { RecordError } from '../model/grade-result';
import type { IndicatorModel, RuleSetModel } from '../model/rule-set-model';
import { toFifteenDigits } from '../rounding/significant-digits';
import { localized } from '../text/localized-text';
import { compileExpr } from './compile-expr';
import type { CompiledTable } from './compile-table';
import type { JsonSchema } from './input-schema';
import { RecordFacts } from './record-facts';

// One instance for every rule set's record schema: own properties only (never
// read through a prototype), no NaN or Infinity, every error reported.
const ajv = new Ajv2020({
  allErrors: true,
  strict: true,
  strictRequired: false,
  allowUnionTypes: true,
  ownProperties: true,
  strictNumbers: true,
  verbose: true,
});

/** Reads records for one rule set: validates them and computes derived values. */
export interface RecordReader {
  /** The record's facts, or the field-by-field errors that keep it from being graded. */
  read(record: unknown): RecordFacts | RecordError[];
}

/** Builds the reader for a rule set: its input validator and derived-value closures, once. */
export function compileRecordReader(
  model: RuleSetModel,
  tables: readonly CompiledTable[],
  schema: JsonSchema,
): RecordReader {
  const validate: ValidateFunction = ajv.compile(schema);
  const indicators = model.indicators;
  const slotCount = indicators.length + model.derived.length;
  const derived = model.derived.map((d) => ({
    model: d,
    evaluate: compileExpr(d.expr),
    specimenInputs: [...referencedNames(d.expr)].map((name) => ({ name, slot: model.slots.get(name)! })),
  }));
  const byName = new Map(indicators.map((i) => [i.name, i]));

  return {
    read(record) {
      if (record === null || typeof record !== 'object' || Array.isArray(record)) {
        return [
          {
            field: '',
            code: 'not-an-object',
            message: localized('记录必须是键值对象', 'a record must be an object of field values'),
          },
        ];
      }
      if (!validate(record)) return toRecordErrors(validate.errors ?? [], byName);
      const values = new Array<unknown>(slotCount);
      const input = record as Record<string, unknown>;
      for (const ind of indicators) {
        const v = Object.hasOwn(input, ind.name) ? input[ind.name] : undefined;
        values[ind.slot] = v === undefined ? ind.default : ind.specimens > 0 && !Array.isArray(v) ? [v] : v;
      }
      const facts = new RecordFacts(values, tables);
      for (const d of derived) {
        const slot = d.model.slot;
        if (!d.model.perSpecimen) {
          const v = normalizeDerived(d.evaluate(facts, -1));
          if (v === NOT_COMPUTABLE) return [notComputable(d.model.name)];
          values[slot] = v;
          continue;
        }
        let n = 1;
        let first = '';
        for (const input of d.specimenInputs) {
          const v = values[input.slot];
          if (!Array.isArray(v) || v.length === 1) continue;
          if (n !== 1 && v.length !== n)
            return [specimenMismatch(d.model.name, [first, n], [input.name, v.length])];
          n = v.length;
          first = input.name;
        }
        const list: unknown[] = [];
        for (let i = 0; i < n; i++) {
          const v = normalizeDerived(d.evaluate(facts, i));
          if (v === NOT_COMPUTABLE) return [notComputable(d.model.name)];
          list.push(v);
        }
        values[slot] = list;
      }
      return facts;
    },
  };
}

const NOT_COMPUTABLE = Symbol('not computable');

/**
 * A derived value as evaluation uses it: numbers carried to 15 significant
 * digits, which is what a double holds faithfully, so 0.7 − 0.1 is 0.6 and
 * rounding by GB/T 8170 sees the digits the arithmetic meant.
 */
function normalizeDerived(v: unknown): unknown {
  if (typeof v !== 'number') return v;
  return Number.isFinite(v) ? toFifteenDigits(v) : NOT_COMPUTABLE;
}

function notComputable(name: string): RecordError {
  return {
    field: name,
    code: 'not-computable',
    message: localized(
      `无法计算 ${name}（例如除以零）`,
      `${name} cannot be computed from these values (e.g. a division by zero)`,
    ),
  };
}

function specimenMismatch(derived: string, [a, m]: [string, number], [b, n]: [string, number]): RecordError {
  return {
    field: b,
    code: 'specimen-count-mismatch',
    message: localized(
      `${a} 有 ${m} 个试样，${b} 有 ${n} 个：试样数量须一致，才能逐个试样计算 ${derived}`,
      `${a} gives ${m} specimens and ${b} gives ${n}: they must give the same number for ${derived} to be computed per specimen`,
    ),
  };
}

function toRecordErrors(errors: ErrorObject[], indicators: Map<string, IndicatorModel>): RecordError[] {
  const out: RecordError[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'if') continue;
    const segments = e.instancePath.split('/').slice(1);
    const field = e.keyword === 'required' ? String(e.params.missingProperty) : (segments[0] ?? '');
    const specimen = segments.length > 1 ? Number(segments[1]) + 1 : undefined;
    const ind = indicators.get(field);
    const name = ind ? `${field} (${ind.label.en})` : field;
    const zhName = ind ? ind.label.zh : field;
    const at = specimen ? { zh: `第 ${specimen} 个试样`, en: ` specimen ${specimen}` } : { zh: '', en: '' };
    const got = describeValue(e.data);
    let error: RecordError;
    switch (e.keyword) {
      case 'required':
        error = { field, code: 'missing', message: localized(`缺少 ${zhName}`, `${name} is missing`) };
        break;
      case 'type': {
        const wanted = String(e.params.type).replace(/,/g, ' or ');
        error = {
          field,
          code: 'wrong-type',
          message: localized(
            `${zhName}${at.zh}应为 ${wanted}，实际为 ${got}`,
            `${name}${at.en} must be ${wanted}, got ${got}`,
          ),
        };
        break;
      }
      case 'enum': {
        const values = e.params.allowedValues as unknown[];
        const allowed = values.join(', ');
        // A strength class 42.5 given as a number, where the rule set lists the text "42.5".
        const asText = typeof e.data === 'number' && values.includes(String(e.data));
        error = {
          field,
          code: 'not-allowed',
          message: asText
            ? localized(
                `${zhName} 应以文本给出："${e.data}"，而不是数字 ${e.data}`,
                `${name} must be given as text, "${e.data}", not the number ${e.data}`,
              )
            : localized(
                `${zhName} 应为 ${allowed} 之一，实际为 ${got}`,
                `${name} must be one of ${allowed}, got ${got}`,
              ),
        };
        break;
      }
      case 'minimum':
      case 'maximum':
      case 'exclusiveMinimum':
      case 'exclusiveMaximum': {
        const symbol = { minimum: '≥', maximum: '≤', exclusiveMinimum: '>', exclusiveMaximum: '<' }[
          e.keyword
        ];
        const limit = `${symbol} ${String(e.params.limit)}`;
        error = {
          field,
          code: 'out-of-range',
          message: localized(
            `${zhName}${at.zh}应 ${limit}，实际为 ${got}`,
            `${name}${at.en} must be ${limit}, got ${got}`,
          ),
        };
        break;
      }
      case 'maxLength':
        error = {
          field,
          code: 'record-too-large',
          message: localized(
            `${zhName} 超过 ${e.params.limit} 个字符`,
            `${name} is longer than ${e.params.limit} characters`,
          ),
        };
        break;
      case 'maxItems':
        error = {
          field,
          code: 'too-many-specimens',
          message: localized(
            `${zhName} 最多 ${e.params.limit} 个试样`,
            `${name} takes at most ${e.params.limit} specimens`,
          ),
        };
        break;
      case 'minItems':
        error = {
          field,
          code: 'missing',
          message: localized(`${zhName} 没有试样值`, `${name} has no specimen values`),
        };
        break;
      default:
        error = {
          field,
          code: 'wrong-type',
          message: localized(
            `${zhName} 无效：${e.message ?? ''}`,
            `${name} is not valid: ${e.message ?? ''}`,
          ),
        };
    }
    const key = `${field}|${error.code}|${specimen ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(error);
  }
  return out;
}

function describeValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  return String(v);
}
