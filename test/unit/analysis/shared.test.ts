// The table of shared strings changes no result: what it hands back equals what it was given, and an
// analysis after the table filled up and started again is the same as before.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis';
import { shared } from '../../../src/analysis/shared';

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
});
