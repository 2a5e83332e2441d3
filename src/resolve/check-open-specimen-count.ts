import { localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

/**
 * Warns (`open-specimen-count`) at a requirement on the mean of an indicator's specimens whose `specimens` is only
 * a maximum (`specimens: 3`, `true`): a record giving fewer values is graded on the mean of those, with nothing said.
 * newcomer-45 wrote `specimens: 3` for "a set of three" and saw two specimens' mean graded qualified; a test
 * standard's set is `{ exactly: 3 }`, under which such a record is invalid and its error says how many it gives and
 * how many are needed. Once per indicator, at the first such requirement's `aggregate`.
 *
 * @example
 * checkOpenSpecimenCount(ctx); // warns at criteria[0].aggregate: “yield”取“lowerYield”的平均值，而 …
 */
export function checkOpenSpecimenCount(ctx: ModelContext): void {
  const said = new Set<string>();
  for (const [i, c] of (ctx.doc.criteria ?? []).entries()) {
    if (c?.aggregate !== 'mean' || typeof c.indicator !== 'string' || said.has(c.indicator)) continue;
    const indicators = ctx.doc.indicators ?? {};
    if (!Object.hasOwn(indicators, c.indicator)) continue;
    const specimens = indicators[c.indicator]?.specimens;
    // A count object with a `min` (even 1) or `exactly` says how few are accepted: a choice, not a slip.
    const max =
      specimens === true
        ? undefined
        : typeof specimens === 'number'
          ? specimens
          : typeof specimens === 'object' &&
              specimens !== null &&
              !('exactly' in specimens) &&
              !('min' in specimens)
            ? specimens.max
            : null;
    if (max === null || (max !== undefined && !(max > 1))) continue;
    said.add(c.indicator);
    const [name, id] = [c.indicator, String(c.id ?? c.indicator)];
    const written = typeof specimens === 'object' ? `{ max: ${max} }` : String(specimens);
    const set = max ?? 3;
    const bound =
      max === undefined
        ? localized(`没有规定个数：给出任意个值`, `sets no count: a record giving any number of values`)
        : localized(
            `只规定了上限：给出的值少于 ${max} 个`,
            `sets only a maximum: a record giving fewer than ${max} values`,
          );
    const example = max === undefined ? localized('（如 3 个）', ' (3, say)') : localized('', '');
    const issue = ctx.source.issue(
      'open-specimen-count',
      localized(
        `“${id}”取“${name}”的平均值，而“specimens: ${written}”${bound.zh}的记录也按这些值的平均值评级，不作提示。若试验标准规定一组试样${example.zh}，请写 specimens: { exactly: ${set} }：值少于 ${set} 个的记录即无效，错误中写明给出几个、需要几个；若确实允许较少的试样，请写 specimens: { min: 1, max: ${set} }，本警告即不再出现`,
        `"${id}" takes the mean of "${name}", whose "specimens: ${written}" ${bound.en} is graded on their mean, and nothing says so. If the test standard prescribes a set of specimens${example.en}, write specimens: { exactly: ${set} }: a record with fewer is then invalid, its error saying how many it gives and how many are needed; if fewer are indeed allowed, write specimens: { min: 1, max: ${set} } and this warning is not given`,
      ),
      ['criteria', i, 'aggregate'],
    );
    ctx.issues.push({ ...issue, severity: 'warning' });
  }
}
