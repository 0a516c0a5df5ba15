// Makes a fresh copy of the integration-test workspace (seeds/ plus test/fixtures/workspace/) for
// running the suite from VS Code's debugger (.vscode/launch.json "Extension Tests").
//   node scripts/test-workspace.mjs [DIR]   (default .cache/test-workspace)
import fs from 'node:fs';
import path from 'node:path';
import { CACHE_DIR } from './lib/paths.mjs';
import { createTestWorkspace } from './lib/workspace.mjs';

const dir = path.resolve(process.argv[2] ?? path.join(CACHE_DIR, 'test-workspace'));
fs.rmSync(dir, { recursive: true, force: true });
createTestWorkspace(dir);
console.log(`test workspace: ${dir}`);
