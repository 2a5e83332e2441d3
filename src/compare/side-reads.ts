import type { FieldTwin } from './field-twins';

/**
 * The fields each rule set reads from one header, as `qgrade grade -r A`
 * and `qgrade grade -r B` read it: `a` in A's names, `b` in B's (`''` or
 * the header itself for a column not read).
 */
export interface SideHeaderFields {
  cells: readonly string[];
  a: readonly string[];
  b: readonly string[];
}

/**
 * The columns `qgrade compare` must map for its one reading of the input to
 * give what a side reads alone: a symbol header (`C`) that A reads as
 * carbon but that is ambiguous among both rule sets' labels (B adds
 * `成品碳 C`) is left unread by the reading for both, and A would grade
 * without it though `grade -r A` reads it (hostile-21 W7). Each such
 * column → the field it gives (A's name for a twin). A column the two sides
 * read as different indicators is left alone (one reading cannot give both).
 *
 * @param both - the fields the reading for both gives, by column
 * @example
 * sideExtraColumns({ cells: ['C'], a: ['carbon'], b: ['C'] }, ['C'], aNames, bNames, []); // Map { 'C' => 'carbon' }
 */
export function sideExtraColumns(
  side: SideHeaderFields,
  both: readonly string[],
  a: readonly { readonly name: string }[],
  b: readonly { readonly name: string }[],
  twins: readonly FieldTwin[],
): Map<string, string> {
  const extra = new Map<string, string>();
  if (side.a.length !== side.cells.length || side.b.length !== side.cells.length) return extra;
  const { readA, readB } = readers(a, b, twins);
  const given = new Set(both);
  side.cells.forEach((cell, i) => {
    const fa = readA(side.a[i]!);
    const fb = readB(side.b[i]!);
    if (fa !== undefined && fb !== undefined && fa !== fb) return;
    const field = fa ?? fb;
    if (field === undefined || both[i] === field || given.has(field) || cell === '') return;
    extra.set(cell, field);
  });
  return extra;
}

/**
 * The fields, as the reading for both names them, that one side does not
 * read from the header although the reading for both gives them: the
 * record graded under that side goes without them, as `qgrade grade` with
 * that rule set alone reads the file (B, for which `C` names two
 * indicators, has no carbon: the record is invalid under B, not under A).
 *
 * @param both - the fields the reading for both gives, by column (after {@link sideExtraColumns})
 * @example
 * sideUnread({ cells: ['C'], a: ['carbon'], b: ['C'] }, ['carbon'], aNames, bNames, []); // { a: Set {}, b: Set { 'carbon' } }
 */
export function sideUnread(
  side: SideHeaderFields,
  both: readonly string[],
  a: readonly { readonly name: string }[],
  b: readonly { readonly name: string }[],
  twins: readonly FieldTwin[],
): { a: ReadonlySet<string>; b: ReadonlySet<string> } {
  const { readA, readB } = readers(a, b, twins);
  const ownA = new Set(side.a.map(readA).filter((f) => f !== undefined));
  const ownB = new Set(side.b.map(readB).filter((f) => f !== undefined));
  const unreadA = new Set<string>();
  const unreadB = new Set<string>();
  for (const field of new Set(both)) {
    if (readA(field) !== undefined && !ownA.has(field)) unreadA.add(field);
    if (readB(field) !== undefined && !ownB.has(field)) unreadB.add(field);
  }
  return { a: unreadA, b: unreadB };
}

/** Field → the indicator it gives a side, in the names of the reading for both (a twin of B's by A's name). */
function readers(
  a: readonly { readonly name: string }[],
  b: readonly { readonly name: string }[],
  twins: readonly FieldTwin[],
): { readA: (f: string) => string | undefined; readB: (f: string) => string | undefined } {
  const namesA = new Set(a.map((i) => i.name));
  const toA = new Map(twins.map((t) => [t.b, t.a]));
  const namesB = new Set(b.map((i) => toA.get(i.name) ?? i.name));
  return {
    readA: (f) => (namesA.has(f) ? f : undefined),
    readB: (f) => {
      const named = toA.get(f) ?? f;
      return namesB.has(named) ? named : undefined;
    },
  };
}
