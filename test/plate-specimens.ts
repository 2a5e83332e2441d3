import { ruleFileHeader } from './rule-file-header';

/**
 * An illustrative rule set of one grade on an impact energy given specimen by specimen: the mean ≥ 27 J and
 * each specimen ≥ 23.8 J. Every figure is made up, and the rule set says so. Shared by the tests of figures
 * read as written (CSV and .xlsx samples).
 */
export const PLATE_SPECIMENS_RULES = `${ruleFileHeader('steel/plate-specimens', { zh: '钢板冲击（示例）', en: 'Plate impact (illustrative)' })}indicators:
  impactEnergy:
    type: number
    unit: J
    range: "≥ 0"
    specimens: true
    label: { zh: 冲击吸收能量, en: Impact energy }
grades:
  - { id: qualified, label: { zh: 合格品, en: Qualified } }
criteria:
  - { id: impact-mean, indicator: impactEnergy, aggregate: mean, require: "≥ 27" }
  - { id: impact-single, indicator: impactEnergy, require: "≥ 23.8" }
`;
