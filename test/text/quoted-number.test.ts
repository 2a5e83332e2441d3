/**
 * The advice for a number in quotes writes the number out: a megabyte of digits under a number indicator was
 * echoed whole in each message, 4.2 MB for one record (hostile-29 S2). Past 40 characters its start and its length.
 */
import { describe, expect, it } from 'vitest';
import { createGrader, loadRuleSet } from '../../src/index';
import { quotedNumberAdvice } from '../../src/text/quoted-number';

describe('quotedNumberAdvice', () => {
  it('writes a numeral of up to 40 characters whole, a longer one cut with its length', () => {
    // 1 and 39 zeros: 40 characters, one significant digit, so the number written is one qgrade reads.
    const forty = `1${'0'.repeat(39)}`;
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

  it('does not advise writing a number that would then be refused (hostile-38 M5); 15 digits are still advised', () => {
    expect(quotedNumberAdvice('14000.0000000000001', undefined)).toEqual({
      zh: '是加了引号的文本；去掉引号也不行：“14000.0000000000001”的有效数字多于 15 位，qgrade 不读（按 15 位有效数字是 14000，按全部数字比较可能得出另一结果）：请按标准写出数值（最多 15 位有效数字）',
      en: 'is text in quotes, and without them it would still be refused: "14000.0000000000001" has more than 15 significant digits, which qgrade does not read (at 15 digits it is 14000; compared by all its digits it may give another result): write the value as the standard gives it (at most 15 significant digits)',
    });
    expect(quotedNumberAdvice('1e999', undefined)?.en).toContain('1e999 is too large to be a number');
    // 15 significant digits, the most qgrade reads: advised as before.
    expect(quotedNumberAdvice('14000.0000000001', undefined)?.en).toBe(
      'is text in quotes: remove the quotes and write 14000.0000000001',
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
