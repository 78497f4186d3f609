/**
 * `npx tsx scripts/bench-detector.ts`: how fast `detector.detect` reads text, next to passes that only read it.
 *
 * The input is built in memory from the corpus postings (../shared/corpus/postings.jsonl and
 * postings-more.jsonl), split into runs the way a page holds them (title, company, one run per line), Chinese
 * postings first as on the boards Role Lens is for, until about RUNS strings. Nothing is written to disk.
 *
 * Prints MB/s and ms for: a loop summing charCodeAt over every run, a native RegExp.test of one character
 * class on every run, and detect (cold: its first pass in this process; warm: the median of PASSES passes), with
 * ratios to the charCodeAt loop. It also prints a hash of all detections, on the runs and on every whole
 * posting text, so a speed-up can be checked not to change a single detection.
 *
 * Options: --runs N (default 60000), --passes N (default 7),
 * --module FILE (time another module exporting `detector`, e.g. a copy of an earlier core/detector.ts, instead
 * of core/detector.ts: the before of a before/after, each in its own process so neither warms the other),
 * --reference FILE (such a module: every run's and every posting's detections are compared with it, untimed),
 * --expect HASH (fail unless the runs hash is HASH).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Detection } from '../core/types';

type Detect = (text: string) => Detection[];

const CORPUS = path.resolve(import.meta.dirname, '../../shared/corpus');
const FILES = ['postings.jsonl', 'postings-more.jsonl'];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}
const RUNS = Number(option('runs') ?? 60_000);
const PASSES = Number(option('passes') ?? 7);
const MODULE = option('module') ?? path.resolve(import.meta.dirname, '../core/detector.ts');
const REFERENCE = option('reference');
const EXPECT = option('expect');

interface Posting {
  title?: string;
  text?: string;
  company?: string;
  site?: string;
}

function readPostings(): Posting[] {
  const postings: Posting[] = [];
  for (const file of FILES)
    for (const line of readFileSync(path.join(CORPUS, file), 'utf8').split('\n'))
      if (line.trim()) postings.push(JSON.parse(line) as Posting);
  return postings;
}

/** Text runs the way a job board's page holds them: title, company, site, then one run per line. */
function pageRuns(postings: readonly Posting[], limit: number): string[] {
  const isChinese = (posting: Posting) =>
    /[\u4e00-\u9fff]/.test(`${posting.title ?? ''}${posting.text ?? ''}`);
  const ordered = [...postings.filter(isChinese), ...postings.filter((posting) => !isChinese(posting))];
  const runs: string[] = [];
  while (runs.length < limit) {
    for (const posting of ordered) {
      const lines = (posting.text ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean);
      for (const run of [posting.title ?? '', posting.company ?? '', ' · ', posting.site ?? '', ...lines])
        if (run) runs.push(run);
      if (runs.length >= limit) break;
    }
  }
  return runs.slice(0, limit);
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

function time(pass: () => unknown): { ms: number; result: unknown } {
  const started = performance.now();
  const result = pass();
  return { ms: performance.now() - started, result };
}

function hashDetections(all: Detection[][]): string {
  const hash = createHash('sha256');
  for (const found of all) hash.update(`${JSON.stringify(found)}\n`);
  return hash.digest('hex').slice(0, 16);
}

function detectAll(detect: Detect, runs: readonly string[]): Detection[][] {
  const out: Detection[][] = new Array(runs.length);
  for (let i = 0; i < runs.length; i++) out[i] = detect(runs[i] as string);
  return out;
}

function countAll(detect: Detect, runs: readonly string[]): number {
  let count = 0;
  for (let i = 0; i < runs.length; i++) count += detect(runs[i] as string).length;
  return count;
}

async function loadDetect(file: string): Promise<Detect> {
  const module = (await import(pathToFileURL(path.resolve(file)).href)) as {
    detector: { detect: Detect };
  };
  return (text) => module.detector.detect(text);
}

const postings = readPostings();
const runs = pageRuns(postings, RUNS);
const chars = runs.reduce((sum, run) => sum + run.length, 0);
const bytes = runs.reduce((sum, run) => sum + Buffer.byteLength(run), 0);
const megabytes = bytes / 1e6;
console.log(`detector: ${path.relative(process.cwd(), MODULE)}`);
console.log(
  `input: ${runs.length} runs, ${chars} characters, ${megabytes.toFixed(2)} MB UTF-8 ` +
    `(${postings.length} postings, Chinese first, repeated as needed)`,
);

// Baselines: passes that read every character and nothing more.
const sumCodes = () => {
  let sum = 0;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as string;
    for (let i = 0; i < run.length; i++) sum = (sum + run.charCodeAt(i)) | 0;
  }
  return sum;
};
const CLASS = /[运营销售營運銷]/;
const regexTest = () => {
  let hits = 0;
  for (let r = 0; r < runs.length; r++) if (CLASS.test(runs[r] as string)) hits++;
  return hits;
};
const sumTimes = Array.from({ length: PASSES }, () => time(sumCodes).ms);
const regexTimes = Array.from({ length: PASSES }, () => time(regexTest).ms);
const floor = median(sumTimes);

