// Playwright helpers for UI tests: open the VS Code workbench that the harness serves (with News Lens
// under development and a fresh workspace), open files, read the rendered editor, save screenshots.
// Wait on selectors, never on fixed sleeps.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

export const SEED = 'seeds/000_6df8aa21b7bc5781.txt';
const VIEWPORT = { width: 1400, height: 900 };

function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the UI tests through scripts/run-integration.mjs`);
  return value;
}

export interface Workbench {
  page: Page;
  /** The workspace folder the workbench opened (a fresh copy of seeds/ and the fixtures). */
  workspace: string;
  close(): Promise<void>;
}

/** Connects to the harness's browser and opens the workbench in a fresh context, once it is ready. */
export async function openWorkbench(): Promise<Workbench> {
  const browser: Browser = await chromium.connect(requiredEnv('NEWS_LENS_UI_BROWSER_WS'));
  const context: BrowserContext = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(requiredEnv('NEWS_LENS_UI_WORKBENCH_URL'));
  // The explorer lists the workspace once the remote connection and file service are up.
  await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 30_000 });
  return {
    page,
    workspace: requiredEnv('NEWS_LENS_UI_WORKSPACE'),
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}

/**
 * For a Mocha suite: opens the workbench with `file` before its tests and closes it after them. The
 * returned function gives the workbench inside a test.
 */
export function workbenchWithFile(file: string, prepare?: (page: Page) => Promise<void>): () => Workbench {
  let workbench: Workbench | undefined;
  suiteSetup(async () => {
    workbench = await openWorkbench();
    await openFile(workbench.page, file);
    await prepare?.(workbench.page);
  });
  suiteTeardown(async () => {
    await workbench?.close();
  });
  return () => {
    if (!workbench) throw new Error('the workbench did not open');
    return workbench;
  };
}

/** Opens a workspace file through Quick Open, as a user would, and waits for its editor to render. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const fileName = path.posix.basename(relativePath);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(relativePath);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor({ timeout: 20_000 });
  await input.press('Enter');
  await page.locator(`.tab[data-resource-name="${fileName}"].active`).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines .view-line').first().waitFor();
  await moveMouseAway(page);
}

/** Parks the mouse over empty explorer space, where it shows no hover that would cover a screenshot. */
export async function moveMouseAway(page: Page): Promise<void> {
  await page.mouse.move(150, VIEWPORT.height - 150);
}

/** Moves the cursor of the active editor to the start of a (1-based) line with Go to Line. */
export async function goToLine(page: Page, line: number): Promise<void> {
  await page.locator('.editor-instance .monaco-editor textarea').first().focus();
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor();
  await input.fill(`:${line}`);
  await input.press('Enter');
  await page.locator('[id="status.editor.selection"]', { hasText: `Ln ${line},` }).waitFor();
}

/** Opens the News Lens container from the activity bar and waits for its side bar. */
export async function showNewsLensSideBar(page: Page): Promise<void> {
  // The item, not its label: a badge (open fact-checks) lies over the label.
  await page.locator('.activitybar .action-item', { has: page.locator('.action-label[aria-label^="News Lens"]') }).click();
  await page.locator('.sidebar .composite.title', { hasText: 'News Lens' }).waitFor();
  await moveMouseAway(page);
}

/** Resolves after the page has painted a frame: lets a scrolled list render its new rows. */
function nextFrame(page: Page): Promise<unknown> {
  return page.evaluate('new Promise((resolve) => requestAnimationFrame(() => resolve(true)))');
}

/**
 * Scrolls a side-bar view's tree until a row whose accessible label matches `label` is rendered, and
 * returns it. Trees render only the rows on screen, so a row further down is not in the page until then.
 */
export async function revealTreeRow(page: Page, viewTitle: string, label: RegExp): Promise<Locator> {
  const pane = page.locator('.sidebar .pane').filter({ has: page.locator('.pane-header', { hasText: viewTitle }) });
  const list = pane.locator('.monaco-list').first();
  const rows = list.locator('.monaco-list-row');
  await rows.first().waitFor();
  let previous = '';
  for (;;) {
    const labels = await rows.evaluateAll((elements: LabelledElement[]) => elements.map((element) => element.getAttribute('aria-label') ?? ''));
    const index = labels.findIndex((text) => label.test(text));
    if (index >= 0) return rows.nth(index);
    if (labels.join('\n') === previous) throw new Error(`no row matching ${label} in the ${viewTitle} view`);
    previous = labels.join('\n');
    const box = await list.boundingBox();
    if (!box) throw new Error(`the ${viewTitle} view is not visible`);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, box.height / 2);
    await nextFrame(page);
  }
}

interface LabelledElement {
  getAttribute(name: string): string | null;
}

/**
 * Moves the mouse over the first visible occurrence of `word` in the active editor. The editor font is
 * monospaced, so the word's place inside its token span follows from the span's width.
 */
export async function hoverWord(page: Page, word: string): Promise<void> {
  const span = page.locator('.editor-instance .view-lines span[class*="mtk"]', { hasText: word }).first();
  const text = ((await span.textContent()) ?? '').replace(/\u00a0/g, ' ');
  const box = await span.boundingBox();
  if (!box) throw new Error(`"${word}" is not visible in the editor`);
  const characterWidth = box.width / text.length;
  await page.mouse.move(box.x + characterWidth * (text.indexOf(word) + word.length / 2), box.y + box.height / 2);
}

/** The editor's hover widget, once it shows. */
export async function visibleHover(page: Page): Promise<Locator> {
  const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
  await hover.waitFor({ state: 'visible' });
  return hover;
}

/** The language mode the status bar shows for the active editor, e.g. "News Source". */
export async function languageMode(page: Page): Promise<string> {
  return (await page.locator('[id="status.editor.mode"]').innerText()).trim();
}

export interface RenderedToken {
  text: string;
  /** The token class the editor gives the span: mtkN, one per distinct colour. */
  tokenClass: string;
}

/** The little of the DOM that renderedLines reads (the tests compile without the DOM library). */
interface RenderedElement {
  querySelectorAll(selector: string): Iterable<RenderedElement>;
  textContent: string | null;
  classList: Iterable<string>;
  style: { top: string };
}

/** The rendered tokens of each visible line of the active editor, top to bottom. */
export async function renderedLines(page: Page): Promise<RenderedToken[][]> {
  return page.locator('.editor-instance .monaco-editor .view-lines').first().evaluate((viewLines: RenderedElement) => {
    const lines = [...viewLines.querySelectorAll('.view-line')];
    lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
    return lines.map((line) =>
      [...line.querySelectorAll('span[class*="mtk"]')].map((span) => ({
        text: (span.textContent ?? '').replace(/\u00a0/g, ' '),
        tokenClass: [...span.classList].find((name) => /^mtk\d+$/.test(name)) ?? '',
      })),
    );
  });
}

/** Saves a screenshot of the whole workbench to test-results/NAME.png and returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = process.env.NEWS_LENS_UI_RESULTS_DIR ?? path.resolve(__dirname, '../../..', 'test-results');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  // Finishes CSS transitions first, so a hover that is fading in shows fully.
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}
