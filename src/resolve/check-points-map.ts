import { closestTies } from '../text/closest-name';
import { didYouMean } from '../text/did-you-mean';
import { foldValueText } from '../text/fold-value-text';
import { type LocalizedText, localized } from '../text/localized-text';
import { zhNames } from '../text/name-list';
import { cutShort } from '../text/quote-short';
import { safeLine } from '../text/safe-text';
import { speltAlike } from '../text/spelt-alike';
import type { ModelContext, ValueInfo } from './model-context';
import { valueLabelMeant } from './value-label-meant';

/**
 * Checks the keys of a scoring item's `points` map against the values its
 * indicator takes. A key that is no value is an error at that key
 * (newcomer-21 F8: `批次: 30` beside `批次级: 60` passed silently, as dead
 * text), with the value meant, as `when:` says it. When a value has no
 * points because of such a key (`批次` written for `批次级`), that one error
 * names both; values left without points otherwise get the error at `points`
 * that lists them. A boolean's keys are `true` and `false` (which values it
 * scores is not asked: a map for `false` alone is how a flag is scored).
 *
 * @param path - the scoring item's path
 */
export function checkPointsMap(
  ctx: ModelContext,
  indicator: string,
  info: ValueInfo,
  map: ReadonlyMap<string, number>,
  path: readonly (string | number)[],
): void {
  const values = info.values?.map(String) ?? (info.kind === 'boolean' ? ['true', 'false'] : undefined);
  if (!values) return;
  const unknown = [...map.keys()].filter((k) => !values.includes(k));
  const missing = info.values ? values.filter((v) => !map.has(v)) : [];
  const explained = new Set<string>();
  for (const key of unknown) {
    // A value's label or alias (陶瓷 for ceramic), as `when:` is told: the value it stands for, to write instead.
    const labelled = valueLabelMeant(info, indicator, key);
    if (labelled) {
      const value = info.valueSpellings?.get(key) ?? info.valueSpellings?.get(foldValueText(key));
      if (value !== undefined) explained.add(String(value));
      ctx.error('invalid-scoring', labelled, [...path, 'points', key], { key: true });
      continue;
    }
    // The value it stands for: a close one left without points, or the only one when one key and one value are off.
    const open = missing.filter((v) => !explained.has(v));
    // Two left without points equally close (`mix` for min and max): which one it stands for is a guess, so neither
    // is taken as explained (both stay in "gives no score for") and the message names both.
    const near = closestTies(key, open);
    const meant =
      speltAlike(key, open)?.value ??
      (near.length === 1 ? near[0] : undefined) ??
      (near.length === 0 && unknown.length === 1 && open.length === 1 ? open[0] : undefined);
    if (meant !== undefined) explained.add(meant);
    ctx.error(
      'invalid-scoring',
      unknownKeyText(indicator, key, values, map, meant),
      [...path, 'points', key],
      {
        key: true,
      },
    );
  }
  const left = missing.filter((v) => !explained.has(v));
  if (left.length > 0)
    ctx.error(
      'invalid-scoring',
      localized(`“points”没有给出${zhNames(left)}的分数`, `"points" gives no score for ${left.join(', ')}`),
      [...path, 'points'],
    );
}

/** The error at a key that is no value: with the value it stands for, which is left without points, or the close one that has its own. */
function unknownKeyText(
  indicator: string,
  key: string,
  values: readonly string[],
  map: ReadonlyMap<string, number>,
  meant: string | undefined,
): LocalizedText {
  const [zhKey, enKey] = [`“${safeLine(cutShort(key))}”`, JSON.stringify(cutShort(key))];
  const not = localized(`${zhKey}不是“${indicator}”的取值`, `${enKey} is not a value of "${indicator}"`);
  if (meant !== undefined)
    return localized(
      `${not.zh}，是否要写“${meant}”？“${meant}”因此没有分数`,
      `${not.en}; did you mean "${meant}"? "${meant}" has no score because of it`,
    );
  const near = closestTies(key, values);
  const close = near.length === 1 ? near[0] : undefined;
  const scored = close === undefined ? undefined : map.get(close);
  if (close !== undefined && scored !== undefined)
    return localized(
      `${not.zh}，是否是“${close}”？“${close}”已有分数（${scored}）：请删去这一项`,
      `${not.en}; did you mean "${close}"? "${close}" has its score already (${scored}): remove this entry`,
    );
  if (near.length > 0) return localized(`${not.zh}${didYouMean(near).zh}`, `${not.en}${didYouMean(near).en}`);
  const all = values.every((v) => map.has(v));
  return localized(
    `${not.zh}；可取${zhNames(values)}${all ? '，都已有分数：请删去这一项' : ''}`,
    `${not.en}; allowed: ${values.join(', ')}${all ? ', each scored already: remove this entry' : ''}`,
  );
}
