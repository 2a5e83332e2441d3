import type { DocumentPath } from '../load/source-document';
import { COMPARE_OPERATORS, JRE_OPERATORS, type JreOperator } from '../model/operators';
import type { JreConditionDocument } from '../model/rule-document';
import type { ConditionModel } from '../model/rule-set-model';
import type { Literal } from '../model/value';
import { parseRequirement } from '../syntax/parse-requirement';
import { closestName } from '../text/closest-name';
import type { ModelContext, ValueInfo } from './model-context';

/**
 * Resolves a `when` (or `requiredWhen`) into a condition: either the map form
 * (`unitType: heat-pump`, `designation: [HRB400E, HRB500E]`,
 * `ratedCoolingCapacity: "≤ 4500"`) or json-rules-engine's own syntax.
 *
 * @param indicatorsOnly - only indicators may be named (for `requiredWhen`, which input validation checks).
 */
export function resolveWhen(
  ctx: ModelContext,
  when: unknown,
  path: DocumentPath,
  indicatorsOnly = false,
): ConditionModel | undefined {
  if (!when || typeof when !== 'object' || Array.isArray(when)) return undefined;
  const keys = Object.keys(when);
  if (keys.some((k) => k === 'all' || k === 'any' || k === 'not' || k === 'fact')) {
    return resolveJreCondition(ctx, when as JreConditionDocument, path, indicatorsOnly);
  }
  const parts: ConditionModel[] = [];
  for (const name of keys) {
    const info = lookup(ctx, name, [...path, name], indicatorsOnly);
    if (!info) continue;
    const spec = (when as Record<string, unknown>)[name];
    const resolved = resolveMapEntry(ctx, name, info, spec, [...path, name]);
    if (resolved) parts.push(...resolved);
  }
  if (parts.length !== keys.length && ctx.issues.length > 0) return undefined;
  return parts.length === 1 ? parts[0] : { all: parts };
}

