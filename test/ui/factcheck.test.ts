// A fact-check as a reader adds one: select words, Ctrl+Alt+F, type the note into VS Code's comment
// box, submit. The thread shows the verdict in its label, the note is saved beside the article, and the
// status bar still describes the article while the thread's input box has the focus.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { waitFor } from '../waitFor';
import { SEED, goToLine, moveMouseAway, saveScreenshot, workbenchWithFile } from './workbench';

const WOODWARD_LINE = 22;
const NOTE = 'Only the book says so: ask the publisher for the sourcing.';

suite('Fact-check in the editor', () => {
  const workbench = workbenchWithFile(SEED);

  test('Ctrl+Alt+F on selected words opens a comment box; the submitted note shows with its verdict and is saved', async () => {
    const { page } = workbench();
    await goToLine(page, WOODWARD_LINE);
    await page.keyboard.press('Shift+End');
    await page.locator('[id="status.editor.selection"]', { hasText: 'selected' }).waitFor();
    // The key's `when` clause needs News Lens active on this editor: its status item says so (on a loaded
    // machine the extension host may still be starting).
    const summary = page.locator('[id="news-lens.news-lens.newsLens.summary"]', { hasText: '4 speakers · 14 quotes' });
    await summary.waitFor();
    await page.keyboard.press('Control+Alt+F');

    // VS Code's own comment input, focused, in a thread widget below the line.
    const widget = page.locator('.review-widget').first();
    await widget.waitFor({ state: 'visible' });
    await page.keyboard.type(NOTE);
    await page.keyboard.press('Control+Enter');

    await widget.locator('.comment-body', { hasText: 'ask the publisher' }).waitFor();
    await widget.locator('.review-title', { hasText: 'Unverified' }).waitFor();
    // The thread's input box keeps the focus, and News Lens stays on the article.
    await summary.waitFor();

    const notesFile = path.join(workbench().workspace, `${SEED}.factcheck.md`);
    const saved = await waitFor('the notes file beside the article', () => fs.existsSync(notesFile) && fs.readFileSync(notesFile, 'utf8'));
    assert.ok(saved.includes(NOTE), 'the note’s words are in the notes file');
    assert.ok(saved.includes('A new book by the investigative reporter Bob Woodward'), 'the claim’s exact words are in the notes file');

    await moveMouseAway(page);
    const file = await saveScreenshot(page, 'fact-check-thread');
    console.log(`      screenshot: ${file}`);

    // The suites after this one share the workspace: deleting the notes file takes the thread away.
    fs.unlinkSync(notesFile);
    await widget.waitFor({ state: 'detached' });
  });
});
