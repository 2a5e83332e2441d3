import type { RuleSetIssueCode } from '../errors/error-codes';
import type { RuleSetIssue } from '../errors/rule-set-issue';
import type { DocumentPath, SourceDocument } from '../load/source-document';
import type { RuleDocument } from '../model/rule-document';
import type { GradeModel, SourceLocation, TableModel } from '../model/rule-set-model';
import type { ValueKind } from '../model/value';
import type { FormulaScope } from '../syntax/parse-formula';

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
  decimals?: number;
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

  constructor(
    readonly doc: RuleDocument,
    readonly source: SourceDocument,
  ) {}

  error(code: RuleSetIssueCode, message: string, path: DocumentPath, options?: { key?: boolean }): void {
    this.issues.push(this.source.issue(code, message, path, options));
  }

  errorInText(code: RuleSetIssueCode, message: string, path: DocumentPath, index: number): void {
    this.issues.push(this.source.issueInText(code, message, path, index));
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
            error: `unknown table "${tableName}"; to compare with the text ${tableName}.${column}, quote it: "${tableName}.${column}"`,
          };
        }
        const kind = table.columnKinds.get(column);
        if (!kind)
          return {
            error: `table "${tableName}" has no value column "${column}"; it has ${table.columns.join(', ')}`,
          };
        return { table: table.index, columnIndex: table.columns.indexOf(column), kind };
      },
      names: () => [...this.values.keys(), ...this.tables.keys()],
    };
  }
}
