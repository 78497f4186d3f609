import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { detector } from '../core/detector';
import type { PageContext } from '../core/page-context';
import { htmlRuns } from './lib/html-text';

/**
 * npm run detect -- FILE...          one JSON line per detection: {"file","start","end","text","term","family"}
 * npm run detect -- --jsonl FILE...  lines {"id","text"[,"context"]} in, lines {"id","start","end","text","term","family"} out
 * For .html/.htm/.php files, indices are into the visible text the content script scans, and each run is read
 * with the page's <title> and its nearest heading as context, as in the extension. A JSONL record's optional
 * "context" is the page's title (a string) or {"title", "heading"} (strings, each optional).
 * Every input is read and checked before anything is printed, so bad input leaves stdout empty.
 */

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.php']);
const USAGE = 'usage: npm run detect -- FILE...   or   npm run detect -- --jsonl FILE...';

class InputError extends Error {}

function readInput(file: string): Buffer {
  if (!existsSync(file)) throw new InputError(`${file}: no such file`);
  if (!statSync(file).isFile()) throw new InputError(`${file}: not a file`);
  return readFileSync(file);
}

interface JsonlRecord {
  id: unknown;
  text: string;
  context?: PageContext;
}

/** A record's "context": a title, or {title, heading}; anything else is refused with the line it is on. */
function parseContext(value: unknown, where: string): PageContext | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return { title: value };
  const bad = () =>
    new InputError(`${where}: "context" must be a string (the page's title) or {"title", "heading"} strings`);
  if (typeof value !== 'object' || Array.isArray(value)) throw bad();
  const { title, heading, ...rest } = value as Record<string, unknown>;
  if (Object.keys(rest).length > 0) throw bad();
  if (
    (title !== undefined && typeof title !== 'string') ||
    (heading !== undefined && typeof heading !== 'string')
  )
    throw bad();
  return { ...(title !== undefined ? { title } : {}), ...(heading !== undefined ? { heading } : {}) };
}

function parseJsonl(file: string, content: string): JsonlRecord[] {
  const records: JsonlRecord[] = [];
  content.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${file}:${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new InputError(`${where}: invalid JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new InputError(`${where}: expected an object {"id", "text"}`);
    }
    const record = value as Record<string, unknown>;
    if (typeof record.text !== 'string') throw new InputError(`${where}: "text" must be a string`);
    if (!('id' in record)) throw new InputError(`${where}: missing "id"`);
    const context = parseContext(record.context, where);
    records.push({ id: record.id, text: record.text, ...(context ? { context } : {}) });
  });
  return records;
}

async function run(args: string[]): Promise<string[]> {
  const jsonl = args[0] === '--jsonl';
  const files = jsonl ? args.slice(1) : args;
  if (files.length === 0 || files.some((file) => file.startsWith('--'))) throw new InputError(USAGE);

  const out: string[] = [];
  if (jsonl) {
    const inputs = files.map((file) => parseJsonl(file, readInput(file).toString('utf8')));
    for (const record of inputs.flat()) {
      for (const { start, end, text, term, family } of detector.detect(record.text, record.context)) {
        out.push(JSON.stringify({ id: record.id, start, end, text, term, family }));
      }
    }
    return out;
  }
  const inputs = files.map((file) => ({ file, bytes: readInput(file) }));
  for (const { file, bytes } of inputs) {
    if (!HTML_EXTENSIONS.has(extname(file).toLowerCase())) {
      for (const detection of detector.detect(bytes.toString('utf8')))
        out.push(JSON.stringify({ file, ...detection }));
      continue;
    }
    // Run by run, each with its context, at its place in the visible text (runs joined by "\n").
    for (const run of await htmlRuns(bytes)) {
      for (const detection of detector.detect(run.text, run.context)) {
        const start = detection.start + run.start;
        out.push(JSON.stringify({ file, ...detection, start, end: detection.end + run.start }));
      }
    }
  }
  return out;
}

run(process.argv.slice(2)).then(
  (lines) => {
    if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`detect: ${error instanceof InputError ? error.message : String(error)}\n`);
    process.exitCode = error instanceof InputError ? 2 : 1;
  },
);
