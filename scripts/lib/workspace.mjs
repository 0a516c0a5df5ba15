// Fresh copies of the test workspace: tests may write in them (fact-check notes) without touching seeds/.
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURE_WORKSPACE_DIR, SEEDS_DIR } from './paths.mjs';

/** Copies seeds/ to <dir>/seeds and test/fixtures/workspace/* to <dir>, all writable; returns dir. */
export function createTestWorkspace(dir) {
  fs.mkdirSync(dir, { recursive: true });
  fs.cpSync(SEEDS_DIR, path.join(dir, 'seeds'), { recursive: true });
  if (fs.existsSync(FIXTURE_WORKSPACE_DIR)) fs.cpSync(FIXTURE_WORKSPACE_DIR, dir, { recursive: true });
  makeWritable(dir);
  return dir;
}

function makeWritable(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const file = path.join(entry.parentPath, entry.name);
    fs.chmodSync(file, entry.isDirectory() ? 0o755 : 0o644);
  }
}
