import * as assert from 'node:assert/strict';
import { shiftSpan, type Span } from '../../../src/factcheck';

// The claim is text[10, 20).
const claim: Span = { start: 10, end: 20 };
const change = (offset: number, deletedLength: number, insertedText = '') => ({ offset, deletedLength, insertedText });

describe('factcheck shiftSpan', () => {
  const cases: [string, ReturnType<typeof change>, Span][] = [
    ['insertion before shifts', change(3, 0, 'abc'), { start: 13, end: 23 }],
    ['insertion at the start shifts (typing before the claim)', change(10, 0, 'abc'), { start: 13, end: 23 }],
    ['insertion inside grows', change(15, 0, 'abc'), { start: 10, end: 23 }],
    ['insertion at the end leaves it (typing after the claim)', change(20, 0, 'abc'), { start: 10, end: 20 }],
    ['insertion after leaves it', change(25, 0, 'abc'), { start: 10, end: 20 }],
    ['deletion before shifts back', change(2, 5), { start: 5, end: 15 }],
    ['deletion ending at the start shifts back', change(5, 5), { start: 5, end: 15 }],
    ['deletion inside shrinks', change(12, 3), { start: 10, end: 17 }],
    ['deletion after leaves it', change(20, 5), { start: 10, end: 20 }],
    ['deletion across the start clamps the start', change(5, 10), { start: 5, end: 10 }],
    ['deletion across the end clamps the end', change(15, 10), { start: 10, end: 15 }],
    ['replacement inside grows or shrinks', change(12, 2, 'abcdef'), { start: 10, end: 24 }],
    ['replacing exactly the claim keeps the new words', change(10, 10, 'new words'), { start: 10, end: 19 }],
    ['replacement across the start leaves the new text out', change(5, 10, 'xy'), { start: 7, end: 12 }],
    ['replacement across the end leaves the new text out', change(15, 10, 'xy'), { start: 10, end: 15 }],
    ['deleting the whole claim collapses it', change(10, 10), { start: 10, end: 10 }],
    ['deleting more than the claim collapses it at the edit', change(4, 30, 'replacement'), { start: 4, end: 4 }],
  ];
  for (const [name, edit, expected] of cases) {
    it(name, () => assert.deepEqual(shiftSpan(claim, edit), expected));
  }

  it('maps a span through a sequence of changes applied in order, matching the edited text', () => {
    let text = '0123456789THE CLAIM!rest of the text';
    let span: Span = { start: 10, end: 20 };
    for (const edit of [change(0, 3, 'abcdef'), change(16, 0, ' BIG'), change(30, 4, '')]) {
      text = text.slice(0, edit.offset) + edit.insertedText + text.slice(edit.offset + edit.deletedLength);
      span = shiftSpan(span, edit);
    }
    assert.equal(text.slice(span.start, span.end), 'THE BIG CLAIM!');
  });
});
