import type { CardLabels, PairView, PlaceGroup } from '../core/knowledge/card-model';
import { fillPlaces } from '../core/knowledge/places';
import type { Family } from '../core/types';
import { Cite, type PickViewpoint } from './CitedText';

/**
 * Who contains whom, drawn: one row per pair of words, one glyph per position the viewpoints take (nested
 * circles: one word contains the other; overlapping: merged; apart: they only divide the work), each with the
 * numbers of the viewpoints that take it, and last the viewpoints that say nothing of the pair. Every row
 * holds all fourteen. Circles carry the word (small: its first character) as well as its colour, so the
 * diagram reads without colour vision.
 */
export function RelationDiagram({
  pairs,
  size,
  onPick,
  labels,
}: {
  pairs: readonly PairView[];
  size: 'small' | 'large';
  onPick?: PickViewpoint;
  /** What the silent are called and how the diagram is named, in the card's language. */
  labels: Pick<CardLabels, 'silentCount' | 'silentShort' | 'diagramLabel' | 'pairTitle'>;
}) {
  return (
    <ul class="rl-diagram" data-size={size} aria-label={labels.diagramLabel}>
      {pairs.map((pair) => (
        <li key={pair.families.join('-')} class="rl-diagram-row" data-pair={pair.families.join('-')}>
          {size === 'large' && (
            <span class="rl-diagram-pair">
              {fillPlaces(labels.pairTitle, { first: pair.labels[0], second: pair.labels[1] })}
            </span>
          )}
          {pair.groups
            .filter((group) => group.members.length > 0)
            .map((group) => (
              <span
                key={group.label}
                class="rl-diagram-group"
                data-place={group.place}
                title={`${group.label}（${group.members.length}）：${group.members.map((m) => `#${m.viewpoint}`).join(' ')}`}
              >
                {group.place === 'silent' && size === 'small' ? (
                  // The small diagram counts the silent instead of listing them: the row stays one line.
                  <span class="rl-diagram-silent">
                    {fillPlaces(labels.silentCount, { count: group.members.length })}
                  </span>
                ) : (
                  <>
                    {group.place === 'silent' ? (
                      <span class="rl-diagram-silent">{labels.silentShort}</span>
                    ) : (
                      <Glyph group={group} pair={pair} size={size} />
                    )}
                    <span class="rl-cites">
                      {group.members.map((member) => (
                        <span
                          key={member.viewpoint}
                          class={member.caveat ? 'rl-caveat' : undefined}
                          title={member.caveat}
                        >
                          <Cite viewpoint={member.viewpoint} onPick={onPick} />
                        </span>
                      ))}
                    </span>
                  </>
                )}
              </span>
            ))}
        </li>
      ))}
    </ul>
  );
}

const GEOMETRY = {
  small: { width: 38, height: 36, font: 10, shortLabels: true },
  large: { width: 72, height: 68, font: 12, shortLabels: false },
} as const;

function Glyph({ group, pair, size }: { group: PlaceGroup; pair: PairView; size: 'small' | 'large' }) {
  const { width, height, font, shortLabels } = GEOMETRY[size];
  const labelOf = (family: Family) => {
    const label = pair.labels[pair.families.indexOf(family)] ?? '';
    // A circle holds two characters at most: an English word (operations) gives its initial, as the small one does.
    return shortLabels || label.length > 2 ? label.slice(0, 1) : label;
  };
  const [first, second] = pair.families;
  const cx = width / 2;
  const cy = height / 2;
  const r = height / 2 - 1;
  const word = (family: Family, x: number, y: number, inverse = false) => (
    <text
      x={x}
      y={y}
      font-size={font}
      text-anchor="middle"
      dominant-baseline="central"
      class={inverse ? 'rl-glyph-inverse' : undefined}
      data-family={family}
    >
      {labelOf(family)}
    </text>
  );
  let shapes: preact.JSX.Element;
  if (group.place === 'contains' && group.outer && group.inner) {
    // The inner circle sits low and right inside the outer one, leaving the upper left for the outer word.
    const innerR = r * 0.47;
    const innerX = cx + r * 0.27;
    const innerY = cy + r * 0.29;
    shapes = (
      <>
        <circle cx={cx} cy={cy} r={r} class="rl-glyph-outer" data-family={group.outer} />
        <circle cx={innerX} cy={innerY} r={innerR} class="rl-glyph-inner" data-family={group.inner} />
        {word(group.outer, cx - r * (shortLabels ? 0.36 : 0.28), cy - r * 0.4)}
        {word(group.inner, innerX, innerY, true)}
      </>
    );
  } else {
    // merged: the circles overlap; divides: they stand apart.
    const apart = group.place === 'divides';
    const sideR = apart ? Math.min(r * 0.6, width / 4 - 1) : r * 0.7;
    const offset = apart ? width / 4 : sideR * 0.55;
    shapes = (
      <>
        <circle cx={cx - offset} cy={cy} r={sideR} class="rl-glyph-side" data-family={first} />
        <circle cx={cx + offset} cy={cy} r={sideR} class="rl-glyph-side" data-family={second} />
        {word(first, cx - offset - (apart ? 0 : sideR * 0.35), cy)}
        {word(second, cx + offset + (apart ? 0 : sideR * 0.35), cy)}
      </>
    );
  }
  return (
    <svg class="rl-glyph" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
      {shapes}
    </svg>
  );
}
