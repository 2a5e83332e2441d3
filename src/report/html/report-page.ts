import type { RuleSet } from '../../resolve/rule-set';
import { bilingualPart } from '../../text/bilingual-text';
import { editionText } from '../../text/edition-text';
import type { Language } from '../../text/localized-text';
import { LEGEND_SHADE, MATRIX_SHADES } from '../matrix-shades';
import { illustrativeNotice, provenanceSentence } from '../provenance-text';
import { escapeHtml } from './escape-html';
import { htmlLang, HTML_TEXTS as T } from './html-texts';

// The heat map's shades and the legend's swatches, from the colours the studio's matrix shares (committee-38 F3).
const HEAT_CLASS = { same: 'h', down: 'c', up: 'u', neither: 'n' } as const;
const HEAT_SHADES = (Object.keys(HEAT_CLASS) as (keyof typeof HEAT_CLASS)[])
  .map(
    (k) =>
      `.${HEAT_CLASS[k]}0{fill:var(--soft)}${MATRIX_SHADES[k].map((c, i) => `.${HEAT_CLASS[k]}${i + 1}{fill:${c}}`).join('')}`,
  )
  .join('\n');
const SWATCHES = (['same', 'up', 'down', 'neither'] as const)
  .map((k) => `.sw-${k}{background:${MATRIX_SHADES[k][LEGEND_SHADE - 1]}}`)
  .join('');

// System fonts only: nothing is fetched, and Chinese falls back to what the machine has (Noto Sans CJK on Linux).
const STYLE = `
:root{--fg:#1f2328;--muted:#59636e;--line:#d8dee4;--soft:#f6f8fa;--pass:#2f855a;--fail:#c53030;--miss:#a0aec0;--na:#e2e8f0;--bar:#3465a4}
*{box-sizing:border-box}
body{margin:0;font:14px/1.55 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC",sans-serif;color:var(--fg);background:#fff}
main{max-width:1100px;margin:0 auto;padding:24px 20px 40px}
h1{font-size:24px;margin:0 0 6px}
h2{font-size:18px;margin:32px 0 10px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:14px;margin:0 0 4px}
p{margin:6px 0}
.meta{color:var(--muted)}
.warn{background:#fff8e1;border:1px solid #e5c07b;border-radius:6px;padding:8px 12px}
.cards{display:flex;flex-wrap:wrap;gap:12px;padding:0;margin:0;list-style:none}
.cards li{flex:1 1 150px;background:var(--soft);border:1px solid var(--line);border-radius:8px;padding:10px 14px;color:var(--muted)}
.cards b{display:block;font-size:26px;color:var(--fg);font-variant-numeric:tabular-nums}
table{border-collapse:collapse;margin:8px 0;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid var(--line);padding:4px 10px;text-align:left;vertical-align:top}
th{background:var(--soft);font-weight:600}
.n{text-align:right;white-space:nowrap}
th.part{padding-left:2em;font-weight:400}
code{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
svg{max-width:100%;height:auto;display:block;margin:8px 0;font-size:12px}
svg text{fill:var(--fg)}
svg .small{font-size:10px}
svg .caption{font-weight:600}
.bar{fill:var(--bar)}.bar-ng{fill:var(--miss)}.bar-inv{fill:var(--fail)}
rect.pass{fill:var(--pass)}rect.fail{fill:var(--fail)}rect.miss{fill:var(--miss)}rect.none{fill:var(--na)}rect.outer{opacity:.5}
svg .pass-text{fill:var(--pass)}svg .fail-text{fill:var(--fail)}
.band{fill:#fdf0c4}.axis{stroke:var(--muted)}.limit{stroke:var(--fg);stroke-dasharray:3 2}
${HEAT_SHADES}
.legend .sw{display:inline-block;width:.9em;height:.9em;vertical-align:-.1em;margin:0 .3em 0 .9em;border:1px solid var(--fg)}
.legend .sw:first-child{margin-left:0}${SWATCHES}
.same{stroke:var(--fg);stroke-width:2}
svg text.on-dark{fill:#fff}
.key{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 10px}
.key.pass{background:var(--pass)}.key.fail{background:var(--fail)}.key.miss{background:var(--miss)}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(400px,1fr));gap:14px}
.near{border:1px solid var(--line);border-radius:8px;padding:10px 12px}
.near svg{margin:4px 0}
details summary{cursor:pointer}
details table{font-size:13px}
ul.x{list-style:none;padding-left:2px;margin:4px 0}
.m{display:inline-block;width:1.2em;font-weight:700}
.ok{color:var(--pass)}.no{color:var(--fail)}.miss,.na{color:var(--muted)}
.g{font-weight:600;white-space:nowrap}.g.ng{color:var(--muted)}.g.inv{color:var(--fail)}
.hold{color:var(--muted)}
.up{color:var(--pass)}.down{color:var(--fail)}
footer{margin-top:40px;color:var(--muted);font-size:12px}
table.tally td{padding:2px 6px}table.tally td:first-child{min-width:8em;max-width:40em;overflow-wrap:anywhere}
table.tally th{padding:4px 6px}table.tally thead th.n{white-space:normal;min-width:3.5em;max-width:7em}
table.tally thead th{position:sticky;top:0}
table.matrix thead th.n{white-space:normal;min-width:3.5em;max-width:7em}
table.tally tbody tr:nth-child(even){background:#fafbfc}
table.tally .z{color:var(--muted)}
@media print{details{break-inside:avoid}thead{display:table-header-group}tr{break-inside:avoid}table.tally thead th{position:static}}
`.trim();

