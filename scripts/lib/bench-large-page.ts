import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The large page must hold at least this much text (UTF-8 bytes) and this many text nodes (issue 4). */
export const LARGE_PAGE_MIN_TEXT_BYTES = 5_000_000;
export const LARGE_PAGE_MIN_TEXT_NODES = 50_000;

const ROLE_IN_TITLE = /运营|营销|销售|營運|行銷|銷售/;

export interface Posting {
  id: string;
  title: string;
  text: string;
  company?: string;
  site?: string;
}

export function readPostings(file: string): Posting[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Posting);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[char]};`);
}

/** One job card the way boards build them: title link, inline meta, one <p> per line of the ad. */
export function jobCardHtml(posting: Posting, copy: number): string {
  const lines = posting.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
  return (
    `<article class="job" id="${posting.id}-${copy}"><h2><a href="#${posting.id}-${copy}">${escapeHtml(posting.title)}</a></h2>` +
    `<div class="meta"><span class="company">${escapeHtml(posting.company ?? '')}</span> · <span>${escapeHtml(posting.site ?? '')}</span></div>` +
    `<div class="body">${lines}</div></article>\n`
  );
}

/** Text bytes and text nodes one card adds (elements' text only, as the scanner reads it). */
function cardTextSize(posting: Posting): { bytes: number; nodes: number } {
  const lines = posting.text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const parts = [posting.title, posting.company ?? '', ' · ', posting.site ?? '', ...lines];
  return {
    bytes: parts.reduce((sum, part) => sum + Buffer.byteLength(part), 0),
    nodes: parts.filter(Boolean).length,
  };
}

export interface LargePage {
  file: string;
  textBytes: number;
  textNodes: number;
  cards: number;
  /** The id of a card halfway down with a role in its title: `#anchor` opens the page scrolled there. */
  middleAnchor: string;
}

/**
 * Writes a page of real postings repeated until it holds enough text and text nodes. Chinese postings come
 * first, as on the boards Role Lens is for, so the first screen holds marks.
 */
export function writeLargePage({
  postings: all,
  dir,
}: {
  postings: readonly Posting[];
  dir: string;
}): LargePage {
  const isChinese = (posting: Posting) => /[\u4e00-\u9fff]/.test(posting.title);
  const postings = [...all.filter(isChinese), ...all.filter((posting) => !isChinese(posting))];
  const chunks: string[] = [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Large job board</title>',
    '<style>body{font:15px/1.6 sans-serif;margin:0 auto;max-width:900px}article{border-bottom:1px solid #ddd}</style>',
    '</head><body><header><h1>职位列表</h1></header><main id="list">\n',
  ];
  let textBytes = 0;
  let textNodes = 0;
  let cards = 0;
  for (let copy = 0; textBytes < LARGE_PAGE_MIN_TEXT_BYTES || textNodes < LARGE_PAGE_MIN_TEXT_NODES; copy++) {
    for (const posting of postings) {
      chunks.push(jobCardHtml(posting, copy));
      const size = cardTextSize(posting);
      textBytes += size.bytes;
      textNodes += size.nodes;
      cards++;
    }
  }
  chunks.push('</main></body></html>\n');
  // The first card from halfway down whose title names a role, so the screen it opens on holds marks.
  let middle = Math.floor(cards / 2);
  while (middle < cards - 1 && !ROLE_IN_TITLE.test((postings[middle % postings.length] as Posting).title))
    middle++;
  const middlePosting = postings[middle % postings.length] as Posting;
  const middleAnchor = `${middlePosting.id}-${Math.floor(middle / postings.length)}`;
  const file = path.join(dir, 'large-board.html');
  writeFileSync(file, chunks.join(''));
  return { file, textBytes, textNodes, cards, middleAnchor };
}
