import { tsImport } from 'tsx/esm/api';

/** What build-reports.ts exports. */
export type ReportBuilders = typeof import('./build-reports');

let builders: Promise<ReportBuilders> | undefined;

/**
 * The report builders, loaded with tsx: they call the library's TypeScript
 * source in this process, and Playwright's own loader refuses the source's
 * JSON imports (which carry no import attribute). The spec files themselves
 * stay with Playwright's loader, so failures point at the right lines.
 */
export function reportBuilders(): Promise<ReportBuilders> {
  builders ??= tsImport('./build-reports.ts', import.meta.url) as Promise<ReportBuilders>;
  return builders;
}

/** Reads a number as the reports print it ("1,234"). */
export function shownNumber(text: string | null): number {
  return Number((text ?? '').replace(/,/g, '').trim());
}
