import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { extractFigures } from '../../src/extract/extractFigures';
import { parsePhrase } from '../../src/cli/internal/parseCommand';
import { namedCategory } from '../../src/catalogue/namedCategory';

// Metrics of extraction on the blind corpus: texts written and labelled by people who had not
// read the extractor's rules. One `<name>.vi.txt` and one `<name>.json` per text.

/** One labelled figure of a blind text. */
export interface BlindFigure {
  readonly phrase: string;
  readonly value: number;
  readonly qualifier: string;
  readonly uom: string;
  readonly indicator: string;
  readonly category: string | null;
  readonly model?: string | null;
}

/** The label file of one blind text. */
export interface BlindLabel {
  readonly genre: string;
  readonly date: string;
  readonly figures: readonly BlindFigure[];
  readonly notFigures?: readonly string[];
}

/** What the corpus measured, with the lines that explain each miss. */
export interface BlindMetrics {
  readonly texts: number;
  readonly expected: number;
  readonly extracted: number;
  /** Extracted figures matched to a label on (value, qualifier, uom). */
  readonly matched: number;
  /** Matched figures whose indicator and category are also right. */
  readonly allFive: number;
  /** Labels whose phrase `antq parse` reads to the labelled value, qualifier and uom. */
  readonly parsed: number;
  /** Labels of real figures that fit no indicator ("none"): not counted as expected. */
  readonly noIndicator: number;
  readonly recall: number;
  readonly precision: number;
  readonly allFiveShare: number;
  readonly parseShare: number;
  readonly misses: readonly string[];
  readonly spurious: readonly string[];
  readonly wrongKind: readonly string[];
  readonly unparsed: readonly string[];
}

/** A commendation code with open trailing facets is the same as its prefix (`x.*.*` is `x`). */
export function canonicalCategory(c: string | null | undefined): string | null {
  if (c === null || c === undefined || c === '') return null;
  const segs = c.split('.');
  while (segs.length > 0 && segs[segs.length - 1] === '*') segs.pop();
  return segs.length === 0 ? null : segs.join('.');
}

/** The texts of one folder of the blind corpus with their labels, in file-name order. */
export function readBlindPart(dir: string): { readonly name: string; readonly text: string; readonly label: BlindLabel }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.vi.txt'))
    .sort()
    .map((name) => ({
      name,
      text: readFileSync(join(dir, name), 'utf8'),
      label: JSON.parse(readFileSync(join(dir, name.replace(/\.vi\.txt$/u, '.json')), 'utf8')) as BlindLabel,
    }));
}

/**
 * Runs extraction over every text and `parse` over every label's phrase. A label with indicator
 * `none` is a number that reports something no indicator holds: extracting it is neither a hit
 * nor a false claim, and it is not expected.
 */
export function measureBlind(dirs: string | readonly string[]): BlindMetrics {
  let expected = 0;
  let extracted = 0;
  let matched = 0;
  let allFive = 0;
  let parsed = 0;
  let noIndicator = 0;
  let phrases = 0;
  const misses: string[] = [];
  const spurious: string[] = [];
  const wrongKind: string[] = [];
  const unparsed: string[] = [];
  const texts = (typeof dirs === 'string' ? [dirs] : dirs).flatMap((d) => readBlindPart(d));
  for (const { name, text, label } of texts) {
    const { figures } = extractFigures(text, { date: label.date });
    const open = label.figures.filter((e) => e.indicator !== 'none');
    const none = label.figures.filter((e) => e.indicator === 'none');
    noIndicator += none.length;
    expected += open.length;
    for (const f of figures) {
      const same = (e: BlindFigure): boolean => e.value === f.value && e.qualifier === f.qualifier && e.uom === f.uom;
      // Prefer the label whose phrase overlaps the figure's, then any label with the same numbers.
      let k = open.findIndex((e) => same(e) && (f.note.includes(e.phrase) || e.phrase.includes(f.note.trim())));
      if (k === -1) k = open.findIndex(same);
      if (k === -1) {
        const n = none.findIndex(same);
        if (n !== -1) {
          none.splice(n, 1);
          continue;
        }
        extracted++;
        spurious.push(`${name}: «${f.note}» → ${f.value} ${f.qualifier} ${f.uom} ${f.indicator} ${f.category ?? ''}`);
        continue;
      }
      extracted++;
      const e = open[k] as BlindFigure;
      open.splice(k, 1);
      matched++;
      // A figure of one named model kind carries the model's name as its category.
      const want = e.model !== undefined && e.model !== null && e.model !== '' ? namedCategory(e.model) : canonicalCategory(e.category);
      if (e.indicator === f.indicator && want === canonicalCategory(f.category)) allFive++;
      else wrongKind.push(`${name}: «${e.phrase}» want ${e.indicator} ${want ?? ''}, got ${f.indicator} ${f.category ?? ''}`);
    }
    for (const e of open) misses.push(`${name}: «${e.phrase}» ${e.value} ${e.qualifier} ${e.uom} ${e.indicator}`);
    for (const e of label.figures) {
      phrases++;
      const p = parsePhrase(e.phrase, label.date);
      // An "x/y" phrase states two figures, the part x and the whole y: parse gives x with `outOf: y`,
      // so a label of either number of the phrase is read right.
      const sameNumber = p.value === e.value || (p.outOf !== null && p.outOf !== undefined && p.outOf === e.value);
      if (p.kind === 'quantity' && sameNumber && p.qualifier === e.qualifier && p.uom === e.uom) parsed++;
      else unparsed.push(`${name}: «${e.phrase}» want ${e.value} ${e.qualifier} ${e.uom}, got ${p.kind} ${p.value ?? ''} ${p.qualifier ?? ''} ${p.uom ?? ''}`);
    }
  }
  const share = (a: number, b: number): number => (b === 0 ? 0 : a / b);
  return {
    texts: texts.length,
    expected,
    extracted,
    matched,
    allFive,
    parsed,
    noIndicator,
    recall: share(matched, expected),
    precision: share(matched, extracted),
    allFiveShare: share(allFive, expected),
    parseShare: share(parsed, phrases),
    misses,
    spurious,
    wrongKind,
    unparsed,
  };
}
