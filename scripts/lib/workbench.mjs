// Runs an extension test suite inside the web workbench: the workbench loads the extensionTestsPath
// module in its extension host and, when the suite ends, calls window.codeAutomationExit(code).
import fs from 'node:fs';
import { format } from 'node:util';
import { HarnessError } from './log.mjs';
import { newWorkbenchPage } from './browser.mjs';
import { isShuttingDown } from './cleanup.mjs';

// Workbench start-up chatter and lookups of hosts this network does not reach: kept in the log file only.
const NOISE = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^ChatSessionStore:/,
  /^\[lifecycle\] Long running operations during shutdown/,
  /ENOTFOUND (open-vsx\.org|[\w.-]*(telemetry|vscode-cdn|visualstudio|microsoft)[\w.-]*)/,
];

const RESULT_LINE = /^(\d+) passed, (\d+) failed(?:, \d+ skipped)?$/;

/**
 * Opens `url` and waits for the suite's exit code. The workbench hands its log, which includes the
 * extension host's console, to codeAutomationLog: all of it goes to `workbenchLogFile`, and all but
 * known noise to stdout.
 * Returns { exitCode, passed, failed }, where the counts come from the runner's final line.
 */
export async function runSuiteInWorkbench(browser, url, { timeoutMs, workbenchLogFile, screenshotOnTimeout }) {
  const { context, page } = await newWorkbenchPage(browser);
  const workbenchLog = fs.createWriteStream(workbenchLogFile);
  const counts = { passed: undefined, failed: undefined };
  let timer;
  try {
    const exitCode = new Promise((resolve) => {
      void page.exposeFunction('codeAutomationExit', (code) => resolve(Number(code)));
    });
    // The workbench passes console arguments as an array: [format, ...values].
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const message = Array.isArray(args) ? format(...args) : String(args);
      workbenchLog.write(`[${level}] ${message}\n`);
      if (isShuttingDown() || NOISE.some((pattern) => pattern.test(message))) return;
      for (const line of message.split('\n')) {
        const result = RESULT_LINE.exec(line.trim());
        if (result) [counts.passed, counts.failed] = [Number(result[1]), Number(result[2])];
      }
      (level === 'error' ? process.stderr : process.stdout).write(`${message}\n`);
    });
    page.on('pageerror', (error) => workbenchLog.write(`[pageerror] ${error.stack ?? error.message}\n`));

    await page.goto(url);
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
    const outcome = await Promise.race([exitCode, timeout]);
    if (outcome === 'timeout') {
      if (screenshotOnTimeout) await page.screenshot({ path: screenshotOnTimeout }).catch(() => {});
      throw new HarnessError(
        `the test suite did not finish within ${timeoutMs / 1000} s (no codeAutomationExit call).\n` +
          `  Workbench log: ${workbenchLogFile}` + (screenshotOnTimeout ? `\n  Screenshot: ${screenshotOnTimeout}` : ''),
      );
    }
    return { exitCode: outcome, ...counts };
  } finally {
    clearTimeout(timer);
    await context.close().catch(() => {});
    await new Promise((resolve) => workbenchLog.end(resolve));
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
