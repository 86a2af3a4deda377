const LF = 10;
const CR = 13;

/** Counts line breaks (LF, CR, CRLF) in `s[from, to)`; an LF right after a CR is part of it. */
export function countBreaks(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c === CR) n++;
    else if (c === LF && !(i > from && s.charCodeAt(i - 1) === CR)) n++;
  }
  return n;
}
