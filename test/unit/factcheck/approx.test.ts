import * as assert from 'node:assert/strict';
import { alignWithContext, approxSearch, editDistances, similarity } from '../../../src/factcheck/approx';
import { seededRandom } from './helpers';

/** Textbook dynamic programming: the reference the bit-parallel code must agree with. */
function referenceDistances(pattern: string, text: string, anchored: boolean): number[] {
  let previous = Array.from({ length: pattern.length + 1 }, (_, row) => row);
  const columns: number[] = [];
  for (let column = 0; column < text.length; column++) {
    const current = [anchored ? column + 1 : 0];
    for (let row = 1; row <= pattern.length; row++) {
      current[row] = Math.min(previous[row] + 1, current[row - 1] + 1, previous[row - 1] + (pattern[row - 1] === text[column] ? 0 : 1));
    }
    columns.push(current[pattern.length]);
    previous = current;
  }
  return columns;
}

const reversed = (text: string) => text.split('').reverse().join('');

describe('factcheck approximate matching', () => {
  it('editDistances agrees with dynamic programming for patterns of 1 to 140 characters (several 32-bit blocks)', () => {
    const random = seededRandom(1);
    const alphabets = ['ab', 'abcd', 'abcdefghij', 'aé“”😀 '];
    for (let trial = 0; trial < 600; trial++) {
      const alphabet = alphabets[trial % alphabets.length];
      const pick = (length: number) => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const pattern = pick(1 + Math.floor(random() * 140));
      const text = pick(Math.floor(random() * 200));
      assert.deepEqual(Array.from(editDistances(pattern, text)), referenceDistances(pattern, text, false));
      assert.deepEqual(Array.from(editDistances(pattern, text, { anchored: true })), referenceDistances(pattern, text, true));
      assert.deepEqual(
        Array.from(editDistances(pattern, text, { anchored: true, reverse: true })),
        referenceDistances(reversed(pattern), reversed(text), true),
      );
    }
  });

  it('editDistances with maxErrors gives every distance up to the bound exactly and maxErrors + 1 above it', () => {
    const random = seededRandom(3);
    const alphabet = 'the quick brown fox';
    for (let trial = 0; trial < 300; trial++) {
      const pick = (length: number) => Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const pattern = pick(1 + Math.floor(random() * 150));
      // Plant a copy with some substitutions so that distances near the bound occur.
      const copy = pattern.replace(/./g, (character) => (random() < 0.2 ? 'x' : character));
      const text = pick(100) + copy + pick(100);
      const maxErrors = Math.floor(random() * pattern.length);
      const expected = referenceDistances(pattern, text, false).map((distance) => Math.min(distance, maxErrors + 1));
      assert.deepEqual(Array.from(editDistances(pattern, text, { maxErrors })), expected);
    }
  });

  it('approxSearch over a long text finds every occurrence a scan of the whole text finds (its q-gram filter loses none)', () => {
    const random = seededRandom(5);
    const words = ['the', 'minister', 'said', 'port', 'costs', 'rose', 'ferry', 'in', 'March', 'by', 'a', 'third'];
    const pick = (count: number) => Array.from({ length: count }, () => words[Math.floor(random() * words.length)]).join(' ');
    let filtered = 0;
    for (let trial = 0; trial < 100; trial++) {
      const pattern = pick(3 + Math.floor(random() * 20));
      const maxErrors = Math.floor(pattern.length * (0.1 + random() * 0.2));
      // Copies with up to maxErrors substitutions, among words that share many of the pattern's 3-grams.
      const copy = () => pattern.replace(/./g, (character) => (random() < maxErrors / pattern.length / 1.5 ? 'x' : character));
      const text = [pick(300), copy(), pick(200), copy(), pick(300)].join(' ');
      const expected: { end: number; errors: number }[] = [];
      const distances = referenceDistances(pattern, text, false);
      for (let column = 0; column < distances.length; column++) {
        if (distances[column] > maxErrors) continue;
        let best = column;
        for (; column + 1 < distances.length && distances[column + 1] <= maxErrors; column++) if (distances[column + 1] < distances[best]) best = column + 1;
        expected.push({ end: best + 1, errors: distances[best] });
      }
      expected.sort((a, b) => a.errors - b.errors || a.end - b.end);
      const found = approxSearch(text, pattern, maxErrors, { limit: Infinity });
      assert.deepEqual(found.map(({ end, errors }) => ({ end, errors })), expected);
      if (pattern.length - 2 - 3 * maxErrors > 0) filtered++;
    }
    assert.ok(filtered > 30, `the filter ran in ${filtered} trials`);
  });

  it('editDistances scans only text[from, to)', () => {
    assert.deepEqual(Array.from(editDistances('ab', 'xxabxx', { from: 1, to: 5 })), referenceDistances('ab', 'xabx', false));
  });

  it('approxSearch finds each occurrence once, fewest errors first, with its start', () => {
    const text = 'the ferry costs more — the fery cost more — the ferry costs more';
    assert.deepEqual(approxSearch(text, 'ferry costs more', 3), [
      { start: 4, end: 20, errors: 0 },
      { start: 48, end: 64, errors: 0 },
      { start: 27, end: 41, errors: 2 },
    ]);
    assert.deepEqual(approxSearch(text, 'ferry costs more', 3, { limit: 1 }), [{ start: 4, end: 20, errors: 0 }]);
    assert.deepEqual(approxSearch(text, 'ferry costs more', 3, { from: 21, to: 45 }), [{ start: 27, end: 41, errors: 2 }]);
    assert.deepEqual(approxSearch(text, 'submarine', 2), []);
    assert.deepEqual(approxSearch(text, '', 2), []);
  });

  it('similarity is 1 for a contained string, lower with edits, 0 for empty input', () => {
    assert.equal(similarity('xx the pier xx', 'the pier'), 1);
    assert.equal(similarity('the peer', 'the pier'), 1 - 1 / 8);
    assert.equal(similarity('', 'the pier'), 0);
    assert.equal(similarity('the pier', ''), 0);
  });

  it('alignWithContext puts the ends of an edited claim where its context says', () => {
    const text = 'The old boat carried 40,000 passengers and it broke down.';
    const span = alignWithContext(text, 0, text.length, 'The old boat ', 'carried 40,000 passengers last year', ' and it broke down.');
    assert.equal(text.slice(span.start, span.end), 'carried 40,000 passengers');
  });
});
