import { compileRecordReader, type RecordReader } from '../evaluate/read-record';
import type { RuleSetModel } from '../model/rule-set-model';
import { type CompiledCheck, compileCheck } from './compile-check';
import { type CompiledTable, compileTable } from './compile-table';
import { inputSchema, type JsonSchema } from './input-schema';

/** A rule set compiled once: record reader, tables and checks (scope first, then criteria). */
export interface CompiledRuleSet {
  model: RuleSetModel;
  tables: CompiledTable[];
  reader: RecordReader;
  checks: CompiledCheck[];
  /** Unit of each check's subject, for messages. */
  units: (string | undefined)[];
  inputSchema: JsonSchema;
}

/** Compiles a resolved rule set: everything per-record work needs, decided once. */
export function compileRuleSet(model: RuleSetModel): CompiledRuleSet {
  const tables = model.tables.map(compileTable);
  const all = [...model.scope, ...model.criteria];
  const checks = all.map((c, i) => compileCheck(c, i, model));
  const unitOf = new Map<string, string | undefined>([
    ...model.indicators.map((i) => [i.name, i.unit] as const),
    ...model.derived.map((d) => [d.name, d.unit] as const),
  ]);
  return {
    model,
    tables,
    reader: compileRecordReader(model, tables),
    checks,
    units: all.map((c) => (c.subject ? unitOf.get(c.subject) : undefined)),
    inputSchema: inputSchema(model),
  };
}
