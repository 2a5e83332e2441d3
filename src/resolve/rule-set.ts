import { notLoadedHere } from '../errors/foreign-rule-set';
import type { RuleSetIssue } from '../errors/rule-set-issue';
import type { SourceDocument } from '../load/source-document';
import type {
  ComparisonMethod,
  IndicatorType,
  ProvenanceDocument,
  ReferenceDocument,
  RuleDocument,
} from '../model/rule-document';
import type { RuleSetModel } from '../model/rule-set-model';
import { foldLabel } from '../text/fold-label';
import type { LocalizedText } from '../text/localized-text';
import { meetingValue } from './boolean-meets';
import { deepFreeze } from './deep-freeze';
import { indicatorLimits } from './indicator-limits';

/**
 * A grade as the public API describes it.
 *
 * @example
 * ruleSet.grades.map((g: GradeInfo) => g.label.zh); // ['5级', '4级', …]
 */
export interface GradeInfo {
  /** The grade id used in results. */
  readonly id: string;
  /** Its label in both languages. */
  readonly label: LocalizedText;
}

/**
 * An indicator as the public API describes it.
 *
 * @example
 * for (const i of ruleSet.indicators) console.log(i.name, i.type, i.unit ?? '', i.required);
 */
export interface IndicatorInfo {
  /** Indicator name, the record field. */
  readonly name: string;
  /** Type of the value. */
  readonly type: IndicatorType;
  /** Its label. */
  readonly label: LocalizedText;
  /** Unit of measurement. */
  readonly unit?: string;
  /** Whether every record must give it. */
  readonly required: boolean;
  /** Set when `requiredWhen` makes the records that meet it give it (a record that does not is invalid). */
  readonly conditionallyRequired?: true;
  /** Allowed values of an enum indicator. */
  readonly values?: readonly (string | number)[];
  /** Labels of an enum indicator's values that have one (`valueLabels`), by value as text: `{ 'heat-pump': { zh: '热泵型', en: 'Heat pump' } }`. */
  readonly valueLabels?: Readonly<Record<string, LocalizedText>>;
  /** The value a record that does not give it takes, when the rule set sets one (`default:`). */
  readonly default?: string | number | boolean;
  /** Allowed range as written, e.g. "> 0". */
  readonly range?: string;
  /** The rule author's plausibility band as written (`plausible`, e.g. "≥ 1000"): not a standard's limit. */
  readonly plausible?: string;
  /** Most specimens accepted; 0 when it takes one value. */
  readonly specimens: number;
  /** Fewest specimens accepted, when the rule set sets a count (`{ exactly: 3 }`, `{ min: 2 }`). */
  readonly minSpecimens?: number;
  /**
   * For a boolean indicator: the value that meets its requirements, when every requirement on it
   * asks for the same one (`true` for 安定性, `false` for 近三年发生重大质量事故) or, with none, its
   * label names a pass (压蒸安定性合格). A cell's verdict (`合格`/`不合格`, `通过`) is read only where
   * this is `true`; elsewhere it is refused, as it could be read the wrong way round.
   */
  readonly meets?: boolean;
}

/**
 * A loaded, validated rule set. Pass it to {@link createGrader} to grade
 * records. It is immutable; load the file again to see changes. It belongs
 * to the qgrade module that loaded it: the ESM and CommonJS builds, and
 * `qgrade` and `qgrade/browser`, are separate copies, and a `structuredClone`
 * or JSON copy is plain data, so pass each function a rule set from the
 * same entry's functions (`loadRuleSet`/`parseRuleSet` of `qgrade`, `loadBundledRuleSet`/`parseRuleSet` of `qgrade/browser`).
 *
 * @example
 * const ruleSet: RuleSet = await loadRuleSet('steel/hot-rolled-ribbed-bar');
 * ruleSet.grades.map((g) => g.id); // ['conforming']
 */
export interface RuleSet {
  /** `<industry>/<name>`. */
  readonly id: string;
  /** Its version. */
  readonly version: string;
  /** Its name. */
  readonly title: LocalizedText;
  /** What it grades and how. */
  readonly description?: LocalizedText;
  /** Industry, e.g. "steel". */
  readonly industry: string;
  /** Whether records are products or enterprises. */
  readonly subject: 'product' | 'enterprise';
  /** The standards it encodes. */
  readonly references: readonly ReferenceDocument[];
  /** How sure the figures are. */
  readonly provenance: ProvenanceDocument;
  /** Default GB/T 8170 comparison method. */
  readonly comparison: ComparisonMethod;
  /** Grades, lowest first. */
  readonly grades: readonly GradeInfo[];
  /** The inputs. */
  readonly indicators: readonly IndicatorInfo[];
  /** The file it was read from (or the name given to `parseRuleSet`). */
  readonly file: string;
  /** Warnings found while loading (errors prevent loading). */
  readonly warnings: readonly RuleSetIssue[];
  /** The document as written. */
  readonly document: RuleDocument;
}