/**
 * The whole page around a report's body: doctype, language, a Content
 * Security Policy that forbids scripts and every network request (the file
 * works offline, from a USB stick, and a hostile label could not load or
 * run anything even if it escaped), the style sheet, and a footer.
 *
 * @example
 * const html = reportPage('en', 'Grade report', '<h1>…</h1>');
 */
export function reportPage(lang: Language, title: string, body: string): string {
  return [
    '<!doctype html>',
    `<html lang="${htmlLang(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="qgrade">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body><main>',
    body,
    `<footer>${T.footer[lang]}</footer>`,
    '</main></body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * A rule set as the report heads describe it: title, id and version, the
 * standards it encodes, and how sure its figures are — with a warning when
 * they are illustrative, so that nobody takes them for a standard's. With
 * `withFile`, the file it was read from too (two editions of one rule set
 * share its title and id); `'bundled'` says it is the bundled rule set of its id instead (committee-45).
 *
 * @example
 * ruleSetHeader(ruleSet, 'zh', '规则集');
 */
export function ruleSetHeader(
  ruleSet: RuleSet,
  lang: Language,
  heading: string,
  withFile: boolean | 'bundled' = false,
): string {
  const file =
    withFile === 'bundled'
      ? ` ${T.bundled[lang]}`
      : withFile
        ? ` ${T.file[lang]} <code data-file>${escapeHtml(ruleSet.file)}</code>`
        : '';
  const out = [
    `<p><strong>${escapeHtml(heading)}</strong>${T.colon[lang]}${escapeHtml(ruleSet.title[lang])} <code>${escapeHtml(ruleSet.id)}</code> ${T.version[lang]} ${escapeHtml(ruleSet.version)}${file}</p>`,
  ];
  if (ruleSet.references.length > 0) {
    const refs = ruleSet.references.map((r) => {
      // A standard known by its name, not a number (a group standard whose number was not found), has the
      // name as its code and again in its title (`制造业企业质量管理能力评价规范（团体标准）`): written once.
      const title = r.title?.[lang];
      const parts = title?.includes(r.code) ? [] : [escapeHtml(r.code)];
      if (title) parts.push(escapeHtml(title));
      const extra = [`${T.edition[lang]} ${escapeHtml(editionText(r.edition, lang))}`];
      // A clause written in both languages (`中文 (English)`, as the bundled files write it): the report's language only.
      if (r.clause) extra.push(`${T.clause[lang]} ${escapeHtml(bilingualPart(r.clause, lang))}`);
      return lang === 'zh'
        ? `${parts.join(' ')}（${extra.join('，')}）`
        : `${parts.join(' ')} (${extra.join(', ')})`;
    });
    out.push(`<p class="meta">${T.standards[lang]}${T.colon[lang]}${refs.join(T.listSep[lang])}</p>`);
  }
  const p = ruleSet.provenance;
  out.push(
    `<p class="meta">${T.provenance[lang]}${T.colon[lang]}${escapeHtml(provenanceSentence(p, lang))}</p>`,
  );
  const illustrative = illustrativeNotice(ruleSet, lang);
  if (illustrative) out.push(`<p class="warn">${escapeHtml(illustrative)}</p>`);
  return out.join('\n');
}
