import { existsSync, readFileSync } from 'node:fs';
import type { PageContext } from '../../core/page-context';
import type { Unit } from './score';
import { sharedPath } from './shared-paths';

/**
 * Where a labelled unit comes from, so figures can be given per source: a rule that helps one job board and
 * hurts another shows. A posting's unit (`post:<posting id>:<n>`) takes its posting's site, or, for postings
 * without one, the site its scraper repository names (104, 51job, 1dagong, bilibili, else the repository);
 * other units take their kind (`fp`: news pages, `lk`: the postings behind saved list pages).
 */
export function unitSources(): (unit: Unit) => string {
  const siteOf = new Map(
    labelledPostings().map((posting) => [posting.id, posting.site ?? siteOfSource(posting.source ?? '')]),
  );
  return (unit) => {
    const [kind, id = ''] = unit.unit_id.split(':');
    if (kind === 'post') return siteOf.get(id) ?? 'unknown posting';
    return kind === 'fp' ? 'news pages' : kind === 'lk' ? 'saved list pages' : (kind ?? 'unknown');
  };
}

interface LabelledPosting {
  id: string;
  site?: string;
  source?: string;
  title?: string;
}

let postingsRead: LabelledPosting[] | undefined;

/** The postings behind the labelled units (`post:<id>:<n>`), read once; none when the corpus is absent. */
function labelledPostings(): LabelledPosting[] {
  if (postingsRead) return postingsRead;
  const path = sharedPath('corpus', 'postings.jsonl');
  postingsRead = existsSync(path)
    ? readFileSync(path, 'utf8')
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as LabelledPosting)
    : [];
  return postingsRead;
}

/** The job board a scraper repository ("github:owner/name@commit:path") collected from. */
function siteOfSource(source: string): string {
  const repository = source.replace(/^github:/, '').split('@')[0] ?? source;
  const board = ['104', '51job', '1dagong', 'bilibili', 'lagou', 'zhilian'].find((name) =>
    repository.toLowerCase().includes(name),
  );
  return board ?? repository;
}

/**
 * The page context of a unit, as the extension would read it: a posting's unit has its posting's title (a job
 * page's title names the job). Units of saved list pages and news pages have none recorded.
 */
export function unitContexts(): (unit: Unit) => PageContext | undefined {
  const titleOf = new Map(
    labelledPostings().flatMap((posting) => (posting.title ? [[posting.id, posting.title] as const] : [])),
  );
  return (unit) => {
    const [kind, id = ''] = unit.unit_id.split(':');
    const title = kind === 'post' ? titleOf.get(id) : undefined;
    return title ? { title } : undefined;
  };
}

/** The document a unit belongs to (`post:<id>`, `lk:<hash>`, `fp:<page>`): units of one document stay together. */
export function documentOf(unit: Unit): string {
  return unit.unit_id.split(':').slice(0, 2).join(':');
}

/**
 * Which half of the corpus a unit falls in, by a hash of its document (FNV-1a): a fixed split no one chose,
 * so a rule can be checked to help both halves, not only the documents it was written from.
 */
export function halfOf(unit: Unit): 'A' | 'B' {
  let hash = 0x811c9dc5;
  for (const char of documentOf(unit)) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? 'A' : 'B';
}
