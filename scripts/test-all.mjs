// `npm test`: everything a change must pass, from a fresh clone, in one command.
// Installs what is missing (npm ci, Debian packages, VS Code 1.100 from code-server), then runs
// build, tsc, lint, unit tests, grammar tests, and the integration, UI and installed-VSIX tests in a
// real VS Code: 1.100, the oldest the extension supports, then the newest. Stops at the first failing step; ends with a summary and an `N passed, N failed` line.
import fs from 'node:fs';
import path from 'node:path';
import { bundle, compileTests, npmBin } from './lib/build.mjs';
import { run, runTee } from './lib/exec.mjs';
import { HarnessError, info, runMain, seconds, step } from './lib/log.mjs';
import { REPO_ROOT } from './lib/paths.mjs';
import { ensureEnvironment } from './lib/setup.mjs';
import { parseResultLine } from './lib/workbench.mjs';

function hasTestFiles(dir) {
  const root = path.join(REPO_ROOT, dir);
  return fs.existsSync(root) && fs.readdirSync(root, { recursive: true }).some((file) => String(file).endsWith('.test.js'));
}

/** Runs a mocha CLI config; returns its counts from the spec reporter's closing lines. */
async function mocha(config, testDir) {
  if (!hasTestFiles(testDir)) {
    info(`no tests in ${testDir} yet: skipped`);
    return { passed: 0, failed: 0 };
  }
  const { code, output } = await runTee(npmBin('mocha'), ['--config', config], { cwd: REPO_ROOT });
  const count = (word) => Number(new RegExp(`^\\s*(\\d+) ${word}`, 'm').exec(output)?.[1] ?? 0);
  const counts = { passed: count('passing'), failed: count('failing') };
  if (code !== 0) throw Object.assign(new HarnessError(`mocha --config ${config} failed (exit code ${code})`), { counts });
  return counts;
}

async function realVSCodeTests(target) {
  const { code, output } = await runTee(process.execPath, [path.join(REPO_ROOT, 'scripts', 'run-integration.mjs'), '--no-build', '--target', target], { cwd: REPO_ROOT });
  const counts = parseResultLine(output.split('==> Summary').at(-1)) ?? { passed: 0, failed: 0 };
  if (code !== 0) throw Object.assign(new HarnessError(`the tests in VS Code failed (exit code ${code})`), { counts });
  return counts;
}

const STEPS = [
  ['Set up: node_modules, Debian packages, VS Code 1.100', () => ensureEnvironment()],
  ['Build (esbuild)', () => bundle()],
  ['Type-check and compile tests (tsc)', () => compileTests()],
  ['Lint (eslint)', () => run(npmBin('eslint'), ['.'], { cwd: REPO_ROOT })],
  ['Unit tests', () => mocha('.mocharc.unit.json', 'out/test/unit')],
  ['Grammar tests', () => mocha('.mocharc.grammar.json', 'out/test/grammar')],
  ['Integration, UI and installed-VSIX tests in VS Code 1.100', () => realVSCodeTests('1.100')],
  // The newest VS Code too (code-server's latest build, on Node 24 from the npm registry): what most users run.
  ['The same tests in the newest VS Code', () => realVSCodeTests('latest')],
];

function printSummary(results, startedAt) {
  step(`npm test summary (${seconds(startedAt)})`);
  for (const result of results) {
    const counts = result.counts ? `  ${result.counts.passed} passing, ${result.counts.failed} failing` : '';
    info(`${result.ok ? 'ok  ' : 'FAIL'} ${result.title.padEnd(58)} ${result.time.padStart(8)}${counts}`);
  }
  const skipped = STEPS.slice(results.length).map(([title]) => title);
  for (const title of skipped) info(`skip ${title}`);
  const total = (key) => results.reduce((sum, result) => sum + (result.counts?.[key] ?? 0), 0);
  console.log(`${total('passed')} passed, ${total('failed')} failed`);
}

await runMain(async () => {
  const startedAt = Date.now();
  const results = [];
  for (const [title, action] of STEPS) {
    step(title);
    const stepStart = Date.now();
    try {
      const counts = await action();
      results.push({ title, ok: true, time: seconds(stepStart), counts: counts?.passed === undefined ? undefined : counts });
    } catch (error) {
      results.push({ title, ok: false, time: seconds(stepStart), counts: error.counts });
      printSummary(results, startedAt);
      throw new HarnessError(`npm test stopped at "${title}": ${error.message}`);
    }
  }
  printSummary(results, startedAt);
});
