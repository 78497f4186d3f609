import type { PairView } from './card-model';

/** Viewpoint numbers in the card's notation: "#2 #5 #9". */
export const cite = (numbers: readonly number[]) => numbers.map((number) => `#${number}`).join(' ');

/** "运营与营销：运营包含营销 #2 #5 #9 · … · 没有谈到 #4 #7 #10 #14", every group with its count. */
export function pairSummary(pair: PairView): string {
  const groups = pair.groups
    .filter((group) => group.members.length > 0)
    .map(
      (group) => `${group.label}（${group.members.length}）${cite(group.members.map((m) => m.viewpoint))}`,
    );
  return `${pair.labels[0]}与${pair.labels[1]}：${groups.join(' · ')}`;
}
