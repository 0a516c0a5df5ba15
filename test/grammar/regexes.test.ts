// Guards on the grammar's regular expressions. When an Oniguruma search fails (a syntax error, or
// backtracking past its retry limit) vscode-textmate finds no match for the line at all, so one bad
// pattern silently leaves whole paragraphs uncoloured.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { GRAMMAR_PATH, NewsTokenizer, defaultRepoRoot, textsWithScope } from './tokenize';

const REGEX_KEYS = new Set(['match', 'begin', 'end', 'while']);

function collectRegexes(node: unknown, where: string, found: Array<{ where: string; source: string }>): void {
  if (Array.isArray(node)) {
    node.forEach((child, index) => collectRegexes(child, `${where}[${index}]`, found));
  } else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (REGEX_KEYS.has(key) && typeof value === 'string') {
        found.push({ where: `${where}.${key}`, source: value });
      } else {
        collectRegexes(value, `${where}.${key}`, found);
      }
    }
  }
}

describe('news-source grammar regular expressions', () => {
  const root = defaultRepoRoot();
  const grammar: unknown = JSON.parse(fs.readFileSync(path.join(root, GRAMMAR_PATH), 'utf8'));
  const regexes: Array<{ where: string; source: string }> = [];
  collectRegexes(grammar, 'grammar', regexes);
  let tokenizer: NewsTokenizer;

  before(async () => {
    tokenizer = await NewsTokenizer.load(root); // also loads the Oniguruma WebAssembly module
  });

  it('finds the regular expressions to check', () => {
    assert.ok(regexes.length >= 20, `found ${regexes.length}`);
  });

  it('compiles every regular expression with Oniguruma', () => {
    for (const { where, source } of regexes) {
      // A back-reference in an `end` is replaced by the begin capture's text before compiling.
      const compilable = source.replace(/\\(\d+)/g, 'x');
      assert.doesNotThrow(() => new oniguruma.OnigScanner([compilable]).dispose(), `${where}: ${source}`);
    }
  });

  it('has no {n,m}+ quantifier, which Oniguruma’s Ruby syntax reads as a nested repeat, not a possessive one', () => {
    for (const { where, source } of regexes) {
      assert.doesNotMatch(source, /(?<!\\)\{\d*,?\d*\}\+/, `${where} (use an atomic group (?>…) instead)`);
    }
  });

  it('still tokenizes a line with a long appositive that made an earlier draft exceed the backtracking limit', () => {
    const lines = tokenizer.tokenize(
      'Headline\n\nAlba Brio, the nominee of the party, has hammered it, telling them “a quote” today, Brio said.',
    );
    assert.deepEqual(textsWithScope(lines, 'string.quoted.double.news'), ['“a quote”']);
    assert.deepEqual(textsWithScope(lines, 'keyword.other.attribution.news'), ['telling', 'said']);
    assert.deepEqual(textsWithScope(lines, 'entity.name.function.speaker.news'), ['Brio']);
  });
});
