/**
 * Excel's serial dates as ISO 8601 text. A date cell holds days since
 * 1899-12-30 (the 1900 date system, which counts a 29 February 1900 that
 * never was) or since 1904-01-01 (the 1904 system of old Mac workbooks);
 * the fraction is the time of day.
 */

const DAY_MS = 86_400_000;
// 1899-12-30, so that serial 61 is 1900-03-01 as in Excel; serials 1–59 are a day off there, see below.
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/**
 * The date (and time, when it has one) a serial number stands for:
 * `2024-03-01`, `2024-03-01T08:30:00`, or `08:30:00` for a time alone
 * (a serial below 1).
 *
 * @param serial - the cell's number
 * @param date1904 - whether the workbook uses the 1904 date system
 * @example
 * excelDateText(45352, false); // '2024-03-01'
 * excelDateText(45352.5, false); // '2024-03-01T12:00:00'
 */
export function excelDateText(serial: number, date1904: boolean): string {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return String(serial);
  // Whole seconds, as Excel shows them.
  const ms = Math.round((serial % 1) * 86_400) * 1000;
  const day = Math.floor(serial) + (ms >= DAY_MS ? 1 : 0);
  const time = ms % DAY_MS;
  const timeText = new Date(time).toISOString().slice(11, 19);
  // Day 0 is how a time without a date is stored.
  if (day === 0) return timeText;
  // Excel's day 60 is 29 February 1900, which did not exist; days before it are one day later than the epoch says.
  if (!date1904 && day === 60) return time ? `1900-02-29T${timeText}` : '1900-02-29';
  const base = date1904 ? EPOCH_1904 : EPOCH_1900;
  const date = new Date(base + (!date1904 && day < 60 ? day + 1 : day) * DAY_MS);
  const dateText = date.toISOString().slice(0, 10);
  return time ? `${dateText}T${timeText}` : dateText;
}
