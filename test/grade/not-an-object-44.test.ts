import { describe, expect, it } from 'vitest';
import { bundled, expectValidResult } from '../helpers';

// developer-44: a record that is not an object was told only "a record must be an object of field values", whatever
// it was. The usual slips — a JSON line passed as read (readline, a queue's message), a message's bytes, the array of
// records given to grade — now say what came and what to do; a message's bytes were read as an object with every
// field missing.
const AC = 'home-appliances/room-air-conditioner-energy';
const good = { unitType: 'heat-pump', ratedCoolingCapacity: 3500, apf: 4.62 };

describe('a record that is not an object says what came and what to do', async () => {
  const ac = await bundled(AC);
  const cases: [string, unknown, string, string][] = [
    [
      'a JSON line as read',
      JSON.stringify(good),
      'a record must be an object of field values, got a string: it is JSON text: parse it into an object first (JSON.parse)',
      '记录必须是键值对象，收到的是字符串：这是 JSON 文本：请先用 JSON.parse 解析成对象',
    ],
    [
      "a message's bytes",
      new TextEncoder().encode(JSON.stringify(good)),
      'a record must be an object of field values, got bytes (a Buffer or Uint8Array): decode and parse them first, as JSON.parse(new TextDecoder().decode(bytes))',
      '记录必须是键值对象，收到的是字节（Buffer 或 Uint8Array）：请先解码并解析，如 JSON.parse(new TextDecoder().decode(bytes))',
    ],
    [
      'the array of records',
      [good, good],
      'a record must be an object of field values, got an array: to grade several records, pass gradeMany a list of them, each item one record object (a list inside that list is not a record)',
      '记录必须是键值对象，收到的是数组：要分级多条记录，请把它们放在一个数组中交给 gradeMany，每项是一条记录对象（数组中的数组不是记录）',
    ],
    [
      'a number',
      42,
      'a record must be an object of field values, got a number',
      '记录必须是键值对象，收到的是数字',
    ],
    [
      'null',
      null,
      'a record must be an object of field values, got null',
      '记录必须是键值对象，收到的是 null',
    ],
  ];

  it.each(cases)('%s: gradeSync and grade (both engines)', async (_, record, en, zh) => {
    for (const result of [
      ac.compiled.gradeSync(record),
      await ac.compiled.grade(record),
      await ac.engine.grade(record),
    ]) {
      expectValidResult(result);
      expect(result.notGradedReason?.code).toBe('invalid-record');
      expect(result.errors).toEqual([{ field: '', code: 'not-an-object', message: { zh, en } }]);
    }
    expect(ac.compiled.gradeOnly(record)).toBeNull();
  });

  it('a Buffer is bytes too, and plain text is just a string', () => {
    expect(ac.compiled.gradeSync(Buffer.from('{}')).errors?.[0]?.message.en).toContain('got bytes');
    expect(ac.compiled.gradeSync('heat-pump').errors?.[0]?.message.en).toBe(
      'a record must be an object of field values, got a string',
    );
  });
});
