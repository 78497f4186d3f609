import type { PairView } from './card-model';
import { SIMPLIFIED_WRITER, wording } from './card-writer';

/** Viewpoint numbers in the card's notation: "#2 #5 #9". */
export const cite = (numbers: readonly number[]) => numbers.map((number) => `#${number}`).join(' ');

/** "运营与营销：运营包含营销（3）#2 #5 #9 · … · 没有谈到（4）#4 #7 #10 #14", every group with its count. */
export function pairSummary(pair: Omit<PairView, 'summary'>, writer = SIMPLIFIED_WRITER): string {
  const groups = pair.groups
    .filter((group) => group.members.length > 0)
    .map((group) =>
      wording(writer, 'group', {
        label: group.label,
        count: group.members.length,
        cites: cite(group.members.map((m) => m.viewpoint)),
      }),
    );
  return wording(writer, 'pairSummary', {
    first: pair.labels[0],
    second: pair.labels[1],
    groups: groups.join(' · '),
  });
}
