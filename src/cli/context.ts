import type { Language } from '../text/localized-text';
import { resolveLanguage } from './language';

/** What every command needs from the process, resolved once from the global options. */
export interface CliContext {
  lang: Language;
  debug: boolean;
  /** Colour only when stdout is a terminal and NO_COLOR is unset. */
  color: boolean;
  width: number;
  out(text: string): void;
  err(text: string): void;
}

/** Builds the context from the global options of the program. */
export function cliContext(options: { lang?: string; debug?: boolean; color?: boolean }): CliContext {
  return {
    lang: resolveLanguage(options.lang),
    debug: options.debug === true,
    color: options.color !== false && process.stdout.isTTY === true && !process.env.NO_COLOR,
    width: process.stdout.columns || 100,
    out: (text) => {
      process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
    },
    err: (text) => {
      process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
    },
  };
}
