/**
 * A family word inside an organisation's name is not the role (issue 11, item 5): 某某汽车销售服务有限公司,
 * 某某行銷顧問股份有限公司, 某某营销策划工作室, "Acme Marketing Ltd.", "Example Sales & Services, Inc.".
 *
 * One general rule, read forward from the end of a detection: the name runs on, with no punctuation, space or
 * line break, to an organisation's suffix within a short reach. So a title on the line after a company's name
 * (…有限公司⏎营运助理) is never part of it, and neither is a family word followed by anything else.
 * - Chinese: at most ZH_REACH characters between, all Chinese and none of them a particle or a determiner
 *   (的, 给, 与, 本, 该…), which never stand inside a name and often stand between a verb and its object
 *   (销售给某某有限公司, 负责内容营销相关的集团事务, 销售本集团产品). 集团 and 工作室 are also common nouns,
 *   the object of a family word used as a verb (销售集团产品, 运营工作室账号): right after a bare family word
 *   they end no name; after another character of the name (营销传播集团) or a title (营销策划工作室) they do.
 * - English: the family word and every word up to the suffix capitalised (or &, and, of), at most EN_REACH
 *   of them, a comma allowed right before the suffix (Co., Ltd., Inc., LLC, Corp., Limited, GmbH, PLC…).
 *   Group, Agency and Company are left out: "the marketing group", "a digital marketing agency" are no names.
 */

/** Characters that never stand between a family word and the suffix of the name it is part of. */
const ZH_BREAKS = '的和与與及或给給向对對为為在从從把将將本该該其';
/** At most this many characters between a family word and its name's suffix (营销 + 策划股份 + 有限公司). */
const ZH_REACH = 6;
/**
 * Up to ZH_REACH Chinese characters of the name, none a break, then a suffix: 有限公司, 有限责任公司 (股份有限公司
 * ends in 有限公司), 事务所, in both scripts; 集团 and 工作室 only after one character of the name at least.
 * Sticky: it is tried where the name would go on, in the text itself.
 */
const NAME_CHARACTER = `(?:(?![${ZH_BREAKS}])[\\u3400-\\u9fff])`;
const ZH_NAME = new RegExp(
  `${NAME_CHARACTER}{0,${ZH_REACH}}?(?:有限(?:[责責]任)?公司|事[务務]所)|${NAME_CHARACTER}{1,${ZH_REACH}}?(?:集[团團]|工作室)`,
  'y',
);

/** At most EN_REACH capitalised words, then an optional comma and a suffix, on the same line (sticky). */
const EN_REACH = 3;
/**
 * The rest of a capitalised word of the name: anything but white space and a sentence's end. A name never
 * runs on past 。 ！ ？ ；, so the text after a sentence end (another piece, for the engine) cannot decide it.
 */
const EN_WORD_REST = '[^\\s。！？；!?;]*';
const EN_NAME = new RegExp(
  `(?:[ \\u00a0]+(?:[A-Z]${EN_WORD_REST}|&|and|of)){0,${EN_REACH}},?[ \\u00a0]+` +
    '(?:Co|CO|Ltd|LTD|Limited|LIMITED|Inc|INC|LLC|Corp|CORP|Corporation|GmbH|PLC|LLP|Pte|PTE)(?![A-Za-z-])',
  'y',
);

/** Whether the detection at [start, end) of `text` is part of an organisation's name. */
export function inOrganisationName(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  // A title's last character may stand before 集团 or 工作室 (营销策划 + 工作室); a bare family word (two
  // characters) may not: it may be a verb (销售 + 集团产品).
  if (last >= 0x3400 && last <= 0x9fff) {
    // Most detections have no suffix's first character (有 事 集 工) within reach: a few reads decide.
    for (let at = end; at <= end + ZH_REACH && at < text.length; at++) {
      const unit = text.charCodeAt(at);
      if (unit === 0x6709 || unit === 0x4e8b || unit === 0x96c6 || unit === 0x5de5) {
        ZH_NAME.lastIndex = end - start > 2 ? end - 1 : end;
        return ZH_NAME.test(text);
      }
    }
    return false;
  }
  // English: a capitalised family word (Acme Marketing Ltd., Acme Marketing, Inc.).
  const first = text.charCodeAt(start);
  if (!(first >= 0x41 && first <= 0x5a)) return false;
  EN_NAME.lastIndex = end;
  return EN_NAME.test(text);
}
