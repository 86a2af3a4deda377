import { dayToIsoDate } from '../../period/dayToIsoDate';
import { isoDateToDay } from '../../period/isoDateToDay';

/** Year, month (1–12) and day of a day number. */
export function ymd(day: number): readonly [number, number, number] {
  const s = dayToIsoDate(day);
  return [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`. */
function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** The day number of a civil date that is known to exist. */
function civilDay(y: number, m: number, d: number): number {
  return isoDateToDay(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/**
 * `day` moved by whole months. The day of month is clamped to the target month's length, and a
 * day that ends its month lands on the end of the target month (31 March − 1 month = 28/29
 * February; 30 April − 1 month = 31 March), so whole months map to whole months.
 */
export function addMonths(day: number, months: number): number {
  const [y, m, d] = ymd(day);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  const last = daysInMonth(ty, tm);
  return civilDay(ty, tm, d === daysInMonth(y, m) ? last : Math.min(d, last));
}

/** The `k`-th anniversary of `start`; 29 February falls on 1 March in a year without one. */
function anniversary(start: number, k: number): number {
  const [y, m, d] = ymd(start);
  if (m === 2 && d === 29 && !isLeap(y + k)) return civilDay(y + k, 3, 1);
  return civilDay(y + k, m, d);
}

/**
 * Years from day `from` to day `to` (exclusive end), counted by anniversaries with the last
 * part as a fraction of the year it falls in: 2013-08-01 to 2018-08-01 is exactly 5.
 */
export function yearsBetween(from: number, to: number): number {
  if (to <= from) return 0;
  let k = ymd(to)[0] - ymd(from)[0];
  while (k > 0 && anniversary(from, k) > to) k--;
  while (anniversary(from, k + 1) <= to) k++;
  const a = anniversary(from, k);
  return k + (to - a) / (anniversary(from, k + 1) - a);
}
