import { type LocalizedText, localized } from '../../text/localized-text';
import { unitFactor } from '../units';

/**
 * The refusal of a number cell formatted as a time (`h:mm:ss`, `[h]:mm`)
 * under a number: what the cell shows, called a time, not "a date
 * (1900-01-05T14:52:48)" as Excel's day count read as a date said
 * (hostile-45); under an indicator in a unit of time, the duration in that
 * unit too, to the second the cell holds. `serial` is Excel's number: days.
 *
 * @example
 * timeCellText('B2', 5.62, 'elapsed', 'h').en; // 'cell B2 holds a time (134:52:48): … as a duration, 134:52:48 is 134.88 h: …'
 */
export function timeCellText(
  at: string,
  serial: number,
  time: 'clock' | 'elapsed',
  unit: string | undefined,
): LocalizedText {
  const seconds = Math.round(serial * 86_400);
  const days = Math.floor(seconds / 86_400);
  const shown = clockText(time === 'elapsed' || days === 0 ? seconds : seconds % 86_400);
  const hidden =
    time === 'clock' && days > 0
      ? localized(
          `，其前还有格式不显示的 ${days} 天`,
          `, after ${days} day${days === 1 ? '' : 's'} the format does not show`,
        )
      : localized('', '');
  const perSecond = unit === undefined ? undefined : unitFactor('s', unit);
  const value = perSecond === undefined ? undefined : String(Number((seconds * perSecond).toPrecision(12)));
  const whole = clockText(seconds);
  const duration =
    value === undefined
      ? localized(
          '：请直接填写值，并将单元格设为常规、数值或文本格式，而不是时间',
          ': type the value itself, in a cell formatted as General, Number or Text, not as a time',
        )
      : localized(
          `；作为时长，${whole} 即 ${value} ${unit}：请填写 ${value}，并将单元格设为常规或数值格式，而不是时间`,
          `; as a duration, ${whole} is ${value} ${unit}: type ${value}, in a cell formatted as General or Number, not as a time`,
        );
  return localized(
    `单元格 ${at} 是时间（${shown}${hidden.zh}）${duration.zh}`,
    `cell ${at} holds a time (${shown}${hidden.en})${duration.en}`,
  );
}

/** Seconds as h:mm:ss, the hours counted past 24. */
function clockText(seconds: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(seconds / 3600)}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}
