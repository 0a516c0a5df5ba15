// Blind batches: synthetic articles in many outlets' styles, written with their gold by someone who had
// not read the engine, then scored before any rule was written for them (test/fixtures/analysis/blind/);
// later rounds of general rules were written with their misses in view. Unlike the mini-evaluation, not
// every quote must be right: the test holds the overall score reached (0.935, precision 0.988, on 200
// articles; the fifteenth batch, harder, brought it down from 0.944 on 180), so that a change that
// helps one pattern and hurts others shows here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FIXTURES, REPO_ROOT } from './fixtures';

const SCORER = path.resolve(REPO_ROOT, '../shared/eval/score.mjs');
const BLIND = path.join(FIXTURES, 'blind');

describe('analysis: blind batches', () => {
  it('scores pair F1 of at least 0.93 and precision of at least 0.98 with the shared scorer', function () {
    if (!existsSync(SCORER)) this.skip();
    const files = readdirSync(BLIND).filter((name) => name.endsWith('.txt')).map((name) => path.join(BLIND, name));
    assert.ok(files.length >= 200);
    const output = execFileSync(process.execPath, [path.join(REPO_ROOT, 'out/src/cli.js'), 'analyze', ...files], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const predictions = path.join(mkdtempSync(path.join(tmpdir(), 'news-lens-blind-')), 'blind.jsonl');
    writeFileSync(predictions, output);
    const score = execFileSync(process.execPath, [SCORER, path.join(BLIND, 'gold.json'), predictions], { cwd: REPO_ROOT, encoding: 'utf8' });
    const summary = JSON.parse(score.split('\n')[0]) as { pairF1: number; pairPrecision: number; quoteRecall: number };
    assert.ok(summary.pairF1 >= 0.93, score);
    assert.ok(summary.pairPrecision >= 0.98, score);
    assert.ok(summary.quoteRecall >= 0.99, score);
  });
});
