// Headless Chromium from Debian, driven by playwright-core (which cannot download a browser here).
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { HarnessError } from './log.mjs';
import { onCleanup } from './cleanup.mjs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Without the background-networking flags Chromium keeps dialling Google hosts that this network refuses.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export const VIEWPORT = { width: 1400, height: 900 };

function launchOptions() {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new HarnessError(`Chromium not found at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS };
}

/**
 * Launches Chromium as a Playwright browser server, so that this script and the UI test process can
 * both drive it (`chromium.connect(wsEndpoint)`), and registers its shutdown.
 */
export async function launchBrowserServer() {
  const server = await chromium.launchServer(launchOptions());
  const unregister = onCleanup(() => server.close());
  const browser = await chromium.connect(server.wsEndpoint());
  return {
    browser,
    wsEndpoint: server.wsEndpoint(),
    close: async () => {
      unregister();
      await browser.close().catch(() => {});
      await server.close();
    },
  };
}

/** A page in a fresh browser context: no workbench state is shared between runs. */
export async function newWorkbenchPage(browser) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  return { context, page };
}
