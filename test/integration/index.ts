// Entry point of the integration suite. VS Code loads this module in its extension host (the
// `extensionTestsPath` of a test run) and awaits run(); a rejection makes the run fail.
// It runs every out/test/integration/**/*.test.js: add a `*.test.ts` file beside foundation.test.ts
// and it is picked up. Tests use Mocha's TDD interface (suite/test) and the helpers in ./util.
import { findTestFiles, runMocha } from '../mochaRunner';

export async function run(): Promise<void> {
  const { failed } = await runMocha(findTestFiles(__dirname), { timeout: 30_000, slow: 2_000 });
  if (failed > 0) throw new Error(`${failed} integration test(s) failed`);
}
