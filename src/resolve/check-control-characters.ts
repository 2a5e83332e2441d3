import type { DocumentPath } from '../load/source-document';
import { codePointText } from '../text/full-width';
import { localized } from '../text/localized-text';
import type { ModelContext } from './model-context';

// C0 controls but tab and line feed (a note may run over lines), DEL, C1 controls, and the marks and overrides
// that change the direction text is shown in (U+061C, U+200E/F, U+202A–U+202E, U+2066–U+2069).
const CONTROL = /(?![\t\n])[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

const ALL_CONTROL = new RegExp(CONTROL.source, 'gu');

/** At most this many texts are warned about one by one; the rest are counted in the last warning. */
const MAX_WARNED = 20;

/**
 * Warns at each text and key of the rule file that holds a control character or a bidi override: a label
 * `"\e]0;pwn\a"`, an id with U+202E (hostile-40 M8). Every output already shows them as U+FFFD, so a report cannot be
 * made to lie, but the label then reads `�]0;pwn�`: the author should hear of it where it is written. A warning, as a
 * placeholder's is: the rule set is read all the same.
 *
 * @example
 * checkControlCharacters(ctx); // warns at indicators.a.label.en: holds U+001B (a control character)
 */
export function checkControlCharacters(ctx: ModelContext): void {
  const found: { path: DocumentPath; c: string; key: boolean }[] = [];
  visit(ctx.doc, [], found);
  for (const [i, { path, c, key }] of found.slice(0, MAX_WARNED).entries()) {
    const more = i === MAX_WARNED - 1 && found.length > MAX_WARNED ? found.length - MAX_WARNED : 0;
    const rest = localized(more ? `；另有 ${more} 处` : '', more ? `; ${more} more` : '');
    // A key's own characters are named, not written into the message.
    const where = path.join('.').replace(ALL_CONTROL, (x) => `<${codePointText(x)}>`) || '(top)';
    const what = key ? localized('键', 'the key') : localized('文字', 'the text');
    const message = localized(
      `${where} 的${what.zh}含有控制字符“${codePointText(c)}”：输出中会显示为替换字符 �，请删除它${rest.zh}`,
      `${what.en} at ${where} holds the control character ${codePointText(c)}: outputs show it as � (U+FFFD); remove it${rest.en}`,
    );
    ctx.issues.push({
      ...ctx.source.issue('control-character', message, path, { key }),
      severity: 'warning',
    });
  }
}

function visit(
  value: unknown,
  path: DocumentPath,
  found: { path: DocumentPath; c: string; key: boolean }[],
): void {
  if (typeof value === 'string') {
    const c = CONTROL.exec(value)?.[0];
    if (c !== undefined) found.push({ path, c, key: false });
  } else if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) visit(v, [...path, i], found);
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const c = CONTROL.exec(k)?.[0];
      if (c !== undefined) found.push({ path: [...path, k], c, key: true });
      visit(v, [...path, k], found);
    }
  }
}
