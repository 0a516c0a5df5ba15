// Runs News Lens in a real VS Code (1.100 by default, `--target latest` for the newest; the server and
// web workbench from the npm package code-server) in three phases:
//   integration  the Mocha suite out/test/integration/ inside the extension host, extension under development
//   ui           the Playwright tests out/test/ui/ against the workbench in headless Chromium
//   vsix         `npm run package`, install the VSIX into a fresh extensions folder, run out/test/vsix/ there
//
//   node scripts/run-integration.mjs [--grep PATTERN] [--only integration,ui,vsix] [--no-build]
//                                    [--target 1.100] [--timeout-minutes 20] [--keep]
// Each phase gets a fresh copy of seeds/ and test/fixtures/workspace/ as its workspace folder.
// Logs and screenshots go to test-results/. Exit code: 0 when every phase passed.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { bundle, compileTests, packageVsix } from './lib/build.mjs';
import { cleanupAll, isShuttingDown, onCleanup, shutDown } from './lib/cleanup.mjs';
import { HarnessError, info, runMain, seconds, step, warn } from './lib/log.mjs';
import { launchBrowserServer } from './lib/browser.mjs';
import { REPO_ROOT, RESULTS_DIR, VSIX_PATH } from './lib/paths.mjs';
import { ensureDebianPackages } from './lib/system-packages.mjs';
import { ensureVSCode } from './lib/vscode-install.mjs';
import { developmentPathOutsideInstallation, installExtension, startVSCodeServer, workbenchUrl } from './lib/vscode-server.mjs';
import { parseResultLine, runSuiteInWorkbench } from './lib/workbench.mjs';
import { createTestWorkspace } from './lib/workspace.mjs';

const PHASES = ['integration', 'ui', 'vsix'];
const SUITE_TIMEOUT_MS = 5 * 60_000;
const LOGS_DIR = path.join(RESULTS_DIR, 'logs');
const OUT_TEST = path.join(REPO_ROOT, 'out', 'test');

function parseOptions() {
  const { values } = parseArgs({
    options: {
      grep: { type: 'string' },
      only: { type: 'string', default: PHASES.join(',') },
      'no-build': { type: 'boolean', default: false },
      target: { type: 'string', default: '1.100' },
      'timeout-minutes': { type: 'string', default: '20' },
      keep: { type: 'boolean', default: false },
    },
  });
  const phases = values.only.split(',').map((phase) => phase.trim());
  const unknown = phases.filter((phase) => !PHASES.includes(phase));
  if (unknown.length) throw new HarnessError(`unknown phase ${unknown.join(', ')} (phases: ${PHASES.join(', ')})`);
  return {
    grep: values.grep,
    phases,
    build: !values['no-build'],
    target: values.target,
    timeoutMs: Number(values['timeout-minutes']) * 60_000,
    keep: values.keep,
  };
}

/** Environment for the extension host (through the server) and the UI test process. */
function testEnv(options, extra = {}) {
  return { ...(options.grep ? { NEWS_LENS_TEST_GREP: options.grep } : {}), ...extra };
}

async function withServer(context, name, env, body) {
  const server = await startVSCodeServer({
    installation: context.installation,
    runDir: path.join(context.runDir, `server-${name}`),
    logFile: path.join(LOGS_DIR, `${name}-server.log`),
    env,
  });
  info(`VS Code server ${server.origin} (pid ${server.pid}), log test-results/logs/${name}-server.log`);
  try {
    return await body(server);
  } finally {
    await server.stop();
  }
}

async function runWorkbenchSuite(context, name, url) {
  const { exitCode, passed, failed } = await runSuiteInWorkbench(context.browser, url, {
    timeoutMs: SUITE_TIMEOUT_MS,
    workbenchLogFile: path.join(LOGS_DIR, `${name}-workbench.log`),
    screenshotOnTimeout: path.join(RESULTS_DIR, `${name}-timeout.png`),
  });
  if (passed === undefined && !isShuttingDown()) warn(`the ${name} suite printed no "N passed, N failed" line`);
  return { name, ok: exitCode === 0 && passed !== undefined, exitCode, passed, failed };
}

