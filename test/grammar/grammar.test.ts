// One synthetic fixture per grammar rule (test/grammar/fixtures/*.news), tokenized with the engine
// VS Code uses. Line numbers in the assertions are 0-based, as the tokenizer reports them.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NewsTokenizer, Token, defaultRepoRoot, hasScope, runsWithScope, textsWithScope } from './tokenize';

const DOUBLE = 'string.quoted.double.news';
const SINGLE = 'string.quoted.single.news';
const CUE = 'keyword.other.attribution.news';
const SPEAKER = 'entity.name.function.speaker.news';

describe('news-source grammar rules', () => {
  let tokenizer: NewsTokenizer;
  const fixture = (name: string): Token[][] =>
    tokenizer.tokenize(fs.readFileSync(path.join(defaultRepoRoot(), 'test/grammar/fixtures', name), 'utf8'));
  const linesWithScope = (lines: Token[][], selector: string): number[] => [
    ...new Set(runsWithScope(lines, selector).map((run) => run.line)),
  ];

  before(async () => {
    tokenizer = await NewsTokenizer.load();
  });

  describe('double quotes', () => {
    it('scopes curly and straight double quotes as strings with begin and end punctuation', () => {
      const lines = fixture('double-quotes.news');
      assert.deepEqual(textsWithScope(lines, DOUBLE), ['“the bread is ready”', '"Fresh rolls daily"', '"Closed on Sundays"']);
      assert.deepEqual(textsWithScope(lines, 'punctuation.definition.string.begin.news'), ['“', '"', '"']);
      assert.deepEqual(textsWithScope(lines, 'punctuation.definition.string.end.news'), ['”', '"', '"']);
    });

    it('does not take inch marks for quotes', () => {
      assert.ok(!linesWithScope(fixture('double-quotes.news'), DOUBLE).includes(6));
    });
  });

  describe('single quotes inside double quotes', () => {
    it('scopes them as nested strings, curly or straight', () => {
      const lines = fixture('nested-quotes.news');
      assert.deepEqual(textsWithScope(lines, SINGLE), [
        '‘Bring your maps, we’re leaving at dawn,’',
        "'stop the clock!'",
        '‘maybe’',
        '‘wait for me,',
      ]);
      for (const token of lines.flat().filter((t) => hasScope(t.scopes, SINGLE))) {
        assert.ok(hasScope(token.scopes, DOUBLE), `${token.text} is nested in a double quote`);
      }
    });

    it('ends an unclosed nested quote with its double quote', () => {
      const lines = fixture('nested-quotes.news');
      assert.deepEqual(
        runsWithScope(lines, DOUBLE).filter((run) => run.line === 8).map((run) => run.text),
        ['“A nested quote that never closes: ‘wait for me,”'],
      );
      assert.deepEqual(
        textsWithScope(lines, CUE).slice(-1),
        ['said'],
        'the cue after the quote is outside it',
      );
    });
  });

  describe('apostrophes', () => {
    it('never opens or closes a quote at let’s, ’90s, rock ’n’ roll, ’til, ’em or a plural possessive', () => {
      const lines = fixture('apostrophes.news');
      assert.deepEqual(textsWithScope(lines, SINGLE), []);
      assert.deepEqual(textsWithScope(lines, DOUBLE), [
        '“Let’s go to Maria’s place, don’t wait,”',
        '“It was the ’90s and rock ’n’ roll was everywhere,”',
        '"They\'ll say it\'s the \'80s again and rock \'n\' roll is back,"',
        '“Fish ’n’ chips ’til dawn, and tell ’em we’re late,”',
      ]);
    });
  });

  describe('a quote never runs past its paragraph', () => {
    it('ends an unclosed quote at the blank line of a one-line paragraph', () => {
      const lines = fixture('unclosed-quote.news');
      const runs = runsWithScope(lines, DOUBLE);
      assert.deepEqual(
        runs.map((run) => [run.line, run.text]),
        [
          [2, '“The first part of the statement runs on into the next paragraph without a closing mark, the keeper said'],
          [4, '“And the second part closes here,”'],
          [6, '"a straight mark that is never closed and'],
        ],
      );
      assert.deepEqual(textsWithScope(lines, CUE), ['added', 'wrote', 'noted'], 'cues after each unclosed quote are outside strings');
    });

    it('carries an unclosed quote across the lines of a hard-wrapped paragraph and stops at the blank line', () => {
      const lines = fixture('unclosed-quote-wrapped.news');
      assert.deepEqual(
        runsWithScope(lines, DOUBLE).map((run) => [run.line, run.text]),
        [
          [2, '“the budget will be'],
          [3, 'balanced next year, and the surplus will go to the schools and to the'],
          [4, 'repair of the old bridge'],
          [6, '“We will publish the figures in spring and explain each line,”'],
          [12, '“we are done'],
        ],
      );
      assert.ok(textsWithScope(lines, CUE).includes('said'), 'the paragraph after the unclosed ones is plain text with a cue');
    });

    it('does not take the short first line of a hard-wrapped paragraph for a section heading', () => {
      assert.deepEqual(textsWithScope(fixture('unclosed-quote-wrapped.news'), 'markup.heading.2'), []);
    });
  });

  describe('headlines and headings', () => {
    it('scopes the first line as the headline and a verbatim repeat before the body as a repeated headline', () => {
      const lines = fixture('headline.news');
      assert.deepEqual(linesWithScope(lines, 'markup.heading.1'), [0, 2]);
      assert.deepEqual(linesWithScope(lines, 'meta.headline.repeated.news'), [2]);
      assert.ok(hasScope(lines[0][0].scopes, 'entity.name.section'));
      assert.deepEqual(linesWithScope(lines, 'markup.heading'), [0, 2, 6], 'the body paragraph is not a heading');
    });

    it('finds the headline after leading blank lines', () => {
      const lines = fixture('headline-after-blank-lines.news');
      assert.deepEqual(textsWithScope(lines, 'markup.heading.1'), ['Lighthouse keeper retires after forty years']);
    });

    it('does not take a long first paragraph for a headline', () => {
      const body = `The keeper said ${'the lamp never failed and '.repeat(10)}the ships came home.`;
      assert.deepEqual(textsWithScope(tokenizer.tokenize(body), 'markup.heading'), []);
      assert.deepEqual(textsWithScope(tokenizer.tokenize(body), CUE), ['said']);
    });

    it('scopes a short line alone in its paragraph without final punctuation as a section heading', () => {
      const lines = fixture('section-heading.news');
      assert.deepEqual(textsWithScope(lines, 'markup.heading.2'), ['‘Keep to the high path’', 'What happens next']);
      assert.deepEqual(textsWithScope(lines, SINGLE), ['‘Keep to the high path’'], 'quotes in headings are still quotes');
    });
  });

  describe('datelines, wire credits and page furniture', () => {
    it('scopes datelines at the start of a paragraph, with their wire credit', () => {
      const lines = fixture('dateline.news');
      assert.deepEqual(textsWithScope(lines, 'markup.bold.dateline'), [
        'RIVERTON, Mar 3 —',
        'PORT ELLIS, Calif., March 3, 2021 (AP) —',
        'Lakeside (Reuters) -',
        'NEW HAVEN —',
      ]);
      assert.deepEqual(textsWithScope(lines, 'entity.name.type.wire'), ['(AP)', '(Reuters)']);
    });

    it('scopes sign-offs, parenthesised credits and a credit alone on its line, not the word in a sentence', () => {
      assert.deepEqual(textsWithScope(fixture('wire-credit.news'), 'entity.name.type.wire'), [
        '— AFP',
        '(Reuters)',
        '-- Bloomberg',
        'AP',
      ]);
    });

    it('scopes page furniture alone on its line, not the same words in a sentence', () => {
      assert.deepEqual(textsWithScope(fixture('furniture.news'), 'comment.line.furniture'), [
        'Reporting by A. Writer; Editing by B. Editor',
        'Source link',
        'OR',
        'Scroll to Top',
        'Advertisement',
      ]);
    });
  });

  describe('attribution', () => {
    it('scopes attribution cues, and not the same words used as nouns, adjectives or inside quotes', () => {
      const lines = fixture('cues.news');
      assert.deepEqual(textsWithScope(lines, CUE), [
        'said', 'says', 'told reporters',
        'added', 'asked', 'wrote',
        'argued', 'asserted', 'noted', 'insisted', 'warned', 'explained',
        'According to', 'claimed', 'stated', 'replied', 'recalled',
        'suggested', 'acknowledged', 'admitted', 'announced', 'declared', 'urged',
        'tweeted', 'posted', 'continued', 'concluded', 'conceded', 'countered',
        'cautioned', 'predicted', 'promised', 'vowed', 'quipped',
        'expected',
        'insisted',
      ]);
    });

    it('scopes the speaker right beside a cue: before it, after it, as a pronoun, or before an appositive', () => {
      const lines = fixture('speakers.news');
      assert.deepEqual(textsWithScope(lines, SPEAKER), [
        'Mara Quill',
        'Quill',
        'she',
        'Tomas Vey',
        'Tomas Vey',
        'Vey',
        'Vey',
        'Vey',
        'Siobhan O’Brien',
        'Jean-Luc Marais',
        'they',
      ]);
      assert.deepEqual(runsWithScope(lines, SPEAKER).filter((run) => run.line === 20).map((run) => run.text), ['they'],
        'a month before the cue is not a speaker');
    });
  });
});
