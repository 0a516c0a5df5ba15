import assert from 'node:assert/strict';
import { findQuotes } from '../../../src/analysis/quotes';
import { splitParagraphs } from '../../../src/analysis/paragraphs';

function quotesOf(text: string) {
  return findQuotes(text, splitParagraphs(text)).map((quote) => ({
    text: text.slice(quote.contentStart, quote.contentEnd),
    marks: text.slice(quote.start, quote.end),
    nested: quote.nested.map((span) => text.slice(span.start, span.end)),
    continues: quote.continues,
    closed: quote.closed,
  }));
}

describe('analysis: quotes', () => {
  it('finds curly double quotes with spans over their marks', () => {
    const text = 'He said “yes” and “no.”';
    const quotes = findQuotes(text, splitParagraphs(text));
    assert.deepEqual(quotes.map((quote) => [quote.start, quote.end, quote.contentStart, quote.contentEnd]), [[8, 13, 9, 12], [18, 23, 19, 22]]);
  });

  it('reads straight quotes by what stands around them, apostrophes included', () => {
    assert.deepEqual(quotesOf(`"We're not going back to the '90s," O'Brien said. "Fine."`).map((q) => q.text), [`We're not going back to the '90s,`, 'Fine.']);
  });

  it('ignores an inch mark that closes nothing', () => {
    assert.deepEqual(quotesOf('He is 6\'2" tall and said "hello" twice.').map((q) => q.text), ['hello']);
  });

  it('keeps single quotes inside a double quote as nested, not apostrophes', () => {
    const [quote] = quotesOf('“My father said, ‘Never sell,’ and let’s be clear about O’Brien’s land,” she said.');
    assert.deepEqual(quote.nested, ['‘Never sell,’']);
    const [straight] = quotesOf(`"He said 'go home,' so I did," she said.`);
    assert.deepEqual(straight.nested, [`'go home,'`]);
  });

  it('ends an unclosed quote at its paragraph', () => {
    const quotes = quotesOf('The minister said it was “on schedule\n\nEngineers disagreed.');
    assert.deepEqual(quotes.map((q) => [q.text, q.closed]), [['on schedule', false]]);
  });

  it('ends an unclosed quote where a new one opens', () => {
    assert.deepEqual(quotesOf('He said “one thing and then “another.”').map((q) => q.text), ['one thing and then', 'another.']);
  });

  it('links the parts of a multi-paragraph quote', () => {
    const quotes = quotesOf('“The alarm went off,” Lang said. “We got out.\n\n“Then the roof fell.\n\n“I still hear it.”\n\nThe end.');
    assert.deepEqual(quotes.map((q) => [q.text, q.continues]), [['The alarm went off,', null], ['We got out.', null], ['Then the roof fell.', 1], ['I still hear it.', 2]]);
  });

  it('finds single-quoted passages outside double quotes but not plural possessives', () => {
    assert.deepEqual(quotesOf('‘Vladimir, let’s talk’: a headline').map((q) => q.text), ['Vladimir, let’s talk']);
    assert.deepEqual(quotesOf('The players’ union said ‘no’ to the deal.').map((q) => q.text), ['no']);
    assert.deepEqual(quotesOf("rock 'n' roll"), []);
  });

  it('skips empty quotes and copes with marks only', () => {
    assert.deepEqual(quotesOf('"" “ ” ""'), []);
    assert.deepEqual(quotesOf('""""""""'), []);
  });
});
