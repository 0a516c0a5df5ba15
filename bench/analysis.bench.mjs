// Analysis engine benchmark (`npm run bench`, or `node bench/run.mjs analysis`).
//
// Bundles src/analysis with esbuild, builds a corpus of at least 5 MB from the test fixtures and the seed,
// and prints: throughput, the time for the seed, the ratio to one bare regex scan for quote marks over the
// same text, how time grows with ten times the text, three adversarial inputs, and hover look-ups on a
// 1 MB article. Each figure is the best of several runs, so that other work on the machine disturbs it less;
// the very first analysis, slower while V8 compiles the engine, is printed apart.
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const MB = 1e6;

async function loadEngine() {
  const outfile = join(mkdtempSync(join(tmpdir(), 'news-lens-bench-')), 'analysis.cjs');
  await esbuild.build({
    stdin: {
      contents: "export { analyze } from './src/analysis/index.ts'; export { quoteAt, mentionAt } from './src/analysis/query.ts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile,
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}

function fixtureArticles() {
  const texts = [readFileSync(join(root, 'seeds/000_6df8aa21b7bc5781.txt'), 'utf8')];
  for (const dir of ['test/fixtures/analysis/patterns', 'test/fixtures/analysis/eval']) {
    for (const name of readdirSync(join(root, dir)).sort()) {
      if (name.endsWith('.txt')) texts.push(readFileSync(join(root, dir, name), 'utf8'));
    }
  }
  return texts;
}

/** Repeats the articles to at least `size` characters. The copy at the end makes V8 store one flat string,
 * as a file read or an editor's getText() gives, rather than a rope of concatenations. */
function corpusOf(articles, size) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const article = articles[i % articles.length];
    parts.push(article);
    length += article.length + 2;
  }
  return Buffer.from(parts.join('\n\n'), 'utf8').toString('utf8');
}

/** Best time in milliseconds of `runs` calls. */
function best(runs, work) {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

const ms = (value) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;

export async function run(log) {
  const { analyze, quoteAt, mentionAt } = await loadEngine();
  const articles = fixtureArticles();
  const seed = articles[0];
  const corpus = corpusOf(articles, 5 * MB);
  const megabytes = Buffer.byteLength(corpus) / MB;
  log(`machine load average ${loadavg()[0].toFixed(1)} (timings are the best of several runs)`);

  // Throughput at steady state, as in an editor that analyses on every edit. V8 compiles the engine's
  // functions during the first analyses: the very first (of 1 MB) is timed apart, and two of the whole
  // corpus go before the five whose best is the figure.
  const firstText = corpus.slice(0, MB);
  const firstAnalysis = best(1, () => analyze(firstText));
  analyze(corpus);
  analyze(corpus);
  const whole = best(5, () => analyze(corpus));
  const rate = (time, bytes) => `${(bytes / MB / (time / 1000)).toFixed(1)} MB/s`;
  log(`corpus: ${megabytes.toFixed(2)} MB from ${articles.length} fixture articles → ${ms(whole)}, ${rate(whole, Buffer.byteLength(corpus))} (target ≥ 10; best of 5 after warm-up)`);
  log(`  the first analysis of all, of 1 MB while V8 compiles the engine: ${ms(firstAnalysis)} (${rate(firstAnalysis, Buffer.byteLength(firstText))})`);

  log(`seed article (${(Buffer.byteLength(seed) / 1000).toFixed(1)} kB): ${ms(best(50, () => analyze(seed)))}`);

  const marks = /["“”„‘’'«»]/g;
  const scan = best(5, () => {
    marks.lastIndex = 0;
    let count = 0;
    while (marks.exec(corpus)) count++;
    return count;
  });
  log(`bare regex scan for quote marks over the corpus: ${ms(scan)}; analysis/scan ratio ${(whole / scan).toFixed(0)}×`);

  // The two sizes take turns, so that a slower spell of the machine weighs on both alike.
  const tenth = corpus.slice(0, corpus.lastIndexOf('\n\n', corpus.length / 10));
  let small = Infinity;
  let large = whole;
  for (let round = 0; round < 3; round++) {
    small = Math.min(small, best(2, () => analyze(tenth)));
    large = Math.min(large, best(1, () => analyze(corpus)));
  }
  log(`linearity: ${(corpus.length / tenth.length).toFixed(1)}× the text takes ${(large / small).toFixed(1)}× the time (target ≤ 12)`);

  const unbalanced = '“He said “that ‘it was “never ‘closed and "so on '.repeat(Math.ceil(MB / 50)).slice(0, MB);
  log(`adversarial, 1 MB of unbalanced quote marks: ${ms(best(3, () => analyze(unbalanced)))} (target < 500 ms)`);
  const oneLine = corpus.slice(0, MB).replace(/\n/g, ' ');
  log(`adversarial, one 1 MB line: ${ms(best(3, () => analyze(oneLine)))} (target < 500 ms)`);
  const words = ['Alder', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Ginkgo', 'Hazel', 'Ivy', 'Juniper', 'Larch', 'Maple', 'Oak'];
  const capitals = Array.from({ length: 100_000 }, (_, i) => words[i % words.length] + (i % 7 ? '' : 'son')).join(' ');
  log(`adversarial, 100,000 capitalised words in a row: ${ms(best(3, () => analyze(capitals)))} (target < 500 ms)`);

  const article = corpus.slice(0, corpus.lastIndexOf('\n\n', MB));
  const analysis = analyze(article);
  const offsets = Array.from({ length: 10_000 }, (_, i) => Math.floor((i * 7919 * 104729) % article.length));
  const first = best(1, () => mentionAt(analysis, offsets[0]));
  const lookups = best(3, () => {
    for (const offset of offsets) {
      quoteAt(analysis, offset);
      mentionAt(analysis, offset);
    }
  });
  log(`hover look-ups on a 1 MB article (${analysis.quotes.length} quotes): first ${ms(first)} (builds the index), then ${((lookups / offsets.length) * 1000).toFixed(1)} µs per quoteAt + mentionAt (target < 5 ms)`);
}
