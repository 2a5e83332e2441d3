import { displayWidth, truncate } from '../../text/display-width';
import { escapeHtml } from './escape-html';

/**
 * Hands out ids unique within one page, for `aria-labelledby`.
 *
 * @example
 * const ids = new IdSource();
 * ids.next('chart'); // 'chart-1'
 */
export class IdSource {
  #n = 0;
  /** A new id starting with `prefix`. */
  next(prefix: string): string {
    return `${prefix}-${++this.#n}`;
  }
}

/** What every chart says about itself, for screen readers and tooltips. */
export interface ChartText {
  /** A short name of the chart (its `<title>`). */
  title: string;
  /** What it shows, in a sentence or two (its `<desc>`). */
  desc: string;
}

/**
 * Opens an accessible inline SVG: `role="img"`, `aria-labelledby` naming its
 * `<title>` and `<desc>`, a viewBox of the given size that scales down to
 * fit narrow screens. Close it with `</svg>`.
 *
 * @example
 * const svg = `${svgOpen(new IdSource(), 200, 40, { title: 'Bars', desc: 'Two bars' })}<rect width="10" height="10"/></svg>`;
 */
export function svgOpen(ids: IdSource, width: number, height: number, text: ChartText, cls = ''): string {
  const t = ids.next('t');
  const d = ids.next('d');
  const w = Math.ceil(width);
  const h = Math.ceil(height);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="${t} ${d}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}"${cls ? ` class="${cls}"` : ''}>` +
    `<title id="${t}">${escapeHtml(text.title)}</title><desc id="${d}">${escapeHtml(text.desc)}</desc>`
  );
}

/** Pixels per terminal column at the charts' 12 px font: CJK characters take two columns. */
const PX_PER_COLUMN = 6.6;

/**
 * Roughly how wide a text is at the charts' font, without a browser to measure it.
 *
 * @example
 * textWidth('5级') > textWidth('5'); // true
 */
export function textWidth(text: string): number {
  return displayWidth(text) * PX_PER_COLUMN;
}

/**
 * A label cut to fit `px` pixels, escaped for SVG text; a cut one carries its
 * whole text as a `<title>`, the tooltip a reader points at (committee-40 M9:
 * `Conforming on str…` in a migration matrix told no grade).
 *
 * @example
 * fitLabel('Annual performance factor (APF)', 60); // '<title>Annual performance factor (APF)</title>Annual p…'
 * fitLabel('APF', 60); // 'APF'
 */
export function fitLabel(text: string, px: number): string {
  const cut = truncate(text, Math.max(2, Math.floor(px / PX_PER_COLUMN)));
  return cut === text ? escapeHtml(text) : `<title>${escapeHtml(text)}</title>${escapeHtml(cut)}`;
}

/** A coordinate with at most one decimal, to keep the file small. */
export function px(n: number): string {
  return String(Math.round(n * 10) / 10);
}
