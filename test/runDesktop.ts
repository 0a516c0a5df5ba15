// Runs the integration suite in desktop VS Code (Electron) through @vscode/test-electron.
//   npm run build && npx tsc -p . && npm run test:desktop
// VSCODE_EXECUTABLE=/path/to/code runs that VS Code; without it test-electron downloads VS Code 1.100.0
// from Microsoft's update server, which only works where that server is reachable. Machines that reach
// only the npm registry run the same suite with `npm run test:integration` (VS Code server + Chromium).
// NEWS_LENS_TEST_GREP narrows the run, as with the server harness.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { runTests } from '@vscode/test-electron';

const REPO_ROOT = path.resolve(__dirname, '../..');
const VSCODE_VERSION = '1.100.0';

async function main(): Promise<number> {
  // The harness module, loaded from the repository root: this file runs from out/test/.
  const workspaceModule = pathToFileURL(path.join(REPO_ROOT, 'scripts', 'lib', 'workspace.mjs')).href;
  const { createTestWorkspace }: typeof import('../scripts/lib/workspace.mjs') = await import(workspaceModule);
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-desktop-'));
  const vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
  try {
    const workspace = createTestWorkspace(path.join(runDir, 'workspace'));
    return await runTests({
      ...(vscodeExecutablePath ? { vscodeExecutablePath } : { version: VSCODE_VERSION }),
      extensionDevelopmentPath: REPO_ROOT,
      extensionTestsPath: path.join(REPO_ROOT, 'out', 'test', 'integration', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--user-data-dir', path.join(runDir, 'user-data')],
      extensionTestsEnv: process.env.NEWS_LENS_TEST_GREP ? { NEWS_LENS_TEST_GREP: process.env.NEWS_LENS_TEST_GREP } : {},
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const source = vscodeExecutablePath ? `VS Code at ${vscodeExecutablePath}` : `VS Code ${VSCODE_VERSION}, downloaded by @vscode/test-electron,`;
    console.error(`\nerror: ${source} could not run the tests: ${reason}`);
    if (!vscodeExecutablePath) {
      console.error('Set VSCODE_EXECUTABLE to a desktop VS Code binary, or run `npm run test:integration`, which needs only the npm registry.');
    }
    return 1;
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

main().then((code) => (process.exitCode = code));
