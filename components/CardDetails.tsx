import type { Card, TakeView } from '../core/knowledge/card-model';
import { fillPlaces } from '../core/knowledge/places';
import { CitedText, Cites, type PickViewpoint } from './CitedText';
import { Quote } from './Quote';

export interface CardDetailsProps {
  id: string;
  card: Card;
  /** The takes open, by viewpoint number. */
  shown: ReadonlySet<number>;
  /** A viewpoint the reader picked that says nothing about this word, to say so. */
  missing?: number;
  onToggle: (viewpoint: number) => void;
  onPick: PickViewpoint;
}

/**
 * Behind "more": what the source says of the title with its quotes, each viewpoint's take on the word (a row of
 * numbers picks which), and who contains whom pair by pair, every viewpoint counted once.
 */
export function CardDetails({ id, card, shown, missing, onToggle, onPick }: CardDetailsProps) {
  const word = card.familyLabel ?? card.entry.id;
  return (
    <div class="rl-details" id={id}>
      {card.notes.length > 0 && (
        <section>
          <h3 class="rl-section-title">{card.labels.notesTitle}</h3>
          <ul class="rl-list rl-notes">
            {card.notes.map((note) => (
              <li key={`${note.viewpoint}${note.quote.text}`} data-take={note.viewpoint}>
                <CitedText text={note.text} onPick={onPick} />
                <Quote quote={note.quote} labels={card.quoteLabels} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {card.takes.length > 0 && (
        <section>
          <h3 class="rl-section-title">{fillPlaces(card.labels.takesTitle, { word })}</h3>
          <fieldset class="rl-tabs">
            <legend class="rl-hidden-label">{card.labels.pickViewpoints}</legend>
            {card.takes.map((take) => (
              <button
                type="button"
                key={take.viewpoint}
                class="rl-tab"
                aria-pressed={shown.has(take.viewpoint)}
                aria-label={fillPlaces(card.labels.answer, { number: take.viewpoint })}
                onClick={() => onToggle(take.viewpoint)}
              >
                #{take.viewpoint}
              </button>
            ))}
          </fieldset>
          {missing !== undefined && (
            <p class="rl-silence" data-missing={missing}>
              #{missing} {fillPlaces(card.labels.notSaid, { word })}
            </p>
          )}
          <TakeList
            takes={card.takes.filter((take) => shown.has(take.viewpoint))}
            labels={card.quoteLabels}
            sameWording={card.labels.sameWording}
          />
        </section>
      )}
      <section>
        <h3 class="rl-section-title">{card.labels.pairsTitle}</h3>
        <ul class="rl-list rl-pairs">
          {card.pairs.map((pair) => (
            <li key={pair.families.join('-')}>
              <span class="rl-pair-summary">
                <CitedText text={pair.summary} onPick={onPick} />
              </span>
              <ul class="rl-list rl-caveats">
                {pair.groups.flatMap((group) =>
                  group.members.flatMap((member) =>
                    member.caveat
                      ? [
                          <li key={member.viewpoint}>
                            <Cites viewpoints={[member.viewpoint]} onPick={onPick} /> {member.caveat}
                          </li>,
                        ]
                      : [],
                  ),
                )}
                {pair.notes.map((note) => (
                  <li key={note}>
                    <CitedText text={note} onPick={onPick} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** The open takes; takes in the very same words (the sentence #3 #11 #14 share) are shown once, under all their numbers. */
function TakeList({
  takes,
  labels,
  sameWording,
}: {
  takes: readonly TakeView[];
  labels: Card['quoteLabels'];
  sameWording: string;
}) {
  const groups: TakeView[][] = [];
  for (const take of takes) {
    const same = groups.find((group) => group[0]?.text === take.text);
    if (same) same.push(take);
    else groups.push([take]);
  }
  return (
    <ol class="rl-list rl-takes">
      {groups.map((group) => {
        const [first] = group as [TakeView];
        const numbers = group.map((take) => take.viewpoint);
        return (
          <li key={first.viewpoint} data-take={numbers.join(' ')}>
            <span class="rl-take-numbers">{numbers.map((n) => `#${n}`).join(' ')}</span>{' '}
            {numbers.length > 1 && <span class="rl-silence">{sameWording}</span>}
            {first.text}
            <Quote quote={first.quote} labels={labels} />
          </li>
        );
      })}
    </ol>
  );
}
