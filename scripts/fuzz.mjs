#!/usr/bin/env node
// `npm run fuzz`: runs the fuzz suite (test/fuzz/) again and again with new seeds for a while.
// Duration: FUZZ_MINUTES (default 10). Runs per property and seed: FUZZ_RUNS (default 300).
// Stops at the first failure and prints the seed that reproduces it:
//   FUZZ_SEED=<seed> FUZZ_RUNS=<runs> npx vitest run test/fuzz
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const minutes = Number(process.env.FUZZ_MINUTES ?? 10);
const runs = Number(process.env.FUZZ_RUNS ?? 300);
if (!(minutes > 0) || !(runs > 0)) {
  console.error('fuzz: FUZZ_MINUTES and FUZZ_RUNS must be positive numbers');
  process.exit(2);
}
const until = Date.now() + minutes * 60_000;
let rounds = 0;
let properties = 0;
const seeds = [];
while (Date.now() < until) {
  const seed = randomInt(1, 2 ** 31 - 1);
  const r = spawnSync('npx', ['vitest', 'run', 'test/fuzz', '--typecheck.enabled=false', '--reporter=dot'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_RUNS: String(runs), TZ: 'UTC' },
  });
  rounds++;
  seeds.push(seed);
  // The plain text of vitest's closing lines (colours removed): "Tests  11 passed (11)".
  const passed = Number(/Tests\s+(\d+) passed/.exec(r.stdout.replace(/\u001b\[[0-9;]*m/g, ''))?.[1] ?? 0);
  properties += passed;
  if (r.status !== 0) {
    process.stdout.write(r.stdout);
    process.stderr.write(r.stderr);
    console.error(`fuzz: failure with seed ${seed} (round ${rounds}); reproduce with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npx vitest run test/fuzz`);
    process.exit(1);
  }
  console.log(`fuzz: round ${rounds}, seed ${seed}: ${passed} properties, ${runs} runs each (the CLI ones ${Math.max(5, Math.ceil(runs / 4))}), passed`);
}
console.log(`fuzz: ${rounds} rounds (seeds ${seeds.join(', ')}), ${properties} property runs of up to ${runs} cases each, no failure`);
