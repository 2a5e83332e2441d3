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
  // `steel/x.yaml`: the file's name given for the id; init adds .yaml itself (hostile-45: "did you mean steel/x-yaml?").
  const fixed = normalised(id.trim().replace(/\.ya?ml$/iu, ''));
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

// The names Windows keeps for devices, with any extension: `con.yaml` can be neither created nor checked out there.
const DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/u;

/**
 * Why an id of the right form cannot name files everywhere: a part that is a Windows device name (`steel/con`,
 * `aux/x`), whose file or folder Windows refuses to create or check out (hostile-45: written on Linux, it broke a
 * clone on Windows). `undefined` for any other id.
 *
 * @example
 * windowsDeviceName('steel/con')?.en; // '"con" is a device name on Windows …'
 */
export function windowsDeviceName(id: string): LocalizedText | undefined {
  const part = id.split('/').find((p) => DEVICE.test(p));
  if (part === undefined) return undefined;
  return localized(
    `“${part}”是 Windows 的设备名（CON、PRN、AUX、NUL、COM1–COM9、LPT1–LPT9），以它命名的文件或文件夹在 Windows 上无法创建或检出：请换一个名称，如 ${id.replace(part, `${part}-1`)}`,
    `"${part}" is a device name on Windows (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9): a file or folder so named cannot be created or checked out there; choose another name, e.g. ${id.replace(part, `${part}-1`)}`,
  );
}
