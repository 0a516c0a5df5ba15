// The build steps every harness entry point runs before starting VS Code.
import path from 'node:path';
import { run } from './exec.mjs';
import { REPO_ROOT } from './paths.mjs';

const bin = (name) => path.join(REPO_ROOT, 'node_modules', '.bin', name);

/** Bundles dist/extension.js and dist/cli.js. */
export function bundle(extraArgs = []) {
  return run(process.execPath, [path.join(REPO_ROOT, 'scripts', 'build.mjs'), ...extraArgs], { cwd: REPO_ROOT });
}

/** Compiles src/ and test/ into out/. tsc emits even when it reports type errors. */
export function compileTests() {
  return run(bin('tsc'), ['-p', '.'], { cwd: REPO_ROOT });
}

/** Builds the VSIX exactly as `npm run package` does. */
export function packageVsix() {
  return run('npm', ['run', '--silent', 'package'], { cwd: REPO_ROOT });
}

export function npmBin(name) {
  return bin(name);
}
