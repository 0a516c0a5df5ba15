// A reader's path through the seed article: pick a person's quote in the Speakers view, then hover
// their name. Also saves the screenshot that the README shows (test-results/readme-screenshot.png).
import * as assert from 'node:assert/strict';
import { SEED, hoverWord, revealTreeRow, saveScreenshot, showNewsLensSideBar, visibleHover, workbenchWithFile } from './workbench';

suite('Speakers view and hovers in the workbench', () => {
  const workbench = workbenchWithFile(SEED, showNewsLensSideBar);

  test('clicking a quote of Leon Aron in the Speakers view selects it in the article', async () => {
    const { page } = workbench();
    await revealTreeRow(page, 'Speakers', /^Leon Aron\b/);
    const quote = await revealTreeRow(page, 'Speakers', /^line 44 · “Putin made global opposition/);
    await quote.click();
    const selection = page.locator('[id="status.editor.selection"]');
    await selection.filter({ hasText: /Ln 44, Col \d+ \(\d+ selected\)/ }).waitFor();
    assert.match(await selection.innerText(), /\(\d+ selected\)/);
  });

  test('hovering “Aron” in the article says who he is', async () => {
    const { page } = workbench();
    await hoverWord(page, 'Aron');
    const hover = await visibleHover(page);
    await hover.filter({ hasText: 'Leon Aron' }).waitFor();
    assert.match(await hover.innerText(), /senior fellow/);
  });

  test('screenshot: Speakers view, selected quote and hover', async () => {
    const file = await saveScreenshot(workbench().page, 'readme-screenshot');
    console.log(`      screenshot: ${file}`);
  });
});
