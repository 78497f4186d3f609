import type { Settings } from '../../core/settings';
import backgroundStyles from './marks-background.css?inline';

/**
 * The CSS a mark style adds to marks.css, for the engine's `setStyles`. marks.css (the line styles) is
 * always there: the manifest injects it into the top document and the engine adopts it into frames.
 */
export function markStyleCss(style: Settings['markStyle']): string {
  return style === 'background' ? backgroundStyles : '';
}
