import type { DocumentPath } from '../load/source-document';
import { conditionShown, formulaShown } from '../model/condition-shown';
import { referencedNames } from '../model/expr';
import type { NumberTestModel } from '../model/group-model';
import { operatorSymbol } from '../model/operators';
import type { CriterionDocument, RuleDocument, ScopeDocument } from '../model/rule-document';
import type {
  CheckModel,
  DerivedModel,
  RuleSetModel,
  SourceLocation,
  TableModel,
} from '../model/rule-set-model';
import type { Literal } from '../model/value';
import { groupChecks } from '../resolve/group-checks';
import { conditionText } from '../resolve/resolve-checks';
import { modelOf, type RuleSet, sourceOf } from '../resolve/rule-set';
import type { Language, LocalizedText } from '../text/localized-text';
import { unitAfter } from '../text/unit-after';
import { type AcceptedSet, limitSet, valuesSet } from './accepted-set';
import type { DiffLocation } from './rule-set-diff';

/** The derived values that read each name, the names each check reads, and what each group requirement's statistic is over. */
interface ReaderIndex {
  derived: Map<string, string[]>;
  checks: { id: string; reads: Set<string> }[];
  /** A group requirement, the value its statistic is over and the criterion a pass rate counts. */
  groups: { id: string; of: string; criterion?: string }[];
}

/**
 * One side of a diff: a rule set with its model, its document and (when the
 * loader kept it) its parsed file, so every item can be shown as written and
 * traced to a line.
 *
 * @example
 * const a = new Edition(oldRules);
 * a.locate(['version']); // { file: 'rules/…/room-air-conditioner-energy.yaml', line: 9, column: 10 }
 */
export class Edition {
  readonly ruleSet: RuleSet;
  readonly model: RuleSetModel;
  readonly doc: RuleDocument;
  readonly #tables: Map<string, TableModel>;
  readonly #derived: Map<string, DerivedModel>;
  readonly #checks: Map<string, CheckModel>;
  /** Built on first use: the derived values that read each name, and the names each check reads. */
  #readers?: ReaderIndex;

