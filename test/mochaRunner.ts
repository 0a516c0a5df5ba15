// Runs compiled Mocha test files and prints the closing `N passed, N failed` line that CI reads.
// Shared by the suites that do not run under the mocha CLI: the integration suite (inside the VS Code
// extension host), the installed-VSIX suite and the UI suite (in Node, driving the browser).
// Every suite uses Mocha's TDD interface: suite(), test(), suiteSetup(), setup(), teardown().
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export interface SuiteResult {
  passed: number;
  failed: number;
  skipped: number;
}

/** Every `*.test.js` file below `root`, in a stable order. */
export function findTestFiles(root: string): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.test.js')) files.push(path.join(entry.parentPath, entry.name));
  }
  return files.sort();
}

/** Runs the files; `NEWS_LENS_TEST_GREP` narrows the run to tests whose full title matches. */
export function runMocha(files: string[], options: Mocha.MochaOptions = {}): Promise<SuiteResult> {
  if (files.length === 0) return Promise.reject(new Error('no test files found'));
  const grep = process.env.NEWS_LENS_TEST_GREP;
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, ...(grep ? { grep } : {}), ...options });
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run(() => {
        const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
        const result = { passed: stats.passes, failed: stats.failures, skipped: stats.pending };
        console.log(`${result.passed} passed, ${result.failed} failed${result.skipped ? `, ${result.skipped} skipped` : ''}`);
        resolve(result);
      });
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