interface Row {
  name: string;
  ms: number;
}
const rows: Row[] = [
  { name: 'baseline: sum charCodeAt (median)', ms: floor },
  { name: `baseline: RegExp.test ${CLASS.source} (median)`, ms: median(regexTimes) },
];

/** Times one detector (cold first, then warm), and returns every run's detections from the cold pass. */
function measure(label: string, detect: Detect): Detection[][] {
  const cold = time(() => detectAll(detect, runs));
  const warm = Array.from({ length: PASSES }, () => time(() => countAll(detect, runs)).ms);
  rows.push({ name: `${label}: cold (first pass)`, ms: cold.ms });
  rows.push({ name: `${label}: warm (median of ${PASSES})`, ms: median(warm) });
  return cold.result as Detection[][];
}

const current = await loadDetect(MODULE);
const found = measure('detect', current);

const pad = (text: string, width: number) => text.padEnd(width);
const width = Math.max(...rows.map((row) => row.name.length));
console.log(`\n${pad('pass', width)}  ${'ms'.padStart(9)}  ${'MB/s'.padStart(8)}  ${'× floor'.padStart(8)}`);
for (const row of rows)
  console.log(
    `${pad(row.name, width)}  ${row.ms.toFixed(2).padStart(9)}  ${(megabytes / (row.ms / 1000)).toFixed(1).padStart(8)}  ${(row.ms / floor).toFixed(2).padStart(8)}`,
  );

const detections = found.reduce((sum, list) => sum + list.length, 0);
const withDetections = found.filter((list) => list.length > 0).length;
const runsHash = hashDetections(found);
const postingsHash = hashDetections(postings.map((posting) => current(posting.text ?? '')));
console.log(`\ndetections: ${detections} in ${withDetections} of ${runs.length} runs`);
console.log(`hash of all detections on the runs:          ${runsHash}`);
console.log(`hash of all detections on whole posting texts: ${postingsHash}`);

let failed = false;
if (REFERENCE) {
  const referenceDetect = await loadDetect(REFERENCE);
  const reference = detectAll(referenceDetect, runs);
  let differing = 0;
  for (let i = 0; i < runs.length; i++)
    if (JSON.stringify(found[i]) !== JSON.stringify(reference[i])) {
      if (differing++ < 5) console.log(`differs: ${JSON.stringify(runs[i]).slice(0, 200)}`);
    }
  let differingPostings = 0;
  for (const posting of postings) {
    const text = posting.text ?? '';
    if (JSON.stringify(current(text)) !== JSON.stringify(referenceDetect(text))) differingPostings++;
  }
  console.log(
    `reference: ${differing} differing runs, ${differingPostings} differing whole postings ` +
      `(reference runs hash ${hashDetections(reference)})`,
  );
  failed ||= differing > 0 || differingPostings > 0;
}
if (EXPECT && EXPECT !== runsHash) {
  console.log(`expected runs hash ${EXPECT}, got ${runsHash}`);
  failed = true;
}
if (failed) process.exitCode = 1;