  constructor(ruleSet: RuleSet) {
    this.ruleSet = ruleSet;
    this.model = modelOf(ruleSet);
    this.doc = ruleSet.document;
    this.#tables = new Map(this.model.tables.map((t) => [t.name, t]));
    this.#derived = new Map(this.model.derived.map((d) => [d.name, d]));
    this.#checks = new Map(
      [...this.model.scope, ...this.model.criteria, ...groupChecks(this.model)].map((c) => [c.id, c]),
    );
  }

  /** Where the value at `path` is written; `fallback` (a location the model kept) when the file is not at hand. */
  locate(path: DocumentPath, fallback?: SourceLocation): DiffLocation | undefined {
    const source = sourceOf(this.ruleSet);
    if (source) {
      const { line, column } = source.locate(path);
      return { file: this.ruleSet.file, line, column };
    }
    return fallback ? fromModel(fallback) : undefined;
  }

  /** The table named `name`. */
  table(name: string): TableModel | undefined {
    return this.#tables.get(name);
  }

  /** The table at `index` of the model. */
  tableAt(index: number): TableModel {
    return this.model.tables[index]!;
  }

  /** The derived value named `name`. */
  derived(name: string): DerivedModel | undefined {
    return this.#derived.get(name);
  }

  /**
   * The ids of the scope items and criteria (file order) that test the
   * derived value `name` or compare with it, directly or through other
   * derived values; then the group requirements whose statistic is over it,
   * or is a pass rate counting one of those criteria.
   */
  readersOf(name: string): string[] {
    // One index per edition: a diff asks for every derived value, and a chain of them must not make that quadratic in reads.
    if (!this.#readers) this.#readers = this.#indexReaders();
    const readers = this.#readers;
    const names = new Set([name]);
    const todo = [name];
    while (todo.length > 0) {
      for (const d of readers.derived.get(todo.pop()!) ?? []) {
        if (names.has(d)) continue;
        names.add(d);
        todo.push(d);
      }
    }
    const ids: string[] = [];
    for (const c of readers.checks)
      for (const n of c.reads)
        if (names.has(n)) {
          ids.push(c.id);
          break;
        }
    const counted = new Set(ids);
    for (const g of readers.groups)
      if (names.has(g.of) || (g.criterion !== undefined && counted.has(g.criterion))) ids.push(g.id);
    return ids;
  }

  #indexReaders(): ReaderIndex {
    const derived = new Map<string, string[]>();
    for (const d of this.model.derived)
      for (const n of referencedNames(d.expr)) {
        const list = derived.get(n);
        if (list) list.push(d.name);
        else derived.set(n, [d.name]);
      }
    const checks = this.checks().map((c) => {
      const reads = new Set<string>();
      if (c.subject !== undefined) reads.add(c.subject);
      if (c.test.kind === 'compare' && c.test.operand.kind === 'expr')
        referencedNames(c.test.operand.expr, reads);
      return { id: c.id, reads };
    });
    const groups = (this.model.group?.criteria ?? []).map((c) => ({
      id: c.id,
      of: c.statistic.of,
      ...(c.statistic.criterion !== undefined ? { criterion: c.statistic.criterion } : {}),
    }));
    return { derived, checks, groups };
  }

  /** The ids of the group requirements (file order) on the statistic `name`. */
  statisticReaders(name: string): string[] {
    return (this.model.group?.criteria ?? []).filter((c) => c.statistic.name === name).map((c) => c.id);
  }

  /** The tests of the group requirements on the statistic `name`. */
  statisticTests(name: string): NumberTestModel[] {
    return (this.model.group?.criteria ?? []).filter((c) => c.statistic.name === name).map((c) => c.test);
  }

  /** The scope item or criterion with this id (`apf@2` for an expanded grade table). */
  check(id: string): CheckModel | undefined {
    return this.#checks.get(id);
  }

  /** Every scope item and criterion, scope first, in file order. */
  checks(): CheckModel[] {
    return [...this.model.scope, ...this.model.criteria];
  }

  /** The document item a check was read from, with its path; undefined for checks written by scoring. */
  checkDocument(
    check: CheckModel,
  ): { item: CriterionDocument | ScopeDocument; path: (string | number)[] } | undefined {
    const list = check.effect === 'scope' ? (this.doc.scope ?? []) : (this.doc.criteria ?? []);
    const index = list.findIndex((c) => c.id === check.sourceId);
    if (index < 0) return undefined;
    return { item: list[index]!, path: [check.effect === 'scope' ? 'scope' : 'criteria', index] };
  }

  /** Where a check is written: its `require` (or `condition`), else the item. */
  locateCheck(check: CheckModel): DiffLocation | undefined {
    const found = this.checkDocument(check);
    if (!found) return fromModel(check.location);
    const at = found.item.require !== undefined ? 'require' : found.item.condition ? 'condition' : undefined;
    return this.locate(at ? [...found.path, at] : found.path, check.location);
  }

  /** A check's requirement as written: `≥ 4.50`, `≥ apfLimits.2`, `[6, 50]`, `in [A, B]`. */
  requirementText(check: CheckModel): string {
    const test = check.test;
    switch (test.kind) {
      case 'range':
        return test.band.text;
      case 'tolerance':
        return test.text;
      case 'member':
        return `${test.negate ? 'not in' : 'in'} [${test.values.map((v) => v.text).join(', ')}]`;
      case 'condition':
        return test.text;
      case 'compare': {
        const symbol = operatorSymbol(test.operator);
        const operand = test.operand;
        if (operand.kind === 'literal') {
          const unit = typeof operand.literal.value === 'number' ? this.unitOf(check.subject) : undefined;
          return `${symbol} ${operand.literal.text}${unitAfter(unit)}`;
        }
        if (operand.kind === 'cell') return `${symbol} ${this.tableAt(operand.table).name}.${operand.column}`;
        const written = this.checkDocument(check)?.item.require;
        return written?.trim() ?? `${symbol} …`;
      }
    }
  }

  /**
   * What a check accepts. A table cell or formula is named by its text; with
   * `placeholder`, a cell or formula is taken as that number, so two
   * requirements on the same reference compare by their operators alone.
   */
  acceptedSet(check: CheckModel, placeholder?: number): AcceptedSet {
    const test = check.test;
    switch (test.kind) {
      case 'range':
        return { kind: 'band', band: test.band };
      case 'member':
        return valuesSet(
          test.values.map((v) => v.value),
          test.negate,
        );
      case 'condition':
        return { kind: 'opaque', text: test.text };
      case 'tolerance':
        return { kind: 'opaque', text: test.text };
      case 'compare':
        if (test.operand.kind === 'literal') return limitSet(test.operator, test.operand.literal.value);
        if (placeholder !== undefined) return limitSet(test.operator, placeholder);
        return { kind: 'opaque', text: this.requirementText(check) };
    }
  }

  /**
   * A check's requirement as a reader is shown it: as {@link requirementText}, with an enum's or a boolean's
   * value by its label where the rule file gives one (`valueLabels`), `≠ 整体式` / `≠ Single-package` for
   * `≠ "window"`, and a formula's indicators and derived values by their labels (`≤ 横肋间距上限 0.7d` for
   * `≤ ribSpacingMax`); the text as written where none is given. `before` / `after` of the diff's JSON keep the codes.
   *
   * @example
   * edition.requirementShown(edition.check('not-window')!); // { zh: '≠ 整体式', en: '≠ Single-package' }
   */
  requirementShown(check: CheckModel): LocalizedText {
    const written = this.requirementText(check);
    // `≤ ribSpacingMax`: a formula's values by their labels, `≤ 横肋间距上限 0.7d` (committee-35 M4).
    if (check.test.kind === 'compare' && check.test.operand.kind === 'expr')
      return { zh: formulaShown(written, this.model, 'zh'), en: formulaShown(written, this.model, 'en') };
    const labels = this.model.indicators.find((i) => i.name === check.subject)?.valueLabels;
    const test = check.test;
    const yesNo =
      test.kind === 'compare' &&
      test.operand.kind === 'literal' &&
      typeof test.operand.literal.value === 'boolean';
    if (!labels && !yesNo) return { zh: written, en: written };
    // A yes/no limit without value labels as the rest of the page says it (`= 是`, not `= true`; committee-40 M4).
    const label = (v: Literal, lang: Language) =>
      labels?.get(v.value)?.[lang] ??
      (typeof v.value === 'boolean'
        ? lang === 'zh'
          ? v.value
            ? '是'
            : '否'
          : v.value
            ? 'yes'
            : 'no'
        : v.text);
    if (test.kind === 'member') {
      const words = (lang: Language) =>
        `${test.negate ? 'not in' : 'in'} [${test.values.map((v) => label(v, lang)).join(', ')}]`;
      return { zh: words('zh'), en: words('en') };
    }
    if (
      test.kind === 'compare' &&
      test.operand.kind === 'literal' &&
      typeof test.operand.literal.value !== 'number'
    ) {
      const literal = test.operand.literal;
      const symbol = operatorSymbol(test.operator);
      return { zh: `${symbol} ${label(literal, 'zh')}`, en: `${symbol} ${label(literal, 'en')}` };
    }
    return { zh: written, en: written };
  }

  /** The reference a requirement compares with, without its operator (`apfLimits.2`, a formula), or undefined for a literal. */
  operandReference(check: CheckModel): string | undefined {
    const test = check.test;
    if (test.kind !== 'compare' || test.operand.kind === 'literal') return undefined;
    return this.requirementText(check)
      .replace(/^(≥|≤|>=|<=|>|<|=|!=|≠)\s*/, '')
      .trim();
  }

  /** A `when` as text (`unitType = heat-pump`), or null when the check always applies. */
  whenText(check: CheckModel): string | null {
    return check.when ? conditionText(check.when) : null;
  }

  /** A `when` as a reader is shown it, values by their labels (`横肋间距 > 0`), or null when the check always applies. */
  whenShown(check: CheckModel): LocalizedText | null {
    return check.when ? conditionShown(check.when, this.model) : null;
  }

  /** The unit of an indicator or derived value. */
  unitOf(name: string | undefined): string | undefined {
    if (name === undefined) return undefined;
    const slot = this.model.slots.get(name);
    if (slot === undefined) return undefined;
    return slot < this.model.indicators.length
      ? this.model.indicators[slot]?.unit
      : this.model.derived.find((d) => d.slot === slot)?.unit;
  }
}

function fromModel(location: SourceLocation): DiffLocation {
  return { file: location.file, line: location.line, column: location.column };
}
