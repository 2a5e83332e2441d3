import { type LocalizedText, localized } from '../text/localized-text';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*\/[a-z0-9]+(-[a-z0-9]+)*$/;
const HAN = /\p{Script=Han}/u;

/**
 * What to write instead of an id `qgrade init` refuses (newcomer-26 F6):
 * the id lower-cased with `_`, spaces and dots made `-` when that is one
 * (`building-materials/Flat_Glass` → `building-materials/flat-glass`); for
 * Chinese characters, that an id cannot hold them and where the Chinese name
 * goes, with an example; otherwise nothing beyond the form.
 *
 * @example
 * initIdAdvice('building-materials/Flat_Glass')?.en; // '; did you mean building-materials/flat-glass?'
 */
export function initIdAdvice(id: string): LocalizedText | undefined {
  const [industry = '', ...rest] = id.split('/');
  if (HAN.test(id)) {
    const ascii = rest.length === 1 && !HAN.test(industry) ? normalised(industry) : '';
    const example = `${ascii && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(ascii) ? ascii : 'building-materials'}/flat-glass`;
    return localized(
      `；标识不能用汉字：请用英文（或拼音）的小写单词，以短横线连接，如 ${example}；中文名称写在规则集的“title”中`,
      `; an id cannot hold Chinese characters: use lower-case English (or pinyin) words joined by hyphens, e.g. ${example}; the Chinese name goes in the rule set's title`,
    );
  }
  const fixed = normalised(id);
  if (fixed !== id && ID.test(fixed)) return localized(`；是否要写 ${fixed}？`, `; did you mean ${fixed}?`);
  return undefined;
}

/** Lower case, NFKC, `_`, white space and `.` as `-`, no doubled or edge hyphens in either part. */
function normalised(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .toLowerCase()
    .split('/')
    .map((part) =>
      part
        .replace(/[\s_.]+/gu, '-')
        .replace(/-+/gu, '-')
        .replace(/^-|-$/gu, ''),
    )
    .join('/');
}
