/**
 * The words a card is built with besides the knowledge base's own text, in Simplified, as the source is.
 * `npm run traditional` converts them with the data (data/generated/traditional.json); English cards have
 * their own (card-wording-en.ts). `{name}` marks where a value goes (core/knowledge/places.ts fills it in).
 */
export const CARD_WORDING = {
  contains: '{outer}包含{inner}',
  merged: '已融合，区别不重要',
  divides: '只讲分工',
  silent: '没有谈到',
  disagreement: '谁包含谁，原文没有共识：{claims}。',
  claimJoiner: '；',
  silence: '原文没有提到“{term}”。',
  silenceInSense: '原文没有提到“{term}”；下面按{sense}上的“{word}”来解释。',
  silenceOnWord: '原文没有提到“{term}”；下面是原文对“{word}”整体的说法。',
  distinction: '{dimension}：{side}',
  object: '对象：{part}',
  channel: '渠道：{part}',
  rank: '职级：{part}',
  pairSummary: '{first}与{second}：{groups}',
  group: '{label}（{count}）{cites}',
  related: '相关岗位',
  notesHeading: '### 原文对这个职位的说法',
  takesHeading: '### 各观点怎么说“{word}”',
  pairsHeading: '### 谁包含谁（每组 14 个观点）',
  footer: '— Role Lens 岗位透镜；#N 指《{source}》的第 N 个回答。',
  // The card's own words on screen (card-model.ts CardLabels), sent with the card in its script.
  more: '原文和各观点（{count}）',
  less: '收起',
  copy: '复制',
  copied: '已复制',
  copyFailed: '复制失败',
  silentCount: '没谈 {count} 个',
  silentShort: '没谈',
  pinHint: '按 P 固定',
  pinnedHint: 'N/B 切换 · Esc 关闭',
  notesTitle: '原文对这个职位的说法',
  takesTitle: '各观点怎么说“{word}”',
  pairsTitle: '谁包含谁（每组 14 个观点）',
  sameWording: '（措辞相同）',
  notSaid: '没有谈到“{word}”。',
  answer: '第 {number} 个回答',
  pickViewpoints: '选择要看的观点',
  rolesLabel: '三个词各做什么',
  diagramLabel: '谁包含谁：各观点的位置',
  pairTitle: '{first}与{second}',
  typo: '原文笔误，应为“{fix}”',
  appName: '岗位透镜',
  /** What a card says when the selection it was asked about holds no term. */
  nothingSelected: '选中的文字里没有运营、营销或销售。',
  /** After a quote converted from the Simplified original (Traditional cards only). */
  converted: '由简体原文转换',
  showOriginal: '看简体原文',
  showConverted: '看转换后的文字',
  originalQuote: '简体原文：{quote}',
} as const;

export type CardWordingKey = keyof typeof CARD_WORDING;
