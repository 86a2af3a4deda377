// Integer civil-calendar algorithms on day numbers (days since 1970-01-01, proleptic Gregorian).
// No Date objects: the host time zone cannot leak in, and the bucketing path allocates nothing.
// The algorithms are Howard Hinnant's `days_from_civil` / `civil_from_days`.

/** Day number of a civil date; `m` is 1–12, `d` 1–31 (not checked here). */
export function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date of a day number packed as one integer `y * 10000 + m * 100 + d` (no allocation). */
export function packedFromDay(day: number): number {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 10000 + m * 100 + d;
}

/** Year of a packed date. */
export function packedYear(packed: number): number {
  return Math.floor(packed / 10000);
}

/** Month (1–12) of a packed date. */
export function packedMonth(packed: number): number {
  return Math.floor(packed / 100) % 100;
}

/** Day of month of a packed date. */
export function packedDate(packed: number): number {
  return packed % 100;
}

/** First supported day: 0001-01-01 (a Monday, so ISO weeks start cleanly). */
export const MIN_DAY = -719162;
/** Last supported day: 9999-12-31. */
export const MAX_DAY = 2932896;

/** Whether a value is an integer day number in the supported range. */
export function isSupportedDay(day: number): boolean {
  return Number.isInteger(day) && day >= MIN_DAY && day <= MAX_DAY;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Whether y-m-d is a real date in the supported years 1–9999. */
export function isValidCivil(y: number, m: number, d: number): boolean {
  return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday, Monday = 0 … Sunday = 6 (1970-01-01 was a Thursday). */
function weekdayIndex(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** ISO week key `isoYear * 100 + week` of a day. */
export function isoWeekKey(day: number): number {
  const thursday = day - weekdayIndex(day) + 3;
  const y = packedYear(packedFromDay(thursday));
  const week = Math.floor((thursday - daysFromCivil(y, 1, 1)) / 7) + 1;
  return y * 100 + week;
}

/** Monday of ISO week 1 of an ISO week-year. */
export function isoWeekOneMonday(y: number): number {
  const jan4 = daysFromCivil(y, 1, 4);
  return jan4 - weekdayIndex(jan4);
}

/** Number of ISO weeks (52 or 53) in an ISO week-year. */
export function isoWeeksInYear(y: number): number {
  return (isoWeekOneMonday(y + 1) - isoWeekOneMonday(y)) / 7;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` of a day number (the caller guarantees the range). */
export function formatDay(day: number): string {
  const p = packedFromDay(day);
  return `${pad(packedYear(p), 4)}-${pad(packedMonth(p), 2)}-${pad(packedDate(p), 2)}`;
}

function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Reads `n` ASCII digits at `i`; -1 if any is not a digit. */
function readDigits(text: string, i: number, n: number): number {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = digitAt(text, i + k);
    if (c < 0) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * Parses exactly `YYYY-MM-DD` (the whole string) into a day number, or `null` when the shape is
 * wrong or the date does not exist. Character codes only: no regex, no Date.
 */
export function parseIsoDay(text: string): number | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  const y = readDigits(text, 0, 4);
  const m = readDigits(text, 5, 2);
  const d = readDigits(text, 8, 2);
  if (y < 0 || m < 0 || d < 0 || !isValidCivil(y, m, d)) return null;
  return daysFromCivil(y, m, d);
}

/** Adds calendar months, clamping the day to the end of the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonthsClamped(day: number, months: number): number {
  const p = packedFromDay(day);
  const total = packedYear(p) * 12 + packedMonth(p) - 1 + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(packedDate(p), daysInMonth(y, m)));
}

/**
 * Moves by whole months keeping month ends on month ends: the day of month is clamped to the
 * target month's length, and a day that ends its month lands on the end of the target month
 * (31 March − 1 month = 28/29 February; 30 April − 1 month = 31 March), so whole months map to
 * whole months. Contrast {@link addMonthsClamped}, which keeps the day of month.
 */
export function addMonthsEndAligned(day: number, months: number): number {
  const p = packedFromDay(day);
  const y = packedYear(p);
  const m = packedMonth(p);
  const d = packedDate(p);
  const total = y * 12 + m - 1 + months;
  const ty = Math.floor(total / 12);
  const tm = total - ty * 12 + 1;
  const last = daysInMonth(ty, tm);
  return daysFromCivil(ty, tm, d === daysInMonth(y, m) ? last : Math.min(d, last));
}

/** The `YYYY-MM-DD` of the day after a real ISO date, or `null` when `iso` is not one (or is the last supported day). */
export function nextIsoDay(iso: string): string | null {
  const day = parseIsoDay(iso);
  return day === null || day >= MAX_DAY ? null : formatDay(day + 1);
}

/** Adds calendar years, clamping 29 February to 28 February in non-leap years. */
export function addYearsClamped(day: number, years: number): number {
  return addMonthsClamped(day, years * 12);
}

/** The same day and month `years` later; 29 February becomes 1 March in a non-leap year. */
export function anniversary(day: number, years: number): number {
  const p = packedFromDay(day);
  const y = packedYear(p) + years;
  const m = packedMonth(p);
  const d = packedDate(p);
  if (m === 2 && d === 29 && !isLeapYear(y)) return daysFromCivil(y, 3, 1);
  return daysFromCivil(y, m, d);
}

/**
 * Years from day `from` to day `to` (exclusive end), counted by anniversaries with the last
 * part as a fraction of the year it falls in: 2013-08-01 to 2018-08-01 is exactly 5.
 */
export function yearsBetween(from: number, to: number): number {
  if (to <= from) return 0;
  let k = packedYear(packedFromDay(to)) - packedYear(packedFromDay(from));
  while (k > 0 && anniversary(from, k) > to) k--;
  while (anniversary(from, k + 1) <= to) k++;
  const a = anniversary(from, k);
  return k + (to - a) / (anniversary(from, k + 1) - a);
}
