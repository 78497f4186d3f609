import { describe, expect, it } from 'vitest';
import { createDetector, detector } from '../../core/detector';
import {
  AFTER_BUSINESS,
  AFTER_PERSON,
  AFTER_ROLE,
  BLOCK,
  CONDITIONAL,
  type Lexicon,
  type LexiconLists,
  type SurfaceValue,
} from '../../core/lexicon-types';
import { buildSurfaceTable, type SurfaceGroup, SurfaceTable } from '../../core/surface-table';
import lexiconJson from '../../data/generated/lexicon.json';
import { withDetectorTables } from '../../scripts/lib/build-lexicon';

const lexiconData = lexiconJson as unknown as Lexicon;

/** [surface, term] pairs, the shortest way to state what a sentence should yield. */
const found = (text: string) => detector.detect(text).map((d) => [d.text, d.term]);
const families = (text: string) => detector.detect(text).map((d) => d.family);

describe('detector: longest entry wins, blocking words block', () => {
  it('takes the longest title over the family word inside it', () => {
    expect(found('本岗位为运营总监，向CEO汇报')).toEqual([['运营总监', '运营总监']]);
    expect(found('寻找一名市场营销实习生')[0]?.[1]).toBe('市场营销');
  });

  it('never returns overlapping detections and keeps them sorted', () => {
    const detections = detector.detect('负责用户运营与内容运营，配合销售团队，参与品牌营销');
    for (let i = 1; i < detections.length; i++) {
      expect(detections[i]?.start).toBeGreaterThanOrEqual(detections[i - 1]?.end ?? 0);
    }
    expect(detections.map((d) => d.term)).toEqual(['用户运营', '内容运营', '销售', '品牌营销']);
  });

  it('indices point at the matched surface', () => {
    const text = '招聘：新媒体运营（2人）';
    for (const d of detector.detect(text)) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  it('finds the same whatever else the run holds (the quick rejection and the jumps change nothing)', () => {
    expect(found('SALES MANAGER')).toEqual([['SALES MANAGER', 'sales manager']]);
    expect(found('Sales\u00a0Manager')).toEqual([['Sales\u00a0Manager', 'sales manager']]);
    expect(found('wholesales and presales')).toEqual([]);
    expect(found('x-sales')).toEqual([['sales', '销售']]);
    expect(found('2024 Marketing, 市场营销')).toEqual([
      ['Marketing', '营销'],
      ['市场营销', '市场营销'],
    ]);
    expect(found('运营')).toEqual([['运营', '运营']]);
    expect(found('进行销售')).toEqual([['销售', '销售']]);
  });

  it('skips from hint to hint only because every surface holds a hint character', () => {
    const hint = new RegExp(lexiconData.hints.zh);
    const surfaces = [
      ...lexiconData.zh.map(([surface]) => surface),
      ...lexiconData.conditional.flatMap((rule) => rule.forms),
    ];
    expect(lexiconData.hints.zhInEverySurface).toBe(true);
    expect(surfaces.filter((surface) => !hint.test(surface))).toEqual([]);
  });

  it('reads a surface table that holds exactly the zh items and the conditional forms', () => {
    const expected = new Map<string, SurfaceValue>();
    for (const [surface, term, start, end] of lexiconData.zh)
      expected.set(surface, start === undefined ? term : [term, start, end ?? 0]);
    lexiconData.conditional.forEach((rule, index) => {
      for (const form of rule.forms) expected.set(form, CONDITIONAL - index);
    });
    expect(new Map(tableEntries(lexiconData.surfaces.groups))).toEqual(expected);
    // And the detector's reader finds each of them whole at the start of its own text.
    const table = new SurfaceTable(lexiconData.surfaces);
    for (const [surface, value] of expected)
      expect(table.longestAt(surface, 0), surface).toEqual({ value, end: surface.length });
  });

  it('reads level words by their first character, longest first', () => {
    const byFirst = Object.values(lexiconData.levelsByFirst);
    expect(byFirst.flat().sort()).toEqual([...lexiconData.levels].sort());
    for (const words of byFirst) {
      expect(new Set(words.map((word) => word[0])).size).toBe(1);
      expect(words.map((word) => word.length)).toEqual(
        words.map((word) => word.length).sort((a, b) => b - a),
      );
    }
  });

  it('says a text may hold a word exactly when it holds a Chinese hint or an English one in any case', () => {
    const zh = new RegExp(lexiconJson.hints.zh);
    const en = new RegExp(lexiconJson.hints.en, 'i');
    const texts = [
      '招聘运营总监',
      '營運長',
      'SALES Manager',
      'Head of Marketing',
      'chief executive',
      'BD 经理',
      'bD',
      'market sizing',
      'operation',
      '市场部',
      'Sale',
      '',
    ];
    for (const text of texts)
      expect([text, detector.mayHold(text)]).toEqual([text, zh.test(text) || en.test(text)]);
    // BD (商务拓展) is a related role, never marked: it is no hint any more.
    expect(texts.filter((text) => detector.mayHold(text))).toEqual([
      '招聘运营总监',
      '營運長',
      'SALES Manager',
      'Head of Marketing',
      'chief executive',
    ]);
  });

  it('finds nothing in text without a family word', () => {
    expect(detector.detect('今天天气不错，我们去公园散步吧')).toEqual([]);
    expect(detector.detect('')).toEqual([]);
  });
});

describe('hard case: 运营商 is a carrier, 运营商家 is 运营 + 商家', () => {
  it('blocks the carrier', () => {
    expect(found('与三大运营商洽谈带宽采购')).toEqual([]);
    expect(found('熟悉電信運營商的計費系統')).toEqual([]);
    expect(found('负责平台运营商的合作对接')).toEqual([]);
  });
  it('reads 运营 + 商家 as the role', () => {
    expect(found('负责运营商家入驻与活动')).toEqual([['运营', '运营']]);
  });
});

describe('hard case: a false join across words (进行|销售 holds 行销): the real word behind it is read', () => {
  // The family form read left to right there (行销) is no mention; the word before it (进行) is consumed alone,
  // and the real word after it (销售) takes the label it would take standing alone.
  it.each([
    ['我们将进行销售渠道调研', '销售'],
    ['负责执行销售计划', '销售'],
    ['与同行销售人员交流', '销售人员'],
    ['新品发行销售方案', '销售'],
    ['年內舉行銷售說明會', '銷售'],
    ['按月執行銷售策略', '銷售策略'],
    ['从事航运营销工作', '营销'],
  ])('%s → %s', (text, surface) => {
    expect(detector.detect(text).map((d) => d.text)).toEqual([surface]);
  });
  it('gives the real word the label it would get alone: a figure stays a figure', () => {
    expect(detector.detect('每月进行销售额核对')).toEqual([]);
    expect(detector.detect('定期進行銷售量統計')).toEqual([]);
  });
  it('never detects the false join itself', () => {
    for (const text of ['进行销售', '执行销售', '進行銷售'])
      expect(families(text), text).not.toContain('marketing');
  });
  it('still finds a family word after such a word when no form is broken', () => {
    expect(found('对门店进行营销推广')).toEqual([['营销', '营销']]);
  });
  it('still finds 行销 where it is the word', () => {
    expect(families('负责整体行销规划')).toEqual(['marketing']);
    expect(families('銀行行銷專員')).toEqual(['marketing']);
    expect(families('同行销')).toEqual(['marketing']);
  });
  it('reads a word jieba keeps before the family word (名单|行销 beats 单行) only at that spot', () => {
    expect(families('整理名单行销')).toEqual(['marketing']);
    expect(families('依客戶名單行銷')).toEqual(['marketing']);
    // 上游 shields 游行|销 in 上游行销, but it is not consumed elsewhere: 以上|游戏运营 keeps the title.
    expect(found('五年以上游戏运营经验')).toEqual([['游戏运营', '游戏运营']]);
  });
});

describe('hard case: a mark never ends inside the next word', () => {
  it.each([
    ['调整销售方向', '销售'],
    ['负责华东销售区域', '销售'],
    ['提升銷售方式的效率', '銷售'],
    ['招聘运营岗位两名', '运营'],
    ['关心运营员工的成长', '运营'],
    ['是行銷代表性的案例', '行銷'],
  ])('%s → %s', (text, surface) => {
    expect(detector.detect(text).map((d) => d.text)).toEqual([surface]);
  });
  it('still takes a level word that is the word there', () => {
    expect(found('招聘运营专员')).toEqual([['运营专员', '运营专员']]);
    expect(detector.detect('销售人员工作积极').map((d) => d.text)).toEqual(['销售人员']);
  });
});

describe('hard case: 营运/營運 as the function versus vehicles, capital and company results', () => {
  it('detects the function', () => {
    expect(found('誠徵營運專員一名')).toEqual([['營運專員', '运营专员']]);
    expect(families('负责门店营运管理')).toEqual(['operations']);
    expect(families('負責營運管理與數據分析')).toEqual(['operations']);
  });
  it.each([
    '公司加强营运资金管理',
    '新增营运车辆二十台',
    '年終獎金依營運績效發放',
    '了解公司整體營運狀況',
    '本季營運表現亮眼',
    '以報表提供公司營運管理資訊',
  ])('blocks %s', (text) => {
    expect(detector.detect(text)).toEqual([]);
  });
  it.each([
    '協助公司營運相關決策',
    '掌握公司的營運方向',
    '提升企業營運韌性',
    '報告集團營運概況',
    '參與公司層級營運討論',
  ])(
    'company-wide 營運 (rule E: owned by 公司, 企業, 集團, with 的, 整體, 層級 between) is company business: %s',
    (text) => {
      expect(detector.detect(text)).toEqual([]);
    },
  );
  it.each([
    ['誠徵公司營運經理', '營運經理'],
    ['XX有限公司\n營運助理', '營運助理'],
    ['負責各分店營運策略', '營運'],
    ['彙整營運數據與報表', '營運'],
    ['负责公司日常运营', '运营'],
    ['掌握网站的运营状况', '运营'],
  ])('a post, another owner, data and reports, or 运营 stay the role: %s', (text, surface) => {
    expect(detector.detect(text).map((d) => d.text)).toEqual([surface]);
  });
  it.each(['提升營運效率', '高铁的营运安排尚未公布', '铁路营运亏损扩大'])(
    'result words after it and a railway or bus line owning it are not the role: %s',
    (text) => {
      expect(detector.detect(text)).toEqual([]);
    },
  );
});

describe('hard case: figures, time, vehicles and other senses after a family word', () => {
  it.each([
    '地铁运营时间延长至深夜',
    '降低运营成本',
    '控制營銷費用',
    '提升会员的销售占比',
    '新增运营车辆三十台',
    '更新运营设备',
    '銷售價值持續成長',
  ])('blocks %s', (text) => {
    expect(detector.detect(text)).toEqual([]);
  });
  it.each(['别当营销号', '大学主修营销学', '修读市场营销学课程', '行銷學概論'])(
    '营销号 and 营销学 are no role: %s',
    (text) => {
      expect(detector.detect(text)).toEqual([]);
    },
  );
  it.each([
    ['分析运营数据', 'operations'],
    ['制定营销计划', 'marketing'],
    ['提交销售报表', 'sales'],
    ['市场营销专业优先', 'marketing'],
  ])('data, plans, reports and a major stay the role: %s', (text, family) => {
    expect(families(text)).toEqual([family]);
  });
});

describe('hard case: 業務 as Taiwan’s sales role versus business', () => {
  it.each([
    ['誠徵業務代表', '業務代表'],
    ['招募業務人員數名', '業務人員'],
    ['歡迎有意擔任業務的新鮮人', '業務'],
    ['具醫材業務經驗者佳', '業務'],
    ['規劃年度業務激勵方案', '業務'],
  ])('%s → sales', (text, surface) => {
    const detections = detector.detect(text);
    expect(detections.map((d) => [d.text, d.family])).toEqual([[surface, 'sales']]);
  });
  it.each(['本公司業務範圍涵蓋全台', '拓展电信业务', '公司业务发展迅速', '熟悉银行业务流程', '業務需求分析'])(
    '%s → nothing',
    (text) => {
      expect(detector.detect(text)).toEqual([]);
    },
  );
  it('reads mainland 业务员 and 业务经理 as sales titles', () => {
    expect(found('招聘业务员5名')).toEqual([['业务员', '业务员']]);
  });
  it.each([
    ['整合行銷、業務資源', ['marketing', 'sales']],
    ['負責業務/行銷', ['sales', 'marketing']],
    ['與客服及業務同步', ['sales']],
    ['業務和技術團隊', ['sales']],
    ['具业务或销售工作经验', ['sales', 'sales']],
  ])(
    '%s: 業務 joined to a sister function (行銷, 客服, 技術; mainland 销售) is the sales department',
    (text, expected) => {
      expect(families(text)).toEqual(expected);
    },
  );
  it.each([
    ['熟悉銀行業務及法規', []],
    ['拓展新型業務與行銷通路', ['marketing']],
    ['公司业务与市场拓展', []],
  ])(
    '%s: 業務 joined to anything else, or new lines of business (新型業務), stays business',
    (text, expected) => {
      expect(families(text)).toEqual(expected);
    },
  );
});

describe('hard case: 业务/業務 read by the word after it, and at the head of a compound', () => {
  /** [detected text, family] pairs. */
  const read = (text: string) => detector.detect(text).map((d) => [d.text, d.family]);
  it.each([
    ['负责华东区销售业务', [['销售', 'sales']]],
    ['拓展电话行销业务', [['电话行销', 'marketing']]],
    ['制定行銷業務計畫', [['行銷', 'marketing']]],
    ['拓展保险业务', []],
    [
      '負責營運業務、行銷企劃',
      [
        ['營運', 'operations'],
        ['行銷企劃', 'marketing'],
      ],
    ],
  ])('right after a family word or a dictionary word, 业务 is business: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it.each([
    [
      '招聘销售业务员',
      [
        ['销售', 'sales'],
        ['业务员', 'sales'],
      ],
    ],
    [
      '誠徵行銷業務代表',
      [
        ['行銷', 'marketing'],
        ['業務代表', 'sales'],
      ],
    ],
    ['招聘保险业务员', [['业务员', 'sales']]],
  ])('a person word after it still makes it the role: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it.each([
    '擬定年度業務策略',
    '执行区域业务计划',
    '訂定業務目標',
    '與各業務單位確認需求',
    '配合业务部门完成报表',
    '由业务部统一负责',
  ])('a plan, goal, department or unit after it is business: %s', (text) => {
    expect(detector.detect(text)).toEqual([]);
  });
  it.each([
    [
      '達成業務與行銷目標',
      [
        ['業務', 'sales'],
        ['行銷', 'marketing'],
      ],
    ],
    [
      '依行銷/業務目標客群篩選名單',
      [
        ['行銷', 'marketing'],
        ['業務', 'sales'],
      ],
    ],
    ['招募業務部助理', [['業務', 'sales']]],
  ])('a sister function beside it, a target group or a title keep the role: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
  it.each([
    '与业务团队保持沟通',
    '協助業務同仁整理報價',
    '配合业务、产品、技术等团队完成上线',
    '晋升为业务 主管',
    '晋升为业务主 管',
  ])('a team, a list closed by a team word, a person in spaced-out type: %s → sales', (text) => {
    expect(families(text)).toEqual(['sales']);
  });
  it('a list needs an item before the team word', () => {
    expect(detector.detect('熟悉业务和团队管理')).toEqual([]);
  });
  it.each(['誠徵業務', '新進業務教育訓練', '招募業務數名', '南區業務(藥局通路)', '國外業務'])(
    'Taiwan hiring labels and a short title ending in 業務 are the role: %s',
    (text) => {
      expect(families(text)).toEqual(['sales']);
    },
  );
  it.each(['3. 臨床業務', '(三)執行計畫相關業務（撰寫紀錄）', '◆ 文書業務', '持續推展既有客戶的各項業務'])(
    'a duty in a list, or a sentence, ending in 業務 is no title: %s',
    (text) => {
      expect(detector.detect(text)).toEqual([]);
    },
  );
});

describe('hard case: sales measured by a verb is a figure', () => {
  it.each(['每週監測各門市銷售並回報', '负责预测季度销售', '统计各渠道销售'])('blocks %s', (text) => {
    expect(detector.detect(text)).toEqual([]);
  });
  it.each([
    ['监控销售人员的拜访', '销售人员'],
    ['安防监控等行业销售经验', '销售'],
    ['负责预测。销售', '销售'],
  ])('keeps %s (people, a verb in a list, or a verb in another sentence)', (text, surface) => {
    expect(detector.detect(text).map((d) => [d.text, d.family])).toEqual([[surface, 'sales']]);
  });
});

describe('hard case: sales as the amount raised by a verb of increase (rule H)', () => {
  it.each(['推动新品销售，完成季度目标', '扩大新品在华东地区的销售。', '提升門市銷售', '以優質服務帶動銷售'])(
    'blocks %s',
    (text) => {
      expect(detector.detect(text)).toEqual([]);
    },
  );
  it.each([
    ['增加产品销售渠道', '产品销售'],
    ['负责产品销售，维护客户', '产品销售'],
    ['提升销售团队的执行力', '销售'],
    ['推动。销售', '销售'],
  ])('keeps %s (a noun after it, another verb, another sentence)', (text, surface) => {
    expect(detector.detect(text).map((d) => d.text)).toEqual([surface]);
  });
});

describe('hard case: sales figures versus the sales function', () => {
  it.each(['本月销售额创新高', '提升产品销售量', '完成个人销售业绩', '年度銷售額達標'])(
    'blocks %s',
    (text) => {
      expect(detector.detect(text)).toEqual([]);
    },
  );
  it.each(['加入销售团队', '拓展销售渠道', '两年以上销售经验'])('detects %s', (text) => {
    expect(families(text)).toEqual(['sales']);
  });
  it('blocks a figure after a title as well', () => {
    expect(detector.detect('大客户销售额占比过半')).toEqual([]);
  });
});

describe('IT and equipment operations are not the role (rule F: the sentence names the technical object)', () => {
  it.each([
    '负责云安全产品的日常运营与分析',
    '负责Hadoop、Kafka等平台运营和优化',
    '负责骨干网的运营',
    '从事IT运营管理',
    '云端营运管理',
    '负责开发运营一体化',
    '网络运营维护专员',
    '负责服务器系统的运营维护',
  ])('blocks %s', (text) => {
    expect(detector.detect(text)).toEqual([]);
  });
  it.each([
    '负责社区日常运营与分析',
    '负责用户社区的建立和运营维护',
    '网络运营主管',
    '具有会员系统运营经验',
    '制定运营策略',
  ])('keeps %s (no technical object, or only a weak one without 维护)', (text) => {
    expect(families(text)).toEqual(['operations']);
  });
});

describe('Traditional Chinese', () => {
  it('detects Traditional family words and titles', () => {
    expect(found('招募數位行銷專員')).toEqual([['數位行銷專員', '数字营销']]);
    expect(found('銷售經理')).toEqual([['銷售經理', '销售经理']]);
    expect(found('遊戲營運企劃')[0]?.[1]).toBe('游戏运营');
  });
});

describe('English', () => {
  it('matches roles and titles ignoring case', () => {
    expect(found('We are hiring a Sales Representative.')).toEqual([
      ['Sales Representative', 'sales representative'],
    ]);
    expect(found('MARKETING MANAGER wanted')).toEqual([['MARKETING MANAGER', 'marketing manager']]);
    expect(found('Reports to the Operations Manager')).toEqual([
      ['Operations Manager', 'operations manager'],
    ]);
    expect(found('Join our sales and marketing team')).toEqual([
      ['sales', '销售'],
      ['marketing', '营销'],
    ]);
  });
  it('respects word boundaries', () => {
    expect(detector.detect('wholesale prices at salesforce.com and Presalesly')).toEqual([]);
  });
  it.each([
    'Quarterly sales grew 20% last year',
    'We offer after-sales service',
    'provide after sales support',
    'Support IT operations across sites',
    'Staff the Security Operations Center',
    'Track sales volume by region',
    'Accountable for branch sales and profitability',
    'Responsible for monitoring sales of each outlet',
  ])('blocks "%s"', (text) => {
    expect(detector.detect(text)).toEqual([]);
  });
  it('does not join a phrase across a line break', () => {
    expect(found('Sales\nManager')).toEqual([['Sales', '销售']]);
  });
});

describe('English class: sales as revenue, the amount raised or measured', () => {
  it.each([
    'Help us grow subscription sales in the region',
    'Our goal: increase store sales by ten percent',
    'Boost sales.',
    'Drives bakery sales while keeping waste low',
    'Tracking sales of each kiosk every week',
    'Earn a commission on all sales you close',
    'Pay is based on sales',
    'A percentage of sales is paid into the team fund',
    'Review the sales results every Monday',
    'Sales generated online count as well',
  ])('blocks "%s"', (text) => {
    expect(detector.detect(text)).toEqual([]);
  });
  it.each([
    // A noun after sales makes a compound that names the function.
    'Drive enterprise sales teams to their targets',
    'Maximize sales opportunities in new markets',
    'Boost sales and marketing alignment',
    'Prepare monthly sales reports',
    // A channel word names a kind of selling.
    'Drive channel sales across the region',
    'Wholesale sales experience required',
    'Grow B2B sales.',
    // Another verb, a preposition between, or a hyphenated adjective: not an amount raised.
    'Generate sales for our partners',
    'Grow your career in sales',
    'We are a results-driven sales organisation',
    'Build a results-driven Sales',
  ])('keeps "%s"', (text) => {
    expect(families(text)).toEqual(expect.arrayContaining(['sales']));
  });
});

describe('English class: technical and company-wide operations', () => {
  it.each([
    // An infrastructure, IT or equipment noun right before it, titles included.
    'Keep the data center operations running',
    'Cloud operations engineer wanted',
    'Oversee plant operations on the night shift',
    'Hiring an IT Operations Manager',
    // A technical object named in its clause, operations in lower case ending its phrase.
    'Order spare hardware and software for operations.',
    // The whole organisation's operations.
    'We are expanding our operations to three new cities',
    'Company operations, 24 hours a day',
  ])('blocks "%s"', (text) => {
    expect(detector.detect(text)).toEqual([]);
  });
  it.each([
    'Support the daily operations of the store',
    'Operations center experience: 3 years',
    'Join our operations team',
    'Assist Operations by checking the software licences',
    'Work with Business Operations on pricing',
    'Keep our servers patched; support store operations',
  ])('keeps "%s"', (text) => {
    expect(families(text)).toEqual(['operations']);
  });
});

describe('English class: a family word inside a product name', () => {
  it.each([
    'Build journeys in Acme Marketing Cloud',
    'Experience with Marketing Cloud is a plus',
    'Sync leads from Sales Cloud',
    'Prospect with Acme Sales Navigator daily',
    'Admin of Examplesoft Marketing Hub',
    'Use Operations Studio dashboards',
  ])('blocks "%s"', (text) => {
    expect(detector.detect(text)).toEqual([]);
  });
  it.each([
    ['Compare marketing cloud tools', 'marketing'],
    ['Own our marketing platforms and marketing automation', 'marketing'],
    ['Marketing hub of the region', 'marketing'],
    ['The Sales Team Hub', 'sales'],
  ])('keeps "%s" (generic categories, a lower-case noun, a noun between)', (text, family) => {
    expect(families(text)).toEqual(expect.arrayContaining([family]));
  });
});

describe('a family word inside an organisation’s name is not marked', () => {
  it.each([
    '某某汽车销售服务有限公司',
    '台北某某數位行銷顧問有限公司',
    '某某營銷策劃股份有限公司',
    '某某整合营销传播集团',
    '某某营销策划工作室',
    '某某运营管理事务所',
    'Acme Marketing Ltd.',
    'Example Sales & Services, Inc. is hiring',
    'Join Example Marketing, LLC today',
    'ACME OPERATIONS LIMITED',
  ])('%s → nothing', (text) => {
    expect(detector.detect(text)).toEqual([]);
  });
  it.each([
    // The title on the line after the name is no part of it.
    ['某某汽车销售服务有限公司\n营运助理', ['operations']],
    // A particle or a determiner between, or 集团 right after a bare family word: a verb and its object.
    ['负责销售给合作有限公司', ['sales']],
    ['负责销售集团旗下产品', ['sales']],
    ['负责内容营销相关的集团事务', ['marketing']],
    // English: lower-case words between, or no suffix of a name.
    ['Marketing at Acme Ltd.', ['marketing']],
    ['We do marketing for Acme Inc.', ['marketing']],
    ['Acme Marketing Group', ['marketing']],
  ])('keeps %s', (text, expected) => {
    expect(families(text)).toEqual(expected);
  });
});

describe('entries behind detections', () => {
  /** The lexicon's full entry (with what cards need) behind a detection's term id. */
  const entry = (id: string | undefined) => lexiconJson.terms.find((term) => term.id === id);

  it('composes titles from object and channel words not listed in terms.json, with their part', () => {
    const [detection] = detector.detect('招聘快手运营');
    expect(detection?.text).toBe('快手运营');
    expect(detector.term(detection?.term ?? '')).toEqual({ id: '快手运营', family: 'operations' });
    expect(entry(detection?.term)).toEqual({
      id: '快手运营',
      family: 'operations',
      kind: 'title',
      parts: { channel: '快手' },
    });
  });
  it('gives a title built on a modifier, which is neither object nor channel, no part', () => {
    const [detection] = detector.detect('负责精准营销');
    expect(detection?.text).toBe('精准营销');
    expect(entry(detection?.term)).toBeDefined();
    expect(entry(detection?.term)).not.toHaveProperty('parts');
  });
  it('marks the titles people use that hold a family word, as one title: 销售运营, salesperson, Sales Ops', () => {
    expect(found('招聘销售运营专员')).toEqual([['销售运营专员', '销售运营']]);
    expect(found('Salespeople wanted')).toEqual([['Salespeople', 'salesperson']]);
    expect(found('a Sales Ops analyst')).toEqual([['Sales Ops', 'sales operations']]);
    expect(found('our Chief Marketing Officer')).toEqual([
      ['Chief Marketing Officer', 'chief marketing officer'],
    ]);
  });
  it('leaves unmarked the titles that hold no family word, which are for looking up: 电销, 网销, SDR, CMO, COO', () => {
    expect(found('诚聘电销、网销')).toEqual([]);
    expect(found('Our CMO and COO met the SDR team')).toEqual([]);
    expect(lexiconJson.terms.map((term) => term.id)).not.toContain('电销');
  });
  it('bundles for the page only what detection needs of each entry: its id and family', () => {
    expect(lexiconJson.detectorTerms).toEqual(lexiconJson.terms.map(({ id, family }) => ({ id, family })));
  });
  it('knows no related role: 产品经理 and BD are never marked as a family', () => {
    expect(detector.detect('招聘产品经理、商务拓展（BD）')).toEqual([]);
    expect(detector.term('产品经理')).toBeUndefined();
  });
});

/** Every [surface, value] of a surface table's groups (core/surface-table.ts). */
function tableEntries<T>(groups: Record<string, SurfaceGroup<T>>): [string, T][] {
  const entries: [string, T][] = [];
  const list = (items: (string | T)[], prefix: string) => {
    for (let index = 0; index < items.length; index += 2)
      entries.push([prefix + (items[index] as string), items[index + 1] as T]);
  };
  for (const [pair, group] of Object.entries(groups)) {
    if (typeof group[0] === 'string') list(group as (string | T)[], pair);
    else {
      if (group[0] !== null) entries.push([pair, group[0] as T]);
      const thirds = group[1] as string;
      for (let index = 0; index < thirds.length; index++)
        list(group[2 + index] as (string | T)[], pair + thirds[index]);
    }
  }
  return entries;
}

describe('surface table', () => {
  // More than a flat group's worth of surfaces on one pair, so some are split by their third character.
  const surfaces = [
    '运营',
    '运营商',
    '运营商家',
    '运营总监',
    '运营专员',
    '运营经理',
    '运营部',
    '运营岗',
    '运营中心',
    '运营者',
  ];
  const table = new SurfaceTable(buildSurfaceTable(surfaces.map((surface, index) => [surface, index])));

  it('finds the longest surface at a position, and the pair alone at the end of the text', () => {
    expect(table.longestAt('运营商家们', 0)).toEqual({ value: 2, end: 4 });
    expect(table.longestAt('运营商品', 0)).toEqual({ value: 1, end: 3 });
    expect(table.longestAt('运营中', 0)).toEqual({ value: 0, end: 2 });
    expect(table.longestAt('做运营', 1)).toEqual({ value: 0, end: 3 });
    expect(table.longestAt('运', 0)).toBeUndefined();
    expect(table.longestAt('营运', 0)).toBeUndefined();
  });
  it('lets no position that starts a surface be skipped', () => {
    expect(table.nextStart('今天做运营工作', 0)).toBe(3);
    expect(table.nextStart('今天做运营工作', 4)).toBe(7);
  });
  it('keeps the later value of a surface given twice, and wants surfaces of two code units or more', () => {
    expect(
      new SurfaceTable(
        buildSurfaceTable([
          ['运营', 1],
          ['运营', 2],
        ]),
      ).longestAt('运营', 0)?.value,
    ).toBe(2);
    expect(() => buildSurfaceTable([['运', 0]])).toThrow();
  });
});

describe('createDetector on a hand-made lexicon', () => {
  const lexicon: LexiconLists = {
    terms: [
      { id: '运营', family: 'operations', kind: 'core' },
      { id: '销售', family: 'sales', kind: 'core' },
    ],
    zh: [
      ['运营', 0],
      ['营运', 0],
      ['运营商', BLOCK],
      ['运营商家', 0, 0, 2],
      ['销售', 1],
      ['銷售', 1],
      ['进行', BLOCK],
      ['执行销', BLOCK, 0, 2],
      ['业务', BLOCK],
    ],
    conditional: [
      {
        forms: ['業務'],
        term: 1,
        after: [
          ['單位', AFTER_BUSINESS],
          ['經驗', AFTER_ROLE],
          ['員', AFTER_PERSON],
        ],
        before: ['擔任'],
        partners: ['行銷'],
        closers: ['團隊'],
        titleEnd: true,
      },
    ],
    blockAfter: { 销售: ['额'] },
    clauseBlock: {
      families: ['operations'],
      markers: ['hadoop', '安全'],
      maintenance: { after: ['维护'], markers: ['网络'] },
    },
    ownedBy: { forms: ['营运'], owners: ['公司'], between: ['的'] },
    joiners: '、/',
    scriptChars: { hans: '业务', hant: '業務' },
    measuredBy: { families: ['sales'], verbs: ['监测'], reach: 4, raising: { verbs: ['推动'], reach: 6 } },
    notLevels: [],
    levels: ['经理'],
    ranks: ['经理'],
    en: { forms: [['sales', 1]], phraseEnd: [], partners: [], channels: [], rules: [] },
    hints: { zh: '运营|营运|销售|銷售|業務', en: 'sales' },
  };
  const small = createDetector(withDetectorTables(lexicon));
  const spans = (text: string) => small.detect(text).map((d) => [d.start, d.end, d.term]);

  it('applies spans, blocks, levels, conditions and clause markers', () => {
    expect(spans('运营商')).toEqual([]);
    expect(spans('运营商家')).toEqual([[0, 2, '运营']]);
    expect(spans('运营经理')).toEqual([[0, 4, '运营']]);
    expect(spans('进行销售额')).toEqual([]);
    expect(spans('执行销售')).toEqual([[2, 4, '销售']]);
    expect(spans('执行销售额')).toEqual([]);
    expect(spans('擔任業務')).toEqual([[2, 4, '销售']]);
    expect(spans('業務範圍')).toEqual([]);
    expect(spans('業務')).toEqual([[0, 2, '销售']]);
    expect(spans('行銷/業務')).toEqual([[3, 5, '销售']]);
    expect(spans('業務、行銷')).toEqual([[0, 2, '销售']]);
    expect(spans('業務及行銷')).toEqual([]);
    expect(spans('擔任業務單位')).toEqual([]);
    expect(spans('業務經驗')).toEqual([[0, 2, '销售']]);
    expect(spans('銷售業務經驗')).toEqual([[0, 2, '销售']]);
    expect(spans('銷售業務員')).toEqual([
      [0, 2, '销售'],
      [2, 4, '销售'],
    ]);
    expect(spans('業務、研發團隊')).toEqual([[0, 2, '销售']]);
    expect(spans('國外業務(外派)')).toEqual([[2, 4, '销售']]);
    expect(spans('3. 國外業務(外派)')).toEqual([]);
    expect(spans('监测门店销售')).toEqual([]);
    expect(spans('监测各地门店销售')).toEqual([[6, 8, '销售']]);
    expect(spans('监测 销售')).toEqual([[3, 5, '销售']]);
    expect(spans('监测销售经理')).toEqual([[2, 6, '销售']]);
    expect(spans('推动各地门店销售')).toEqual([]);
    expect(spans('推动各地门店销售渠道')).toEqual([[6, 8, '销售']]);
    expect(spans('推动各地区门店销售，')).toEqual([[7, 9, '销售']]);
    expect(spans('安全运营')).toEqual([]);
    expect(spans('Hadoop平台运营')).toEqual([]);
    expect(spans('网络运营维护')).toEqual([]);
    expect(spans('网络运营')).toEqual([[2, 4, '运营']]);
    expect(spans('公司的营运')).toEqual([]);
    expect(spans('公司的营运经理')).toEqual([[3, 7, '运营']]);
    expect(spans('sales')).toEqual([[0, 5, '销售']]);
  });

  it('reads every position of a lexicon that does not promise a hint in every surface', () => {
    // The blocking word 甲乙丙 holds no hint: it must still be read from its start, and it consumes the 丙
    // of 丙营. Skipping to the hint 营 would start reading at 乙 and find 丙营.
    const withHintless = createDetector(
      withDetectorTables({
        ...lexicon,
        zh: [
          ['甲乙丙', BLOCK],
          ['丙营', 0],
        ],
        conditional: [],
        hints: { zh: '[营]', en: 'sales' },
      }),
    );
    expect(withHintless.detect('甲乙丙营')).toEqual([]);
    expect(withHintless.detect('乙丙营').map((d) => d.text)).toEqual(['丙营']);
  });
  it('looks terms up by id', () => {
    expect(small.term('销售')?.family).toBe('sales');
    expect(small.term('nothing')).toBeUndefined();
  });
});
