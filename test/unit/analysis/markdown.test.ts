import assert from 'node:assert/strict';
import { analyze } from '../../../src/analysis';
import { markdownProse } from '../../../src/analysis/markdown';
import { nameOf, readFixture } from './fixtures';

describe('analysis: Markdown articles', () => {
  it('keeps offsets into the original Markdown and blanks out everything but prose', () => {
    const source = '# Title with “a quote”\n\nSome *emphasis* and `code “not a quote”` [link text](http://example.com/“x”).\n';
    const prose = markdownProse(source);
    assert.equal(prose.text.length, source.length);
    assert.ok(!prose.text.includes('`'));
    assert.ok(!prose.text.includes('example.com'));
    assert.ok(prose.text.includes('link text'));
    assert.equal(prose.text.indexOf('“'), source.indexOf('“'), 'the heading quote keeps its offset');
    assert.equal(prose.text.indexOf('“not'), -1, 'inline code is blanked out');
    assert.deepEqual(prose.paragraphs.map((paragraph) => [source.slice(paragraph.start, paragraph.end), paragraph.headline]), [
      ['Title with “a quote”', true],
      ['Some *emphasis* and `code “not a quote”` [link text](http://example.com/“x”).', false],
    ]);
  });

  it('finds quotes in paragraphs, headings, lists and block quotes, but not in code, HTML or front matter', () => {
    const source = readFixture('markdown', 'article.md');
    const article = analyze(source, { format: 'markdown' });
    const found = article.quotes.map((quote) => [quote.text, nameOf(article, quote.speaker)]);
    assert.deepEqual(found, [
      ['Nobody told us', null],
      ['We had four hours to leave our homes,', 'Amina Yusuf'],
      ['The levee was rated for a hundred-year flood,', 'Carlos Mendes'],
      ['We will rebuild every house.', 'Carlos Mendes'],
      ['Insurance will not cover it,', 'Amina Yusuf'],
    ]);
    for (const quote of article.quotes) {
      assert.equal(source.slice(quote.contentStart, quote.contentEnd), quote.text);
      assert.match(source[quote.start], /[“"]/);
    }
    const yusuf = article.speakers.find((speaker) => speaker.name === 'Amina Yusuf');
    assert.equal(yusuf?.role, 'shelter coordinator');
    for (const mention of yusuf!.mentions) assert.equal(source.slice(mention.start, mention.end), mention.text);
  });

  it('ignores front matter', () => {
    const source = '---\ntitle: “Not a quote,” said Front Matter\n---\n\n“Real quote,” said Jane Porter.\n';
    const article = analyze(source, { format: 'markdown' });
    assert.deepEqual(article.quotes.map((quote) => quote.text), ['Real quote,']);
  });
});
