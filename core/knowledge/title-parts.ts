import { ranks } from '../../data/generated/lexicon.json';
import type { TitleParts } from '../types';
import { SIMPLIFIED_WRITER, wording } from './card-writer';

const CJK = /[\u3400-\u9fff]/;

/**
 * The entry's own rank, else the rank a page's text carried past the entry (用户运营 + 专员), longest first.
 * Only past the entry: 经理 in 产品经理 is part of the title, not its rank; posts such as 员 or 策划 are no ranks.
 */
function rankOf(entry: { id: string; parts?: TitleParts }, surface: string): string | undefined {
  if (entry.parts?.level) return entry.parts.level;
  if (surface.length <= entry.id.length) return undefined;
  return (ranks as string[]).find((rank) => surface.endsWith(rank));
}

/**
 * "对象：用户 · 职级：专员" for 用户运营专员: the parts of a title that truly are what their label says. The
 * data only files objects, channels and ranks as such (data/lexicon-rules.json); a word in another script
 * than the card's (manager) is left out rather than shown inside a Chinese label.
 */
export function describeParts(
  entry: { id: string; parts?: TitleParts },
  surface = entry.id,
  writer = SIMPLIFIED_WRITER,
): string | undefined {
  const { parts } = entry;
  const rank = rankOf(entry, surface);
  const named: string[] = [];
  // An English card gives the Chinese part beside its English, as the headword above it writes it.
  const name = (key: 'object' | 'channel' | 'rank', part: string) =>
    named.push(
      wording(writer, key, {
        part: writer.script === 'en' ? `${writer.text(part)} (${part})` : writer.text(part),
      }),
    );
  if (parts?.object && CJK.test(parts.object)) name('object', parts.object);
  if (parts?.channel && CJK.test(parts.channel)) name('channel', parts.channel);
  if (rank && CJK.test(rank)) name('rank', rank);
  return named.length > 0 ? named.join(' · ') : undefined;
}
