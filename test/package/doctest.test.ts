// Doctest: the README's and every guide's code runs against the built package, so the docs cannot
// drift. Each document's ```ts blocks run in order as one ES module that imports 'antq' (the
// package itself, resolved to dist/ through its exports); `expr; // => value` lines become
// assertions. Each ```sh line that runs `npx antq …` runs the built CLI, in a scratch folder that
// holds the bundled examples and a figures.csv, units.csv, 2022.csv and 2023.csv of the reader's own. A block preceded by `<!-- doctest: skip -->` is a fragment, not run.
// Run by `npm run test:package` after the build.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const DOCS = ['README.md', ...readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

interface Block {
  readonly lang: string;
  readonly code: string;
  /** 1-based line of the block's first code line in its document. */
  readonly line: number;
  readonly skip: boolean;
}

/** The fenced code blocks of a Markdown document. */
function blocksOf(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w+)\s*$/.exec(lines[i] as string);
    if (open === null) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end] as string)) end++;
    let before = i - 1;
    while (before >= 0 && (lines[before] as string).trim() === '') before--;
    const skip = before >= 0 && /<!--\s*doctest:\s*skip\s*-->/.test(lines[before] as string);
    out.push({ lang: open[1] as string, code: lines.slice(start, end).join('\n'), line: start + 1, skip });
    i = end;
  }
  return out;
}

/**
 * One document's TypeScript blocks as one module: imports hoisted and merged, `expr; // => value`
 * (the value may continue on `//` lines below) turned into a deep-equality check.
 */
function moduleOf(doc: string, blocks: readonly Block[]): string {
  const imports = new Map<string, Set<string>>();
  const body: string[] = [];
  for (const b of blocks) {
    const lines = b.code.split('\n');
    const kept: string[] = [];
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k] as string;
      const imp = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+'([^']+)';\s*$/.exec(line);
      if (imp !== null) {
        if (imp[1] !== undefined) continue;
        const names = imports.get(imp[3] as string) ?? new Set<string>();
        for (const n of (imp[2] as string).split(',').map((x) => x.trim()).filter(Boolean)) if (!n.startsWith('type ')) names.add(n);
        imports.set(imp[3] as string, names);
        kept.push('');
        continue;
      }
      const inline = /^(\S.*?);\s*\/\/ => (.*)$/.exec(line);
      if (inline !== null && !/^(const|let|var|import|export|return)\b/.test(inline[1] as string)) {
        kept.push(`__eq(${inline[1] as string}, ${inline[2] as string}, ${JSON.stringify(`${doc}:${b.line + k}`)});`);
        continue;
      }
      const arrow = /^\s*\/\/ => (.*)$/.exec(line);
      if (arrow !== null) {
        let expected = arrow[1] as string;
        while (k + 1 < lines.length && /^\s*\/\/ {2,}\S/.test(lines[k + 1] as string)) expected += ` ${(lines[++k] as string).replace(/^\s*\/\//, '').trim()}`;
        let p = kept.length - 1;
        while (p >= 0 && (kept[p] as string).trim() === '') p--;
        const stmt = /^(\S.*?);(\s*\/\/.*)?$/.exec(kept[p] ?? '');
        if (stmt === null || /^(const|let|var|import|export|return|\}|\))/.test(stmt[1] as string)) {
          throw new Error(`${doc}:${b.line + k}: "// =>" must follow a one-line expression statement`);
        }
        kept[p] = `__eq(${stmt[1] as string}, ${expected}, ${JSON.stringify(`${doc}:${b.line + k}`)});`;
        kept.push('');
        continue;
      }
      kept.push(line);
    }
    body.push(`// ${doc}:${b.line}`, ...kept);
  }
  const head = [...imports].map(([from, names]) => `import { ${[...names].join(', ')} } from '${from}';`);
  return [
    "import { isDeepStrictEqual as __same } from 'node:util';",
    "import * as __antq from 'antq';",
    "import * as __antqCli from 'antq/cli';",
    ...head,
    // A block may use the package's names without importing them; its own declarations shadow these.
    'Object.assign(globalThis, __antq, __antqCli);',
    'function __eq(actual: unknown, expected: unknown, where: string): void {',
    '  if (!__same(actual, expected)) throw new Error(`${where}: got ${JSON.stringify(actual)}, the docs say ${JSON.stringify(expected)}`);',
    '}',
    ...body,
  ].join('\n');
}

