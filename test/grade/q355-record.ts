/**
 * A hot-rolled Q355 plate tested at −20 °C as a JSON record, grade D of GB/T 1591 (standards.md: KV2 ≥ 34 J,
 * P ≤ 0.025 % and S ≤ 0.025 % for D): the base the standards-39 record tests change one value of.
 */
export const Q355_D = {
  designation: 'Q355',
  thickness: 20,
  yieldStrength: 360,
  tensileStrength: 520,
  impactTemperature: -20,
  impactEnergy: [40, 38, 45],
  carbon: 0.18,
  manganese: 1.4,
  phosphorus: 0.025,
  sulfur: 0.015,
};
