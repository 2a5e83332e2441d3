import type { Language } from '../text/localized-text';
import { safeOutput } from '../text/safe-text';
import type { CliIo } from './io';
import { resolveLanguage } from './language';

/** What every command needs from the process, resolved once from the global options. */
export interface CliContext {
  io: CliIo;
  lang: Language;
  debug: boolean;
  /** Colour only when stdout is a terminal and NO_COLOR is unset. */
  color: boolean;
  width: number;
  /**
   * Writes a line (a line break is added when missing) to stdout. Control
   * characters and bidirectional overrides from records and rule files never
   * reach the terminal raw (see `safeOutput`).
   */
  out(text: string): void;
  /** Writes a line to stderr, made safe like {@link CliContext.out}. */
  err(text: string): void;
}

/** Builds the context from the global options of the program. */
export function cliContext(
  io: CliIo,
  options: { lang?: string; debug?: boolean; color?: boolean },
): CliContext {
  const line = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  return {
    io,
    lang: resolveLanguage(options.lang, io.env),
    debug: options.debug === true,
    color: options.color !== false && io.stdout.isTTY === true && !io.env.NO_COLOR,
    width: io.stdout.columns || 100,
    out: (text) => {
      io.stdout.write(line(safeOutput(text)));
    },
    err: (text) => {
      io.stderr.write(line(safeOutput(text)));
    },
  };
}

/** A command's action: takes commander's arguments and returns the exit code (see `EXIT`). */
export type CommandAction<A extends unknown[]> = (...args: A) => Promise<number>;

/** Wraps a {@link CommandAction} as commander's action, which returns nothing. */
export type ActionRunner = <A extends unknown[]>(action: CommandAction<A>) => (...args: A) => Promise<void>;