const models = new WeakMap<RuleSet, RuleSetModel>();
const sources = new WeakMap<RuleSet, SourceDocument>();
/** Each enum indicator's spellings of its values (labels, aliases), by the {@link IndicatorInfo} made for it. */
const spellings = new WeakMap<IndicatorInfo, ReadonlyMap<string, string | number | boolean>>();

/** Wraps a resolved model as the public, immutable {@link RuleSet}. */
export function toRuleSet(
  model: RuleSetModel,
  doc: RuleDocument,
  warnings: RuleSetIssue[],
  source?: SourceDocument,
): RuleSet {
  const { meta } = model;
  // Every part, the document as written too: an edit would not reach the grader, so it must not seem to.
  const ruleSet: RuleSet = deepFreeze({
    id: meta.id,
    version: meta.version,
    title: meta.title,
    ...(meta.description ? { description: meta.description } : {}),
    industry: meta.industry,
    subject: meta.subject,
    references: meta.references,
    provenance: meta.provenance,
    comparison: doc.comparison ?? 'full',
    grades: model.grades.map((g) => ({ id: g.id, label: g.label })),
    indicators: model.indicators.map((i) => {
      const info: IndicatorInfo = {
        name: i.name,
        type: i.type,
        label: i.label,
        required: i.required,
        specimens: i.specimens,
        ...(i.unit !== undefined ? { unit: i.unit } : {}),
        ...(i.minSpecimens > 0 ? { minSpecimens: i.minSpecimens } : {}),
        ...(i.values ? { values: i.values } : {}),
        ...(i.valueLabels
          ? { valueLabels: Object.fromEntries([...i.valueLabels].map(([v, l]) => [String(v), l])) }
          : {}),
        ...(i.range ? { range: i.range.text } : {}),
        ...(i.plausible ? { plausible: i.plausible.text } : {}),
        ...(i.default !== undefined ? { default: i.default } : {}),
        ...(i.requiredWhen ? { conditionallyRequired: true as const } : {}),
      };
      const meets = meetingValue(model, i);
      if (meets !== undefined) return { ...info, meets };
      return info;
    }),
    file: meta.file,
    warnings,
    document: doc,
  });
  models.set(ruleSet, model);
  if (source) sources.set(ruleSet, source);
  // A scoring item with neither `points` map nor bands: its value is its points.
  const scores = new Set(
    model.scoring?.dimensions.flatMap((d) =>
      d.items.filter((it) => !it.map && !it.bands).map((it) => it.indicator),
    ),
  );
  // The labels of the values qgrade computes (derived values, dimensions): one set, shared by the indicators.
  const computed = new Set<string>();
  for (const d of model.derived)
    if (!d.perSpecimen) for (const l of [d.label.zh, d.label.en]) computed.add(foldLabel(l).toLowerCase());
  for (const d of model.scoring?.dimensions ?? [])
    for (const l of [d.label.zh, d.label.en]) computed.add(foldLabel(l).toLowerCase());
  // A dimension of one item scored as itself: its score is that item's value (newcomer-46).
  const soleItems = new Map<string, LocalizedText>();
  for (const d of model.scoring?.dimensions ?? []) {
    const only = d.items.length === 1 ? d.items[0]! : undefined;
    if (only && !only.map && !only.bands) soleItems.set(only.indicator, d.label);
  }
  const limits = indicatorLimits(model);
  const scored = new Set(model.scoring?.dimensions.flatMap((d) => d.items.map((it) => it.indicator)));
  ruleSet.indicators.forEach((info, i) => {
    if (scored.has(info.name)) scoredItems.add(info);
    const known = limits.get(info.name);
    if (known) limitValues.set(info, known);
    const spelled = model.indicators[i]?.valueSpellings;
    if (spelled) spellings.set(info, spelled);
    if (scores.has(info.name)) pointsValued.add(info);
    const sole = soleItems.get(info.name);
    if (sole) soleItemDimensions.set(info, sole);
    if (computed.size > 0) computedLabels.set(info, computed);
  });
  return ruleSet;
}

