// Loads a TypeScript module of the project for a benchmark: esbuild bundles it (as the extension
// and the CLI are bundled) into a temporary CommonJS file, which is then required.
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
const outDir = mkdtempSync(join(tmpdir(), 'news-lens-bench-'));

/** `loadSource('src/analysis/index.ts')` → that module's exports. */
export async function loadSource(entry) {
  const outfile = join(outDir, `${entry.replace(/[^\w]+/g, '_')}.cjs`);
  await esbuild.build({ entryPoints: [join(root, entry)], outfile, bundle: true, platform: 'node', format: 'cjs', target: 'node20', logLevel: 'error' });
  return require(outfile);
}

/** Milliseconds `fn` takes, best of `runs` (the least disturbed by other work on the machine). */
export function bestTime(fn, runs = 5) {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

export const repoRoot = root;
