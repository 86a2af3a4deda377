import { normalizeText } from '../text/normalizeText';

const TYPE_CASE: Readonly<Record<string, string>> = { CTR: 'CTr', CTRPH: 'CTrPH', CTRPHH: 'CTrPH' };
/** Spellings of the Front's Central Committee seen next to BCA in national programmes. */
const FRONT_CENTRAL = new Set(['MTTQ', 'TTTW', 'MTTW', 'MTTƯ', 'MTTQVN', 'UBTWMTTQ', 'UBTƯMTTQ']);

/**
 * Normalises a programme code as written in the wild: spaces and dash variants removed, the
 * number padded to two digits, the document type in its usual case (`CTr`, `CTrPH`), the other
 * segments in upper case, and, in programmes with the Ministry (BCA), the many spellings of the
 * Front's Central Committee (`MTTQ`, `TTTW`, `MTTƯ`) written `MTTW`. Keep the raw spelling
 * beside it (`rawCode`). Text that is not a code comes back cleaned but otherwise unchanged.
 *
 * @param raw - the code as written, e.g. `09/Ctr-BCA-TTTW`
 * @returns the normalised code, e.g. `09/CTr-BCA-MTTW`
 * @example
 * ```ts
 * normalizeProgrammeCode('09/Ctr-BCA-TTTW');
 * // => '09/CTr-BCA-MTTW'
 * normalizeProgrammeCode('9 / CTr - BCA - MTTQ');
 * // => '09/CTr-BCA-MTTW'
 * normalizeProgrammeCode('07/CTRPH-BCA-MTTW');
 * // => '07/CTrPH-BCA-MTTW'
 * ```
 * @category Domain
 */
export function normalizeProgrammeCode(raw: string): string {
  const text = normalizeText(raw).replace(/\s+/g, '');
  const slash = text.indexOf('/');
  if (slash <= 0) return text;
  const num = text.slice(0, slash);
  const digits = /^\d+$/.test(num) ? num.replace(/^0+(?=\d)/, '').padStart(2, '0') : num.toUpperCase();
  const segments = text
    .slice(slash + 1)
    .split('-')
    .filter((s) => s !== '')
    .map((s) => s.toUpperCase());
  if (segments.length === 0) return `${digits}/`;
  const head = segments[0] as string;
  segments[0] = TYPE_CASE[head] ?? head;
  if (segments.includes('BCA')) {
    for (let i = 1; i < segments.length; i++) {
      if (FRONT_CENTRAL.has(segments[i] as string)) segments[i] = 'MTTW';
    }
  }
  return `${digits}/${segments.join('-')}`;
}
