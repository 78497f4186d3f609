/**
 * The fourteen viewpoints by id, without their texts: what settings need (the content script repairs
 * settings on every page and must not bundle the knowledge base). tests/unit/knowledge-base.test.ts checks
 * these against data/viewpoints.json.
 */
export const VIEWPOINT_IDS: readonly string[] = Array.from(
  { length: 14 },
  (_, index) => `v${String(index + 1).padStart(2, '0')}`,
);

/**
 * Shown until the reader picks their own: the source's spread, not one side of it. Both containment claims
 * about 运营 and 营销 (#1 营销包含运营, also saying the two have merged; #2 运营包含营销; #9 大运营包含营销, a
 * different job), 运营包含销售 (#4), the one answer that puts 运营 and 销售 under 营销 (#6), and three that
 * only divide the work (#8 拉新 vs 现有用户, #11 all three defined apart, #12 the two departments).
 */
export const DEFAULT_VIEWPOINT_IDS: readonly string[] = [
  'v01',
  'v02',
  'v04',
  'v06',
  'v08',
  'v09',
  'v11',
  'v12',
];