function resolveMapEntry(
  ctx: ModelContext,
  name: string,
  info: ValueInfo,
  spec: unknown,
  path: DocumentPath,
): ConditionModel[] | undefined {
  if (Array.isArray(spec)) {
    const values = spec.map((v, i) => checkLiteral(ctx, info, name, v, [...path, i]));
    if (values.some((v) => v === undefined)) return undefined;
    return [{ fact: name, operator: 'in', value: values }];
  }
  if (typeof spec === 'string' && /^\s*(≥|>=|>|≤|<=|<|=|≠|!=|\[|\(|in\s*\[|not\s+in\s*\[|∈|∉)/.test(spec)) {
    const syntax = parseRequirement(spec);
    if ('error' in syntax) {
      ctx.error('invalid-requirement', syntax.error, path);
      return undefined;
    }
    if (syntax.kind === 'member') {
      const values = syntax.values.map((l) => checkLiteral(ctx, info, name, l.value, path));
      if (values.some((v) => v === undefined)) return undefined;
      return [{ fact: name, operator: syntax.negate ? 'notIn' : 'in', value: values }];
    }
    if (syntax.kind === 'range') {
      if (info.kind !== 'number') return kindError(ctx, name, info, 'a range', path);
      const { band } = syntax.band;
      return [
        {
          fact: name,
          operator: band.lowerInclusive ? 'greaterThanInclusive' : 'greaterThan',
          value: band.lower,
        },
        { fact: name, operator: band.upperInclusive ? 'lessThanInclusive' : 'lessThan', value: band.upper },
      ];
    }
    if (syntax.kind === 'tolerance' || syntax.operand.kind !== 'literal') {
      ctx.error(
        'invalid-requirement',
        `a condition compares with a fixed value or range; "${spec}" names something else`,
        path,
      );
      return undefined;
    }
    const operator = COMPARE_OPERATORS[syntax.operator].jre;
    if (JRE_OPERATORS[operator].numeric && info.kind !== 'number')
      return kindError(ctx, name, info, `"${spec}"`, path);
    const value = checkLiteral(ctx, info, name, syntax.operand.literal.value, path);
    if (value === undefined) return undefined;
    return [{ fact: name, operator, value }];
  }
  const value = checkLiteral(ctx, info, name, spec, path);
  return value === undefined ? undefined : [{ fact: name, operator: 'equal', value }];
}

/** Resolves json-rules-engine condition syntax, checking facts, operators and values. */
export function resolveJreCondition(
  ctx: ModelContext,
  cond: JreConditionDocument,
  path: DocumentPath,
  indicatorsOnly = false,
): ConditionModel | undefined {
  if ('all' in cond || 'any' in cond) {
    const key = 'all' in cond ? 'all' : 'any';
    const items = (cond as Record<string, JreConditionDocument[]>)[key]!;
    const parts = items.map((c, i) => resolveJreCondition(ctx, c, [...path, key, i], indicatorsOnly));
    if (parts.some((p) => !p)) return undefined;
    return key === 'all' ? { all: parts as ConditionModel[] } : { any: parts as ConditionModel[] };
  }
  if ('not' in cond) {
    const inner = resolveJreCondition(ctx, cond.not, [...path, 'not'], indicatorsOnly);
    return inner ? { not: inner } : undefined;
  }
  const { fact, operator, value } = cond as { fact: string; operator: JreOperator; value: unknown };
  const info = lookup(ctx, fact, [...path, 'fact'], indicatorsOnly);
  if (!info) return undefined;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const ref = (value as { fact?: unknown }).fact;
    const keys = Object.keys(value);
    if (typeof ref !== 'string' || keys.length !== 1) {
      ctx.error('invalid-requirement', 'a value must be a literal, a list, or {fact: name}', [
        ...path,
        'value',
      ]);
      return undefined;
    }
    const other = lookup(ctx, ref, [...path, 'value', 'fact'], indicatorsOnly);
    if (!other) return undefined;
    return { fact, operator, value: { fact: ref } };
  }
  if (JRE_OPERATORS[operator]?.numeric && (info.kind !== 'number' || typeof value !== 'number')) {
    ctx.error(
      'type-mismatch',
      `"${operator}" compares numbers; "${fact}" is ${info.kind} and the value is ${typeof value}`,
      [...path, 'operator'],
    );
    return undefined;
  }
  if (operator === 'in' || operator === 'notIn') {
    if (!Array.isArray(value)) {
      ctx.error('type-mismatch', `"${operator}" needs a list of values`, [...path, 'value']);
      return undefined;
    }
    for (const [i, v] of value.entries())
      if (checkLiteral(ctx, info, fact, v, [...path, 'value', i]) === undefined) return undefined;
  } else if (operator === 'contains' || operator === 'doesNotContain') {
    if (!info.perSpecimen) {
      ctx.error('type-mismatch', `"${operator}" applies to lists; "${fact}" holds one value`, [
        ...path,
        'operator',
      ]);
      return undefined;
    }
  } else if (checkLiteral(ctx, info, fact, value, [...path, 'value']) === undefined) return undefined;
  return { fact, operator, value };
}

/** Checks a literal against the kind (and enum values) of the value it is compared with. */
export function checkLiteral(
  ctx: ModelContext,
  info: ValueInfo,
  name: string,
  value: unknown,
  path: DocumentPath,
): string | number | boolean | undefined {
  const v = value && typeof value === 'object' && 'value' in value ? (value as Literal).value : value;
  if (typeof v !== info.kind) {
    ctx.error(
      'type-mismatch',
      `"${name}" is ${describeKind(info)}; ${JSON.stringify(v)} can never match it`,
      path,
    );
    return undefined;
  }
  if (info.values && !info.values.includes(v as string | number)) {
    const hint = closestName(String(v), info.values.map(String));
    ctx.error(
      'type-mismatch',
      `${JSON.stringify(v)} is not a value of "${name}"${hint ? `; did you mean "${hint}"?` : `; allowed: ${info.values.join(', ')}`}`,
      path,
    );
    return undefined;
  }
  return v as string | number | boolean;
}

function describeKind(info: ValueInfo): string {
  if (info.values) return `one of ${info.values.join(', ')}`;
  return info.kind === 'number' ? 'a number' : info.kind === 'boolean' ? 'true or false' : 'text';
}

function kindError(
  ctx: ModelContext,
  name: string,
  info: ValueInfo,
  what: string,
  path: DocumentPath,
): undefined {
  ctx.error('type-mismatch', `${what} compares numbers, but "${name}" is ${describeKind(info)}`, path);
  return undefined;
}

/** Finds an indicator (or derived value) by name, reporting an unknown one with a hint. */
export function lookup(
  ctx: ModelContext,
  name: string,
  path: DocumentPath,
  indicatorsOnly = false,
): ValueInfo | undefined {
  const info = ctx.values.get(name);
  if (info && (!indicatorsOnly || info.isIndicator)) return info;
  const candidates = [...ctx.values.entries()]
    .filter(([, i]) => !indicatorsOnly || i.isIndicator)
    .map(([n]) => n);
  const hint = closestName(name, candidates);
  const what = indicatorsOnly ? 'indicator' : 'indicator or derived value';
  ctx.error(
    'unknown-indicator',
    `unknown ${what} "${name}"${hint ? `; did you mean "${hint}"?` : ''}`,
    path,
    {
      key: path[path.length - 1] === name,
    },
  );
  return undefined;
}
