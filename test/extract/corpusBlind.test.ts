import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBlind } from './corpusBlindMetrics';

// The blind corpus: texts and labels written by teammates who had not read the extractor's rules.
// `tune` holds every text rules may be tuned on (the first holdout, run once, joined it afterwards).
// `holdout` is the second holdout, written later by two more teammates who had not seen the rules:
// it is never tuned on; `ANTQ_CORPUS_PART=holdout` runs it (it was run once, and its figures are
// reported apart in docs/extracting-figures.md). The floors are the figures reached on `tune`, so
// that a regression fails; they are not the targets (recall 95%, precision 98%, all-five 90%,
// parse 98%), and they do not apply to `holdout`, which only prints its figures.
const PART = process.env.ANTQ_CORPUS_PART === 'holdout' ? 'holdout' : 'tune';
const DIR = join(__dirname, 'corpus-blind', PART);

// Reached on `tune`; a change that lowers one of them fails here.
const FLOORS = { recall: 0.92, precision: 0.976, allFive: 0.852, parse: 0.95 } as const;

describe(`extractFigures on the blind corpus (${PART})`, () => {
  it('has its texts and labels', () => {
    expect(existsSync(DIR)).toBe(true);
  });

  it('holds recall, precision, all-five and parse shares at their floors', () => {
    const m = measureBlind(DIR);
    const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
    console.log(
      `blind corpus (${PART}): ${m.texts} texts, ${m.expected} figures (+${m.noIndicator} with no indicator), ${m.extracted} claimed, ${m.matched} matched\n` +
        `  recall ${pct(m.recall)}  precision ${pct(m.precision)}  all five right ${pct(m.allFiveShare)}  parse ${pct(m.parseShare)}`,
    );
    if (process.env.ANTQ_PRINT_METRICS !== undefined) {
      console.log(['misses:', ...m.misses, 'spurious:', ...m.spurious, 'wrong indicator/category:', ...m.wrongKind, 'parse:', ...m.unparsed].join('\n'));
    }
    expect(m.texts).toBeGreaterThan(0);
    if (PART === 'holdout') return;
    expect(m.recall).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(m.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(m.allFiveShare).toBeGreaterThanOrEqual(FLOORS.allFive);
    expect(m.parseShare).toBeGreaterThanOrEqual(FLOORS.parse);
  });
});