/**
 * An enum indicator's spellings of its values as a record may give them (its
 * `valueLabels`' zh, en and aliases, as written and folded), value by text;
 * `undefined` for an indicator with none, or one this module's loader did
 * not make. `IndicatorInfo.valueLabels` carries no aliases (`挂壁式` for `split`).
 *
 * @example
 * valueSpellingsOf(unitConfiguration)?.get('窗式'); // 'window'
 */
export function valueSpellingsOf(
  info: IndicatorInfo,
): ReadonlyMap<string, string | number | boolean> | undefined {
  return spellings.get(info);
}

const limitValues = new WeakMap<IndicatorInfo, readonly number[]>();

/**
 * The numbers an indicator's value is compared with where the rule file writes them (see {@link indicatorLimits}):
 * what reading a column checks its values' scale against (a `%` column of fractions of one under limits of 90).
 * Empty for an indicator with none, or one this module's loader did not make.
 *
 * @example
 * limitsOf(passRate); // [90, 95, 98]
 */
export function limitsOf(info: IndicatorInfo): readonly number[] {
  return limitValues.get(info) ?? [];
}

const pointsValued = new WeakSet<IndicatorInfo>();

const soleItemDimensions = new WeakMap<IndicatorInfo, LocalizedText>();

/**
 * The label of the scoring dimension whose only item an indicator is, scored as itself (no `points`): the
 * dimension's score is then its value, and a sheet headed with the dimension's label (`质量绩效` for the item
 * `质量绩效得分`) gives it. `undefined` for any other indicator, or one this module's loader did not make.
 *
 * @example
 * soleItemDimension(performanceScore); // { zh: '质量绩效', en: 'Quality performance' }
 */
export function soleItemDimension(info: IndicatorInfo): LocalizedText | undefined {
  return soleItemDimensions.get(info);
}
const scoredItems = new WeakSet<IndicatorInfo>();

/**
 * Whether an indicator is an item of the rule set's `scoring` (its value itself, a `points` map or bands): what a
 * sheet's `—` in its cell says is "not scored" rather than "not tested", where the value is an assessor's.
 *
 * @example
 * isScoringItem(leadership); // true
 * isScoringItem(majorAccident); // false (a veto, not scored)
 */
export function isScoringItem(info: IndicatorInfo): boolean {
  return scoredItems.has(info);
}
const computedLabels = new WeakMap<IndicatorInfo, ReadonlySet<string>>();

/**
 * Whether a header is, exactly (NFKC-folded, trimmed, any case), the label of a value the rule set of `info`
 * computes — a derived value or a scoring dimension. Such a column holds the computed value (cross-checked, not
 * read), so a near match to an input's label (`领导作用与质量战略得分` for 领导作用与质量战略 in 分, where a derived
 * value is labelled so) does not read it as that input (newcomer-33 M4b: its 0–100 score read as the 0–5 input).
 *
 * @example
 * isComputedLabel(leadership, '领导作用与质量战略得分'); // true where a derived value has that label
 */
export function isComputedLabel(info: IndicatorInfo, header: string): boolean {
  return computedLabels.get(info)?.has(foldLabel(header).toLowerCase()) === true;
}

/**
 * Whether an indicator is a scoring item whose value is its points (no
 * `points` map or bands): an assessor's score, so a header may write it
 * as one (`过程控制（分）`, `过程控制得分`). Not one scored through a map or
 * bands: a `能效等级得分` column holds the points, not the 能效等级 they come from.
 *
 * @example
 * isPointsValued(processControl); // true
 * isPointsValued(energyGrade);    // false (points: { "1": 100, … })
 */
export function isPointsValued(info: IndicatorInfo): boolean {
  return pointsValued.has(info);
}

/**
 * The resolved model behind a rule set. Throws a usage error for a value
 * this module's loader did not make, naming `method`, the public function
 * it was passed to.
 */
export function modelOf(ruleSet: RuleSet, method = 'qgrade'): RuleSetModel {
  const model = models.get(ruleSet);
  if (!model) throw notLoadedHere(method, ruleSet);
  return model;
}

/** The parsed file behind a rule set, to map any document path to a line (e.g. for a diff); undefined if not kept. */
export function sourceOf(ruleSet: RuleSet): SourceDocument | undefined {
  return sources.get(ruleSet);
}
