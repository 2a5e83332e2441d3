import type { ErrorObject } from 'ajv';
import type { RuleSetIssue } from '../errors/rule-set-issue';
import { closestName } from '../text/closest-name';
import { quoteShort } from '../text/quote-short';
import validateDocument from './generated/validate-rule-document.js';
import type { DocumentPath, SourceDocument } from './source-document';

const ID_FORM = 'letters, digits, "_", "-" and ".", starting with a letter or digit';
const NAME_FORM = 'letters, digits and "_", starting with a letter';

/**
 * What a value of a given place must look like: each kind of id and name has
 * its own words, so a grade id "Grade A" is not told about "<industry>/<name>".
 */
function patternHint(path: DocumentPath): string {
  const [top, , field] = path;
  if (path.length === 1) {
    if (top === 'id')
      return 'must be "<industry>/<name>" in lower-case kebab case, e.g. "steel/hot-rolled-ribbed-bar"';
    if (top === 'version') return 'must be a semantic version such as "1.0.0"';
    if (top === 'industry') return 'must be lower-case kebab case, e.g. "building-materials"';
  }
  const last = path[path.length - 1];
  if (field === 'id' && top === 'grades')
    return `is a grade id: it must be ${ID_FORM} (no spaces), e.g. "A" or "first-class"; the label says it in words`;
  if (field === 'id' && top === 'criteria')
    return `is a criterion id: it must be ${ID_FORM} (no spaces), e.g. "apf-min"; the label says it in words`;
  if (field === 'id' && top === 'scope')
    return `is a scope item id: it must be ${ID_FORM} (no spaces), e.g. "capacity-in-scope"`;
  if (top === 'scoring' && last === 'id')
    return `is a scoring dimension id: it must be ${NAME_FORM}, e.g. "service"`;
  if (top === 'tables' && path[2] === 'columns')
    return `is a table column: it must be ${ID_FORM}, e.g. "min" or a grade id`;
  if (last === 'indicator' || last === 'fact' || (top === 'tables' && path[2] === 'keys'))
    return `must name an indicator or derived value: ${NAME_FORM}`;
  if (top === 'interval' || last === 'interval') return 'must be a rounding interval such as "0.1" or "5"';
  return `must be ${ID_FORM}`;
}

/**
 * Checks a parsed rule file against `schemas/ruleset.schema.json` and returns
 * one issue per problem, located in the source, with ajv's raw output reduced
 * to what an author can act on.
 */
export function validateAgainstSchema(source: SourceDocument): RuleSetIssue[] {
  if (validateDocument(source.data)) return [];
  return schemaIssues(source, validateDocument.errors ?? []);
}

/**
 * ajv's errors for a document as issues an author can act on: the most
 * specific error per place, each located in the source, in words.
 */
export function schemaIssues(source: SourceDocument, errors: readonly ErrorObject[]): RuleSetIssue[] {
  return reduceErrors(errors).map((e) => toIssue(source, e));
}

function reduceErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  // anyOf/oneOf explain themselves better than each failed branch at the same place.
  const unionPaths = new Set(
    errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath),
  );
  const kept = errors.filter((e) => {
    if (e.keyword === 'if') return false;
    if (unionPaths.has(e.instancePath) && e.keyword !== 'anyOf' && e.keyword !== 'oneOf') return false;
    return true;
  });
  const seen = new Set<string>();
  return kept.filter((e) => {
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toIssue(source: SourceDocument, e: ErrorObject): RuleSetIssue {
  const path = pointerToPath(e.instancePath);
  const field = String(path[path.length - 1] ?? 'document');
  const parent = (e.parentSchema ?? {}) as { title?: string; description?: string; properties?: object };
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys(parent.properties ?? {});
      const hint = closestName(key, allowed);
      const suffix = hint
        ? `; did you mean "${hint}"?`
        : allowed.length
          ? `; allowed: ${allowed.join(', ')}`
          : '';
      return source.issue('schema', `unknown key "${key}"${suffix}`, [...path, key], { key: true });
    }
    case 'required': {
      const missing = String(e.params.missingProperty);
      return source.issue('schema', `${where(path)} is missing "${missing}"`, path, { key: path.length > 0 });
    }
    case 'false schema':
      return source.issue('schema', `"${field}" cannot be combined with the other keys here`, path, {
        key: true,
      });
    case 'type':
      return source.issue(
        'schema',
        `"${field}" must be ${article(String(e.params.type))}, got ${describe(e.data)}`,
        path,
      );
    case 'enum': {
      const allowed = (e.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return source.issue('schema', `"${field}" must be one of ${allowed}, got ${describe(e.data)}`, path);
    }
    case 'const':
      return source.issue(
        'schema',
        `"${field}" must be ${JSON.stringify(e.params.allowedValue)}, got ${describe(e.data)}`,
        path,
      );
    case 'pattern': {
      const hint = patternHint(path);
      return source.issue('schema', `"${field}" ${hint}, got ${describe(e.data)}`, path);
    }
    case 'propertyNames': {
      const name = String(e.params.propertyName);
      return source.issue(
        'schema',
        `"${name}" is not a valid name here: use letters, digits and "_", starting with a letter (all, any, not, grade, true, false and null are reserved)`,
        [...path, name],
        { key: true },
      );
    }
    case 'anyOf':
    case 'oneOf':
      return source.issue(
        'schema',
        `"${field}" must be ${parent.title ?? 'of another form'}${parent.description ? `: ${parent.description}` : ''}`,
        path,
      );
    case 'minItems':
    case 'minProperties':
    case 'minLength':
      return source.issue('schema', `"${field}" must not be empty`, path);
    case 'uniqueItems':
      return source.issue(
        'schema',
        `"${field}" lists the same value twice (items ${e.params.j + 1} and ${e.params.i + 1})`,
        path,
      );
    case 'exclusiveMinimum':
    case 'minimum':
    case 'maximum':
    case 'exclusiveMaximum':
      return source.issue(
        'schema',
        `"${field}" ${e.message ?? 'is out of range'}, got ${describe(e.data)}`,
        path,
      );
    default:
      return source.issue('schema', `"${field}" ${e.message ?? 'is not valid'}`, path);
  }
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function where(path: DocumentPath): string {
  if (path.length === 0) return 'the rule set';
  return `"${path
    .map((p) => (typeof p === 'number' ? `[${p}]` : p))
    .join('.')
    .replace(/\.\[/g, '[')}"`;
}

function article(type: string): string {
  const words: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'text',
    number: 'a number',
    integer: 'an integer',
    boolean: 'true or false',
  };
  return type
    .split(',')
    .map((t) => words[t] ?? t)
    .join(' or ');
}

/** Describes a value for a message: `text "abc"`, `the number 3`, `a list`. */
function describe(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'string') return `text ${quoteShort(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'a mapping';
}
