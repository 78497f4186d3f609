import OpenCC from 'opencc-js';
import type { ScriptConverters } from './build-lexicon';

/**
 * The two scripts as OpenCC's data writes them (characters and variants, no regional phrases: a page in
 * Traditional writes 視頻運營 as often as 影片營運, and the lexicon lists Taiwan's words as forms of their own):
 * Taiwan's characters (後臺) and Hong Kong's (後台), and back to Simplified.
 */
export function openccScripts(): ScriptConverters {
  const taiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const hongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const simplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });
  return {
    traditional: (text) => [...new Set([taiwan(text), hongKong(text)])],
    simplified: (text) => fromHongKong(simplified(text)),
  };
}
