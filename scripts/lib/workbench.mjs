// Runs an extension test suite inside the web workbench: the workbench loads the extensionTestsPath
// module in its extension host and, when the suite ends, calls window.codeAutomationExit(code).
import fs from 'node:fs';
import path from 'node:path';
import { HarnessError, info } from './log.mjs';
import { newWorkbenchPage } from './browser.mjs';

const RESULT_LINE = /^(\d+) passed, (\d+) failed$/;

/**
 * Opens `url` and waits for the suite's exit code. The extension host's output (which the workbench
 * hands to codeAutomationLog) is streamed to stdout; the page's own console goes to `browserLog`.
 * Returns { exitCode, passed, failed }, where the counts come from the runner's final line.
 */
export async function runSuiteInWorkbench(browser, url, { timeoutMs, browserLog, screenshotOnTimeout }) {
  const { context, page } = await newWorkbenchPage(browser);
  const pageLog = fs.createWriteStream(browserLog);
  const counts = { passed: undefined, failed: undefined };
  let timer;
  try {
    const exitCode = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    await page.exposeFunction('codeAutomationLog', (level, message) => {
      for (const line of String(message).split('\n')) {
        const result = RESULT_LINE.exec(line.trim());
        if (result) [counts.passed, counts.failed] = [Number(result[1]), Number(result[2])];
      }
      (level === 'error' ? process.stderr : process.stdout).write(`${message}\n`);
    });
    page.on('console', (message) => pageLog.write(`[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => pageLog.write(`[pageerror] ${error.stack ?? error.message}\n`));

    await page.goto(url);
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const outcome = await Promise.race([exitCode, timeout]);
    if (outcome === 'timeout') {
      if (screenshotOnTimeout) await page.screenshot({ path: screenshotOnTimeout }).catch(() => {});
      throw new HarnessError(
        `the test suite did not finish within ${timeoutMs / 1000} s (no codeAutomationExit call).\n` +
          `  Browser console: ${browserLog}` + (screenshotOnTimeout ? `\n  Screenshot: ${screenshotOnTimeout}` : ''),
      );
    }
    return { exitCode: outcome, ...counts };
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => {});
    await new Promise((resolve) => pageLog.end(resolve));
  }
}

/** The `N passed, N failed` counts that a runner printed last in `output`, or undefined. */
export function parseResultLine(output) {
  let counts;
  for (const line of output.split('\n')) {
    const match = RESULT_LINE.exec(line.trim());
    if (match) counts = { passed: Number(match[1]), failed: Number(match[2]) };
  }
  return counts;
}

export function describeLogFile(label, file) {
  info(`${label}: ${path.relative(process.cwd(), file) || file}`);
}
