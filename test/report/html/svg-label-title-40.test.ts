/**
 * committee-40 M9: a grade label cut to fit a migration matrix (`Conforming on str…`, `强度、凝结时间、…`) told no
 * grade; a cut label now carries its whole text as an SVG `<title>` (the tooltip), one that fits does not.
 * Labels: the bundled GB 175-2007 rule set's one grade, en and zh.
 */
import { describe, expect, it } from 'vitest';
import { fitLabel, IdSource } from '../../../src/report/html/svg-frame';
import { svgHeatMap } from '../../../src/report/html/svg-heat-map';

const EN = 'Conforming on strength, setting time, soundness and chemistry';
const ZH = '强度、凝结时间、安定性和化学指标合格';

describe('a cut SVG label keeps its whole text as a <title> (committee-40 M9)', () => {
  it('fitLabel: cut → <title> with the whole label; fitting → the label alone, escaped', () => {
    const cut = fitLabel(EN, 120);
    expect(cut.startsWith(`<title>${EN}</title>`)).toBe(true);
    expect(cut.endsWith('…')).toBe(true);
    expect(fitLabel('A & B', 120)).toBe('A &amp; B');
    expect(fitLabel('<x>', 6)).toContain('<title>&lt;x&gt;</title>');
  });

  it('the heat map names every cut row and column in full, zh and en', () => {
    const svg = svgHeatMap(
      new IdSource(),
      { title: 'A → B', desc: 'matrix' },
      {
        rows: [EN, ZH, 'Invalid'],
        columns: [EN, ZH, 'Invalid'],
        counts: [
          [109, 11, 0],
          [6, 5, 0],
          [0, 0, 19],
        ],
        same: (r, c) => r === c,
        rowCaption: 'A',
        columnCaption: 'B',
      },
    );
    expect(svg.split(`<title>${EN}</title>`).length - 1).toBe(2);
    expect(svg.split(`<title>${ZH}</title>`).length - 1).toBe(2);
    expect(svg).not.toContain('<title>Invalid</title>');
  });
});
