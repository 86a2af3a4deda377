import { formatPeriod } from '../../period/formatPeriod';
import type { Period } from '../../period/Period';
import type { LocalizedText } from '../Report';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function enDate(iso: string): string {
  const [y = '', m = '1', d = '1'] = iso.split('-');
  return `${Number(d)} ${MONTHS_EN[Number(m) - 1] ?? m} ${y}`;
}

/** A day in each language's one written form: "24/5/2023" and "24 May 2023". */
export function dayLabels(iso: string): LocalizedText {
  const [y = '', m = '1', d = '1'] = iso.split('-');
  return { vi: `${Number(d)}/${Number(m)}/${y}`, en: enDate(iso) };
}

/** A period in words: "từ ngày 1/8/2013 đến ngày 24/5/2023" and "1 Aug 2013 – 24 May 2023". */
export function periodLabels(p: Period): LocalizedText {
  const vi = formatPeriod(p, { style: 'vi' });
  if (p.kind === 'day') return { vi, en: enDate(p.start) };
  if (p.kind === 'range') return { vi, en: `${enDate(p.start)} – ${enDate(p.end)}` };
  return { vi, en: p.id };
}
