import { useContext, useState } from 'preact/hooks';
import type { Card, QuoteView } from '../core/knowledge/card-model';
import { fillPlaces } from '../core/knowledge/places';
import { CardLabelsContext } from './card-labels';

/**
 * A verbatim quote from the source, byte for byte, with a marker after each misprint the source makes
 * (提现〔体现〕): the marker is ours and looks it, the quote stays as written. A quote converted to
 * Traditional says so, and one click shows the Simplified original in its place. On an English card the quote
 * stays in Chinese and its English gloss follows it.
 */
export function Quote({ quote, labels }: { quote: QuoteView; labels?: Card['quoteLabels'] }) {
  const [showOriginal, setShowOriginal] = useState(false);
  const typoTitle = useContext(CardLabelsContext)?.typo ?? '{fix}';
  const shown = showOriginal && quote.original ? quote.original : quote;
  const pieces: preact.JSX.Element[] = [];
  let from = 0;
  for (const typo of shown.typos) {
    pieces.push(
      <span key={`t${typo.start}`}>{shown.text.slice(from, typo.end)}</span>,
      <span key={`m${typo.start}`} class="rl-typo" title={fillPlaces(typoTitle, { fix: typo.fix })}>
        〔{typo.fix}〕
      </span>,
    );
    from = typo.end;
  }
  pieces.push(<span key="rest">{shown.text.slice(from)}</span>);
  return (
    <blockquote class="rl-quote" lang={shown === quote && !quote.gloss ? undefined : 'zh-Hans'}>
      “{pieces}”
      {quote.gloss && (
        <span class="rl-gloss" lang="en">
          {quote.gloss}
        </span>
      )}
      {quote.original && labels && (
        <>
          {' '}
          <small class="rl-converted">{labels.converted}</small>{' '}
          <button
            type="button"
            class="rl-cite rl-original"
            aria-pressed={showOriginal}
            onClick={() => setShowOriginal(!showOriginal)}
          >
            {showOriginal ? labels.showConverted : labels.showOriginal}
          </button>
        </>
      )}
    </blockquote>
  );
}
