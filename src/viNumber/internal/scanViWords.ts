import { matchFirst, skipSpaces } from '../../text/viText';
import { NUMBER_WORDS, type NumberWord } from '../viWords';

/** A number read from words: its value and where the words end. */
export interface ScannedWords {
  readonly value: number;
  readonly end: number;
}

function wordAt(lower: string, pos: number): { readonly entry: NumberWord; readonly end: number } | null {
  return matchFirst(lower, pos, NUMBER_WORDS);
}

/** A digit word allowed here: `mốt`, `tư`, `lăm` only after a tens word ("hai mươi mốt", "mười lăm"). */
function digitAt(lower: string, pos: number, afterTens: boolean): { readonly value: number; readonly end: number } | null {
  const w = wordAt(lower, pos);
  if (w === null || w.entry.role !== 'digit') return null;
  if (w.entry.afterTensOnly === true && !afterTens) return null;
  // After a tens word five is "lăm": "mười năm", "hai mươi năm" are ten and twenty years.
  if (afterTens && w.entry.phrase === 'năm') return null;
  return { value: w.entry.value, end: w.end };
}

/** The tens and units below a hundred: "mười", "mười lăm", "ba mươi", "ba mươi mốt", "hai mốt", "hai chục". */
function belowHundred(lower: string, pos: number): { readonly value: number; readonly end: number } | null {
  const w = wordAt(lower, pos);
  if (w === null) return null;
  if (w.entry.role === 'ten') {
    const u = digitAt(lower, skipSpaces(lower, w.end), true);
    return u !== null && u.value > 0 ? { value: 10 + u.value, end: u.end } : { value: 10, end: w.end };
  }
  const d = digitAt(lower, pos, false);
  if (d === null) return null;
  const next = wordAt(lower, skipSpaces(lower, d.end));
  // "hai mươi", and "hai chục" / "một chục" (tens counted as a number of tens).
  if (next !== null && next.entry.role === 'tens' && (d.value >= 2 || (d.value === 1 && next.entry.phrase === 'chục'))) {
    const u = digitAt(lower, skipSpaces(lower, next.end), true);
    return u !== null && u.value > 0 ? { value: d.value * 10 + u.value, end: u.end } : { value: d.value * 10, end: next.end };
  }
  // Spoken short tens, the tens word left out: "hai mốt" (21), "ba lăm" (35), "năm tư" (54).
  if (next !== null && next.entry.role === 'digit' && next.entry.afterTensOnly === true && next.entry.value > 0 && d.value >= 2) {
    return { value: d.value * 10 + next.entry.value, end: next.end };
  }
  return d;
}

function zeroBeforeHundred(lower: string, pos: number): { readonly value: number; readonly end: number } | null {
  const w = wordAt(lower, pos);
  if (w === null || w.entry.phrase !== 'không') return null;
  const h = wordAt(lower, skipSpaces(lower, w.end));
  return h !== null && h.entry.role === 'hundred' ? { value: 0, end: w.end } : null;
}

/** A group below a thousand: "ba trăm", "một trăm linh năm", "hai trăm mười hai", "bốn mươi". */
function group(lower: string, pos: number): { readonly value: number; readonly end: number } | null {
  // "không trăm" after a scale word: "một nghìn không trăm bốn mươi tư".
  const d = digitAt(lower, pos, false) ?? zeroBeforeHundred(lower, pos);
  if (d !== null) {
    const h = wordAt(lower, skipSpaces(lower, d.end));
    if (h !== null && h.entry.role === 'hundred') {
      const at = skipSpaces(lower, h.end);
      const link = wordAt(lower, at);
      if (link !== null && link.entry.role === 'link') {
        const u = digitAt(lower, skipSpaces(lower, link.end), false) ?? digitAt(lower, skipSpaces(lower, link.end), true);
        if (u !== null && u.value > 0) return { value: d.value * 100 + u.value, end: u.end };
        return { value: d.value * 100, end: h.end };
      }
      const rest = belowHundred(lower, at);
      return rest === null ? { value: d.value * 100, end: h.end } : { value: d.value * 100 + rest.value, end: rest.end };
    }
  }
  return belowHundred(lower, pos);
}

/**
 * Reads a number written in Vietnamese words at `pos` of a lower-case text: "hai", "mười hai",
 * "ba mươi lăm", "hai mươi mốt", "một trăm linh năm", "một nghìn hai trăm", "ba triệu". Scale
 * words (nghìn/ngàn, triệu, tỷ/tỉ) multiply the group before them and must fall from left to
 * right. Returns null when no number word starts there.
 */
export function scanViWords(lower: string, pos: number): ScannedWords | null {
  let total = 0;
  let end = pos;
  let lastExp = Infinity;
  let at = pos;
  let any = false;
  for (;;) {
    const g = group(lower, at);
    if (g === null) break;
    const s = wordAt(lower, skipSpaces(lower, g.end));
    if (s !== null && s.entry.role === 'scale' && s.entry.value < lastExp) {
      total += g.value * 10 ** s.entry.value;
      lastExp = s.entry.value;
      end = s.end;
      any = true;
      at = skipSpaces(lower, end);
      if (at === end) break;
      continue;
    }
    if (!any || g.value < 10 ** lastExp) {
      total += g.value;
      end = g.end;
      any = true;
    }
    break;
  }
  if (!any) return null;
  return Number.isSafeInteger(total) ? { value: total, end } : null;
}
