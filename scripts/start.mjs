// `npm start`: open seeds/ in a real VS Code with News Lens loaded from this repository.
//   node scripts/start.mjs [--port N] [--web] [--screenshot FILE]
// With a desktop `code` on PATH (and no --web) it runs `code --extensionDevelopmentPath=<repo> <repo>/seeds`.
// Otherwise it serves VS Code 1.100 (from code-server) on 127.0.0.1 and prints the URL to open; the
// extension runs in development mode from the URL's payload. Ctrl+C stops the server.
// --screenshot FILE opens the URL in headless Chromium and saves what it shows (a check that it works).
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { bundle } from './lib/build.mjs';
import { isShuttingDown } from './lib/cleanup.mjs';
import { CHROMIUM_PATH, VIEWPORT } from './lib/browser.mjs';
import { run, which } from './lib/exec.mjs';
import { HarnessError, info, runMain, step } from './lib/log.mjs';
import { CACHE_DIR, REPO_ROOT, SEEDS_DIR } from './lib/paths.mjs';
import { ensureDebianPackages } from './lib/system-packages.mjs';
import { ensureNodeModules } from './lib/setup.mjs';
import { ensureVSCode } from './lib/vscode-install.mjs';
import { developmentPathOutsideInstallation, startVSCodeServer, workbenchUrl } from './lib/vscode-server.mjs';

// Kept between runs, so settings and window layout survive a restart.
const START_DIR = path.join(CACHE_DIR, 'start');

function parseOptions() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      web: { type: 'boolean', default: false },
      screenshot: { type: 'string' },
    },
  });
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) throw new HarnessError(`--port ${values.port} is not a port number`);
  return { port, web: values.web, screenshot: values.screenshot && path.resolve(values.screenshot) };
}

async function startDesktop(code) {
  step(`Opening seeds/ in desktop VS Code (${code})`);
  await run(code, [`--extensionDevelopmentPath=${REPO_ROOT}`, SEEDS_DIR]);
  info('VS Code is open: News Lens runs there in development mode.');
}

/** Opens the workbench in headless Chromium, opens a seed, and saves a screenshot. */
async function screenshot(url, file) {
  step(`Checking the URL in headless Chromium: ${path.relative(process.cwd(), file)}`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ viewport: VIEWPORT });
    await page.goto(url);
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 30_000 });
    await page.locator('.activitybar .action-label[aria-label^="News Lens"]').waitFor({ timeout: 30_000 });
    // Open the first seed article: its status bar language proves the extension is running.
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: '.txt' }).first().click();
    await page.locator('[id="status.editor.mode"]', { hasText: 'News Source' }).waitFor({ timeout: 30_000 });
    await page.locator('.activitybar .action-label[aria-label^="News Lens"]').click();
    await page.mouse.move(150, VIEWPORT.height - 150);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    info('the workbench loaded, with News Lens in the activity bar and the seed open as a News Source');
  } finally {
    await browser.close();
  }
}

async function serve(options) {
  await ensureDebianPackages();
  const installation = await ensureVSCode();
  step(`Starting VS Code ${installation.vscode} (code-server ${installation.codeServer})`);
  const server = await startVSCodeServer({ installation, runDir: START_DIR, port: options.port, logFile: path.join(START_DIR, 'server.log') });
  const url = workbenchUrl(server, {
    folder: SEEDS_DIR,
    extensionDevelopmentPath: developmentPathOutsideInstallation(START_DIR, REPO_ROOT),
  });
  if (options.screenshot) await screenshot(url, options.screenshot);
  console.log(`\nNews Lens is running in VS Code ${installation.vscode}. Open this URL in a browser on this machine:\n\n  ${url}\n`);
  info(`server log: ${path.relative(REPO_ROOT, server.log)}`);
  info('After changing the code, run `npm run build` and reload the browser tab. Ctrl+C stops the server.');
  // Serve until Ctrl+C (the clean-up handler stops the server) or until the server dies.
  const exitCode = await server.exited;
  if (isShuttingDown()) return;
  throw new HarnessError(`the VS Code server stopped (exit code ${exitCode}); see ${server.log}`);
}

await runMain(async () => {
  const options = parseOptions();
  await ensureNodeModules();
  step('Build');
  await bundle();
  const code = options.web ? undefined : await which('code');
  if (code) await startDesktop(code);
  else await serve(options);
});
