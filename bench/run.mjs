// `npm run bench`: runs every bench/*.bench.mjs in name order and prints their figures.
// Each benchmark module exports `async function run(log)` and prints through `log`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => !only.length || only.some((word) => name.includes(word)))
  .sort();
for (const name of files) {
  console.log(`\n## ${name.replace('.bench.mjs', '')}`);
  const { run } = await import(pathToFileURL(join(here, name)).href);
  await run((line) => console.log(`  ${line}`));
}