/** The `antq` command lines of a shell block (`npx antq …`), comments and `&&` chains kept. */
function antqLines(code: string): string[] {
  return code
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => /^(npx )?antq\s/.test(l));
}

let work = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'antq-doctest-'));
  cpSync(join(root, 'examples'), join(work, 'examples'), { recursive: true });
  // The reader's own files in the guides' commands: figures.csv and units.csv.
  cpSync(join(root, 'examples/ha-tinh/figures.csv'), join(work, 'figures.csv'));
  writeFileSync(join(work, 'units.csv'), 'code,name,level,parent,valid_from,valid_to\nVN,Việt Nam,national,,,\n42,Hà Tĩnh,province,VN,,\n');
  // Two yearly files, for the commands that read several inputs.
  const header = 'program,unit,reporter,period,indicator,category,value,uom,qualifier,statistic,note,source\n';
  writeFileSync(join(work, '2022.csv'), `${header}09/CTr-BCA-MTTW,42,police,2022,weapons_surrendered,gun.military,12,piece,,total,,\n`);
  writeFileSync(join(work, '2023.csv'), `${header}09/CTr-BCA-MTTW,42,police,2023,weapons_surrendered,gun.hunting,5,piece,,total,,\n`);
  // `antq` and `npx antq` both run the built bin.
  const bin = join(work, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'antq'), `#!/bin/sh\nexec node ${JSON.stringify(join(root, 'dist/cli/bin.js'))} "$@"\n`);
  chmodSync(join(bin, 'antq'), 0o755);
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('doctest: the docs run against the built package', () => {
  for (const doc of DOCS) {
    const blocks = blocksOf(readFileSync(join(root, doc), 'utf8'));
    const code = blocks.filter((b) => b.lang === 'ts' && !b.skip);
    const shell = blocks.filter((b) => b.lang === 'sh' && !b.skip).flatMap((b) => antqLines(b.code).map((l) => [b.line, l] as const));
    if (code.length > 0) {
      it(`${doc}: its TypeScript runs and every "// =>" holds`, () => {
        const source = moduleOf(doc, code);
        const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
        // Inside the package folder, so that 'antq' resolves to the package itself (dist/).
        const dir = mkdtempSync(join(root, '.doctest-'));
        try {
          const file = join(dir, 'doc.mjs');
          writeFileSync(file, js);
          const run = spawnSync(process.execPath, [file], { cwd: work, encoding: 'utf8', timeout: 60_000 });
          expect(run.stderr, `${doc}\n${run.stderr}`).toBe('');
          expect(run.status).toBe(0);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }, 60_000);
    }
    if (shell.length > 0) {
      it(`${doc}: its antq commands run`, () => {
        for (const [line, cmd] of shell) {
          const run = spawnSync('sh', ['-c', cmd.replace(/(^|&& )npx antq /g, '$1antq ')], {
            cwd: work,
            encoding: 'utf8',
            timeout: 60_000,
            env: { ...process.env, PATH: `${join(work, 'bin')}:${process.env.PATH ?? ''}` },
          });
          expect([`${doc}:${line}: ${cmd}`, run.status, run.stderr.includes('    at ')]).toEqual([`${doc}:${line}: ${cmd}`, 0, false]);
        }
      }, 120_000);
    }
  }

  it('finds the blocks it runs', () => {
    expect(execFileSync('git', ['ls-files', 'README.md', 'docs'], { cwd: root, encoding: 'utf8' })).toContain('docs/getting-started.md');
    const gs = blocksOf(readFileSync(join(root, 'docs/getting-started.md'), 'utf8'));
    expect(gs.filter((b) => b.lang === 'ts' && !b.skip).length).toBeGreaterThanOrEqual(5);
    expect(moduleOf('x.md', [{ lang: 'ts', code: "import { a } from 'antq';\na;\n// => 1", line: 1, skip: false }])).toContain("__eq(a, 1, \"x.md:3\");");
  });
});
