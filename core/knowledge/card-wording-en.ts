import type { CardWordingKey } from './card-wording';

/**
 * The card's own words in English (issue 12), key for key with CARD_WORDING: typed, so a phrase added there
 * and missing here fails the build. Family words arrive as English ('operations'); an entry's name stays the
 * Chinese headword the reader met on the page.
 */
export const CARD_WORDING_EN: Record<CardWordingKey, string> = {
  contains: '{outer} contains {inner}',
  merged: 'merged: the difference no longer matters',
  divides: 'only divides the work',
  silent: 'says nothing',
  disagreement: 'Who contains whom? The source does not agree: {claims}.',
  claimJoiner: '; ',
  silence: 'The source never mentions “{term}”.',
  silenceInSense:
    'The source never mentions “{term}”; below is what it says of {word} in its sense of {sense}.',
  silenceOnWord: 'The source never mentions “{term}”; below is what it says of {word} as a whole.',
  distinction: '{dimension}: {side}',
  object: 'Aimed at: {part}',
  channel: 'Channel: {part}',
  rank: 'Rank: {part}',
  pairSummary: '{first} and {second}: {groups}',
  group: '{label} ({count}) {cites}',
  related: 'related role',
  notesHeading: '### What the source says of this title',
  takesHeading: '### What each viewpoint says of {word}',
  pairsHeading: '### Who contains whom (14 viewpoints per pair)',
  footer:
    '— Role Lens (岗位透镜); #N is answer N to the question {source} (‘Are marketing and operations the same thing, or how do they differ?’).',
  more: 'Source and viewpoints ({count})',
  less: 'Less',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Copy failed',
  silentCount: '{count} silent',
  silentShort: 'silent',
  pinHint: 'P to pin',
  pinnedHint: 'N/B next/back · Esc close',
  notesTitle: 'What the source says of this title',
  takesTitle: 'What each viewpoint says of {word}',
  pairsTitle: 'Who contains whom (14 viewpoints per pair)',
  sameWording: '(same wording)',
  notSaid: 'says nothing of {word}.',
  answer: 'answer {number}',
  pickViewpoints: 'Choose the viewpoints to read',
  rolesLabel: 'What each of the three words does',
  diagramLabel: 'Who contains whom: where each viewpoint stands',
  pairTitle: '{first} and {second}',
  typo: 'misprint in the source; meant “{fix}”',
  appName: 'Role Lens',
  nothingSelected: 'The selection holds no 运营, 营销 or 销售 (operations, marketing or sales).',
  // English cards show quotes in Chinese with a gloss, never converted: these three are never shown.
  converted: 'converted from the Simplified original',
  showOriginal: 'show the Simplified original',
  showConverted: 'show the converted text',
  originalQuote: 'Simplified original: {quote}',
};
