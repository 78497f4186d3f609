import { citeViewpoints, describeParts, silenceNote } from '../core/describe';
import type { TermExplanation } from '../core/knowledge-types';

export interface TermCardProps {
  explanation: TermExplanation;
  /** The text as it stands on the page (營運專員), when it differs from the entry's id (运营专员). */
  surface?: string;
}

/** One term explained: definition, how it differs from the other two, title notes, and each viewpoint's take. */
export function TermCard({ explanation, surface }: TermCardProps) {
  const { term, family, familyLabel } = explanation;
  const parts = describeParts(familyLabel, term.parts);
  const shownSurface = surface && surface !== term.id ? surface : undefined;
  return (
    <article class="rl-card" data-term={term.id} data-family={family}>
      <header class="rl-card-header">
        <h2 class="rl-term">{shownSurface ?? term.id}</h2>
        {shownSurface && <span class="rl-entry">= {term.id}</span>}
        <span class="rl-family" data-family={family}>
          {familyLabel}
        </span>
      </header>
      {parts && <p class="rl-parts">{parts}</p>}
      <p class="rl-definition">
        {explanation.definition.text}{' '}
        <span class="rl-cite">{citeViewpoints(explanation.definition.viewpoints)}</span>
      </p>
      <section>
        <h3 class="rl-section-title">和另外两个词的区别</h3>
        <ul class="rl-list rl-contrasts">
          {explanation.contrasts.map((contrast) => (
            <li key={contrast.family} data-family={contrast.family}>
              <b>与{contrast.label}：</b>
              {contrast.text} <span class="rl-cite">{citeViewpoints(contrast.viewpoints)}</span>
            </li>
          ))}
        </ul>
      </section>
      {term.kind !== 'core' && <TitleNotes explanation={explanation} />}
      <p class="rl-disagreement">{explanation.disagreement}</p>
      <ViewpointTakes explanation={explanation} />
    </article>
  );
}

function TitleNotes({ explanation }: { explanation: TermExplanation }) {
  if (explanation.titleNotes.length === 0) {
    return <p class="rl-silence">{silenceNote(explanation.term.id, explanation.familyLabel)}</p>;
  }
  return (
    <section>
      <h3 class="rl-section-title">原文对这个职位的说法</h3>
      <ul class="rl-list rl-title-notes">
        {explanation.titleNotes.map((note) => (
          // Each note opens with the viewpoint it comes from ("观点 7 把…"): no label needed.
          <li key={note.viewpoint + note.quote}>{note.text}</li>
        ))}
      </ul>
    </section>
  );
}

function ViewpointTakes({ explanation }: { explanation: TermExplanation }) {
  if (explanation.takes.length === 0) {
    return <p class="rl-silence">没有选中的观点：在设置页选择要显示的观点。</p>;
  }
  return (
    <section>
      <h3 class="rl-section-title">各观点怎么说</h3>
      <ol class="rl-list rl-takes">
        {explanation.takes.map((take) => (
          <li key={take.id} data-viewpoint={take.id}>
            <span class="rl-take-title">
              观点 {take.index} · {take.title}
            </span>
            ：{take.claim}
            {take.definition && <span class="rl-take-definition">；{take.definition}</span>}
            <blockquote class="rl-quote">“{take.quote}”</blockquote>
          </li>
        ))}
      </ol>
    </section>
  );
}
