import type { CardLanguage } from '../card-request';
import type { CardWriter } from './card-writer';
import { ENGLISH_WRITER } from './english';
import { TRADITIONAL_WRITER } from './traditional';

/** The writer of each card language; undefined for Simplified, the source's own (buildCard's default). */
export function writerFor(language: CardLanguage): CardWriter | undefined {
  return language === 'zh-Hant' ? TRADITIONAL_WRITER : language === 'en' ? ENGLISH_WRITER : undefined;
}
