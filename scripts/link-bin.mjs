// `npm install`/`npm ci` run this through the `prepare` script: npm links the bins of dependencies into
// node_modules/.bin but not the package's own, so `npx news-lens` (and tools that look in .bin) would miss it.
import { chmodSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'news-lens.js');
const binDir = join(root, 'node_modules', '.bin');
const link = join(binDir, 'news-lens');

mkdirSync(binDir, { recursive: true });
rmSync(link, { force: true });
if (process.platform === 'win32') {
  writeFileSync(`${link}.cmd`, `@node "%~dp0\\${relative(binDir, bin)}" %*\r\n`);
} else {
  chmodSync(bin, 0o755);
  symlinkSync(relative(binDir, bin), link);
}
console.log(`linked ${relative(root, link)} → ${relative(root, bin)}`);
