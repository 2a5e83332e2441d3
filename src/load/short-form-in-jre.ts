import type { ErrorObject } from 'ajv';
import type { RuleSetIssue } from '../errors/rule-set-issue';
import { localized } from '../text/localized-text';
import { whenYaml } from '../text/when-yaml';
import type { SourceDocument } from './source-document';

const JRE_KEYS = new Set(['fact', 'operator', 'value', 'all', 'any', 'not', 'priority']);
const OPERATORS: Readonly<Record<string, string>> = {
  '≥': 'greaterThanInclusive',
  '>=': 'greaterThanInclusive',
  '>': 'greaterThan',
  '≤': 'lessThanInclusive',
  '<=': 'lessThanInclusive',
  '<': 'lessThan',
  '=': 'equal',
  '≠': 'notEqual',
  '!=': 'notEqual',
};

/**
 * `requiredWhen: { any: [{ thickness: "≥ 8" }, { quality: D }] }`: the short
 * form of a `when` inside `any`, `all` or `not`, which take json-rules-engine's
 * syntax only. Told once per such item, with the item to write where it
 * translates (`{ fact: thickness, operator: greaterThanInclusive, value: 8
 * }`), rather than as "missing fact", "missing operator", "missing value"
 * and "unknown key" each (when-required-44: a newcomer's first try at the
 * `any:` the required-beyond-when warning advises). Keyed by the item's
 * pointer, whose other schema errors are not listed.
 */
export function shortFormsInJre(
  source: SourceDocument,
  errors: readonly ErrorObject[],
): Map<string, RuleSetIssue> {
  const found = new Map<string, RuleSetIssue>();
  for (const e of errors) {
    if (found.has(e.instancePath)) continue;
    const path = pointerPath(e.instancePath);
    const last = path.at(-1);
    const key = last === 'not' ? 'not' : typeof last === 'number' ? path.at(-2) : undefined;
    if (key !== 'not' && key !== 'all' && key !== 'any') continue;
    if (!path.some((k) => k === 'when' || k === 'requiredWhen' || k === 'condition')) continue;
    let item: unknown = source.data;
    for (const k of path) item = (item as Record<string | number, unknown> | undefined)?.[k];
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    const keys = Object.keys(item);
    if (keys.length === 0 || keys.some((k) => JRE_KEYS.has(k))) continue;
    const parts = keys.map((k) => jre(k, (item as Record<string, unknown>)[k]));
    const write = parts.every((p) => p !== undefined)
      ? whenYaml(parts.length === 1 ? parts[0] : { all: parts })
      : undefined;
    const shortForm = whenYaml(item);
    found.set(
      e.instancePath,
      source.issue(
        'schema',
        localized(
          `“${key}”中的条件要用 json-rules-engine 的写法（fact、operator、value），不接受“${shortForm}”这种简写` +
            (write ? `：请写成“${write}”` : ''),
          `a condition inside "${key}" is written in json-rules-engine's syntax (fact, operator, value), not the short form ${shortForm}` +
            (write ? `: write ${write}` : ''),
        ),
        path,
      ),
    );
  }
  return found;
}

/** A JSON pointer (ajv's `instancePath`) as a document path. */
function pointerPath(pointer: string): (string | number)[] {
  return pointer
    .split('/')
    .slice(1)
    .map((k) => (/^\d+$/.test(k) ? Number(k) : k.replace(/~1/g, '/').replace(/~0/g, '~')));
}

/** One entry of the short form as a json-rules-engine condition, where it is a value, a list or `≥ 8`. */
function jre(fact: string, spec: unknown): object | undefined {
  if (Array.isArray(spec)) return { fact, operator: 'in', value: spec };
  if (typeof spec === 'number' || typeof spec === 'boolean') return { fact, operator: 'equal', value: spec };
  if (typeof spec !== 'string') return undefined;
  const compared = /^\s*(≥|>=|>|≤|<=|<|=|≠|!=)\s*([-+]?\d+(?:\.\d+)?)\s*$/.exec(spec);
  if (compared) return { fact, operator: OPERATORS[compared[1]!]!, value: Number(compared[2]) };
  // Any other operator, band or unit: the resolver's to read; a plain word is a value.
  return /^\s*[≥>≤<=≠![(]/.test(spec) ? undefined : { fact, operator: 'equal', value: spec };
}
