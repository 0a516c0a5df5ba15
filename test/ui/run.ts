// Entry point of the UI suite, started by scripts/run-integration.mjs in Node (not in VS Code):
// every out/test/ui/**/*.test.js drives the workbench in the harness's Chromium through Playwright.
// Tests use Mocha's TDD interface (suite/test) and the helpers in ./workbench.
import { findTestFiles, runMocha } from '../mochaRunner';

runMocha(findTestFiles(__dirname), { timeout: 60_000, slow: 10_000 }).then(
  ({ failed }) => (process.exitCode = failed > 0 ? 1 : 0),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
