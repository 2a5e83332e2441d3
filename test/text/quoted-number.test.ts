/**
 * The advice for a number in quotes writes the number out: a megabyte of digits under a number indicator was
 * echoed whole in each message, 4.2 MB for one record (hostile-29 S2). Past 40 characters its start and its length.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';
import { quotedNumberAdvice } from '../../src/text/quoted-number';

describe('quotedNumberAdvice', () => {
  it('writes a numeral of up to 40 characters whole, a longer one cut with its length', () => {
    const forty = '1'.repeat(40);
    expect(quotedNumberAdvice(forty, undefined)?.en).toBe(
      `is text in quotes: remove the quotes and write ${forty}`,
    );
    expect(quotedNumberAdvice(`${forty}1`, undefined)?.en).toBe(
      `is text in quotes: remove the quotes and write ${forty}… (41 characters)`,
    );
    expect(quotedNumberAdvice(`${forty}1`, undefined)?.zh).toBe(
      `是加了引号的文本：请去掉引号，写作 ${forty}…（共 41 个字符）`,
    );
    expect(quotedNumberAdvice('0.90', undefined)?.en).toBe(
      'is text in quotes: remove the quotes and write 0.90',
    );
  });

  it('a 1 MiB numeral under a number indicator: the result stays under 2 kB, the record invalid', async () => {
    const grader = createGrader(await loadRuleSet('home-appliances/room-air-conditioner-energy'));
    const result = grader.gradeSync({
      unitType: 'heat-pump',
      ratedCoolingCapacity: 3500,
      apf: '5'.repeat(1 << 20),
    });
    expect(result.notGradedReason?.code).toBe('invalid-record');
    expect(result.errors?.[0]?.code).toBe('wrong-type');
    expect(result.errors?.[0]?.message.en).toContain('(1048576 characters)');
    expect(JSON.stringify(result).length).toBeLessThan(2000);
  });
});
