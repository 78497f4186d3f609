/**
 * `npm run demo`: the built extension in Chromium on the bundled sample job page. With a display it opens a
 * window to try by hand; without one it hovers a mark headlessly and saves a screenshot of the tooltip.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, PROJECT_ROOT } from './lib/chromium';
import { highlightCounts, hoverMark, waitForMarks } from './lib/page-probe';
import { serveStatic } from './lib/static-server';

const OUTPUT_DIR = path.join(PROJECT_ROOT, 'demo-output');
const SCREENSHOT = path.join(OUTPUT_DIR, 'role-lens-demo.png');
const headed = !!process.env.DISPLAY && process.env.ROLE_LENS_HEADLESS !== '1';

const server = await serveStatic([path.join(PROJECT_ROOT, 'demo')]);
const browser = await launchWithExtension({ headless: !headed, viewport: { width: 1100, height: 760 } });
try {
  const page = await browser.context.newPage();
  await page.goto(server.url('sample-job-page.html'));
  await waitForMarks(page, 'operations');
  console.log('Marks on the sample page:', await highlightCounts(page));
  if (headed) {
    console.log('Chromium is open with Role Lens: hover a marked word. Close the window to finish.');
    await page.waitForEvent('close', { timeout: 0 });
  } else {
    await hoverMark(page, 'operations', '用户运营');
    mkdirSync(OUTPUT_DIR, { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    console.log(`Tooltip on the sample page, hovering 用户运营: ${SCREENSHOT}`);
  }
} finally {
  await browser.close();
  await server.close();
}
