import { booleanWord } from '../text/boolean-words';

/**
 * How a remark cell pairs a name with an answer (`风冷式：否`, `风冷式 否`, `否，水冷式`), read by the unread-value
 * check (`wordOf` in value-words.ts) on a cell as written or folded (NFKC, Latin lower case): the cell's two
 * parts, the yes/no a part is, and whether what follows a value word is a product word (`水冷` + `螺杆机组`).
 * Grammar only: which texts name an indicator or a value is the rule set's (value-words.ts).
 */

/** Two parts of a cell either side of a separator, and the separator's kind. */
export interface Pair {
  left: string;
  right: string;
  /** `label`: a colon or `=` (`冷却方式：水冷`), which sets a label before a value; `other`: a comma, slash, dash or space. */
  kind: 'label' | 'other';
}

// The separators a remark writes between a name and its answer, strongest first: a colon or `=` (a label before
// its value), then a list or dash mark, then a hyphen (which an English word also holds: `water-cooled`), then a
// space. Full-width forms too (`：`, `＝`, `／`, `，`, `－`): a cell is split as written, to be let go before folding.
const SEPARATORS: readonly [RegExp, Pair['kind']][] = [
  [/^([^:=：＝]+?)\s*[:=：＝]\s*(.+)$/u, 'label'],
  // `【风冷式】否`, `[风冷式] 否`: a name in square brackets sets it as a label, as a colon does (hostile-26 W2).
  [/^([【[〔〖][^】\]〕〗]+[】\]〕〗])\s*(.+)$/u, 'label'],
  [/^([^,、;/—–~，；／～]+?)\s*[,、;/—–~，；／～]+\s*(.+)$/u, 'other'],
  [/^([^-－]+?)\s*[-－]+\s*(.+)$/u, 'other'],
  [/^(\S+)\s+(.+)$/u, 'other'],
];

/**
 * A folded cell split at its first separator of the strongest kind it has (`风冷式：否` → `风冷式` / `否`;
 * `否，水冷式` → `否` / `水冷式`; `结构形式 窗式` → `结构形式` / `窗式`); `undefined` when it has none or a part
 * is empty.
 *
 * @example
 * pairOf('是否风冷:否'); // { left: '是否风冷', right: '否', kind: 'label' }
 */
export function pairOf(folded: string): Pair | undefined {
  for (const [pattern, kind] of SEPARATORS) {
    const parts = pattern.exec(folded);
    if (!parts) continue;
    const left = unbracketed(parts[1]!.trim());
    const right = parts[2]!.trim();
    return left !== '' && right !== '' ? { left, right, kind } : undefined;
  }
  return undefined;
}

/** A label in square brackets without them (`【风冷式】` → `风冷式`), as a colon may follow it (`【风冷式】：否`). */
function unbracketed(text: string): string {
  const inner = /^[【[〔〖]\s*([^】\]〕〗]+?)\s*[】\]〕〗]$/u.exec(text);
  return inner ? inner[1]! : text;
}

// The no-words a remark answers a yes/no label with, beyond 否/no/N (booleanWord's): 不是, 不属于, 非, ×.
const MORE_NO = new Set(['不是', '不属于', '非', '×', '✗', '✘']);
const MORE_YES = new Set(['√', '✓', '✔']);

/**
 * The yes/no a folded text is (`否`, `不是`, `不属于`, `非`, `n`, `no`, `×` → `false`; `是`, `yes`, `y`, `√` →
 * `true`), plain yes/no words only: not `有`/`无` or `合格`, which say something else of a label.
 *
 * @example
 * yesNoOf('不属于'); // false
 * yesNoOf('无'); // undefined
 */
export function yesNoOf(text: string): boolean | undefined {
  const folded = text.length === 1 ? text.toLowerCase() : text;
  if (MORE_NO.has(folded)) return false;
  if (MORE_YES.has(folded)) return true;
  const word = booleanWord(text);
  return word?.kind === 'yes-no' ? word.value : undefined;
}

// The further no-words that answer a yes/no name beside it (`风冷式：无`, `风冷式：不`, `风冷式 x`, `风冷式 ╳`), not
// plain yes/no words elsewhere (`无，水冷` is no answer); `无`/`没有` not where the label is itself a negation.
const ANSWER_NO = new Set(['无', '没有', '不', 'x', '╳', '✕', '✖', '❌']);
// `重大质量事故：有`: 有 answers yes as 无 answers no, and likewise not after a negated label (`无重大质量事故：有`).
const ANSWER_YES = new Set(['有', '触发', '已触发']);

/**
 * The answer a folded text gives to a yes/no name it stands beside (`风冷式：否`, `风冷式 x`): a yes/no
 * ({@link yesNoOf}), or one of the further no-words a remark answers with — `无`, `没有` (not after a label that is
 * itself a negation, `negated`: `无重大质量事故：无`), `不`, `x`, `╳`, `✕` — or `有`, yes (likewise not after a
 * negated label).
 *
 * @example
 * answerOf('无', false); // false
 * answerOf('无', true); // undefined
 */
export function answerOf(text: string, negated: boolean): boolean | undefined {
  const yes = yesNoOf(text);
  if (yes !== undefined) return yes;
  const folded = text.toLowerCase();
  if (ANSWER_YES.has(folded)) return negated ? undefined : true;
  if (!ANSWER_NO.has(folded) || (negated && (folded === '无' || folded === '没有'))) return undefined;
  return false;
}

// What ends a product's name after a value word (水冷 + 冷水机组, 螺杆机组, 柜机; 半封闭 + 螺杆; 多联 + 机组): a unit,
// an air conditioner, a compressor by its kind.
const HAN_PRODUCT_END = /(?:机组|机|空调|空调器|压缩机|冷凝器|螺杆|涡旋|活塞|转子)$/u;
// Words that turn a name round (移动式空调除外, 水冷机不适用): what follows them is no product of that kind.
const TURNED = /[除外不非无没未否]/u;
const LATIN_PRODUCT = /^[\s-]+(?:units?|type|system|machine|chiller|compressors?|air[\s-]?conditioner)$/u;

/**
 * Whether the text after a value word names a product of that kind (`水冷` + `螺杆机组`, `水冷式` + `冷水机组`,
 * `多联` + `机组`, `半封闭` + `螺杆`, `water-cooled` + ` unit`): a few Chinese characters ending in a product word
 * (机组, 机, 空调, 压缩机, 螺杆, 涡旋 …) with no word that turns the name round (除外, 不, 非), or, after a Latin
 * word, a space and `unit`, `type`, `system`, `compressor` (`semi-hermetic compressor`, as `半封闭压缩机`:
 * hostile-27 W6), or such Chinese characters (`VRF` + `多联机`). `水冷却` (却) and
 * `移动式空调除外` are not.
 *
 * @example
 * productAfter('螺杆机组', true); // true
 * productAfter('空调除外', true); // false
 */
export function productAfter(rest: string, han: boolean): boolean {
  // `VRF多联机`, `VRV空调`: a Latin code before a Chinese product's name reads as a Chinese word would (hostile-26 W2).
  if (!han && !/^\p{Script=Han}/u.test(rest)) return LATIN_PRODUCT.test(rest);
  return (
    rest.length <= 6 && /^\p{Script=Han}+$/u.test(rest) && HAN_PRODUCT_END.test(rest) && !TURNED.test(rest)
  );
}
