import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureBlind } from './corpusBlindMetrics';

// The blind corpus: texts and labels written by teammates who had not read the extractor's rules.
// The tuning set is every text rules may be tuned on: `tune` (the first 60 texts and the first
// holdout), `holdout` (the second holdout) and `holdout3` (the third): each holdout was run once,
// then spent, and tuned on since; `tune4` (40 texts by two more writers, run once before any
// rule was tuned on them, then tuned on); `holdout4` (the fourth holdout, run once, then spent),
// `holdout5` (the fifth holdout, run once, then spent) and `tune5` (20 texts by two more writers,
// run once before any rule was tuned on them, then tuned on). `holdout6` (the sixth holdout) was run
// once at the end of the seventh round and is spent; it joins the tuning set in the next round. A new
// holdout is measured from outside the repository: `ANTQ_CORPUS_DIR=<folder>` runs only that
// folder and prints its figures. The floors are the figures reached on the tuning set, so that a
// regression fails; they are not the targets (recall 95%, precision 98%, all-five 90%, parse 98%).
const OUTSIDE = process.env.ANTQ_CORPUS_DIR;
const PART = OUTSIDE === undefined ? 'tuning set' : OUTSIDE;
const DIRS = OUTSIDE === undefined ? ['tune', 'holdout', 'holdout3', 'tune4', 'holdout4', 'holdout5', 'tune5'].map((d) => join(__dirname, 'corpus-blind', d)) : [OUTSIDE];

// Reached on the tuning set; a change that lowers one of them fails here.
const FLOORS = { recall: 0.969, precision: 0.987, allFive: 0.942, parse: 0.982 } as const;

describe(`extractFigures on the blind corpus (${PART})`, () => {
  it('has its texts and labels', () => {
    for (const d of DIRS) expect(existsSync(d), d).toBe(true);
  });

  it('holds recall, precision, all-five and parse shares at their floors', () => {
    const m = measureBlind(DIRS);
    const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
    console.log(
      `blind corpus (${PART}): ${m.texts} texts, ${m.expected} figures (+${m.noIndicator} with no indicator), ${m.extracted} claimed, ${m.matched} matched\n` +
        `  recall ${pct(m.recall)}  precision ${pct(m.precision)}  all five right ${pct(m.allFiveShare)}  parse ${pct(m.parseShare)}`,
    );
    if (process.env.ANTQ_PRINT_METRICS !== undefined) {
      console.log(['misses:', ...m.misses, 'spurious:', ...m.spurious, 'wrong indicator/category:', ...m.wrongKind, 'parse:', ...m.unparsed].join('\n'));
    }
    expect(m.texts).toBeGreaterThan(0);
    if (OUTSIDE !== undefined) return;
    expect(m.recall).toBeGreaterThanOrEqual(FLOORS.recall);
    expect(m.precision).toBeGreaterThanOrEqual(FLOORS.precision);
    expect(m.allFiveShare).toBeGreaterThanOrEqual(FLOORS.allFive);
    expect(m.parseShare).toBeGreaterThanOrEqual(FLOORS.parse);
  });
});
