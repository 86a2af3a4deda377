// Every CLI call loads the modules `src/cli/bin.ts` imports statically, and what they import in
// turn. zod (the schemas) costs about 0.05 s of CPU and 7–11 MB at start, so only the commands and
// options that check a schema (`--units`, `--programmes`, `--catalogue`, `antq units --format
// csv`) load it, with `import()` when they run.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** The modules a source file imports at load time: `import … from` and `export … from`, not `import type` nor `import()`. */
function staticImports(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/^(?:import|export)\s+(?!type\b)(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    // `import { type A, type B } from`: only types, gone from the built code.
    const names = /^(?:import|export)\s+\{([^}]*)\}\s*from/.exec(m[0])?.[1];
    const onlyTypes = names !== undefined && names.split(',').every((n) => n.trim() === '' || n.trim().startsWith('type '));
    if (!onlyTypes) out.push(m[1] as string);
  }
  return out;
}

/** Every source module reached from `entry` by static imports, and the packages they import. */
function reached(entry: string): { files: Map<string, string>; packages: Map<string, string> } {
  const files = new Map<string, string>([[entry, '']]);
  const packages = new Map<string, string>();
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) {
        if (!packages.has(spec)) packages.set(spec, relative(root, file));
        continue;
      }
      const base = resolve(dirname(file), spec);
      const found = [`${base}.ts`, join(base, 'index.ts'), base].find((f) => existsSync(f) && f.endsWith('.ts'));
      if (found === undefined) {
        if (!base.endsWith('.json')) throw new Error(`${relative(root, file)}: cannot find ${spec}`);
        continue;
      }
      if (!files.has(found)) {
        files.set(found, relative(root, file));
        queue.push(found);
      }
    }
  }
  return { files, packages };
}

describe('what every CLI call loads', () => {
  it('reads static imports and leaves type-only ones and import() out', () => {
    expect(staticImports("import { z } from 'zod';\nimport type { Z } from './a';\nimport { type B, type C } from './b';\nimport { type D, e } from './c';\nexport { f } from './d';\nimport './e';\nconst x = await import('./f');")).toEqual(['zod', './c', './d', './e']);
    expect(staticImports("import {\n  a,\n  b,\n} from './multi';")).toEqual(['./multi']);
  });

  it('does not import zod from src/cli/bin.ts, whatever the path', () => {
    const { files, packages } = reached(join(root, 'src/cli/bin.ts'));
    // The walk does reach the library's reading code (a walk that stopped early would pass anyway).
    expect(files.has(join(root, 'src/import/readFigures.ts'))).toBe(true);
    expect(files.size).toBeGreaterThan(100);
    const chain = (from: string): string[] => {
      const out: string[] = [];
      for (let f: string | undefined = from; f !== undefined && f !== ''; f = files.get(join(root, f))) out.unshift(f);
      return out;
    };
    const zod = packages.get('zod');
    expect(zod === undefined ? [] : chain(zod)).toEqual([]);
  });
});
