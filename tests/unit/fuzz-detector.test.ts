import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detector, pageDetector } from '../../core/detector';
import { FAMILIES } from '../../core/types';
import { detectPiece, pieceEnd } from '../../engine/detect-in-pieces';
import { FUZZ_SEED, mixedText, pageContext } from '../fuzz-text';

// Property-based (fast-check) tests of the detector on random text in Simplified, Traditional, English and
// mixed scripts. A failure prints the shrunk counterexample and the seed to replay it with.

/** Runs per property; FUZZ_RUNS=20000 for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
/** Room for the runs on a busy machine (each property takes about a second here). */
const TIMEOUT = RUNS * 30;
/** Where engine/detect-in-pieces.ts may cut a run: just after one of these. */
const SENTENCE_END = /[\n。！？；!?;]/g;

describe('detector fuzz', () => {
  it(
    'never throws, and gives sorted, non-overlapping detections whose text is the slice they claim',
    () => {
      fc.assert(
        fc.property(fc.oneof(mixedText(), fc.string({ unit: 'binary' })), pageContext, (text, context) => {
          for (const found of [detector.detect(text, context), pageDetector.detect(text, context)]) {
            let previousEnd = 0;
            for (const detection of found) {
              expect(detection.start).toBeGreaterThanOrEqual(previousEnd);
              expect(detection.end).toBeGreaterThan(detection.start);
              expect(detection.end).toBeLessThanOrEqual(text.length);
              expect(text.slice(detection.start, detection.end)).toBe(detection.text);
              expect(FAMILIES).toContain(detection.family);
              previousEnd = detection.end;
            }
          }
        }),
        { numRuns: RUNS, seed: FUZZ_SEED },
      );
    },
    TIMEOUT,
  );

  it(
    'finds nothing in a text its hint test passes over',
    () => {
      fc.assert(
        fc.property(mixedText(), (text) => {
          if (!pageDetector.mayHold(text)) expect(pageDetector.detect(text)).toEqual([]);
        }),
        { numRuns: RUNS, seed: FUZZ_SEED },
      );
    },
    TIMEOUT,
  );

  it(
    'gives the same answer for the same text cut at any of its sentence ends',
    () => {
      fc.assert(
        fc.property(
          mixedText({ maxPieces: 60 }),
          pageContext,
          fc.infiniteStream(fc.boolean()),
          (text, context, cutHere) => {
            const whole = pageDetector.detect(text, context);
            // Cut after any subset of the sentence ends: the pieces the engine may hand the detector.
            const cuts = [...text.matchAll(SENTENCE_END)]
              .map((match) => (match.index ?? 0) + 1)
              .filter(() => cutHere.next().value);
            const bounds = [0, ...cuts.filter((cut) => cut < text.length), text.length];
            const pieces = [];
            for (let at = 0; at + 1 < bounds.length; at++) {
              const from = bounds[at] as number;
              const to = bounds[at + 1] as number;
              if (to > from)
                pieces.push(
                  ...detectPiece({ detect: (part) => pageDetector.detect(part, context), text, from, to }),
                );
            }
            expect(pieces).toEqual(whole);
          },
        ),
        { numRuns: RUNS, seed: FUZZ_SEED },
      );
    },
    TIMEOUT,
  );

  it(
    "gives the same answer for a long run cut into the engine's pieces as for the whole run",
    () => {
      // Sentences shorter than half a piece, so that pieceEnd always finds a sentence end to cut after. Where a
      // run has none in the second half of a piece, pieceEnd falls back to white space, then to a hard cut,
      // which can cut a term in two ("Sales | Representative", "运 | 营"): a known limit, not asserted here.
      const sentence = fc
        .tuple(mixedText({ maxPieces: 8 }), fc.constantFrom(...'\n。！？；!?;'))
        .map(([words, end]) => `${words.replace(/[\n。！？；!?;]/g, '').slice(0, 38)}${end}`);
      fc.assert(
        fc.property(fc.array(sentence, { maxLength: 40 }), pageContext, (sentences, context) => {
          const text = sentences.join('');
          const detect = (part: string) => pageDetector.detect(part, context);
          const pieces = [];
          for (let from = 0; from < text.length; ) {
            const to = pieceEnd(text, from, 80);
            pieces.push(...detectPiece({ detect, text, from, to }));
            from = to;
          }
          expect(pieces).toEqual(detect(text));
        }),
        { numRuns: RUNS, seed: FUZZ_SEED },
      );
    },
    TIMEOUT,
  );
});

describe('cases the fuzz tests found', () => {
  it('reads a piece cut after ！ as the whole run reads it: 一業務 after ！ is no title', () => {
    const text = `${'我们'.repeat(30)}！一業務 A`;
    const from = text.indexOf('一');
    const detect = (part: string) => pageDetector.detect(part);
    const whole = detect(text).filter((detection) => detection.start >= from);
    expect(detectPiece({ detect, text, from, to: text.length })).toEqual(whole);
    expect(detect(text.slice(from)).map((detection) => detection.text)).toEqual(['業務']); // alone: a title
  });

  it('ends an English organisation name at a sentence end', () => {
    expect(detector.detect('Operations A运营！Acme Marketing Ltd.').map((d) => d.text)).toEqual([
      'Operations',
      '运营',
    ]);
    expect(detector.detect('Contact Acme Marketing Ltd.').map((d) => d.text)).toEqual([]);
  });
});
