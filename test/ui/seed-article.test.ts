// The seed article as a reader sees it in the editor.
import * as assert from 'node:assert/strict';
import { waitFor } from '../waitFor';
import {
  SEED, goToLine, languageMode, moveMouseAway, renderedLines, saveScreenshot, showNewsLensSideBar, workbenchWithFile, type RenderedToken,
} from './workbench';

const OPENING_QUOTES = '“"';
const CLOSING_QUOTES = '”"';

/** Token classes of the text inside and outside the first double-quoted passage on a line. */
function classesInsideAndOutsideQuote(line: RenderedToken[]): { inside: Set<string>; outside: Set<string> } | undefined {
  const characters = line.flatMap((token) => [...token.text].map((character) => ({ character, tokenClass: token.tokenClass })));
  const open = characters.findIndex(({ character }) => OPENING_QUOTES.includes(character));
  if (open < 0) return undefined;
  const close = characters.findIndex(({ character }, index) => index > open && CLOSING_QUOTES.includes(character));
  if (close < 0) return undefined;
  const classesOf = (slice: typeof characters) => new Set(slice.filter(({ character }) => /\p{L}/u.test(character)).map(({ tokenClass }) => tokenClass));
  return { inside: classesOf(characters.slice(open + 1, close)), outside: classesOf(characters.slice(0, open)) };
}

suite('Seed article in the editor', () => {
  const workbench = workbenchWithFile(SEED);

  test('opens as a News Source', async () => {
    const { page } = workbench();
    await page.locator('[id="status.editor.mode"]', { hasText: 'News Source' }).waitFor();
    assert.equal(await languageMode(page), 'News Source');
  });

  test('the status bar counts the quoted speakers and their quotes', async () => {
    // Status bar ids are `<extension id>.<item id>`.
    const summary = workbench().page.locator('[id="news-lens.news-lens.newsLens.summary"]');
    await summary.filter({ hasText: '4 speakers · 14 quotes' }).waitFor();
  });

  test('colours quoted words differently from the narration around them', async () => {
    // The grammar loads after the first paint, so wait for the editor to re-render with its tokens.
    await waitFor('quoted words to get their own token class', async () => {
      const lines = await renderedLines(workbench().page);
      const quoted = lines.map(classesInsideAndOutsideQuote).find((classes) => classes && classes.inside.size && classes.outside.size);
      if (!quoted) throw new Error('no rendered line with narration followed by a “quoted” passage');
      const shared = [...quoted.inside].filter((tokenClass) => quoted.outside.has(tokenClass));
      if (shared.length) throw new Error(`quoted text has ${[...quoted.inside].join(' ')}, narration ${[...quoted.outside].join(' ')}`);
      return true;
    });
  });

  test('screenshot of the article beside the News Lens side bar', async () => {
    const { page } = workbench();
    await showNewsLensSideBar(page);
    // Put the cursor on the empty second line, so no word-occurrence highlight covers the headline.
    await goToLine(page, 2);
    await moveMouseAway(page);
    const file = await saveScreenshot(workbench().page, 'seed-article');
    console.log(`      screenshot: ${file}`);
  });
});
