import * as assert from 'node:assert/strict';
import { anchor, anchorNotes, createSelector, type AnchorResult, type NoteSelector } from '../../../src/factcheck';
import { article } from './helpers';

const claim = 'carried 40,000 passengers last year';
const claimStart = article.indexOf(claim);
const stored = createSelector(article, claimStart, claimStart + claim.length);

/** `article` with `find` (which must occur once) replaced. */
function edited(find: string, replacement: string, text = article): string {
  assert.equal(text.split(find).length, 2, `"${find}" must occur exactly once`);
  return text.replace(find, replacement);
}

function anchoredText(text: string, result: AnchorResult): string | null {
  return result.span && text.slice(result.span.start, result.span.end);
}

/** Asserts the method, the words found, and that the fresh selector describes them in `text`. */
function assertAnchored(text: string, result: AnchorResult, method: AnchorResult['method'], words: string, start: number): void {
  assert.equal(result.method, method);
  assert.deepEqual(result.span, { start, end: start + words.length });
  assert.equal(anchoredText(text, result), words);
  assert.deepEqual(result.selector, createSelector(text, start, start + words.length));
}

describe('factcheck anchoring', () => {
  it('keeps an unchanged claim at its position', () => {
    const result = anchor(article, stored);
    assertAnchored(article, result, 'exact-position', claim, claimStart);
    assert.deepEqual(result.selector, stored);
    assert.equal(result.score, 1);
  });

  describe('edits before the claim', () => {
    it('insertion: finds the words where they moved', () => {
      const text = edited('PORT ELLEN, May 3 —', 'PORT ELLEN, Scotland, May 3 —');
      assertAnchored(text, anchor(text, stored), 'exact-nearest', claim, claimStart + ', Scotland'.length);
    });

    it('deletion: finds the words where they moved', () => {
      const text = edited(', ending a dispute that had run since the winter storms', '');
      const result = anchor(text, stored);
      assertAnchored(text, result, 'exact-nearest', claim, claimStart - ', ending a dispute that had run since the winter storms'.length);
      assert.notEqual(result.selector.quote.prefix, stored.quote.prefix, 'the fresh prefix comes from the new text');
    });

    it('rewording right before the claim: same words, fresh context', () => {
      const text = edited('“The old boat carried', '“The ageing vessel carried');
      const result = anchor(text, stored);
      assertAnchored(text, result, 'exact-nearest', claim, claimStart + 'ageing vessel'.length - 'old boat'.length);
      assert.match(result.selector.quote.prefix, /The ageing vessel $/);
    });
  });

  describe('edits after the claim', () => {
    for (const [name, find, replacement] of [
      ['insertion', 'broke down eleven times', 'broke down eleven times in all'],
      ['deletion', ' and it broke down eleven times', ''],
      ['rewording', 'broke down eleven times', 'failed on eleven crossings'],
    ]) {
      it(`${name}: keeps the position and refreshes the suffix`, () => {
        const text = edited(find, replacement);
        const result = anchor(text, stored);
        assertAnchored(text, result, 'exact-position', claim, claimStart);
        assert.equal(result.selector.quote.suffix, text.slice(claimStart + claim.length, claimStart + claim.length + 32));
      });
    }
  });

  describe('edits inside the claim', () => {
    for (const [name, words] of [
      ['insertion', 'carried about 40,000 passengers last year'],
      ['deletion of the last words', 'carried 40,000 passengers'],
      ['deletion of the first word', '40,000 passengers last year'],
      ['rewording', 'carried 41,500 passengers last year'],
      ['rewording of several words', 'carried nearly 41,500 riders last year'],
    ]) {
      it(`${name}: fuzzy match covering exactly the new words`, () => {
        const text = edited(claim, words);
        const result = anchor(text, stored);
        assertAnchored(text, result, 'fuzzy', words, claimStart);
        assert.ok(result.score > 0.7 && result.score < 1, `score ${result.score}`);
      });
    }
  });

  describe('the claim moved', () => {
    const paragraph = article.slice(article.indexOf('“The old boat'), article.indexOf('\n\nOpponents'));
    const withoutParagraph = edited(paragraph + '\n\n', '');

    it('unchanged: found at its new place', () => {
      const text = withoutParagraph + '\n' + paragraph + '\n';
      assertAnchored(text, anchor(text, stored), 'exact-nearest', claim, text.indexOf(claim));
    });

    it('and reworded: fuzzy match at its new place', () => {
      const text = withoutParagraph + '\n' + paragraph.replace('40,000', '41,000') + '\n';
      const words = claim.replace('40,000', '41,000');
      assertAnchored(text, anchor(text, stored), 'fuzzy', words, text.indexOf(words));
    });

    it('far beyond the nearby search, reworded: found by searching the whole text', () => {
      const filler = 'A sentence about nothing in particular. '.repeat(300);
      const words = 'carried 40,000 passengers last spring';
      const text = edited(claim, 'took many people') + filler + `The boat ${words}, they say.`;
      const result = anchor(text, stored);
      assertAnchored(text, result, 'fuzzy', words, text.indexOf(words));
    });
  });

  describe('the claim deleted', () => {
    for (const [name, find] of [
      ['the words alone', claim + ' '],
      ['the words and their context', ' old boat carried 40,000 passengers last year and it broke'],
      ['the whole paragraph', article.slice(article.indexOf('“The old boat'), article.indexOf('Opponents'))],
    ]) {
      it(`${name}: the note becomes an orphan and keeps its stored selector`, () => {
        const result = anchor(edited(find, ''), stored);
        assert.deepEqual(result, { method: 'orphan', span: null, selector: stored, score: 0 });
      });
    }
  });

  describe('the same words twice', () => {
    const paragraph = 'Quist said the new ferry would arrive before the summer and would carry cars.';
    const words = 'would arrive before the summer';
    const twice = `${paragraph}\n\n${paragraph}\n`;
    const second = createSelector(twice, twice.lastIndexOf(words), twice.lastIndexOf(words) + words.length);

    it('with the same context: takes the occurrence nearest the old position', () => {
      const text = 'Update: ' + twice;
      assertAnchored(text, anchor(text, second), 'exact-nearest', words, text.lastIndexOf(words));
      const first = createSelector(twice, twice.indexOf(words), twice.indexOf(words) + words.length);
      assertAnchored(text, anchor(text, first), 'exact-nearest', words, text.indexOf(words));
    });

    it('when an insertion brings the same words closer: the occurrence whose context matches wins', () => {
      const text = edited('“The old boat', `Critics doubt it ${claim}. “The old boat`);
      const moved = text.lastIndexOf(claim);
      assert.ok(Math.abs(text.indexOf(claim) - claimStart) < Math.abs(moved - claimStart), 'the inserted copy is nearer');
      assertAnchored(text, anchor(text, stored), 'exact-nearest', claim, moved);
    });
  });

  it('uses the quote when the stored position is out of the text', () => {
    const beyond: NoteSelector = { ...stored, position: { start: 99_999, end: 100_034 } };
    assertAnchored(article, anchor(article, beyond), 'exact-nearest', claim, claimStart);
  });

  it('orphans a note with no words', () => {
    const empty: NoteSelector = { quote: { prefix: '', exact: '', suffix: '' }, position: { start: 3, end: 3 } };
    assert.equal(anchor(article, empty).method, 'orphan');
  });

  it('does not pin a short claim to unrelated words once it is deleted', () => {
    const words = 'eleven times';
    const selector = createSelector(article, article.indexOf(words), article.indexOf(words) + words.length);
    assert.equal(anchor(edited(' and it broke down eleven times', ''), selector).method, 'orphan');
  });

  it('anchorNotes answers for every note, in order', () => {
    const text = edited(claim, 'carried about 41,500 passengers last year');
    const other = 'The ferry costs more than the school';
    const notes = [stored, createSelector(article, article.indexOf(other), article.indexOf(other) + other.length), createSelector(article, 0, 0)].map(
      (selector, index) => ({ id: `n${index}`, verdict: 'False', status: 'open' as const, author: 'A', created: '2025-01-01T00:00:00Z', edited: null, selector, body: '', replies: [] }),
    );
    assert.deepEqual(
      anchorNotes(text, notes).map((result) => result.method),
      ['fuzzy', 'exact-nearest', 'orphan'],
    );
  });
});
