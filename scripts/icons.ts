/** `npm run icons`: renders assets/icon.svg to the PNG sizes browsers want, in public/icon/ (committed). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, PROJECT_ROOT } from './lib/chromium';

const SIZES = [16, 32, 48, 128];
const svg = readFileSync(path.join(PROJECT_ROOT, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: path.join(PROJECT_ROOT, `public/icon/${size}.png`), omitBackground: true });
  }
  console.log(`Icons written: ${SIZES.map((size) => `public/icon/${size}.png`).join(', ')}`);
} finally {
  await browser.close();
}
