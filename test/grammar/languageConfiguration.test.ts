// The news-source language configuration, checked the way VS Code applies it: the word pattern as
// ensureValidWordDefinition compiles it, and auto-closing by the rules of VS Code's typing
// operations, with the token type before the cursor taken from the real grammar.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NewsTokenizer, defaultRepoRoot } from './tokenize';

interface AutoClosingPair {
  open: string;
  close: string;
  notIn?: string[];
}

interface LanguageConfiguration {
  wordPattern: { pattern: string; flags?: string };
  brackets?: string[][];
  comments?: unknown;
  autoClosingPairs: AutoClosingPair[];
  autoCloseBefore: string;
  surroundingPairs: string[][];
}

/** VS Code's default `editor.wordSeparators`: any other non-space character belongs to a word. */
const DEFAULT_WORD_SEPARATORS = '`~!@#$%^&*()-=+[{]}\\|;:\'",.<>/?';
/** How vscode-textmate derives a token's standard type from its scopes. */
const STANDARD_TOKEN_TYPE = /\b(comment|string|regex|meta\.embedded)\b/;

describe('news-source language configuration', () => {
  const root = defaultRepoRoot();
  const config = JSON.parse(fs.readFileSync(path.join(root, 'language-configuration.json'), 'utf8')) as LanguageConfiguration;
  let tokenizer: NewsTokenizer;

  before(async () => {
    tokenizer = await NewsTokenizer.load(root);
  });

  /** The standard token type of the character before `offset` in a one-paragraph document. */
  function tokenTypeBefore(line: string, offset: number): string | undefined {
    const [, , tokens] = tokenizer.tokenize(`Headline\n\n${line}`);
    const token = tokens.find((t) => t.start <= offset - 1 && offset - 1 < t.end);
    let type: string | undefined;
    for (const scope of token?.scopes ?? []) {
      type = STANDARD_TOKEN_TYPE.exec(scope)?.[1] ?? type;
    }
    return type;
  }

  /** Whether VS Code inserts the closing mark when `typed` is typed between `before` and `after`. */
  function autoCloses(before: string, typed: string, after: string): boolean {
    const pair = config.autoClosingPairs.find((candidate) => candidate.open === typed);
    if (!pair) {
      return false;
    }
    if (after.length > 0 && !config.autoCloseBefore.includes(after[0])) {
      return false;
    }
    const previous = before.at(-1);
    if ((typed === "'" || typed === '"') && previous !== undefined && !/\s/.test(previous) && !DEFAULT_WORD_SEPARATORS.includes(previous)) {
      return false;
    }
    const type = before.length > 0 ? tokenTypeBefore(before + after, before.length) : undefined;
    return !(type !== undefined && pair.notIn?.includes(type));
  }

  it('keeps names with apostrophes and hyphens whole and leaves quote marks out of words', () => {
    // ensureValidWordDefinition adds the global flag and keeps the others.
    const word = new RegExp(config.wordPattern.pattern, `${config.wordPattern.flags ?? ''}g`);
    const text = 'O’Brien met Jean-Luc; don\'t “quote” ‘Vladimir’ or the Russians’ ’90s rock-and-roll, 2017-2021.';
    assert.deepEqual(text.match(word), [
      'O’Brien', 'met', 'Jean-Luc', "don't", 'quote', 'Vladimir', 'or', 'the', 'Russians', '90s', 'rock-and-roll', '2017-2021',
    ]);
    assert.ok(!word.test(' '), 'a space is never a word');
  });

  it('pairs curly and straight quotes for auto-closing and for surrounding a selection', () => {
    for (const [open, close] of [['“', '”'], ['‘', '’'], ['"', '"'], ["'", "'"]]) {
      assert.ok(config.autoClosingPairs.some((pair) => pair.open === open && pair.close === close), `auto-closes ${open}`);
      assert.ok(config.surroundingPairs.some(([o, c]) => o === open && c === close), `surrounds with ${open}${close}`);
    }
  });

  it('does not insert a pair when an apostrophe is typed inside or after a word', () => {
    assert.equal(autoCloses('He don', "'", 't know.'), false, "don|t");
    assert.equal(autoCloses('He don', "'", ''), false, "don| at the end of the line");
    assert.equal(autoCloses('Russia', '’', 's leader'), false, 'a curly apostrophe is not an opening mark');
    assert.equal(autoCloses('a ', '‘', 'word'), false, 'never before a letter');
  });

  it('does not insert a pair when a closing mark is typed inside a quote', () => {
    assert.equal(autoCloses('He said "we are done,', '"', ''), false);
    assert.equal(autoCloses('He said “we are done,', '“', ''), false);
    assert.equal(autoCloses('He said “we heard ‘stop!', "'", ''), false);
  });

  it('inserts the pair when a quote is opened between words', () => {
    assert.equal(autoCloses('He said ', '“', ''), true);
    assert.equal(autoCloses('He said ', '"', ' today'), true);
    assert.equal(autoCloses('He said “we heard ', '‘', '”'), true, 'a nested quote inside a quote');
  });

  it('has no comment syntax and brackets only for parentheses and square brackets', () => {
    assert.equal(config.comments, undefined);
    assert.deepEqual(config.brackets, [['(', ')'], ['[', ']']]);
    assert.doesNotMatch(config.autoCloseBefore, /[\p{L}\p{N}]/u);
  });
});
