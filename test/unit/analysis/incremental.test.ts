// The Analyzer re-reads only the paragraphs an edit changed: every version must analyse exactly as a
// fresh analyze() of the same text does.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { Analyzer, analyze, type AnalyzeOptions } from '../../../src/analysis';
import { FIXTURES, readFixture } from './fixtures';

function assertSameAsFresh(analyzer: Analyzer, text: string, options: AnalyzeOptions = {}): void {
  assert.deepEqual(analyzer.analyze(text, options), analyze(text, options));
}

/** Analyses `versions` in turn with one Analyzer, each checked against a fresh analysis. */
function assertVersions(...versions: string[]): void {
  const analyzer = new Analyzer();
  for (const text of versions) assertSameAsFresh(analyzer, text);
}

const ARTICLE = [
  'Leon Aron, a senior fellow at the American Enterprise Institute (AEI), studies Russia.',
  '“Putin is not going anywhere,” Aron said. “He has no reason to.”',
  'The Kremlin did not respond. Its spokesman, Dmitry Peskov, said later that “nothing has changed.”',
  '“We will see,” said Peskov.',
  'Aron expects talks to continue.',
].join('\n\n');

describe('Analyzer (incremental analysis)', () => {
  it('gives the same article for the same text twice', () => {
    assertVersions(ARTICLE, ARTICLE);
  });

  it('after a paragraph is inserted, deleted or changed', () => {
    const paragraphs = ARTICLE.split('\n\n');
    const inserted = [...paragraphs.slice(0, 2), 'Maria Lopez, a historian, disagreed.', ...paragraphs.slice(2)].join('\n\n');
    const deleted = [...paragraphs.slice(0, 1), ...paragraphs.slice(2)].join('\n\n');
    const changed = ARTICLE.replace('did not respond', 'declined to comment');
    assertVersions(ARTICLE, inserted, ARTICLE, deleted, ARTICLE, changed, inserted);
  });

  it('after a one-character edit anywhere in a paragraph', () => {
    const analyzer = new Analyzer();
    assertSameAsFresh(analyzer, ARTICLE);
    for (let at = 0; at <= ARTICLE.length; at += 7) {
      assertSameAsFresh(analyzer, `${ARTICLE.slice(0, at)}x${ARTICLE.slice(at)}`);
      assertSameAsFresh(analyzer, `${ARTICLE.slice(0, at)}${ARTICLE.slice(at + 1)}`);
    }
  });

  it('when an edit changes a name that other paragraphs use', () => {
    const renamed = ARTICLE.replace('Leon Aron', 'Leon Baron');
    const unnamed = ARTICLE.replace('Leon Aron, a senior fellow', 'A senior fellow');
    assertVersions(ARTICLE, renamed, ARTICLE, unnamed, renamed);
    const analyzer = new Analyzer();
    analyzer.analyze(ARTICLE);
    assert.ok(analyzer.analyze(renamed).speakers.some((speaker) => speaker.name === 'Leon Baron'));
    // "Aron" below names a person only while the first paragraph gives the full name.
    const short = 'Leon Aron, a senior fellow at the institute, studies Russia.\n\nAron expects that the talks will go on for weeks.';
    assertVersions(short, short.replace('Leon Aron', 'Leon Baron'), short);
  });

  it('after an edit inside a quote running over several paragraphs', () => {
    const article = [
      'Jane Doe, the mayor, spoke at length.',
      '“The budget is tight this year and we have to choose,',
      '“but we will not close a single library,” she said.',
      'Council members applauded.',
    ].join('\n\n');
    const edited = article.replace('tight this year', 'tighter than ever');
    const closed = article.replace('we have to choose,', 'we have to choose,”');
    const merged = article.replace('choose,\n\n“but', 'choose, but');
    assertVersions(article, edited, closed, article, merged, article);
  });

  it('with Markdown', () => {
    const markdown = `# Talks\n\n${ARTICLE}\n\n- “A list item,” Aron said.\n`;
    const analyzer = new Analyzer();
    assertSameAsFresh(analyzer, markdown, { format: 'markdown' });
    assertSameAsFresh(analyzer, markdown.replace('Talks', 'Talks resume'), { format: 'markdown' });
    assertSameAsFresh(analyzer, ARTICLE);
  });

  it('over every fixture article, one after another and edited', () => {
    const analyzer = new Analyzer();
    for (const dir of ['patterns', 'eval']) {
      for (const name of readdirSync(path.join(FIXTURES, dir)).filter((file) => file.endsWith('.txt')).sort()) {
        const text = readFixture(dir, name);
        assertSameAsFresh(analyzer, text);
        const middle = text.indexOf(' ', text.length >> 1);
        assertSameAsFresh(analyzer, `${text.slice(0, middle)}\n\n${text.slice(middle + 1)}`);
        assertSameAsFresh(analyzer, text);
      }
    }
  });
});
