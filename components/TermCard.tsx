import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Card } from '../core/knowledge/card-model';
import { joinMarkdown } from '../core/knowledge/markdown-join';
import { fillPlaces } from '../core/knowledge/places';
import { CardDetails } from './CardDetails';
import { CitedText, Cites } from './CitedText';
import { CopyButton } from './CopyButton';
import { CardLabelsContext } from './card-labels';
import { RelationDiagram } from './RelationDiagram';

export interface TermCardProps {
  card: Card;
  /** Puts Markdown on the clipboard; the copy button shows whether it worked. No button without it. */
  onCopy?: (markdown: string) => Promise<void>;
  /** Ids for the headword and the first line, when a dialog around the card is labelled by them. */
  ids?: { title: string; lead: string };
}

/**
 * One entry explained. The first screen answers at a glance: the headword and its family, what the source says
 * of this very title (or that it says nothing), what 运营, 营销 and 销售 each do, where the viewpoints
 * disagree, and the diagram. Each viewpoint's take with its quote is one click away ("more"); so is any
 * viewpoint cited on the first screen, by its number.
 */
export function TermCard({ card, onCopy, ids }: TermCardProps) {
  const [expanded, setExpanded] = useState(false);
  const [shown, setShown] = useState<ReadonlySet<number>>(() => new Set(card.shown));
  const [focused, setFocused] = useState<number | undefined>();
  const detailsId = useId();
  const root = useRef<HTMLElement>(null);

  // A cited number opens that viewpoint's take and brings it into view inside the card.
  const pick = (viewpoint: number) => {
    setExpanded(true);
    setShown((current) => new Set([...current, viewpoint]));
    setFocused(viewpoint);
  };
  useEffect(() => {
    if (focused === undefined || !root.current) return;
    const target = root.current.querySelector<HTMLElement>(
      `[data-take~="${focused}"], [data-missing="${focused}"]`,
    );
    if (target) scrollIntoScroller(target);
  }, [focused]);

  const { entry, familyLabel, sense } = card;
  const moreCount = card.takes.length + card.notes.length;
  return (
    <CardLabelsContext.Provider value={card.labels}>
      <article class="rl-card" lang={card.script} data-term={entry.id} data-family={entry.family} ref={root}>
        <header class="rl-card-header">
          <h2 class="rl-term" id={ids?.title}>
            {card.headword}
          </h2>
          {card.headword !== card.name && <span class="rl-entry">= {card.name}</span>}
          {familyLabel ? (
            <span class="rl-family" data-family={entry.family}>
              {familyLabel}
            </span>
          ) : (
            <span class="rl-family" data-family="related">
              {card.labels.related}
            </span>
          )}
          {sense && (
            <span class="rl-sense">
              {sense.label}
              <span class="rl-sense-note">
                {' · '}
                <CitedText text={sense.note} onPick={pick} />
              </span>
            </span>
          )}
        </header>
        {card.parts && <p class="rl-parts">{card.parts}</p>}
        <p class="rl-lead" data-kind={card.lead.kind} id={ids?.lead}>
          <CitedText text={card.lead.text} onPick={pick} />
        </p>
        <ul class="rl-roles" aria-label={card.labels.rolesLabel}>
          {card.roles.map((role) => (
            <li key={role.family} data-family={role.family} data-own={role.own}>
              <span class="rl-role-word" data-family={role.family}>
                {role.label}
              </span>
              <span class="rl-role-text">
                {role.text} <Cites viewpoints={role.viewpoints} onPick={pick} />
              </span>
            </li>
          ))}
        </ul>
        <p class="rl-disagreement">
          <CitedText text={card.disagreement} onPick={pick} />
        </p>
        <RelationDiagram pairs={card.pairs} size="small" onPick={pick} labels={card.labels} />
        <div class="rl-card-actions">
          <button
            type="button"
            class="rl-more"
            aria-expanded={expanded}
            aria-controls={detailsId}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? card.labels.less : fillPlaces(card.labels.more, { count: moreCount })}
          </button>
          {onCopy && (
            <CopyButton
              labels={card.labels}
              copy={() => onCopy(joinMarkdown(card.markdown, expanded ? { expandedTakes: [...shown] } : {}))}
            />
          )}
        </div>
        {expanded && (
          <CardDetails
            id={detailsId}
            card={card}
            shown={shown}
            missing={
              focused !== undefined && !card.takes.some((take) => take.viewpoint === focused)
                ? focused
                : undefined
            }
            onToggle={(viewpoint) => {
              const next = new Set(shown);
              if (!next.delete(viewpoint)) next.add(viewpoint);
              setShown(next);
              setFocused(undefined);
            }}
            onPick={pick}
          />
        )}
      </article>
    </CardLabelsContext.Provider>
  );
}

/**
 * Scrolls the nearest scrolling ancestor (the tooltip or the popup) so `target` shows, and nothing else: the
 * page under a tooltip must never move (Element.scrollIntoView may scroll every ancestor, the page's too).
 */
function scrollIntoScroller(target: HTMLElement): void {
  let scroller = target.parentElement;
  while (
    scroller &&
    !(
      scroller.scrollHeight > scroller.clientHeight &&
      /auto|scroll/.test(getComputedStyle(scroller).overflowY)
    )
  )
    scroller = scroller.parentElement;
  if (!scroller) return;
  const box = scroller.getBoundingClientRect();
  const rect = target.getBoundingClientRect();
  if (rect.top < box.top) scroller.scrollTop -= box.top - rect.top;
  else if (rect.bottom > box.bottom)
    scroller.scrollTop += Math.min(rect.bottom - box.bottom, rect.top - box.top);
}
