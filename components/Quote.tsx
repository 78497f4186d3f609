import type { QuoteView } from '../core/knowledge/card-model';

/**
 * A verbatim quote from the source, byte for byte, with a marker after each misprint the source makes
 * (提现〔体现〕): the marker is ours and looks it, the quote stays as written.
 */
export function Quote({ quote }: { quote: QuoteView }) {
  const pieces: preact.JSX.Element[] = [];
  let from = 0;
  for (const typo of quote.typos) {
    pieces.push(
      <span key={`t${typo.start}`}>{quote.text.slice(from, typo.end)}</span>,
      <span key={`m${typo.start}`} class="rl-typo" title={`原文笔误，应为“${typo.fix}”`}>
        〔{typo.fix}〕
      </span>,
    );
    from = typo.end;
  }
  pieces.push(<span key="rest">{quote.text.slice(from)}</span>);
  return <blockquote class="rl-quote">“{pieces}”</blockquote>;
}
