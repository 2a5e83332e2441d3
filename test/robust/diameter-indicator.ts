import type { IndicatorInfo } from '../../src/index';

/** A required bar diameter in mm, one value per record: the indicator a cell with a diameter sign (Φ12) is read under. */
export const DIAMETER: IndicatorInfo = {
  name: 'd',
  type: 'number',
  unit: 'mm',
  label: { zh: '直径', en: 'Diameter' },
  required: true,
  specimens: 0,
};
