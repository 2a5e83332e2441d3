import { reorderedGrades } from '../compare/grade-direction';
import type { Language, LocalizedText } from '../text/localized-text';

type Ladder = readonly { id: string; label?: LocalizedText }[];

/**
 * A compare report's note, by its migration matrix, when the two rule sets
 * rank the grades they share in another order (`superior` below
 * `first-class` in B): up and down are then counted on B's ladder, which
 * says the opposite of A's for those grades (hostile-33 F6). `[]` when the
 * ladders agree.
 *
 * @example
 * ladderOrderLines(a.grades, b.grades, 'en');
 * // ['the two rule sets rank the grades in another order (lowest first): A Qualified < First class < Superior, …']
 */
export function ladderOrderLines(a: Ladder, b: Ladder, lang: Language): string[] {
  const order = reorderedGrades({ grades: a }, { grades: b });
  if (!order) return [];
  const ladder = (grades: Ladder) => grades.map((g) => g.label?.[lang] ?? g.id).join(' < ');
  return [
    lang === 'zh'
      ? `两个规则集的等级顺序不同（由低到高）：A 为 ${ladder(order.a)}，B 为 ${ladder(order.b)}；“升高”“降低”按 B 的等级顺序计，按 A 的顺序则相反（qgrade diff 列出此变化）`
      : `the two rule sets rank the grades in another order (lowest first): A ${ladder(order.a)}, B ${ladder(order.b)}; up and down are counted on B's ladder, and A's would say the opposite (qgrade diff lists the change)`,
  ];
}
