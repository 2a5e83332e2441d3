import { describe, expect, it } from 'vitest';
import { countedEvent, eventCount } from '../../src/input/event-count';

describe('countedEvent: the event a count column counts', () => {
  it.each([
    ['重大质量事故次数', '重大质量事故'],
    ['重大质量事故数', '重大质量事故'],
    ['重大事故起数', '重大事故'],
    ['重大质量事故(次)', '重大质量事故'],
    ['重大质量事故（起）', '重大质量事故'],
    ['近三年发生重大质量事故次数', '近三年发生重大质量事故'],
  ])('%s → %s', (header, event) => expect(countedEvent(header)).toBe(event));

  it.each(['重大质量事故', '次数', '数', '重大质量事故情况'])('%s: none', (header) =>
    expect(countedEvent(header)).toBeUndefined(),
  );
});

describe('eventCount: a cell as a count of events', () => {
  it.each([
    ['0', 0],
    ['1', 1],
    ['2', 2],
    ['1起', 1],
    ['3 次', 3],
    ['0起', 0],
    ['零', 0],
    ['〇起', 0],
    ['两起', 1],
    ['十次', 1],
    ['２', 2],
    // Capitals, as a report writes a count (hostile-31 W5).
    ['壹起', 1],
    ['贰次', 1],
    ['叁', 1],
  ])('%s → %d', (cell, count) => expect(eventCount(cell)).toBe(count));

  it.each(['有', '-1', '1.5', '1起以上', '约2起', ''])('%s: no count', (cell) =>
    expect(eventCount(cell)).toBeUndefined(),
  );
});