const phaseRunners = {
  async integration(context) {
    step(`Integration tests: VS Code ${context.installation.vscode}, News Lens under development`);
    const workspace = createTestWorkspace(path.join(context.runDir, 'workspace-integration'));
    return withServer(context, 'integration', testEnv(context.options), (server) =>
      runWorkbenchSuite(context, 'integration', workbenchUrl(server, {
        folder: workspace,
        extensionDevelopmentPath: context.extensionPath,
        extensionTestsPath: path.join(OUT_TEST, 'integration', 'index.js'),
      })),
    );
  },

  async ui(context) {
    step(`UI tests: Playwright against the VS Code ${context.installation.vscode} workbench`);
    const workspace = createTestWorkspace(path.join(context.runDir, 'workspace-ui'));
    return withServer(context, 'ui', {}, async (server) => {
      const env = testEnv(context.options, {
        NEWS_LENS_UI_BROWSER_WS: context.browserServer.wsEndpoint,
        NEWS_LENS_UI_WORKBENCH_URL: workbenchUrl(server, { folder: workspace, extensionDevelopmentPath: context.extensionPath }),
        NEWS_LENS_UI_WORKSPACE: workspace,
        NEWS_LENS_UI_RESULTS_DIR: RESULTS_DIR,
      });
      const { code, output } = await runNodeTests(path.join(OUT_TEST, 'ui', 'run.js'), env, SUITE_TIMEOUT_MS);
      const counts = parseResultLine(output);
      if (!counts && !isShuttingDown()) warn('the UI suite printed no "N passed, N failed" line');
      return { name: 'ui', ok: code === 0 && !!counts, exitCode: code, ...counts };
    });
  },

  async vsix(context) {
    step('Installed VSIX: npm run package, install into a fresh extensions folder, run the checks there');
    await packageVsix();
    info(`dist/news-lens.vsix: ${(fs.statSync(VSIX_PATH).size / 1024).toFixed(1)} KB`);
    const name = 'vsix';
    const extensionsDir = await installExtension(context.installation, path.join(context.runDir, `server-${name}`), VSIX_PATH);
    const workspace = createTestWorkspace(path.join(context.runDir, 'workspace-vsix'));
    // The workbench runs extensionTestsPath only in extension development mode, so point
    // extensionDevelopmentPath at an empty folder: News Lens then loads from the extensions folder, as for a user.
    const noExtension = path.join(context.runDir, 'no-extension-under-development');
    fs.mkdirSync(noExtension, { recursive: true });
    return withServer(context, name, testEnv(context.options, { NEWS_LENS_EXPECTED_EXTENSIONS_DIR: extensionsDir }), (server) =>
      runWorkbenchSuite(context, name, workbenchUrl(server, {
        folder: workspace,
        extensionDevelopmentPath: noExtension,
        extensionTestsPath: path.join(OUT_TEST, 'vsix', 'index.js'),
      })),
    );
  },
};

/** Runs a Node test entry point, streaming its output, and kills it if it outlives `timeoutMs`. */
function runNodeTests(script, env, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    const unregister = onCleanup(() => child.kill('SIGKILL'));
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new HarnessError(`${path.relative(REPO_ROOT, script)} did not finish within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      unregister();
      resolve({ code: code ?? 1, output });
    });
  });
}

function printSummary(results, startedAt) {
  step(`Summary (${seconds(startedAt)})`);
  for (const result of results) {
    const counts = result.passed === undefined ? 'no result line' : `${result.passed} passing, ${result.failed} failing`;
    info(`${result.ok ? 'ok  ' : 'FAIL'} ${result.name.padEnd(12)} ${counts}`);
  }
  const passed = results.reduce((sum, result) => sum + (result.passed ?? 0), 0);
  const failed = results.reduce((sum, result) => sum + (result.failed ?? 0), 0);
  console.log(`${passed} passed, ${failed} failed`);
}

await runMain(async () => {
  const startedAt = Date.now();
  const options = parseOptions();
  const overallTimer = setTimeout(
    () => shutDown(`error: the run did not finish within ${options.timeoutMs / 60_000} minutes; stopping VS Code and the browser.`, 1),
    options.timeoutMs,
  );

  try {
    await ensureDebianPackages();
    const installation = await ensureVSCode(options.target);
    if (options.build) {
      step('Build: bundle the extension, compile the tests');
      await bundle();
      await compileTests().catch((error) => warn(`${error.message}; running with what tsc emitted`));
    }
    if (!fs.existsSync(path.join(OUT_TEST, 'integration', 'index.js'))) {
      throw new HarnessError('out/test/integration/index.js is missing: compile the tests first (npx tsc -p .)');
    }
    fs.mkdirSync(LOGS_DIR, { recursive: true });
    const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-test-'));
    if (!options.keep) onCleanup(() => fs.rmSync(runDir, { recursive: true, force: true }));
    else info(`keeping ${runDir}`);

    const browserServer = await launchBrowserServer();
    const extensionPath = developmentPathOutsideInstallation(runDir, REPO_ROOT);
    const context = { options, installation, runDir, extensionPath, browserServer, browser: browserServer.browser };
    const results = [];
    try {
      for (const phase of options.phases) results.push(await phaseRunners[phase](context));
    } finally {
      await cleanupAll();
    }
    printSummary(results, startedAt);
    return results.every((result) => result.ok) ? 0 : 1;
  } finally {
    clearTimeout(overallTimer);
    await cleanupAll();
  }
});
