/**
 * `npm run icons`: renders assets/icon.svg to the PNG sizes browsers want, in public/icon/ (committed), and
 * the toolbar's "off" variant (public/icon/off-<size>.png): the same drawing in grey and faded, which the
 * background sets on a tab where Role Lens is off (issue 13). Only the toolbar's sizes get one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { OFF_ICON_SIZES } from '../core/toolbar-icon';
import { findChromium, PROJECT_ROOT } from './lib/chromium';

const SIZES = [16, 32, 48, 128];
/** Grey as Chrome greys a disabled action, and faded so it reads as "not at work" at 16 px. */
const OFF_FILTER = 'grayscale(1) opacity(0.45)';

const svg = readFileSync(path.join(PROJECT_ROOT, 'assets/icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox'] });
const written: string[] = [];
try {
  const page = await browser.newPage();
  const render = async (size: number, filter: string, file: string) => {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px;filter:${filter}}</style>${svg}`,
    );
    await page.screenshot({ path: path.join(PROJECT_ROOT, 'public', file), omitBackground: true });
    written.push(`public/${file}`);
  };
  for (const size of SIZES) await render(size, 'none', `icon/${size}.png`);
  for (const size of OFF_ICON_SIZES) await render(size, OFF_FILTER, `icon/off-${size}.png`);
  console.log(`Icons written: ${written.join(', ')}`);
} finally {
  await browser.close();
}
