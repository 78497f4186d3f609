/** The three role families Role Lens explains. Order is the display order everywhere. */
export const FAMILIES = ['operations', 'marketing', 'sales'] as const;
export type Family = (typeof FAMILIES)[number];

/** The word each family is named by, as shown to users. */
export const FAMILY_LABEL: Record<Family, string> = {
  operations: '运营',
  marketing: '营销',
  sales: '销售',
};

/** How a title is built from its family word, e.g. 用户运营 → object 用户; 运营总监 → level 总监. */
export interface TitleParts {
  /** What the work is aimed at: 用户 in 用户运营, 大客户 in 大客户销售. */
  object?: string;
  /** The rank or post: 总监 in 运营总监, 代表 in 销售代表. */
  level?: string;
  /** The channel or medium: 电话 in 电话销售, 网络 in 网络营销. */
  channel?: string;
}

/** One detection in a string: `text.slice(start, end)` is the surface that was matched. */
export interface Detection {
  start: number;
  end: number;
  text: string;
  /** Id of the knowledge-base entry (see data/terms.json). */
  term: string;
  family: Family;
}
