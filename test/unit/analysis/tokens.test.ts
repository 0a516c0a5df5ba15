import assert from 'node:assert/strict';
import { tokenize } from '../../../src/analysis/tokens';

const words = (text: string) => tokenize(text, { start: 0, end: text.length }, [], 0).map((token) => `${token.text}:${token.kind}`);

describe('analysis: tokens', () => {
  it('keeps initials, abbreviations and inner hyphens and apostrophes in one word', () => {
    assert.deepEqual(words('J.D. Vance met Mr. O’Brien and Ocasio-Cortez.'), [
      'J.D.:word', 'Vance:word', 'met:word', 'Mr.:word', 'O’Brien:word', 'and:word', 'Ocasio-Cortez:word', '.:punct',
    ]);
  });

  it('keeps a number with a thousands comma or a decimal point in one word, but not a list of numbers', () => {
    assert.deepEqual(words('1,900 hectares, 4.5%, in 2019, 12 and 3.'), [
      '1,900:word', 'hectares:word', ',:punct', '4.5:word', '%:punct', ',:punct', 'in:word', '2019:word', ',:punct', '12:word', 'and:word', '3:word', '.:punct',
    ]);
  });

  it('splits possessives off names, including plural possessives', () => {
    assert.deepEqual(words('Trump’s aide and the victims’ lawyer'), [
      'Trump:word', '’s:possessive', 'aide:word', 'and:word', 'the:word', 'victims:word', '’:possessive', 'lawyer:word',
    ]);
  });

  it('splits a possessive in capitals, and one that ends the text it is given', () => {
    assert.deepEqual(words('THE MAYOR’S OFFICE'), ['THE:word', 'MAYOR:word', '’S:possessive', 'OFFICE:word']);
    // The span stops right after "Aron's": the scanner must not read on into "ville".
    const text = "Aron'sville";
    const tokens = tokenize(text, { start: 0, end: 6 }, [], 0);
    assert.deepEqual(tokens.map((token) => `${token.text}:${token.kind}`), ['Aron:word', "'s:possessive"]);
  });

  it('gives each word its lower case, with typographic apostrophes made straight', () => {
    const lowers = (text: string) => tokenize(text, { start: 0, end: text.length }, [], 0).filter((token) => token.kind === 'word').map((token) => token.lower);
    assert.deepEqual(lowers('Smith said don’t, O’Brien’s NASA Ocasio-Cortez Mr. İzmir café Élodie a/L'), [
      'smith', 'said', "don't", "o'brien", 'nasa', 'ocasio-cortez', 'mr.', 'i̇zmir', 'café', 'élodie', 'a/l',
    ]);
  });

  it('keeps the full stop of an initial before a name but not at a sentence end', () => {
    assert.deepEqual(words('George W. Bush left. Then came B.'), ['George:word', 'W.:word', 'Bush:word', 'left:word', '.:punct', 'Then:word', 'came:word', 'B:word', '.:punct']);
  });

  it('marks the tokens that lie in a quote and their offsets', () => {
    const text = 'She said “go now” twice.';
    const tokens = tokenize(text, { start: 0, end: text.length }, [{ start: 9, end: 17 }], 0);
    assert.deepEqual(tokens.map((token) => [token.text, token.quote]), [['She', -1], ['said', -1], ['“', 0], ['go', 0], ['now', 0], ['”', 0], ['twice', -1], ['.', -1]]);
    for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.text);
  });
});
