import { UsageError } from '../errors/usage-error';
import type { Language } from '../text/localized-text';

/** The language from `--lang`, or from the locale (LC_ALL, LC_MESSAGES, LANG): zh for zh_*, else en. */
export function resolveLanguage(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Language {
  if (option !== undefined) {
    if (option === 'zh' || option === 'zh-CN') return 'zh';
    if (option === 'en') return 'en';
    throw new UsageError(`--lang must be zh or en, got "${option}"`);
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}
