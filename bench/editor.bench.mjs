// What an editor feels on a 1 MB news source: the first analysis, a hover once the article is
// analysed (the look-ups the hover provider makes), and the re-analysis after a one-character edit, made
// as the extension makes it (an Analyzer that keeps the unchanged paragraphs' readings) and from scratch.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bestTime, loadSource, repoRoot } from './lib/load.mjs';

const MB = 1024 * 1024;

export async function run(log) {
  const { analyze, Analyzer } = await loadSource('src/analysis/index.ts');
  const { mentionAt, quoteAt, quotesBy, speakerById } = await loadSource('src/analysis/query.ts');
  const seed = readFileSync(join(repoRoot, 'seeds/000_6df8aa21b7bc5781.txt'), 'utf8');
  const text = seed.repeat(Math.ceil(MB / seed.length)).slice(0, MB);

  let article;
  const first = bestTime(() => (article = analyze(text)), 1);
  log(`first analysis of 1 MB: ${first.toFixed(1)} ms`);

  // A hover: the mention and the quote under the cursor, the speaker and their quotes (indexes built on first use).
  const probes = article.speakers.flatMap((speaker) => speaker.mentions.map((mention) => mention.start + 1)).slice(0, 1000);
  const hover = (offset) => {
    const hit = mentionAt(article, offset);
    const quote = quoteAt(article, offset);
    if (hit) quotesBy(article, hit.speaker.id);
    if (quote?.speaker) speakerById(article, quote.speaker);
  };
  const firstHover = bestTime(() => hover(probes[0] ?? 0), 1);
  const perHover = bestTime(() => probes.forEach(hover)) / Math.max(1, probes.length);
  log(`hover once analysed: first ${firstHover.toFixed(2)} ms (builds the look-up index), then ${(perHover * 1000).toFixed(1)} µs each (target < 5 ms)`);

  const middle = text.length >> 1;
  const edited = `${text.slice(0, middle)}x${text.slice(middle)}`;
  const analyzer = new Analyzer();
  let reanalysis = Infinity;
  for (let run = 0; run < 3; run++) {
    analyzer.analyze(text); // the version before the edit, untimed
    reanalysis = Math.min(reanalysis, bestTime(() => analyzer.analyze(edited), 1));
  }
  log(`re-analysis after a one-character edit: ${reanalysis.toFixed(1)} ms (target < 100 ms)`);
  log(`the same from scratch (no earlier version): ${bestTime(() => analyze(edited), 3).toFixed(1)} ms`);
}
