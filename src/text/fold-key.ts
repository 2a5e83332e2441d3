/**
 * A record's key as it is compared with an indicator's name or label to say
 * the key was meant as it: NFKC, Latin case folded, white space, `_` and `-`
 * removed (`air_cooled`, `Air-Cooled`, `"APF "` → `aircooled`, `apf`). One
 * notion for every "this key looks like that indicator" message, whether the
 * indicator has a default (the key is refused) or is required (the missing
 * field's message names the key).
 *
 * @example
 * foldKey(' Air_Cooled '); // 'aircooled'
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/gu, '');
}
