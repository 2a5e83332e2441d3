import { checkMapTargets } from '../../input/check-column-mapping';
import { columnMapping, mapOption } from '../../input/column-mapping';
import type { IndicatorInfo } from '../../resolve/rule-set';
import { type LocalizedText, localized } from '../../text/localized-text';

/** The column-mapping box read: the mapping, or what is wrong with it (then nothing is graded, as `--map` refuses). */
export type BoxMapping = { map: Record<string, string> } | { problems: LocalizedText[] };

/**
 * Reads the studio's column-mapping box, one `column=field` a line, as
 * `qgrade grade --map` reads each option: the same parse and the same
 * checks (a malformed line; a field that names no indicator, with the
 * closest), their messages naming the box's line rather than `--map` (see
 * OptionNaming 'studio'). A full-width `＝`, which a Chinese input method
 * types, is not read as `=` (the CLI's `--map` does not either): the
 * message says so.
 * Blank lines are skipped.
 */
export function readMappingBox(text: string, indicators: readonly IndicatorInfo[]): BoxMapping {
  const problems: LocalizedText[] = [];
  const map: Record<string, string> = {};
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const at = localized(`第 ${i + 1} 行：`, `line ${i + 1}: `);
    if (!line.includes('=') && line.includes('＝')) {
      const fixed = line.replaceAll('＝', '=').trim();
      problems.push(
        localized(
          `${at.zh}“${line.trim()}”中的“＝”是全角等号（U+FF1D），列映射只认半角“=”；请写 ${fixed}`,
          `${at.en}"${line.trim()}" has a full-width "＝" (U+FF1D); the column mapping takes only "=": write ${fixed}`,
        ),
      );
      return;
    }
    // The parse `--map` does (its message names `--map`, which the page does not have).
    const { column, field } = mapOption(line);
    if (column === '' || field === '') {
      problems.push(
        localized(
          `${at.zh}列映射每行写 列=字段，如 屈服强度=yieldStrength；收到“${line.trim()}”`,
          `${at.en}the column mapping takes column=field a line, e.g. 屈服强度=yieldStrength; got "${line.trim()}"`,
        ),
      );
      return;
    }
    try {
      const one = columnMapping([line]);
      checkMapTargets(one, indicators, [], 'studio');
      for (const [column, field] of one) map[column] = field;
    } catch (error) {
      const text = (error as { text?: LocalizedText }).text;
      const message = text ?? localized((error as Error).message, (error as Error).message);
      problems.push(localized(`${at.zh}${message.zh}`, `${at.en}${message.en}`));
    }
  });
  return problems.length > 0 ? { problems } : { map };
}
