/**
 * `npx tsx scripts/bench-pathological.ts [NAME...]`: only the pathological pages of issue 14 (item 1), with
 * and without the extension, as `npm run bench` measures them after its other pages (its table and JSON
 * too). NAME picks pages by part of their file name (huge, many, deep, changing, table, log). Uses the build in
 * .output/chrome-mv3 as it is (`--extension DIR` another one, e.g. an older build to compare).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchPlainChromium } from './lib/bench-browser';
import { pathologicalBenchPages } from './lib/bench-pages';
import { measurePathological, openWatchedContexts, pathologicalTable } from './lib/bench-pathological-run';
import { CHROME_BUILD, PROJECT_ROOT } from './lib/chromium';
import { serveStatic } from './lib/static-server';

const args = process.argv.slice(2);
const extensionAt = args.indexOf('--extension');
const extensionPath = extensionAt >= 0 ? path.resolve(args[extensionAt + 1] ?? '') : CHROME_BUILD;
const names = args.filter(
  (arg, index) => !arg.startsWith('--') && (extensionAt < 0 || index !== extensionAt + 1),
);
const pages = pathologicalBenchPages().filter(
  (page) => names.length === 0 || names.some((name) => page.name.includes(name)),
);
const dir = mkdtempSync(path.join(os.tmpdir(), 'role-lens-pathological-'));
const server = await serveStatic([dir]);
const plain = await launchPlainChromium();
const watched = await openWatchedContexts({ extensionPath, plain });
try {
  const results = await measurePathological({
    pages,
    dir,
    server,
    marked: watched.marked,
    plain: watched.plain,
    log: (line) => console.error(line),
  });
  mkdirSync(path.join(PROJECT_ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    path.join(PROJECT_ROOT, 'bench-results/pathological.json'),
    `${JSON.stringify({ loadAverage: os.loadavg(), extensionPath, results }, null, 2)}\n`,
  );
  console.log(
    `Load average ${os
      .loadavg()
      .map((load) => load.toFixed(2))
      .join(' / ')} at the end.\n`,
  );
  console.log(pathologicalTable(results));
} finally {
  await watched.close();
  await plain.close();
  await server.close();
  rmSync(dir, { recursive: true, force: true });
}
