import { readFile } from 'node:fs/promises';
import type { RuleSetIssue } from '../errors/rule-set-issue';
import { RULE_SET_ID } from '../load/rule-set-id';
import type { RuleDocument } from '../model/rule-document';
import type { RuleSetModel } from '../model/rule-set-model';
import { type RuleSet, toRuleSet } from './rule-set';

/**
 * The file name a prebuilt rule set is resolved under: every place the
 * model names its file holds exactly this, and is given the real name
 * (`rules/…` relative to where qgrade runs) when it is read back.
 */
export const PREBUILT_FILE = '\u0000qgrade-prebuilt-file\u0000';

/**
 * What a prebuilt file holds: a bundled rule set as `checkRuleSet` resolved
 * it at build time, with the text it was resolved from (so an edited rule
 * file is never answered with the model of the text it replaced).
 */
export interface PrebuiltParts {
  text: string;
  model: RuleSetModel;
  doc: RuleDocument;
  warnings: RuleSetIssue[];
}

/**
 * A bundled rule set resolved at build time (`dist/prebuilt/<id>.v8`), or
 * `undefined` when there is none for `id` (running from src/, an app's own
 * bundle), its text is not `text` (the rule file was edited), or it cannot
 * be read (a Node whose serializer cannot read it): then the caller parses
 * the text as before. Parsing and resolving a bundled rule set was about
 * 40 % of a one-record `qgrade grade`: the YAML parser and the resolver run
 * cold in a fresh process, where reading this back takes under a millisecond.
 *
 * @example
 * const ruleSet = await prebuiltRuleSet('steel/hot-rolled-ribbed-bar', text, 'rules/steel/hot-rolled-ribbed-bar.yaml');
 */
export async function prebuiltRuleSet(id: string, text: string, file: string): Promise<RuleSet | undefined> {
  if (!RULE_SET_ID.test(id)) return undefined;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(new URL(`./prebuilt/${id}.v8`, import.meta.url));
  } catch {
    return undefined;
  }
  return ruleSetFromPrebuilt((await import('node:v8')).deserialize, bytes, text, file);
}

/**
 * The rule set `bytes` (written by `prebuildRuleSet`) hold, named `file`,
 * when they were resolved from `text`; `undefined` otherwise.
 *
 * @example
 * ruleSetFromPrebuilt(v8.deserialize, prebuildRuleSet(text)!, text, 'rules/x/y.yaml')?.id; // 'x/y'
 */
export function ruleSetFromPrebuilt(
  deserialize: (bytes: Uint8Array) => unknown,
  bytes: Uint8Array,
  text: string,
  file: string,
): RuleSet | undefined {
  let parts: PrebuiltParts;
  try {
    parts = deserialize(bytes) as PrebuiltParts;
  } catch {
    return undefined;
  }
  if (parts === null || typeof parts !== 'object' || parts.text !== text) return undefined;
  nameFile(parts, file);
  // As resolveGrades made them: results share a grade's label, frozen so one cannot change another's.
  for (const g of parts.model.grades) Object.freeze(g.label);
  return toRuleSet(parts.model, parts.doc, parts.warnings);
}

/** Gives every place that holds {@link PREBUILT_FILE} the file's real name. */
function nameFile(root: object, file: string): void {
  const seen = new Set<object>();
  const stack: object[] = [root];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (seen.has(v)) continue;
    seen.add(v);
    if (v instanceof Map) {
      for (const [k, item] of v) {
        if (item === PREBUILT_FILE) v.set(k, file);
        else if (typeof item === 'object' && item !== null) stack.push(item);
      }
      continue;
    }
    if (v instanceof Set) {
      for (const item of v) if (typeof item === 'object' && item !== null) stack.push(item);
      continue;
    }
    const o = v as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      const item = o[key];
      if (item === PREBUILT_FILE) o[key] = file;
      else if (typeof item === 'object' && item !== null) stack.push(item);
    }
  }
}
