// Entry point of the installed-VSIX suite: the harness installs dist/news-lens.vsix into a fresh
// extensions folder and runs this in a VS Code that has no extension under development, so every
// test here sees what a user who installed the VSIX gets. It also reruns the integration foundation tests.
import * as path from 'node:path';
import { findTestFiles, runMocha } from '../mochaRunner';

export async function run(): Promise<void> {
  const files = [...findTestFiles(__dirname), path.join(__dirname, '..', 'integration', 'foundation.test.js')];
  const { failed } = await runMocha(files, { timeout: 30_000, slow: 2_000 });
  if (failed > 0) throw new Error(`${failed} installed-VSIX test(s) failed`);
}
