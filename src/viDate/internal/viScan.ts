// Whole-text parsing and in-text scanning of Vietnamese dates and periods, both linear in the
// length of the text: one tokenizer pass, then a bounded match attempt per token.
import type { Issue } from '../../errors/Issue';
import { viDateIssue } from './issues';
import { matchAt } from './viGrammar';
import { resolve } from './viResolve';
import type { Resolved } from './viResolve';
import type { ViToken } from './viTokens';
import { tokenize } from './viTokens';

export interface ViHit {
  /** Character span of the expression proper (cue words such as "ngày", "giai đoạn" excluded). */
  readonly span: readonly [number, number];
  readonly resolved: Resolved;
}

function issue(code: 'vi_date_empty' | 'vi_date_unrecognized' | 'vi_date_trailing_text', position: number): Issue {
  return viDateIssue(code, 'error', {}, { position });
}

const TRAILING = new Set(['.', ',', ';', ':']);
const WHOLE_LIMIT = 48;

/** Reads the whole text as one date or period expression (surrounding parentheses allowed). */
export function parseWhole(text: string, ref: number | null): { ok: true; hit: ViHit } | { ok: false; issue: Issue } {
  // An expression is far shorter than WHOLE_LIMIT tokens: a longer text is read only at its start
  // (to say where it stops being a date), which keeps huge inputs cheap.
  const toks = tokenize(text, WHOLE_LIMIT + 1);
  let lo = 0;
  let hi = toks.length;
  if (hi === 0) return { ok: false, issue: issue('vi_date_empty', 0) };
  if (hi <= WHOLE_LIMIT) {
    if (toks[lo]?.norm === '(' && toks[hi - 1]?.norm === ')') {
      lo++;
      hi--;
    }
    while (hi > lo && TRAILING.has(toks[hi - 1]?.norm ?? '')) hi--;
  }
  const window = toks.slice(lo, hi);
  const match = window.length === 0 ? null : matchAt(window, 0, true);
  if (match === null) {
    const at = window[0]?.start ?? toks[0]?.start ?? 0;
    return {
      ok: false,
      issue: issue('vi_date_unrecognized', at),
    };
  }
  const rest = window[match.end];
  if (rest !== undefined) {
    return {
      ok: false,
      issue: issue('vi_date_trailing_text', rest.start),
    };
  }
  const first = window[match.first];
  const last = window[match.end - 1];
  const resolved = resolve(match.raw, ref);
  if (resolved.kind === 'fail') return { ok: false, issue: resolved.issue };
  return { ok: true, hit: { span: [first?.start ?? 0, last?.end ?? 0], resolved } };
}

const JOINERS = '/-.,:';

function touchesText(t: ViToken | undefined): boolean {
  return t !== undefined && (t.type === 'num' || t.type === 'word');
}

/** Whether the token at `i` starts a fresh item (not glued to a number or code before it). */
function leftClear(toks: readonly ViToken[], i: number): boolean {
  const t = toks[i];
  if (t === undefined || t.space) return true;
  const prev = toks[i - 1];
  if (touchesText(prev)) return false;
  return !(prev !== undefined && !prev.space && JOINERS.includes(prev.norm) && touchesText(toks[i - 2]));
}

/** Whether the expression ending before token `e` is not glued to more digits or a code. */
function rightClear(toks: readonly ViToken[], e: number): boolean {
  const next = toks[e];
  if (next === undefined || next.space) return true;
  if (touchesText(next)) return false;
  const after = toks[e + 1];
  return !('/-.'.includes(next.norm) && after !== undefined && !after.space && touchesText(after));
}

/** Words that can begin an expression or a cue; any other word or punctuation is skipped at once. */
const STARTERS = new Set([
  'ngay', 'thang', 'nam', 'quy', 'tuan', 'tu', 'ky', 'giai', 'thoi', 'sang', 'trua', 'chieu', 'toi', 'dem', 'hom',
  'vao', 'thu', 'chu',
]);

function canStart(t: ViToken): boolean {
  return t.type === 'num' || (t.type === 'word' && STARTERS.has(t.norm));
}

/** Every date or period expression in a text, left to right, not overlapping. */
export function scanAll(text: string, ref: number | null): ViHit[] {
  const toks = tokenize(text);
  const hits: ViHit[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    const match = t !== undefined && canStart(t) && leftClear(toks, i) ? matchAt(toks, i, false) : null;
    if (match !== null && leftClear(toks, match.first) && rightClear(toks, match.end)) {
      const first = toks[match.first];
      const last = toks[match.end - 1];
      hits.push({ span: [first?.start ?? 0, last?.end ?? 0], resolved: resolve(match.raw, ref) });
      i = match.end;
    } else {
      i++;
    }
  }
  return hits;
}
