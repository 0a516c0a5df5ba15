// The mini-evaluation: synthetic multi-paragraph articles in the styles of different outlets
// (test/fixtures/analysis/eval/*.txt) with hand-made gold in the shared scorer's format (gold.json).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyze } from '../../../src/analysis';
import { FIXTURES, REPO_ROOT, nameOf } from './fixtures';

interface Gold {
  file: string;
  quotes: { text: string; speaker: string }[];
}

const gold = JSON.parse(readFileSync(path.join(FIXTURES, 'eval', 'gold.json'), 'utf8')) as Gold[];
const SCORER = path.resolve(REPO_ROOT, '../shared/eval/score.mjs');

describe('analysis: mini-evaluation on synthetic articles', () => {
  for (const article of gold) {
    it(`${article.file}: finds every gold quote with its speaker`, () => {
      const text = readFileSync(path.join(FIXTURES, article.file), 'utf8');
      const analysis = analyze(text);
      const wrong = article.quotes.filter((want) => {
        const found = analysis.quotes.find((quote) => quote.text === want.text);
        return !found || nameOf(analysis, found.speaker) !== want.speaker;
      });
      assert.deepEqual(wrong.map((want) => want.text), []);
    });
  }

  it('scores pair F1 of at least 0.9 with the shared scorer', function () {
    if (!existsSync(SCORER)) this.skip();
    const files = gold.map((article) => path.join('test/fixtures/analysis', article.file));
    const output = execFileSync(process.execPath, [path.join(REPO_ROOT, 'out/src/cli.js'), 'analyze', ...files], { cwd: REPO_ROOT, encoding: 'utf8' });
    const predictions = path.join(mkdtempSync(path.join(tmpdir(), 'news-lens-eval-')), 'eval.jsonl');
    writeFileSync(predictions, output);
    const score = execFileSync(process.execPath, [SCORER, path.join(FIXTURES, 'eval', 'gold.json'), predictions], { cwd: REPO_ROOT, encoding: 'utf8' });
    const summary = JSON.parse(score.split('\n')[0]) as { pairF1: number };
    assert.ok(summary.pairF1 >= 0.9, score);
  });
});
