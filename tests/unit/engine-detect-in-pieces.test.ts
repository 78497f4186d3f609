import { describe, expect, it } from 'vitest';
import type { Detection } from '../../core/types';
import { detectPiece, pieceEnd } from '../../engine/detect-in-pieces';

const findAll =
  (word: string) =>
  (text: string): Detection[] =>
    [...text.matchAll(new RegExp(word, 'g'))].map((match) => ({
      start: match.index ?? 0,
      end: (match.index ?? 0) + word.length,
      text: word,
      term: word,
      family: 'operations',
    }));

describe('pieceEnd', () => {
  it('keeps a short run whole', () => {
    expect(pieceEnd('招聘运营总监', 0, 100)).toBe(6);
  });

  it('cuts a long run just after its last sentence end inside the window', () => {
    const text = `${'甲'.repeat(60)}。${'乙'.repeat(20)}\n${'丙'.repeat(60)}`;
    expect(pieceEnd(text, 0, 100)).toBe(82);
    expect(text[81]).toBe('\n');
  });

  it('falls back to white space, then to a hard cut, when a run has no sentence end', () => {
    expect(pieceEnd(`${'a'.repeat(70)} ${'b'.repeat(70)}`, 0, 100)).toBe(71);
    expect(pieceEnd('c'.repeat(300), 0, 100)).toBe(100);
  });
});

describe('detectPiece', () => {
  it('finds every term of a long run once across its pieces, with offsets into the whole run', () => {
    const sentence = '我们招聘运营。';
    const text = sentence.repeat(500);
    const detect = findAll('运营');
    const found: Detection[] = [];
    for (let from = 0; from < text.length; ) {
      const to = pieceEnd(text, from, 100);
      found.push(...detectPiece({ detect, text, from, to }));
      from = to;
    }
    expect(found).toHaveLength(500);
    expect(found.every((detection) => text.slice(detection.start, detection.end) === '运营')).toBe(true);
    expect(found.map((detection) => detection.start)).toEqual(
      found.map((_, index) => index * sentence.length + 4),
    );
  });
});
