// Odd and random input: the engine never throws and its output keeps the Article contract.
import assert from 'node:assert/strict';
import { analyze, type Article } from '../../../src/analysis';

/** Deterministic pseudo-random numbers (mulberry32), so a failure reproduces. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = [
  'said', 'Smith', 'Jane Doe', 'he', 'she', 'the senator', 'told', 'according to', ',', '.', ':', '—', '--', '“', '”', '"', '‘', '’', "'",
  '\n', '\n\n', ' ', 'Mr.', 'J.D.', 'O’Brien', 'von der', 'Leyen', 'WASHINGTON', 'the', 'a', 'fellow', 'at', 'Institute', '(AEI)', '😀', '\r\n', '\t', 'é', 'x',
];

function assertContract(text: string, article: Article): void {
  const ids = new Set(article.speakers.map((speaker) => speaker.id));
  assert.equal(ids.size, article.speakers.length, 'speaker ids are unique');
  let previousEnd = 0;
  article.quotes.forEach((quote, index) => {
    assert.ok(quote.start >= previousEnd && quote.start < quote.end && quote.end <= text.length, 'quotes are in order and do not overlap');
    assert.ok(quote.start < quote.contentStart && quote.contentStart <= quote.contentEnd && quote.contentEnd <= quote.end);
    assert.equal(quote.text, text.slice(quote.contentStart, quote.contentEnd));
    assert.ok(quote.speaker === null || ids.has(quote.speaker));
    assert.ok(quote.continues === null || (quote.continues >= 0 && quote.continues < index));
    for (const nested of quote.nested) assert.ok(nested.start >= quote.contentStart && nested.end <= quote.contentEnd);
    previousEnd = quote.end;
  });
  for (const speaker of article.speakers) {
    assert.ok(speaker.mentions.length > 0);
    for (let i = 0; i < speaker.mentions.length; i++) {
      const mention = speaker.mentions[i];
      assert.equal(mention.text, text.slice(mention.start, mention.end));
      if (i > 0) assert.ok(mention.start >= speaker.mentions[i - 1].start, 'mentions are sorted');
    }
  }
  for (const statement of article.reported) {
    assert.ok(ids.has(statement.speaker));
    assert.equal(statement.text, text.slice(statement.start, statement.end));
    assert.equal(statement.cue.text, text.slice(statement.cue.start, statement.cue.end));
  }
  for (const paragraph of article.paragraphs) assert.ok(paragraph.start < paragraph.end && paragraph.end <= text.length);
}

describe('analysis: robustness', () => {
  it('handles empty, blank and mark-only input', () => {
    for (const text of ['', ' ', '\n\n\n', '“', '”', '"', "'", '“”', '‘’', '"""', '— —', '\uFEFF“Hi,” she said.']) {
      assertContract(text, analyze(text));
      assertContract(text, analyze(text, { format: 'markdown' }));
    }
  });

  it('keeps the contract on random text', () => {
    const next = random(20240601);
    for (let round = 0; round < 300; round++) {
      const length = 1 + Math.floor(next() * 80);
      const text = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join(next() < 0.7 ? ' ' : '');
      assertContract(text, analyze(text));
    }
  });

  it('is deterministic', () => {
    const next = random(7);
    const text = Array.from({ length: 400 }, () => PIECES[Math.floor(next() * PIECES.length)]).join(' ');
    assert.deepEqual(analyze(text), analyze(text));
  });

  it('finishes on adversarial input of 100 kB', () => {
    const cases = ['“a '.repeat(30_000), 'Alder Birch Cedar '.repeat(6_000), '"'.repeat(100_000), 'x '.repeat(50_000), '‘a’ '.repeat(25_000)];
    for (const text of cases) assertContract(text, analyze(text));
  });
});
