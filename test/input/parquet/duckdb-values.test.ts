/**
 * Values of a DuckDB row as a record's fields, as CSV converts cells: an
 * integer indicator refuses a BIGINT beyond 2^53 and a number indicator a
 * DECIMAL a double does not hold, with the message CSV gives for the numeral.
 */
import { describe, expect, it } from 'vitest';
import { convertCell } from '../../../src/input/convert-value';
import { DecimalNumeral, type DuckDBColumn, duckdbRecord } from '../../../src/input/parquet/duckdb-values';
import type { IndicatorInfo } from '../../../src/resolve/rule-set';

function column(name: string, type: IndicatorInfo['type'], specimens = 0): DuckDBColumn {
  const indicator: IndicatorInfo = { name, type, label: { zh: name, en: name }, required: true, specimens };
  return { field: name, indicator, float32: false, gathered: false };
}

describe('duckdbRecord: exact numerals', () => {
  const count = column('count', 'integer');
  const strength = column('strength', 'number', 3);

  it('a BIGINT beyond 2^53 in an integer column is refused as CSV refuses "9007199254740993"; 2^53 - 1 is read', () => {
    const csv = convertCell('9007199254740993', count.indicator!);
    expect(duckdbRecord([count], [9007199254740993n])).toEqual({
      record: { count: '9007199254740993' },
      conversionErrors: [csv!.error],
    });
    expect(csv!.error!.message.en).toContain('is an integer too large to be exact (2^53 or more)');
    expect(duckdbRecord([count], [9007199254740991n])).toEqual({ record: { count: 9007199254740991 } });
  });

  it('a list of DECIMAL specimens: each checked, the one a double does not hold refused', () => {
    const ok = duckdbRecord([strength], [[new DecimalNumeral('455.00'), new DecimalNumeral('460.50')]]);
    expect(ok).toEqual({ record: { strength: [455, 460.5] } });
    const bad = duckdbRecord(
      [strength],
      [[new DecimalNumeral('455.00'), new DecimalNumeral('459.99999999999999999')]],
    );
    expect(bad.record).toEqual({ strength: [455, '459.99999999999999999'] });
    expect(bad.conversionErrors?.[0]?.message.en).toBe(
      convertCell('459.99999999999999999', strength.indicator!)!.error!.message.en,
    );
  });

  it('outside an indicator column a DECIMAL or BIGINT a double holds is its number; one it does not, its digits', () => {
    const note = { field: 'note', indicator: undefined, float32: false, gathered: false };
    expect(duckdbRecord([note], [new DecimalNumeral('4.5')])).toEqual({ record: { note: 4.5 } });
    expect(duckdbRecord([note], [new DecimalNumeral('4.99999999999999999999')])).toEqual({
      record: { note: '4.99999999999999999999' },
    });
    // A 64-bit id: two of them stay two when kept or grouped by (as a double both are …800).
    const id = { field: 'sampleId', indicator: undefined, float32: false, gathered: false };
    expect(duckdbRecord([id], [1234567890123456789n])).toEqual({
      record: { sampleId: '1234567890123456789' },
    });
    expect(duckdbRecord([id], [-(2n ** 70n)])).toEqual({ record: { sampleId: String(-(2n ** 70n)) } });
    expect(duckdbRecord([id], [9007199254740991n])).toEqual({ record: { sampleId: 9007199254740991 } });
  });
});
