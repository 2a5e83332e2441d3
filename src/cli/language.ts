import { UsageError } from '../errors/usage-error';
import type { Language } from '../text/localized-text';
import { localized } from '../text/localized-text';

/** The language from `--lang`, or from the locale (LC_ALL, LC_MESSAGES, LANG): zh for zh_*, else en. */
export function resolveLanguage(
  option: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Language {
  if (option !== undefined) {
    // A locale's spelling is accepted as the locale itself would be (`zh_CN`, `zh-Hans`, `en_US.UTF-8`):
    // newcomers copy it from `echo $LANG`.
    const language = /^(zh|en)(?:[-_.@].*)?$/i.exec(option.trim())?.[1]?.toLowerCase();
    if (language === 'zh' || language === 'en') return language;
    throw new UsageError(
      localized(`--lang 应为 zh 或 en，收到“${option}”`, `--lang must be zh or en, got "${option}"`),
    );
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/**
 * The language help texts are built in, before the command line is parsed:
 * `--lang` wherever it stands, else the locale; the locale's language also
 * when `--lang` is not one qgrade speaks (the parse then reports it, in
 * that language: a Chinese locale gets the error in Chinese).
 */
export function languageOfArgv(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Language {
  let option: string | undefined;
  for (const [i, arg] of argv.entries()) {
    if (arg === '--lang') option = argv[i + 1];
    else if (arg.startsWith('--lang=')) option = arg.slice('--lang='.length);
  }
  try {
    return resolveLanguage(option, env);
  } catch {
    return resolveLanguage(undefined, env);
  }
}
