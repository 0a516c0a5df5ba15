// What a fresh clone needs before anything runs: node_modules matching package-lock.json, the Debian
// packages, and the VS Code the tests drive. Every step is skipped when already done.
import fs from 'node:fs';
import path from 'node:path';
import { run } from './exec.mjs';
import { info, step } from './log.mjs';
import { REPO_ROOT } from './paths.mjs';
import { ensureDebianPackages } from './system-packages.mjs';
import { ensureVSCode } from './vscode-install.mjs';

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Why node_modules does not match package-lock.json, or undefined when it does. */
export function nodeModulesProblem() {
  const lock = readJson(path.join(REPO_ROOT, 'package-lock.json'));
  // npm records what it installed in node_modules/.package-lock.json.
  const installed = readJson(path.join(REPO_ROOT, 'node_modules', '.package-lock.json'));
  if (!lock) return 'package-lock.json is missing or unreadable';
  if (!installed) return 'node_modules is missing';
  for (const [location, entry] of Object.entries(lock.packages ?? {})) {
    if (!location.startsWith('node_modules/')) continue;
    const present = installed.packages?.[location];
    if (!present && entry.optional) continue; // a platform-specific package this machine does not use
    if (!present) return `${location} is not installed`;
    if (present.version !== entry.version) return `${location} is ${present.version}, package-lock.json wants ${entry.version}`;
  }
  return undefined;
}

/** Runs `npm ci` when node_modules is missing or does not match package-lock.json. */
export async function ensureNodeModules() {
  const problem = nodeModulesProblem();
  if (!problem) return;
  step(`npm ci (${problem})`);
  await run('npm', ['ci', '--no-audit', '--no-fund'], { cwd: REPO_ROOT });
}

/** Everything the build and the tests need, installed when missing. */
export async function ensureEnvironment({ vscodeTarget = '1.100' } = {}) {
  await ensureNodeModules();
  await ensureDebianPackages();
  const installation = await ensureVSCode(vscodeTarget);
  info(`node_modules, Debian packages and VS Code ${installation.vscode} are ready`);
  return installation;
}
