// Renders media/icon.svg to the 128x128 media/icon.png that the Marketplace and the Extensions view show.
//   node scripts/render-icon.mjs [--preview]   (--preview also writes test-results/activity-bar-icon.png)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_PATH } from './lib/browser.mjs';
import { REPO_ROOT, RESULTS_DIR } from './lib/paths.mjs';

async function render(page, svgFile, size, outFile, style = '') {
  const svg = fs.readFileSync(svgFile, 'utf8');
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;${style}">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`);
  await page.screenshot({ path: outFile, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`wrote ${path.relative(REPO_ROOT, outFile)}`);
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  await render(page, path.join(REPO_ROOT, 'media/icon.svg'), 128, path.join(REPO_ROOT, 'media/icon.png'));
  if (process.argv.includes('--preview')) {
    fs.mkdirSync(RESULTS_DIR, { recursive: true });
    await render(page, path.join(REPO_ROOT, 'media/news-lens.svg'), 192, path.join(RESULTS_DIR, 'activity-bar-icon.png'), 'background:#181818;color:#cccccc');
  }
} finally {
  await browser.close();
}
