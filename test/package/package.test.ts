// Package smoke tests: pack the tarball as npm would publish it, install it into fresh consumer
// projects (ESM, CJS, TypeScript with node16 and bundler resolution) from the local npm cache, and
// run a real call in each. Run by `npm run test:package` after the build.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const installed = (name: string): string =>
  (JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

let work = '';
let tarball = '';

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false' } });
}

function project(name: string, files: Record<string, string>, pkgJson: Record<string, unknown>): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, version: '1.0.0', ...pkgJson }, null, 2));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  run('npm', ['install', '--prefer-offline', '--no-save', '--ignore-scripts', tarball, `zod@${installed('zod')}`], dir);
  return dir;
}

const CALL_ESM = `
import { isAntqError, ValidationError, QUALIFIERS, UOMS } from 'antq';
const e = new ValidationError([], 'smoke');
if (!isAntqError(e) || !QUALIFIERS.includes('over') || !UOMS.includes('kg')) throw new Error('bad exports');
console.log('ok', e.code);
`;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'antq-pkg-'));
  const out = run('npm', ['pack', '--json', '--pack-destination', work], root);
  const name = (JSON.parse(out) as { filename: string }[])[0]?.filename;
  if (!name) throw new Error('npm pack gave no file');
  tarball = join(work, name);
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('packed tarball', () => {
  it('contains only what users need', () => {
    const list = run('tar', ['-tzf', tarball], work).split('\n').filter(Boolean);
    expect(list).toContain('package/dist/index.js');
    expect(list).toContain('package/dist/index.cjs');
    expect(list).toContain('package/dist/index.d.ts');
    expect(list).toContain('package/dist/index.d.cts');
    expect(list).toContain('package/LICENSE');
    expect(list.some((f) => f.startsWith('package/src/') || f.startsWith('package/test/'))).toBe(false);
  });

  it('imports from a fresh ESM project', () => {
    const dir = project('esm', { 'index.mjs': CALL_ESM }, { type: 'module' });
    expect(run('node', ['index.mjs'], dir)).toContain('ok validation_failed');
  }, 120_000);

  it('requires from a fresh CJS project', () => {
    const code = `
const { isAntqError, ValidationError, QUALIFIERS } = require('antq');
const e = new ValidationError([], 'smoke');
if (!isAntqError(e) || !QUALIFIERS.includes('nearly')) throw new Error('bad exports');
console.log('ok', e.code);
`;
    const dir = project('cjs', { 'index.cjs': code }, { type: 'commonjs' });
    expect(run('node', ['index.cjs'], dir)).toContain('ok validation_failed');
  }, 120_000);

  for (const resolution of ['node16', 'bundler'] as const) {
    it(`type-checks from TypeScript with moduleResolution ${resolution}`, () => {
      const tsconfig = {
        compilerOptions: {
          strict: true,
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          module: resolution === 'node16' ? 'node16' : 'esnext',
          moduleResolution: resolution,
          target: 'es2022',
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        include: ['index.ts'],
      };
      const code = `
import { isAntqError, ValidationError, type Qualifier, type Issue } from 'antq';
const q: Qualifier = 'over';
const issues: Issue[] = [];
const e = new ValidationError(issues, 'smoke');
const ok: boolean = isAntqError(e);
// @ts-expect-error 'overr' is not a qualifier
const bad: Qualifier = 'overr';
export { q, ok, bad };
`;
      const dir = project(`ts-${resolution}`, { 'index.ts': code, 'tsconfig.json': JSON.stringify(tsconfig) }, { type: 'module' });
      const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
      expect(() => run('node', [tsc, '-p', 'tsconfig.json'], dir)).not.toThrow();
    }, 120_000);
  }
});
