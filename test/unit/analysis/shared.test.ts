// The table of shared strings changes no result: what it hands back equals what it was given (or, by code
// units, what they spell), and an analysis after the table filled up and started again is the same as before.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis';
import { shared, sharedCodes } from '../../../src/analysis/shared';

const ARTICLE = [
  'Leon Aron, a senior fellow at the American Enterprise Institute (AEI), studies Russia.',
  '“Putin is not going anywhere,” Aron said. “He has no reason to.”',
].join('\n\n');

describe('shared strings', () => {
  it('hands back an equal string, for new and for kept ones', () => {
    assert.equal(shared('senior fellow'), 'senior fellow');
    assert.equal(shared(['senior', 'fellow'].join(' ')), 'senior fellow');
    assert.equal(shared(''), '');
    const long = 'a'.repeat(81);
    assert.equal(shared(long), long);
  });

  it('gives the same analysis after the table filled up and started again', () => {
    const before = analyze(ARTICLE);
    for (let n = 0; n < 20_000; n++) shared(`word ${n}`);
    assert.deepEqual(analyze(ARTICLE), before);
    assert.equal(before.speakers[0].mentions[0].text, 'Leon Aron');
  });

  it('hands back the string code units spell, for new and for kept ones', () => {
    const spell = (text: string) => sharedCodes(Uint16Array.from(text, (char) => char.charCodeAt(0)), text.length);
    assert.equal(spell('aron'), 'aron');
    assert.equal(spell('aron'), 'aron');
    assert.equal(spell('oron'), 'oron', 'another word of the same length');
    assert.equal(spell(''), '');
    const codes = Uint16Array.from('o\'brien-kelly', (char) => char.charCodeAt(0));
    assert.equal(sharedCodes(codes, 7), "o'brien", 'only the first `length` codes');
    for (let n = 0; n < 40_000; n++) assert.equal(spell(`w${n}`), `w${n}`);
    assert.equal(spell('aron'), 'aron', 'after the table started again');
  });

  it('reads name words with capitals, curly apostrophes, full stops and accents as they are written', () => {
    const article = analyze('Seán O’Brien-Kelly, a lawyer for the family, spoke first.\n\n“We will appeal,” O’Brien-Kelly said.\n\nJ.D. Vance, the senator, agreed. “It is over,” Vance said.');
    assert.deepEqual(article.speakers.map((speaker) => [speaker.id, speaker.mentions.map((mention) => mention.text)]), [
      ['sean-obrien-kelly', ['Seán O’Brien-Kelly', 'O’Brien-Kelly']],
      ['jd-vance', ['J.D. Vance', 'Vance']],
    ]);
    assert.deepEqual(article.quotes.map((quote) => quote.speaker), ['sean-obrien-kelly', 'jd-vance']);
  });
});
