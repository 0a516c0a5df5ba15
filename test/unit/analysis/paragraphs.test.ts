import assert from 'node:assert/strict';
import { isHeadline, splitParagraphs } from '../../../src/analysis/paragraphs';

const texts = (text: string) => splitParagraphs(text).map((span) => text.slice(span.start, span.end));

describe('analysis: paragraphs', () => {
  it('splits at blank lines and trims each paragraph', () => {
    assert.deepEqual(texts('  First one.\n\n\n Second one.  \n \nThird.'), ['First one.', 'Second one.', 'Third.']);
  });

  it('reads each line as a paragraph when lines are not hard-wrapped', () => {
    assert.deepEqual(texts('Title line\nA short paragraph.\nA much longer paragraph that goes on and on well past any wrapping width that an editor would use for text.'), [
      'Title line', 'A short paragraph.', 'A much longer paragraph that goes on and on well past any wrapping width that an editor would use for text.',
    ]);
  });

  it('keeps a hard-wrapped block together', () => {
    const block = 'The council voted on Monday to close the old library on Elm\nStreet, saying it could no longer afford to heat two buildings\nthrough the winter.';
    assert.deepEqual(texts(block), [block]);
  });

  it('handles CRLF line ends and empty input', () => {
    assert.deepEqual(texts('One.\r\n\r\nTwo.\r\n'), ['One.', 'Two.']);
    assert.deepEqual(splitParagraphs(''), []);
  });

  it('reads a very long line in parts that end at sentence ends', () => {
    const text = 'The council met again. '.repeat(3000);
    const spans = splitParagraphs(text);
    assert.ok(spans.length > 1);
    for (const span of spans) {
      assert.ok(span.end - span.start <= 20_000);
      assert.ok(text.slice(span.start, span.end).endsWith('again.'));
    }
    assert.equal(spans[0].start, 0);
    assert.equal(spans[spans.length - 1].end, text.length - 1);
  });

  it('tells headlines from prose', () => {
    const headline = (text: string) => isHeadline(text, { start: 0, end: text.length });
    assert.equal(headline('Flooded town counts the cost'), true);
    assert.equal(headline('‘Vladimir, let’s talk’'), true);
    assert.equal(headline('Residents began clearing mud on Saturday.'), false);
    assert.equal(headline('“We are six months behind,” he said.'), false);
    assert.equal(headline('“I think his image would suffer.” — AFP'), false);
  });
});
