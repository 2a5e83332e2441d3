import type { RuleSetIssueCode } from '../errors/error-codes';
import type { RuleSetIssue } from '../errors/rule-set-issue';
import { indicatorLabelOwner, labelOwner } from '../load/label-owner';
import type { DocumentPath, DocumentSource } from '../load/source-document';
import type { RuleDocument } from '../model/rule-document';
import type { GradeModel, SourceLocation, TableModel } from '../model/rule-set-model';
import type { ValueKind } from '../model/value';
import type { FormulaScope } from '../syntax/parse-formula';
import type { RequirementError } from '../syntax/parse-requirement';
import { closestName, closestTies } from '../text/closest-name';
import { didYouMean } from '../text/did-you-mean';
import { type LocalizedText, localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import { notAValue } from './not-a-value';
import { valueLabelMeant } from './value-label-meant';

const KIND_NAMES: Record<string, LocalizedText> = {
  number: localized('数值', 'number'),
  integer: localized('整数', 'integer'),
  string: localized('文本', 'string'),
  boolean: localized('真/假值', 'boolean'),
  enum: localized('枚举', 'enum'),
  object: localized('列表或映射', 'object'),
  undefined: localized('空值', 'undefined'),
};

/** The kind of a value (`number`, `enum`...) as messages name it: in English as written in rule files. */
export function kindName(kind: string): LocalizedText {
  return KIND_NAMES[kind] ?? localized(kind);
}

/**
 * A grade id the rule set does not have, with the ones it has. When `grades`
 * lists an id twice (reported there), one of the two was most likely meant to
 * be this one (L1, L2, L3, L3, L5 for L4): the message says so, tying the two errors.
 */
export function unknownGrade(ctx: ModelContext, id: string): LocalizedText {
  const grades = [...ctx.grades.keys()];
  const listed = ctx.doc.grades.map((g) => g.id);
  const twice = grades.filter((g) => listed.indexOf(g) !== listed.lastIndexOf(g));
  const hint =
    twice.length > 0
      ? localized(
          `（${zhNames(twice)}列出了两次：其中一个是否应为“${id}”？）`,
          ` (${twice.map((g) => `"${g}"`).join(', ')} ${twice.length === 1 ? 'is' : 'are'} listed twice: was one meant to be "${id}"?)`,
        )
      : localized('');
  // The standard's name for the grade (一级（起步级）) where its id belongs: say which id.
  const owner = labelOwner(ctx.doc.grades, id);
  // The grade so named has the id of another grade (listed twice): writing that id here would make it worse — the
  // label's own id is what was meant (newcomer-39 F6).
  const misnamed = owner && twice.includes(owner) ? duplicatedLabelId(ctx.doc.grades, owner, id) : undefined;
  if (misnamed) return misnamed;
  if (owner)
    return localized(
      `未知等级“${id}”：“${id}”是等级“${owner}”的名称，这里要写等级标识：请写 ${owner}`,
      `unknown grade "${id}": "${id}" is the label of grade "${owner}", and a grade id goes here: write ${owner}`,
    );
  // A typo of one (god for good): name it, as a misspelt key is named. Not for a numbered grade (L6 is no typo of L1).
  const typo =
    twice.length === 0 && id.length >= 3 && !/\d$/.test(id)
      ? didYouMean(closestTies(id, grades))
      : localized('');
  return localized(
    `未知等级“${id}”；等级有${zhNames(grades)}${hint.zh}${typo.zh}`,
    `unknown grade "${id}"; grades are ${grades.join(', ')}${hint.en}${typo.en}`,
  );
}

/**
 * For an unknown grade `id` that is the label of a grade whose id `owner` is listed twice: the advice to rename
 * that grade's id to `id` — `未知等级“prevention”：等级“预防级”的标识写成了 assurance（与等级“保证级”重复）：
 * 请把它改为 prevention`. `undefined` when no such grade is found.
 */
function duplicatedLabelId(grades: unknown, owner: string, id: string): LocalizedText | undefined {
  if (!Array.isArray(grades)) return undefined;
  type Entry = { id?: unknown; label?: { zh?: unknown; en?: unknown } };
  const entries = grades as Entry[];
  const at = entries.findIndex((g) => g?.id === owner && labelOwner([g], id) === owner);
  const other = entries.findIndex((g, i) => i !== at && g?.id === owner);
  if (at < 0 || other < 0) return undefined;
  const label = (g: Entry, lang: 'zh' | 'en') => {
    const text = g.label?.[lang];
    return typeof text === 'string' ? text : owner;
  };
  const named = entries[at]!;
  const first = entries[other]!;
  return localized(
    `未知等级“${id}”：等级“${label(named, 'zh')}”的标识写成了 ${owner}（与等级“${label(first, 'zh')}”重复）：请把它改为 ${id}`,
    `unknown grade "${id}": grade "${label(named, 'en')}" has the id ${owner}, which grade "${label(first, 'en')}" has too: change that grade's id to ${id}`,
  );
}

/** A rounding interval that is not one GB/T 8170 allows. */
export function badInterval(written: unknown): LocalizedText {
  return localized(
    `修约间隔必须是 1、2 或 5 × 10ⁿ（0.1、0.5、0.02 …），实际是 ${written}`,
    `rounding interval must be 1, 2 or 5 × 10ⁿ (0.1, 0.5, 0.02 …), got ${written}`,
  );
}

/** A named value (indicator or derived) as the resolver knows it. */
export interface ValueInfo {
  slot: number;
  kind: ValueKind;
  /** Holds several specimens (directly or through a formula). */
  perSpecimen: boolean;
  isIndicator: boolean;
  unit?: string;
  /** Allowed values of an enum indicator. */
  values?: (string | number)[];
  /** An enum's or a boolean's value labels and aliases (`valueLabels`): the value each text stands for, as written and folded. */
  valueSpellings?: ReadonlyMap<string, string | number | boolean>;
  /** An enum's or a boolean's value labels, by value: whether a text is a label or an alias, for a message. */
  valueLabels?: ReadonlyMap<string | number | boolean, LocalizedText>;
  /** The enum's values mixed numbers and text, so they are taken as text as written (the error says to quote them). */
  unquotedValues?: true;
  decimals?: number;
  /** A derived value whose formula is in error (said there): what reads it is not checked, as its kind is unknown. */
  unresolved?: true;
}

/**
 * What the resolver stages share while reading one rule file: the document,
 * its source positions, the names resolved so far, and the problems found.
 */
export class ModelContext {
  readonly issues: RuleSetIssue[] = [];
  readonly values = new Map<string, ValueInfo>();
  readonly tables = new Map<string, TableModel>();
  readonly grades = new Map<string, GradeModel>();
  gradeList: GradeModel[] = [];
  /** Table cells already warned about as finer than their rounding interval, by path. */
  readonly warnedCells = new Set<string>();

  // "Did you mean" hints left to give: each searches every name, so a file of thousands of unknown names
  // against thousands of known ones took minutes (3,000 × 3,000: 33 s). The first ones name the slip.
  #hintsLeft = 100;

  constructor(
    readonly doc: RuleDocument,
    readonly source: DocumentSource,
  ) {}

  /** The names among `candidates` a typo of `name` most likely meant (all equally close), while hints are left to give. */
  closestTies(name: string, candidates: () => Iterable<string>): string[] {
    if (this.#hintsLeft <= 0) return [];
    this.#hintsLeft--;
    return closestTies(name, candidates());
  }

  /** The name among `candidates` a typo of `name` most likely meant, while hints are left to give. */
  closestName(name: string, candidates: () => Iterable<string>): string | undefined {
    if (this.#hintsLeft <= 0) return undefined;
    this.#hintsLeft--;
    return closestName(name, candidates());
  }

  error(code: RuleSetIssueCode, text: LocalizedText, path: DocumentPath, options?: { key?: boolean }): void {
    this.issues.push(this.source.issue(code, text, path, options));
  }

  errorInText(code: RuleSetIssueCode, text: LocalizedText, path: DocumentPath, index: number): void {
    this.issues.push(this.source.issueInText(code, text, path, index));
  }

  /** A requirement text that cannot be read: at the mistake in the text where the reader says where it is. */
  requirementError(problem: RequirementError, path: DocumentPath): void {
    if (problem.index === undefined) this.error('invalid-requirement', problem.error, path);
    else this.errorInText('invalid-requirement', problem.error, path, problem.index);
  }

  location(path: DocumentPath): SourceLocation {
    const pos = this.source.locate(path);
    return { file: this.source.file, line: pos.line, column: pos.column };
  }

  /** Names formulas may use: every value and `table.column`. */
  formulaScope(): FormulaScope {
    return {
      value: (name) => {
        const info = this.values.get(name);
        return info ? { slot: info.slot, kind: info.kind } : undefined;
      },
      cell: (tableName, column) => {
        const table = this.tables.get(tableName);
        if (!table) {
          // "= P.O" reads as column O of a table P; the author most likely meant the text.
          return {
            error: localized(
              `未知的表“${tableName}”；若要与文本 ${tableName}.${column} 比较，请加引号：“"${tableName}.${column}"”`,
              `unknown table "${tableName}"; to compare with the text ${tableName}.${column}, quote it: "${tableName}.${column}"`,
            ),
          };
        }
        const kind = table.columnKinds.get(column);
        if (!kind)
          return {
            error: localized(
              `表“${tableName}”没有取值列“${column}”；它的列为${zhNames(table.columns)}`,
              `table "${tableName}" has no value column "${column}"; it has ${table.columns.join(', ')}`,
            ),
          };
        return { table: table.index, columnIndex: table.columns.indexOf(column), kind };
      },
      table: (name) => {
        const table = this.tables.get(name);
        if (!table) return undefined;
        return { columns: table.columns, gradeTable: table.columns.every((c) => this.grades.has(c)) };
      },
      names: () => [...this.values.keys(), ...this.tables.keys()],
      labelOwner: (text) => indicatorLabelOwner(this.doc, text),
      leftOut: (name) => this.leftOutTable(name),
      neverEquals: (name, value) => {
        const info = this.values.get(name);
        if (!info?.values || info.values.includes(value as string | number)) return undefined;
        // A value's label or alias (`热泵型` for heat-pump): the record holds the value, so the label never equals it.
        const label = typeof value === 'string' ? valueLabelMeant(info, name, value) : undefined;
        return label ?? notAValue(name, value, info.values);
      },
      valueOf: (text) => {
        for (const [name, info] of this.values) if (info.values?.includes(text)) return name;
        return undefined;
      },
    };
  }

  /**
   * A table the file defines that was not resolved because of an error
   * already reported in it (a key naming an unknown indicator, a bad
   * `columns`): what reads it is not reported again (docs/cli.md, validate).
   */
  leftOutTable(name: string): boolean {
    if (this.tables.has(name) || !Object.hasOwn(this.doc.tables ?? {}, name)) return false;
    return this.issues.some((i) => i.severity === 'error' && i.path[0] === 'tables' && i.path[1] === name);
  }
}
