/**
 * `npm run screenshots`: the README's pictures, taken from the built extension in real Chromium:
 * the tooltip on the bundled sample page (and the card of its Taiwan posting, in Traditional; and a card in
 * English), the popup comparing the three words, and the options page (in Simplified and in English).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { launchWithExtension, PROJECT_ROOT } from './lib/chromium';
import { hoverMark, waitForMarks } from './lib/page-probe';
import { serveStatic } from './lib/static-server';

/** The extension's own `chrome` global, as seen inside its service worker (where `evaluate` runs). */
declare const chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } };

const OUT = path.join(PROJECT_ROOT, 'docs');
mkdirSync(OUT, { recursive: true });

const server = await serveStatic([path.join(PROJECT_ROOT, 'demo')]);
const browser = await launchWithExtension({ viewport: { width: 1100, height: 720 } });
try {
  // The README shows the interface in Simplified, whatever language this Chromium reports (en-US here).
  await browser.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { language: 'zh-Hans' } }));
  const page = await browser.context.newPage();
  await page.goto(server.url('sample-job-page.html'));
  await waitForMarks(page, 'operations');
  await hoverMark(page, 'operations', '用户运营');
  await page.screenshot({ path: path.join(OUT, 'tooltip.png') });
  // The same card unfolded, its notes first: the card alone, as it scrolls inside itself.
  await page.locator('role-lens-tooltip .rl-more').click();
  await page.locator('role-lens-tooltip .rl-details').waitFor();
  // Scrolled inside the card to what unfolding adds, as a reader would.
  await page.evaluate(() => {
    const card = document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip');
    const details = card?.querySelector<HTMLElement>('.rl-details');
    if (card && details) card.scrollTop = details.offsetTop - 8;
  });
  await page
    .locator('role-lens-tooltip .rl-tooltip')
    .screenshot({ path: path.join(OUT, 'card-unfolded.png') });

  // The Taiwan posting's 營運專員: the card in Traditional, as the page is written (core/card-script.ts).
  await page.keyboard.press('Escape');
  await hoverMark(page, 'operations', '營運專員');
  await page
    .locator('role-lens-tooltip .rl-tooltip')
    .screenshot({ path: path.join(OUT, 'card-zh-hant.png') });

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 780, height: 720 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByRole('button', { name: '三者对比' }).click();
  await popup.locator('.rl-popup').screenshot({ path: path.join(OUT, 'popup-compare.png') });

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  // The page renders once its settings are read from storage: a screenshot before that is blank.
  await options.locator('.rl-options').waitFor();
  await options.screenshot({ path: path.join(OUT, 'options.png') });
  // The options in English, the interface language chosen there.
  await browser.serviceWorker.evaluate(() => chrome.storage.local.set({ settings: { language: 'en' } }));
  await options.reload();
  await options.getByRole('heading', { name: 'Interface language' }).waitFor();
  await options.screenshot({ path: path.join(OUT, 'options-en.png') });

  // A card in English, as a reader with an English interface who chose it sees one: the first screen, then
  // unfolded to the viewpoints' quotes, each in Chinese with its English beside it.
  await browser.serviceWorker.evaluate(() =>
    chrome.storage.local.set({ settings: { language: 'en', explainIn: 'interface' } }),
  );
  await page.bringToFront();
  await page.reload();
  await waitForMarks(page, 'operations');
  await hoverMark(page, 'operations', '用户运营');
  const englishCard = page.locator('role-lens-tooltip .rl-tooltip');
  await englishCard.screenshot({ path: path.join(OUT, 'card-en.png') });
  await page.locator('role-lens-tooltip .rl-more').click();
  await page.evaluate(() => {
    const card = document.querySelector('role-lens-tooltip')?.shadowRoot?.querySelector('.rl-tooltip');
    const takes = card?.querySelector<HTMLElement>('.rl-takes');
    if (card && takes) card.scrollTop = takes.offsetTop - 60;
  });
  await englishCard.screenshot({ path: path.join(OUT, 'card-en-quotes.png') });
  console.log(`Screenshots written to ${OUT}`);
} finally {
  await browser.close();
  await server.close();
}
