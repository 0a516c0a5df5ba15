import assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis';
import { mentionAt, quoteAt, quotesBy, speakerById } from '../../../src/analysis/query';

const text = 'Leon Aron, a senior fellow, spoke first. “Putin will not budge,” Aron said. “Nor will we,” said Jane Doe.\n\n“Never,” Aron added.';
const article = analyze(text);

describe('analysis: query helpers', () => {
  it('finds the quote at an offset, marks and the position just after the closing mark included', () => {
    const first = article.quotes[0];
    assert.equal(quoteAt(article, first.start), first);
    assert.equal(quoteAt(article, first.contentStart + 3), first);
    assert.equal(quoteAt(article, first.end), first);
    assert.equal(quoteAt(article, first.start - 1), undefined);
    assert.equal(quoteAt(article, 0), undefined);
  });

  it('finds the mention at an offset with its speaker', () => {
    const at = text.indexOf('Aron said');
    const hit = mentionAt(article, at + 2);
    assert.equal(hit?.speaker.name, 'Leon Aron');
    assert.deepEqual(hit && [hit.mention.start, hit.mention.end, hit.mention.text], [at, at + 4, 'Aron']);
    assert.equal(mentionAt(article, text.indexOf('spoke')), undefined);
  });

  it('looks speakers up by id and lists their quotes in order, as the same objects', () => {
    const aron = speakerById(article, 'leon-aron');
    assert.equal(aron?.name, 'Leon Aron');
    assert.equal(speakerById(article, 'nobody'), undefined);
    const quotes = quotesBy(article, 'leon-aron');
    assert.deepEqual(quotes.map((quote) => quote.text), ['Putin will not budge,', 'Never,']);
    assert.ok(quotes.every((quote) => article.quotes.includes(quote)));
    assert.deepEqual(quotesBy(article, 'nobody'), []);
  });

  it('answers on an empty article', () => {
    const empty = analyze('');
    assert.equal(quoteAt(empty, 0), undefined);
    assert.equal(mentionAt(empty, 0), undefined);
  });
});
