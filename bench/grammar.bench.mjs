// Tokenizing speed of the News Source grammar with the engine VS Code uses, on ordinary article
// text, on text full of unbalanced quote marks, and on one quote left open across a whole
// hard-wrapped text. Each must grow linearly: 1 MB should take about ten times as long as 100 KB.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const KB = 1024;

/** The test harness test/grammar/tokenize.ts, bundled so the bench needs no prior `tsc`. */
async function loadHarness() {
  const dir = mkdtempSync(join(tmpdir(), 'news-grammar-bench-'));
  try {
    const outfile = join(dir, 'tokenize.cjs');
    await build({
      entryPoints: [join(root, 'test/grammar/tokenize.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'error',
    });
    return createRequire(import.meta.url)(outfile);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `unit` repeated (paragraphs stay whole) until the text reaches `bytes`. */
function repeatTo(unit, bytes) {
  const unitBytes = Buffer.byteLength(unit);
  return unit.repeat(Math.ceil(bytes / unitBytes));
}

/** Paragraphs that open quotes and never close them, one-line and hard-wrapped, with stray marks. */
function unbalancedQuotes() {
  const oneLine =
    '“An opening mark that is never closed, with a stray ’ and a ‘ and a straight \' and "another one ' +
    'and Anna Berg, the chair of the board, said it again ’90s rock ’n’ roll “ and ” and "x" and " ';
  const wrapped = Array.from(
    { length: 12 },
    (_, i) => `${i === 0 ? '“' : ''}line ${i} of a hard-wrapped paragraph whose “quote never ‘closes, said Berg "and`,
  ).join('\n');
  return `${oneLine.repeat(6)}\n\n${wrapped}\n\n`;
}

/** One quote opened on the first line of a hard-wrapped text with no blank line: it stays open to the end. */
function quoteThatNeverEnds() {
  return `“${'words of a quote that never ends, the ’90s, a ‘ stray and \' another " Anna Berg said\n'.repeat(40)}`;
}

function time(tokenizer, text) {
  const start = process.hrtime.bigint();
  tokenizer.tokenize(text);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function run(log) {
  const { NewsTokenizer } = await loadHarness();
  const tokenizer = await NewsTokenizer.load(root);
  const seed = readFileSync(join(root, 'seeds/000_6df8aa21b7bc5781.txt'), 'utf8');
  const corpora = {
    'article text': `${seed.trimEnd()}\n\n`,
    'unbalanced quotes': unbalancedQuotes(),
    'one quote open for the whole text': quoteThatNeverEnds(),
  };
  for (const [name, unit] of Object.entries(corpora)) {
    const small = `Headline\n\n${repeatTo(unit, 100 * KB)}`;
    const large = `Headline\n\n${repeatTo(unit, 1024 * KB)}`;
    time(tokenizer, small); // warm up the JIT and the compiled scanners
    const smallMs = time(tokenizer, small);
    const largeMs = time(tokenizer, large);
    const mbPerSecond = Buffer.byteLength(large) / (1024 * KB) / (largeMs / 1000);
    log(
      `${name}: 100 KB ${smallMs.toFixed(0)} ms, 1 MB ${largeMs.toFixed(0)} ms ` +
        `(${mbPerSecond.toFixed(2)} MB/s), ratio ${(largeMs / smallMs).toFixed(1)} (linear is about 10)`,
    );
  }
}
