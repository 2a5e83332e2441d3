import type { LocalizedText } from '../text/localized-text';

/** A change to a text: `remove` characters at `offset` replaced by `insert`. */
export interface TextEdit {
  offset: number;
  remove: number;
  insert: string;
}

/** A slip in a YAML file that keeps it from parsing: where it is, what to tell, and the edit that mends it. */
export interface Slip {
  /** Offset of the slip in the text as written. */
  offset: number;
  text: LocalizedText;
  edit: TextEdit;
  /** Edits of the same slip on other lines (a run of lines indented with tabs, told once). */
  more?: readonly TextEdit[];
}

/** A text with edits applied, and the way back from its offsets to the text before them. */
export interface EditedText {
  text: string;
  /** The offset in the text before the edits of a place in the edited text. */
  original(offset: number): number;
}

/**
 * Applies edits that do not overlap (in any order); an offset inside an
 * inserted text maps back to where the edit is.
 *
 * @example
 * applyEdits('a：b', [{ offset: 1, remove: 1, insert: ': ' }]).text // 'a: b'
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): EditedText {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  let out = '';
  let from = 0;
  // Where each edit ends in the edited text, and how far offsets after it have moved.
  const shifts: { end: number; at: number; shift: number }[] = [];
  let shift = 0;
  for (const e of sorted) {
    out += text.slice(from, e.offset);
    const at = e.offset + shift;
    out += e.insert;
    from = e.offset + e.remove;
    shift += e.insert.length - e.remove;
    shifts.push({ end: at + e.insert.length, at: e.offset, shift });
  }
  out += text.slice(from);
  return {
    text: out,
    original(offset: number): number {
      let back = 0;
      for (const s of shifts) {
        if (offset < s.end) return Math.min(offset - back, s.at);
        back = s.shift;
      }
      return offset - back;
    },
  };
}
