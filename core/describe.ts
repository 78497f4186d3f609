import type { TermExplanation } from './knowledge-types';
import type { TitleParts } from './types';

const PART_LABELS: Record<keyof TitleParts, string> = { object: '对象', level: '职级', channel: '渠道' };

/** "运营 · 对象：用户" for 用户运营; undefined for an entry with no parts (运营 itself). */
export function describeParts(familyLabel: string, parts: TitleParts | undefined): string | undefined {
  if (!parts) return undefined;
  const named = (Object.keys(PART_LABELS) as (keyof TitleParts)[])
    .filter((key) => parts[key])
    .map((key) => `${PART_LABELS[key]}：${parts[key]}`);
  return named.length ? [familyLabel, ...named].join(' · ') : undefined;
}

/** "观点 3、7、11" for citing viewpoint ids "v03", "v07", "v11". */
export function citeViewpoints(ids: readonly string[]): string {
  const numbers = ids.map((id) => Number.parseInt(id.replace(/^v/, ''), 10)).filter(Number.isFinite);
  return numbers.length ? `观点 ${numbers.join('、')}` : '';
}

/** What the card says when the text does not describe this title itself. */
export function silenceNote(termId: string, familyLabel: string): string {
  return `原文没有专门描述“${termId}”这一职位；以下是原文对“${familyLabel}”的说法。`;
}

/** The card as plain text, for copying or exporting an entry. */
export function explanationToText(explanation: TermExplanation): string {
  const { term, familyLabel } = explanation;
  const lines = [`${term.id}（${familyLabel}）`];
  const parts = describeParts(familyLabel, term.parts);
  if (parts) lines.push(parts);
  lines.push(`定义：${explanation.definition.text}（${citeViewpoints(explanation.definition.viewpoints)}）`);
  for (const contrast of explanation.contrasts) {
    lines.push(`与${contrast.label}：${contrast.text}（${citeViewpoints(contrast.viewpoints)}）`);
  }
  if (term.kind !== 'core') {
    if (explanation.titleNotes.length === 0) lines.push(silenceNote(term.id, familyLabel));
    for (const note of explanation.titleNotes)
      lines.push(`${citeViewpoints([note.viewpoint])}：${note.text}`);
  }
  lines.push(`分歧：${explanation.disagreement}`);
  for (const take of explanation.takes) {
    lines.push(
      `观点 ${take.index}「${take.title}」：${take.claim}${take.definition ? `；${take.definition}` : ''}`,
    );
    lines.push(`  原文：“${take.quote}”`);
  }
  return lines.join('\n');
}
