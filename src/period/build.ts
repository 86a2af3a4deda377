import type { Period, PeriodKind } from './Period';
import type { PeriodGranularity } from './PeriodGranularity';
import {
  MAX_DAY,
  MIN_DAY,
  daysFromCivil,
  daysInMonth,
  formatDay,
  isoWeekKey,
  isoWeekOneMonday,
  isoWeeksInYear,
  packedFromDay,
  packedMonth,
  packedYear,
} from './civil';

/** Builds the plain period object; `name` is only written when given (exactOptionalPropertyTypes). */
export function makePeriod(kind: PeriodKind, id: string, startDay: number, endDay: number, name?: string): Period {
  const p: { -readonly [K in keyof Period]: Period[K] } = {
    kind,
    id,
    start: formatDay(startDay),
    end: formatDay(endDay),
    startDay,
    endDay,
  };
  if (name !== undefined) p.name = name;
  return p;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Integer bucket key of a day at a granularity (see dayToPeriodKey for the encoding). */
export function keyOfDay(day: number, g: PeriodGranularity): number {
  if (g === 'day') return day;
  if (g === 'week') return isoWeekKey(day);
  const p = packedFromDay(day);
  const y = packedYear(p);
  const m = packedMonth(p);
  switch (g) {
    case 'year':
      return y;
    case 'month':
      return y * 100 + m;
    case 'quarter':
      return y * 10 + Math.floor((m - 1) / 3) + 1;
    case 'half':
      return y * 10 + (m <= 6 ? 1 : 2);
    case 'official_month': {
      if (p % 100 < 15) return y * 100 + m;
      return m === 12 ? (y + 1) * 100 + 1 : y * 100 + m + 1;
    }
    case 'official_year':
      return m === 12 && p % 100 >= 15 ? y + 1 : y;
  }
}

/** Splits a key into [year, index]; index is 0 for yearly keys and the day for `day`. */
function splitKey(key: number, g: PeriodGranularity): readonly [number, number] {
  switch (g) {
    case 'day':
      return [0, key];
    case 'year':
    case 'official_year':
      return [key, 0];
    case 'month':
    case 'week':
    case 'official_month':
      return [Math.floor(key / 100), key % 100];
    case 'quarter':
    case 'half':
      return [Math.floor(key / 10), key % 10];
  }
}

/** Inclusive day bounds of a key, or null when the key does not name a period in 0001–9999. */
export function boundsOfKey(key: number, g: PeriodGranularity): readonly [number, number] | null {
  if (!Number.isInteger(key)) return null;
  const [y, i] = splitKey(key, g);
  if (g !== 'day' && (y < 1 || y > 9999)) return null;
  let s: number;
  let e: number;
  switch (g) {
    case 'day':
      s = i;
      e = i;
      break;
    case 'year':
      s = daysFromCivil(y, 1, 1);
      e = daysFromCivil(y, 12, 31);
      break;
    case 'half':
      if (i < 1 || i > 2) return null;
      s = daysFromCivil(y, i === 1 ? 1 : 7, 1);
      e = i === 1 ? daysFromCivil(y, 6, 30) : daysFromCivil(y, 12, 31);
      break;
    case 'quarter':
      if (i < 1 || i > 4) return null;
      s = daysFromCivil(y, i * 3 - 2, 1);
      e = daysFromCivil(y, i * 3, daysInMonth(y, i * 3));
      break;
    case 'month':
      if (i < 1 || i > 12) return null;
      s = daysFromCivil(y, i, 1);
      e = daysFromCivil(y, i, daysInMonth(y, i));
      break;
    case 'week':
      if (i < 1 || i > isoWeeksInYear(y)) return null;
      s = isoWeekOneMonday(y) + (i - 1) * 7;
      e = s + 6;
      break;
    case 'official_month':
      if (i < 1 || i > 12) return null;
      s = i === 1 ? daysFromCivil(y - 1, 12, 15) : daysFromCivil(y, i - 1, 15);
      e = daysFromCivil(y, i, 14);
      break;
    case 'official_year':
      s = daysFromCivil(y - 1, 12, 15);
      e = daysFromCivil(y, 12, 14);
      break;
  }
  return s >= MIN_DAY && e <= MAX_DAY ? [s, e] : null;
}

/** Canonical id of a key (the key must be valid). */
export function idOfKey(key: number, g: PeriodGranularity): string {
  const [y, i] = splitKey(key, g);
  switch (g) {
    case 'day':
      return formatDay(i);
    case 'year':
      return pad(y, 4);
    case 'half':
      return `${pad(y, 4)}-H${i}`;
    case 'quarter':
      return `${pad(y, 4)}-Q${i}`;
    case 'month':
      return `${pad(y, 4)}-${pad(i, 2)}`;
    case 'week':
      return `${pad(y, 4)}-W${pad(i, 2)}`;
    case 'official_month':
      return `official:${pad(y, 4)}-${pad(i, 2)}`;
    case 'official_year':
      return `official:${pad(y, 4)}`;
  }
}

/** The period of a key, or null when the key is invalid or leaves the supported range. */
export function periodOfKey(key: number, g: PeriodGranularity): Period | null {
  const b = boundsOfKey(key, g);
  return b === null ? null : makePeriod(g, idOfKey(key, g), b[0], b[1]);
}

/** Whether a range covers whole calendar years (1 January to 31 December). */
function isWholeYears(startDay: number, endDay: number): boolean {
  const s = packedFromDay(startDay);
  const e = packedFromDay(endDay);
  return s % 10000 === 101 && e % 10000 === 1231;
}

/** Canonical id of a range: `YYYY/YYYY` for whole years, otherwise `start/end` ISO dates. */
export function rangeId(startDay: number, endDay: number): string {
  if (isWholeYears(startDay, endDay)) {
    return `${pad(packedYear(packedFromDay(startDay)), 4)}/${pad(packedYear(packedFromDay(endDay)), 4)}`;
  }
  return `${formatDay(startDay)}/${formatDay(endDay)}`;
}

/** Whether a range covers whole calendar years. */
export function rangeIsWholeYears(startDay: number, endDay: number): boolean {
  return isWholeYears(startDay, endDay);
}

/** A range period, or null when reversed or out of the supported range. */
export function rangePeriod(startDay: number, endDay: number, name?: string): Period | null {
  if (!Number.isInteger(startDay) || !Number.isInteger(endDay)) return null;
  if (startDay > endDay || startDay < MIN_DAY || endDay > MAX_DAY) return null;
  return makePeriod('range', rangeId(startDay, endDay), startDay, endDay, name);
}
