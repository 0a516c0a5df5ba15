import * as assert from 'node:assert/strict';
import {
  CONTEXT_LENGTH,
  DEFAULT_VERDICTS,
  createSelector,
  isIsoUtc,
  isKnownVerdict,
  newNoteId,
  orderVerdicts,
  serializeNotes,
  timestamp,
  verdictInfo,
  createNotesDocument,
} from '../../../src/factcheck';
import { article, noteOn } from './helpers';

describe('factcheck selectors', () => {
  it('keeps the exact words, 32 characters either side and the offsets', () => {
    const start = article.indexOf('eleven times');
    const selector = createSelector(article, start, start + 12);
    assert.equal(CONTEXT_LENGTH, 32);
    assert.deepEqual(selector, {
      quote: { prefix: article.slice(start - 32, start), exact: 'eleven times', suffix: article.slice(start + 12, start + 44) },
      position: { start, end: start + 12 },
    });
  });

  it('shortens the context at the ends of the text', () => {
    assert.deepEqual(createSelector('abc def', 0, 3).quote, { prefix: '', exact: 'abc', suffix: ' def' });
    assert.deepEqual(createSelector('abc def', 4, 7).quote, { prefix: 'abc ', exact: 'def', suffix: '' });
  });

  it('does not split a surrogate pair at the context boundary', () => {
    const text = 'x🗞' + 'a'.repeat(31) + 'CLAIM' + 'b'.repeat(31) + '🗞y';
    const start = text.indexOf('CLAIM');
    const { quote } = createSelector(text, start, start + 5);
    assert.equal(quote.prefix, '🗞' + 'a'.repeat(31));
    assert.equal(quote.suffix, 'b'.repeat(31) + '🗞');
  });

  it('rejects a span outside the text', () => {
    assert.throws(() => createSelector('abc', 2, 1), RangeError);
    assert.throws(() => createSelector('abc', 0, 4), RangeError);
    assert.throws(() => createSelector('abc', -1, 2), RangeError);
  });
});

describe('factcheck verdicts, ids and times', () => {
  it('knows the default verdicts in menu order, ignoring case and spaces', () => {
    assert.deepEqual(DEFAULT_VERDICTS, ['True', 'Mostly true', 'Half true', 'Misleading', 'False', 'Unverified', 'Needs context']);
    assert.ok(isKnownVerdict(' mostly TRUE '));
    assert.ok(!isKnownVerdict('Pants on fire'));
    assert.ok(isKnownVerdict('Pants on fire', ['Pants on fire']));
  });

  it('gives ratings True 5 … False 1, none for Unverified, Needs context and unknown verdicts', () => {
    assert.deepEqual(
      DEFAULT_VERDICTS.map((verdict) => [verdictInfo(verdict).rating, verdictInfo(verdict).severity]),
      [[5, 'supported'], [4, 'supported'], [3, 'mixed'], [2, 'mixed'], [1, 'refuted'], [null, 'unrated'], [null, 'unrated']],
    );
    assert.deepEqual(verdictInfo('Pants on fire'), { verdict: 'Pants on fire', known: false, rating: null, severity: 'unrated' });
  });

  it('orders used verdicts as the menu does, unknown ones last in order of use', () => {
    assert.deepEqual(orderVerdicts(['Zany', 'False', 'True', 'Odd', 'False']), ['True', 'False', 'Zany', 'Odd']);
  });

  it('makes distinct ids that the format accepts', () => {
    const ids = Array.from({ length: 200 }, () => newNoteId());
    assert.equal(new Set(ids).size, ids.length);
    assert.match(ids[0], /^n[0-9a-f]{12}$/);
    const notes = ids.slice(0, 3).map((id) => noteOn(article, 'ferry', { id }));
    assert.doesNotThrow(() => serializeNotes(createNotesDocument('a.txt', notes)));
  });

  it('stamps and checks ISO 8601 UTC times', () => {
    assert.equal(timestamp(new Date(Date.UTC(2025, 4, 4, 9, 12))), '2025-05-04T09:12:00.000Z');
    for (const valid of ['2025-05-04T09:12:00.000Z', '2025-05-04T09:12Z', '2024-02-29T23:59:59Z', '2025-05-04T09:12:00.123456789Z']) assert.ok(isIsoUtc(valid), valid);
    for (const invalid of ['2025-02-29T00:00:00Z', '2025-05-04T24:00:00Z', '2025-05-04T09:12:00+02:00', '2025-05-04', 'yesterday']) assert.ok(!isIsoUtc(invalid), invalid);
  });
});
