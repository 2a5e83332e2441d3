import type { DocumentPath } from '../load/source-document';
import { localized } from '../text/localized-text';
import { safeLine } from '../text/safe-text';
import { speltAlike } from '../text/spelt-alike';
import type { ModelContext } from './model-context';

/**
 * Warns (`ambiguous-label`) at an enum value that another value of the same list spells with other characters for
 * the same letters: `values: [Ⅰa类, Ia类]` (a Roman numeral and its Latin look-alike), a full-width form, another
 * dot. A reader sees one value twice; a record must name one of them exactly, and which it names decides its
 * grade. Said at the later value's line:column, naming the characters that differ (fix-texts3's words for data).
 *
 * @param path - the indicator's `values` path
 */
export function checkAlikeValues(
  ctx: ModelContext,
  name: string,
  values: readonly (string | number)[],
  path: DocumentPath,
): void {
  for (const [i, value] of values.entries()) {
    if (typeof value !== 'string') continue;
    const alike = speltAlike(value, values.slice(0, i));
    if (!alike) continue;
    const [ours, theirs] = [safeLine(value), safeLine(alike.value)];
    const text = localized(
      `“${name}”的取值“${ours}”与“${theirs}”看来是同一个：${alike.difference.zh}；读者分不出两者，记录须写出其中一个，评定取决于写的是哪个。若是同一取值，请只列一次`,
      `the value "${ours}" of "${name}" reads as "${theirs}": ${alike.difference.en}; a reader cannot tell them apart, and a record must name one exactly, which decides its grade. If they are one value, list it once`,
    );
    const issue = ctx.source.issue('ambiguous-label', text, [...path, i]);
    ctx.issues.push({ ...issue, severity: 'warning' });
  }
}
