import type { ProvenanceDocument } from '../../model/rule-document';
import type { Language, LocalizedText } from '../../text/localized-text';
import { PROVENANCE_HEADING, PROVENANCE_LEVEL_TEXT, provenanceNote } from '../provenance-text';
import { WORKBOOK_TEXT as T } from './workbook-text';
import type { SheetCell } from './write-workbook';

/**
 * The rows a summary sheet ends with, in its four columns: the rule set (id, version, title), how sure its figures
 * are (every level, sourced too: the sheet is the record of the run), and each notice the input gave.
 *
 * @example
 * rows.push(...ruleSetRows(ruleSet, notices, 'zh'));
 */
export function ruleSetRows(
  rs: { id: string; version: string; title?: LocalizedText; provenance?: ProvenanceDocument },
  notices: readonly LocalizedText[],
  lang: Language,
): SheetCell[][] {
  const rows: SheetCell[][] = [
    [T.ruleSet[lang], rs.id, null, `${rs.version}${rs.title ? ` ${rs.title[lang]}` : ''}`],
  ];
  if (rs.provenance)
    rows.push([
      PROVENANCE_HEADING[lang],
      PROVENANCE_LEVEL_TEXT[rs.provenance.level][lang],
      null,
      provenanceNote(rs.provenance, lang),
    ]);
  for (const notice of notices) rows.push([T.inputNotice[lang], '', null, notice[lang]]);
  return rows;
}
