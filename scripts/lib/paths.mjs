// Absolute locations every harness script agrees on.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CACHE_DIR = path.join(REPO_ROOT, '.cache');
export const RESULTS_DIR = path.join(REPO_ROOT, 'test-results');
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');
export const FIXTURE_WORKSPACE_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'workspace');
export const VSIX_PATH = path.join(REPO_ROOT, 'dist', 'news-lens.vsix');
export const EXTENSION_ID = 'news-lens.news-lens';
