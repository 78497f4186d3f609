import { useContext } from 'preact/hooks';
import { fillPlaces } from '../core/knowledge/places';
import { CardLabelsContext } from './card-labels';

/** Called with a viewpoint's number when the reader picks its chip (to read that viewpoint's take). */
export type PickViewpoint = (viewpoint: number) => void;

/** One viewpoint cited: "#3", the card's only notation for viewpoints. A button when it can be picked. */
export function Cite({ viewpoint, onPick }: { viewpoint: number; onPick?: PickViewpoint }) {
  const label = fillPlaces(useContext(CardLabelsContext)?.answer ?? '#{number}', { number: viewpoint });
  return onPick ? (
    <button type="button" class="rl-cite" title={label} aria-label={label} onClick={() => onPick(viewpoint)}>
      #{viewpoint}
    </button>
  ) : (
    <span class="rl-cite" title={label}>
      #{viewpoint}
    </span>
  );
}

export function Cites({ viewpoints, onPick }: { viewpoints: readonly number[]; onPick?: PickViewpoint }) {
  return (
    <span class="rl-cites">
      {viewpoints.map((viewpoint) => (
        <Cite key={viewpoint} viewpoint={viewpoint} onPick={onPick} />
      ))}
    </span>
  );
}

const CITATION = /#(\d{1,2})/g;

/** Text from the knowledge base, its inline "#N" citations drawn as chips. */
export function CitedText({ text, onPick }: { text: string; onPick?: PickViewpoint }) {
  const pieces: (string | number)[] = [];
  let from = 0;
  for (const match of text.matchAll(CITATION)) {
    pieces.push(text.slice(from, match.index), Number(match[1]));
    from = match.index + match[0].length;
  }
  pieces.push(text.slice(from));
  return (
    <>
      {pieces.map((piece, index) =>
        typeof piece === 'number' ? <Cite key={index} viewpoint={piece} onPick={onPick} /> : piece,
      )}
    </>
  );
}
