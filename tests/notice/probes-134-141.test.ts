import { describe, expect, it } from 'vitest';
import { checkMatrixSchema } from '../../src/matrix/schema.js';
import { columnKind } from '../../src/notice/labels.js';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the twenty-ninth round (session 22: probes 134 to 141, the plans of universities, hospitals and companies,
// OCR copies of paper notices, 人大 / 政协 / 群团 plans, emergency plans and campaigns, 创建 tables, Word's quirks, and a
// fresh user's), each checked by hand against the contract (matrix-format.md).

const parsed = (text: string) => parseText(text, 'text');
const tasks = (text: string) => parsed(text).matrix.tasks;
const plan = (...lines: string[]) => ['某县工作方案', ...lines].join('\n');

describe('a division\'s labels (a fresh user\'s)', () => {
  it('reads `承办处室：` after `主办处室：` as responsible, not as an event\'s host', () => {
    const { matrix, messages } = parsed(plan('一、做好疾控工作。（主办处室：疾控科；承办处室：区疾控中心）'));
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([['1', { lead: ['疾控科'], responsible: ['区疾控中心'], support: [] }]]);
    expect(messages.filter((m) => m.ruleId === 'list-tail')).toEqual([]);
  });

  it('still reads an event\'s `主办单位：…　承办单位：…` as no task', () => {
    const list = tasks(plan('一、举办农民丰收节。', '主办单位：县农业农村局　　承办单位：县文化馆', '二、做好宣传。（县委宣传部负责）'));
    expect(list.map((t) => [t.id, roles(t)])).toEqual([['2', { lead: [], responsible: ['县委宣传部'], support: [] }]]);
  });
});

describe('labels of a 疾控中心\'s divisions, its 科所 (probe 134)', () => {
  it('reads 牵头科所 / 配合科所 / 责任科所 lines as lead, support and responsible', () => {
    const list = tasks(plan('一、任务', '1.做好呼吸道传染病监测，每周开展风险研判。', '牵头科所：急性传染病防制所', '配合科所：检验中心、应急办公室', '完成时间：2024年12月底前', '2.做好结核病防治。', '责任科所：结核病防制所、学校卫生所'));
    expect(list.map((t) => [t.id, roles(t), t.deadline?.due ?? null])).toEqual([
      ['1.1', { lead: ['急性传染病防制所'], responsible: [], support: ['检验中心', '应急办公室'] }, '2024-12-31'],
      ['1.2', { lead: [], responsible: ['结核病防制所', '学校卫生所'], support: [] }, null],
    ]);
  });
});

describe('bodies named alone that had made a sentence or a bracket of names no marker (probes 135, 137)', () => {
  it('reads `由X负责，Y配合。` whose Y are companies, a branch, the armed police\'s 中队', () => {
    const list = tasks(plan(
      '一、任务',
      '1.及时发布预警信息。由县气象局负责，县融媒体中心、各通信运营企业配合。',
      '2.组织演练。由县应急管理局牵头，武警永嘉中队配合。',
      '3.保障通信。由县应急管理局牵头，中国移动永嘉分公司、各通信运营商配合。',
    ));
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: [], responsible: ['县气象局'], support: ['县融媒体中心', '各通信运营企业'] }],
      ['1.2', { lead: ['县应急管理局'], responsible: [], support: ['武警永嘉中队'] }],
      ['1.3', { lead: ['县应急管理局'], responsible: [], support: ['中国移动永嘉分公司', '各通信运营商'] }],
    ]);
  });

  it('reads a bracket of names alone that names a university', () => {
    const list = tasks(plan('一、任务', '1.开展科技攻关。（市科技局、市教育局、齐齐哈尔大学）'));
    expect(list.map((t) => [t.id, t.responsible])).toEqual([['1.1', ['市科技局', '市教育局', '齐齐哈尔大学']]]);
  });
});

describe('a task table\'s 类别 and 名称 columns (a fresh user\'s)', () => {
  it('files the rows under a 类别 with no number of its own: the category is in their paths', () => {
    const list = tasks(['某县任务分工表', '', '类别\t序号\t重点任务\t牵头单位\t完成时限', '民生保障\t1\t新增城镇就业2000人。\t县人社局\t2025年12月底前', '民生保障\t2\t新建幼儿园2所。\t县教体局\t2025年8月底前', '生态环保\t3\t治理河道10公里。\t县水利局\t2025年10月底前'].join('\n'));
    expect(list.map((t) => [t.id, t.path, t.text, t.lead])).toEqual([
      ['1', ['民生保障'], '新增城镇就业2000人。', ['县人社局']],
      ['2', ['民生保障'], '新建幼儿园2所。', ['县教体局']],
      ['3', ['生态环保'], '治理河道10公里。', ['县水利局']],
    ]);
  });

  it('keeps a numbered 类别 an item of the outline, above its rows, and not twice in their paths', () => {
    const { matrix } = parsed(['某县任务分工表', '', '类别\t序号\t重点任务\t牵头单位', '一、民生保障\t1\t新增城镇就业2000人。\t县人社局', '二、生态环保\t1\t治理河道10公里。\t县水利局'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.path])).toEqual([['1.1', ['民生保障']], ['2.1', ['生态环保']]]);
  });

  it('reads a 工程名称 column as the task\'s, beside its 主要内容, and not a 单位名称 column', () => {
    const list = tasks(['某县任务分工表', '', '序号\t工程名称\t主要内容\t牵头单位\t完成时限', '1\t就业促进工程\t新增城镇就业2000人。\t县人社局\t2025年12月底前'].join('\n'));
    expect(list.map((t) => [t.id, t.text, t.lead])).toEqual([['1', '就业促进工程\n新增城镇就业2000人。', ['县人社局']]]);
    expect([columnKind('活动名称'), columnKind('单位名称'), columnKind('牵头单位名称')]).toEqual(['task', 'other', 'lead']);
  });
});

describe('labels of a 人大常委会\'s 委室, a court\'s 庭室 and a 政协\'s bare 承办 (probe 136)', () => {
  it('reads 责任委室 / 牵头委室 / 配合委室 and a bare 承办 in a bracket', () => {
    const list = tasks(plan(
      '一、任务',
      '1.加强学习，全年组织集中学习不少于12次。（牵头领导：常委会党组书记、主任 黄德明；责任委室：常委会办公室、研究室；完成时限：2024年12月）',
      '2.审议预算。（牵头委室：教科文卫委；配合委室：法工委）',
      '3.开展协商。（主办：财经委；承办：社会委；协办：市发改委）',
    ));
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: [], responsible: ['常委会办公室', '研究室'], support: [] }],
      ['1.2', { lead: ['教科文卫委'], responsible: [], support: ['法工委'] }],
      ['1.3', { lead: ['财经委'], responsible: ['社会委'], support: ['市发改委'] }],
    ]);
  });

  it('reads 牵头庭室 | 责任庭室 columns of a court\'s table', () => {
    const list = tasks(['某区人民法院2024年重点工作任务分工表', '', '序号\t工作任务\t牵头庭室\t责任庭室\t完成时限', '1\t推进诉源治理。\t立案庭\t民一庭、民二庭\t2024年12月底前'].join('\n'));
    expect(list.map((t) => [t.id, roles(t), t.deadline?.due])).toEqual([['1', { lead: ['立案庭'], responsible: ['民一庭', '民二庭'], support: [] }, '2024-12-31']]);
  });

  it('keeps `承办：` in prose no label', () => {
    const list = tasks(plan('一、任务', '1.做好会务。本次会议承办：县委办。（县委办负责）'));
    expect(list.map((t) => [t.id, roles(t)])).toEqual([['1.1', { lead: [], responsible: ['县委办'], support: [] }]]);
  });
});

describe('what an OCR copy of a paper notice gives (probe 135)', () => {
  it('reads `(-)` as （一）, as `-、` is 一、', () => {
    const list = tasks(plan('-、总体要求', '做好工作。', '二、重点任务', '(-)扎实推进农村厕所革命', '1.稳步推进户厕改造。(牵头单位:县农业农村局;责任单位:各乡镇人民政府)', '(二)加强管理', '1.完善机制。(牵头单位:县住建局)'));
    expect(list.map((t) => [t.id, t.lead])).toEqual([['2.1.1', ['县农业农村局']], ['2.2.1', ['县住建局']]]);
  });

  it('does not take the seal\'s code or its text under the date for the plan\'s title', () => {
    const cover = (seal: string) => ['盐山县人民政府办公室', '关于印发盐山县2024年农村人居环境整治提升工作方案的通知', '', '各乡镇人民政府，县直有关部门：', '现将《盐山县2024年农村人居环境整治提升工作方案》印发给你们，请认真贯彻落实。', '', '盐山县人民政府办公室', '2024年3月12日', seal, '（此件公开发布）', '', '盐山县2024年农村人居环境整治提升工作方案', '', '一、重点任务', '1.改造户厕。（牵头单位：县农业农村局）'].join('\n');
    for (const seal of ['1309250003217', '盐山县人民政府办公室', '盐 山 县 人 民 政 府 办 公 室']) {
      const { document } = parsed(cover(seal)).matrix;
      expect([document.title, document.issuer]).toEqual(['盐山县2024年农村人居环境整治提升工作方案', '盐山县人民政府办公室']);
    }
  });

  it('reads a label closing a line whose value runs up to the `；` of the next label on the next line', () => {
    const list = tasks(plan('一、任务', '1.开展城乡环境卫生整洁行动，推进垃圾分类规范。牵头单位:', '县爱卫办;配合单位:县直各有关单位。完成时间:2012年4月'));
    expect(list.map((t) => [t.id, roles(t), t.text])).toEqual([['1.1', { lead: ['县爱卫办'], responsible: [], support: ['县直各有关单位'] }, '开展城乡环境卫生整洁行动，推进垃圾分类规范。']]);
  });
});

describe('a company\'s notice: its plan\'s title over two lines, its joint signature wrapped side by side (probe 134)', () => {
  const notice = (signature: string[]) => [
    '中共晋阳城市建设投资集团有限公司委员会',
    '晋阳城市建设投资集团有限公司',
    '关于印发《2023年重点工作任务清单》的通知',
    '',
    '各党支部，公司各部门，各子公司：',
    '《2023年重点工作任务清单》已经集团公司党委会、董事会审议通过，现印发给你们，请认真抓好落实。',
    '',
    ...signature,
    '— 1 —',
    '晋阳城市建设投资集团有限公司',
    '2023年重点工作任务清单',
    '',
    '一、聚焦主责主业',
    '1.推进老旧小区改造。（牵头部门：工程管理部；配合部门：财务部）',
  ].join('\n');

  it('titles the plan with both lines, the company\'s name first, though it stands under a page number', () => {
    const { document } = parsed(notice(['晋阳城市建设投资集团有限公司', '2023年3月6日'])).matrix;
    expect([document.title, document.issuer, document.date]).toEqual(['晋阳城市建设投资集团有限公司2023年重点工作任务清单', '晋阳城市建设投资集团有限公司', '2023-03-06']);
  });

  it('reads two names wrapped side by side as two bodies, each whole', () => {
    const { document } = parsed(notice(['中共晋阳城市建设投资集团         晋阳城市建设投资集团', '    有限公司委员会                      有限公司', '                                 2023 年 3 月 6 日'])).matrix;
    expect(document.issuer).toBe('中共晋阳城市建设投资集团有限公司委员会、晋阳城市建设投资集团有限公司');
  });
});

describe('a 发文字号 printed after the issuer\'s name on one line (a fresh user\'s)', () => {
  it('is the number alone', () => {
    for (const line of ['东江区人民政府办公室  东府办函〔2025〕33号', '东江区人民政府办公室　东府办函〔2025〕33号']) {
      const { document } = parsed([line, '', '东江区人民政府办公室关于做好春季防火工作的通知', '', '各街道办事处：', '一、加强巡查。（区应急局负责）'].join('\n')).matrix;
      expect(document.docNumber).toBe('东府办函〔2025〕33号');
    }
    expect(parsed(['菏政办字 〔2023〕1号', '', '某县工作方案', '一、加强巡查。（县应急局负责）'].join('\n')).matrix.document.docNumber).toBe('菏政办字〔2023〕1号');
  });
});

describe('a 防指\'s notice from a web page, and a 预案 numbered by sections (probe 137)', () => {
  it('finds the recipients under the page\'s metadata lines', () => {
    const { document } = parsed([
      '永嘉县防汛防台抗旱指挥部关于切实做好2024年梅汛期防御工作的通知',
      '索引号：\t11330324002614538X/2024-187345\t分类：\t应急管理 ; 通知',
      '发布机构：\t县应急管理局\t发文日期：\t2024-06-07',
      '发文字号：\t永防指〔2024〕6号\t有效性：\t有效',
      '发布时间：2024-06-07 16:21　　来源：县应急管理局　　浏览次数：2135',
      '',
      '各乡镇人民政府、街道办事处，县防指各成员单位：',
      '　　一、压紧压实防汛责任。严格落实防汛责任制。由县防指办公室牵头，各成员单位配合。',
      '　　二、做好人员转移避险。（各乡镇（街道）负责）',
    ].join('\n')).matrix;
    expect([document.docNumber, document.recipients]).toEqual(['永防指〔2024〕6号', ['各乡镇人民政府', '街道办事处', '县防指各成员单位']]);
  });

  it('never titles the plan by a numbered section or a line closed by who does it', () => {
    const { matrix } = parsed(['某县防汛抗旱应急预案', '1 总则', '1.1 编制目的', '为了做好防汛抗旱工作，制定本预案。', '2 预防准备', '2.1 培训和演练', '由县应急管理局牵头，县水利局配合，每年汛前组织开展一次演练。', '2.2 宣传', '加强宣传（县委宣传部负责）'].join('\n'));
    expect(matrix.document.title).toBe('某县防汛抗旱应急预案');
  });
});

describe('a 纪委监委\'s and a 检察院\'s plans (probe 136)', () => {
  it('ends the last task before two bodies signing one to a line', () => {
    const { matrix } = parsed(['中共泽州县纪委 泽州县监委2024年工作要点', '一、任务', '1.强化宣传教育。办好“清风泽州”微信公众号。（县纪委宣传部负责）', '', '中共泽州县纪律检查委员会', '', '泽州县监察委员会', '', '2024年2月5日'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.text])).toEqual([['1.1', '强化宣传教育。办好“清风泽州”微信公众号。']]);
    expect(matrix.document.issuer).toBe('中共泽州县纪律检查委员会、泽州县监察委员会');
  });

  it('reads `分管领导：党组书记、检察长 陈志远` as one leader, in a block and in a bracket', () => {
    const list = tasks(plan('一、任务', '1.加强队伍建设。', '分管领导：党组书记、检察长 陈志远', '责任部门：政治部', '2.加强管理。（分管领导：党组书记、常务副主席 陈建华；责任部门：办公室）'));
    expect(list.map((t) => [t.id, t.leaders, t.responsible])).toEqual([
      ['1.1', ['党组书记、检察长陈志远'], ['政治部']],
      ['1.2', ['党组书记、常务副主席陈建华'], ['办公室']],
    ]);
  });
});

describe('a 创建 table\'s standards to meet (probe 138)', () => {
  it('reads a 标准要求 column as the task\'s text: rows under one merged 项目 stay rows, each with its deadline', () => {
    const { matrix, messages } = parsed([
      '曲周县创建国家卫生县城工作任务分解表',
      '',
      '项目\t标准要求\t牵头单位\t责任单位\t完成时限',
      '一、爱国卫生组织管理\t县、乡两级爱国卫生组织机构健全，有专职工作人员。\t县爱卫办\t各乡镇人民政府\t2021年6月30日前',
      '\t开展卫生乡镇、卫生村创建，省级卫生乡镇比例不低于30%。\t县爱卫办\t各乡镇人民政府\t2021年12月31日前',
      '二、市容环境卫生\t主次干道和街巷路面平整。\t县城管局\t县住建局\t2021年8月31日前',
    ].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.due])).toEqual([
      ['1#1', ['县爱卫办'], ['各乡镇人民政府'], '2021-06-30'],
      ['1#2', ['县爱卫办'], ['各乡镇人民政府'], '2021-12-31'],
      ['2', ['县城管局'], ['县住建局'], '2021-08-31'],
    ]);
    expect(matrix.tasks[1].text).toBe('开展卫生乡镇、卫生村创建，省级卫生乡镇比例不低于30%。');
    expect(messages.filter((m) => m.fatal === true)).toEqual([]);
  });
});

describe('a PDF copy that lost its indents, a word cut at a page break (probe 136)', () => {
  /** An item as such a copy prints it: `N. ` and 25 characters, then 28 to a line (the first line's indent lost). */
  const item = (n: number, text: string) => {
    const first = `${n}. ${text.slice(0, 25)}`;
    const rest = text.slice(25).match(/.{1,28}/g) ?? [];
    return [first, ...rest];
  };
  const body = (n: number) => `听取和审议市人民政府关于第${'一二三四五'[n - 1]}项专项工作情况的报告，提出审议意见并跟踪督办落实情况。（责任委室：财政经济委员会）`;

  it('joins a numbered line as wide as the wrap to the page after it when that goes on with a list\'s `、`', () => {
    const cut = item(6, '听取和审议市中级人民法院关于民商事审判工作情况的报告、市人民检察院关于公益诉讼检察工作情况的报告。（责任委室：监察和司法委员会）');
    const { matrix, messages } = parsed(['某市人大常委会2024年工作要点', '', '一、监督工作', ...[1, 2, 3, 4, 5].flatMap((n) => item(n, body(n))), cut[0], '', '- 4 -', '', ...cut.slice(1)].join('\n'));
    const six = matrix.tasks.find((t) => t.id === '1.6');
    expect([six?.title, six?.text, six?.responsible]).toEqual([null, '听取和审议市中级人民法院关于民商事审判工作情况的报告、市人民检察院关于公益诉讼检察工作情况的报告。', ['监察和司法委员会']]);
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6']);
    expect(messages.filter((m) => m.ruleId === 'page-break-join')).toHaveLength(1);
  });

  it('joins the page after a break that starts with a list\'s `、`', () => {
    const cut = item(6, '听取和审议市中级人民法院关于民事审判工作情况的报告、市人民检察院关于公益诉讼检察工作情况的报告。（责任委室：监察和司法委员会）');
    const { matrix } = parsed(['某市人大常委会2024年工作要点', '', '一、监督工作', ...[1, 2, 3, 4, 5].flatMap((n) => item(n, body(n))), cut[0], '', '- 4 -', '', ...cut.slice(1)].join('\n'));
    expect(matrix.tasks.find((t) => t.id === '1.6')?.text).toBe('听取和审议市中级人民法院关于民事审判工作情况的报告、市人民检察院关于公益诉讼检察工作情况的报告。');
  });
});

describe('invisible characters inside a name (probe 141)', () => {
  it('removes a word joiner, a zero-width non-joiner and a soft hyphen: the matrix keeps to its schema', () => {
    const { matrix } = parsed(plan('一、加强管理。（责任单位：区公安分局交警大队、区教\u2060育局、区住\u00ad建局、区\u200c财政局）'));
    expect(matrix.tasks.map((t) => t.responsible)).toEqual([['区公安分局交警大队', '区教育局', '区住建局', '区财政局']]);
    expect(checkMatrixSchema(matrix)).toEqual([]);
  });
});

describe('Markdown tables as web-page converters write them (probe 142)', () => {
  const md = (...rows: string[]) => parseText(['**某县2024年重点任务分工方案**', '', ...rows].join('\n'), 'markdown').matrix.tasks.map((t) => [t.id, t.lead, t.deadline?.text ?? null]);

  it('keeps a short row whole: the category row under it is no rest of its last cell', () => {
    expect(md('| 序号 | 重点任务 | 牵头单位 | 完成时限 |', '| --- | --- | --- | --- |', '| **一、甲类** |  |  |  |', '| 1 | 任务一 | 县发改局 | 2024年6月底前 |', '| 2 | 任务二 | 县财政局 |', '| **二、乙类** |  |  |  |', '| 3 | 任务三 | 县农业农村局 | 2024年9月底前 |')).toEqual([
      ['1.1', ['县发改局'], '2024年6月底前'],
      ['1.2', ['县财政局'], null],
      ['2.3', ['县农业农村局'], '2024年9月底前'],
    ]);
  });

  it('keeps a category row of one cell a row of its own', () => {
    expect(md('|序号|重点任务|牵头单位|完成时限|', '|---|---|---|---|', '|**一、甲类**|', '|1|任务一|县发改局|2024年6月底前|', '|**二、乙类**|', '|2|任务二|县农业农村局|2024年9月底前|')).toEqual([
      ['1.1', ['县发改局'], '2024年6月底前'],
      ['2.2', ['县农业农村局'], '2024年9月底前'],
    ]);
  });

  it('still joins a line without a leading pipe to the row above it (html2text writes a cell\'s <br> so)', () => {
    expect(md('序号| 重点任务| 牵头单位| 配合单位| 完成时限', '---|---|---|---|---', '1| 建立专账资金管理制度。| 自治区财政厅| 自治区人力资源社会保障厅', '国家税务总局广西壮族自治区税务局| 2019年10月底前', '2| 举办职业技能大赛。| 自治区人力资源社会保障厅| 自治区总工会| 每年')).toEqual([
      ['1', ['自治区财政厅'], '2019年10月底前'],
      ['2', ['自治区人力资源社会保障厅'], '每年'],
    ]);
  });
});

describe('a web page turndown made Markdown of without its tables plugin (probe 142)', () => {
  it('reads the page\'s metadata, a field name and its value a paragraph each, as no title and no signature', () => {
    const { document } = parseText([
      '洛阳市人民政府办公室关于印发洛阳市2023年优化营商环境攻坚行动任务分工方案的通知', '', '发文机关', '', '洛阳市人民政府办公室', '', '成文日期', '', '2023年04月12日', '', '标　　题', '',
      '洛阳市人民政府办公室关于印发洛阳市2023年优化营商环境攻坚行动任务分工方案的通知', '', '文　　号', '', '洛政办〔2023〕21号', '', '发布日期', '', '2023年04月14日', '',
      '各县（市、区）人民政府，市人民政府各部门：', '', '现将《洛阳市2023年优化营商环境攻坚行动任务分工方案》印发给你们。', '', '洛阳市人民政府办公室', '', '2023年4月12日', '',
      '洛阳市2023年优化营商环境攻坚行动任务分工方案', '', '一、政务服务提质攻坚', '', '（一）深化“一网通办”。（牵头单位：市行政审批和政务信息管理局）',
    ].join('\n'), 'markdown').matrix;
    expect([document.title, document.issuer, document.date, document.docNumber]).toEqual(['洛阳市2023年优化营商环境攻坚行动任务分工方案', '洛阳市人民政府办公室', '2023-04-12', '洛政办〔2023〕21号']);
  });

  it('reads a table written a paragraph per cell, its header in bold', () => {
    const cells = ['**序号**', '**项目名称**', '**责任单位**', '**完成时限**', '1', '须江两岸景观提升工程', '市建设局', '2024年10月底前', '2', '城区背街小巷改造', '市综合行政执法局、双塔街道', '2024年9月底前'];
    const tasks = parseText(['**江山市2024年城乡环境整治工作方案**', '', ...cells.flatMap((c) => [c, ''])].join('\n'), 'markdown').matrix.tasks;
    expect(tasks.map((t) => [t.id, t.text, t.responsible, t.deadline?.due])).toEqual([
      ['1', '须江两岸景观提升工程', ['市建设局'], '2024-10-31'],
      ['2', '城区背街小巷改造', ['市综合行政执法局', '双塔街道'], '2024-09-30'],
    ]);
  });
});

describe('a numbered list inside a task cell of a table with no 序号 column (probe 138)', () => {
  it('is the row\'s text, no item: the rows are #1, #2…', () => {
    const list = tasks([
      '曲周县创建国家卫生县城工作任务分解表',
      '项目\t测评标准\t牵头单位\t责任单位\t完成时限',
      '爱国卫生组织管理\t"1.县、乡两级爱国卫生组织机构健全，有专职工作人员；',
      '2.将爱国卫生工作纳入县国民经济和社会发展规划。"\t县爱卫办\t各乡镇人民政府\t2021年6月30日前',
      '\t开展卫生乡镇、卫生村创建。\t县爱卫办\t各乡镇人民政府\t2021年12月31日前',
    ].join('\n'));
    expect(list.map((t) => [t.id, t.lead, t.deadline?.due])).toEqual([['#1', ['县爱卫办'], '2021-06-30'], ['#2', ['县爱卫办'], '2021-12-31']]);
  });
});

describe('what a fourth fresh user met', () => {
  it('reads the inline phrase whose bracket is left open at the paragraph\'s end, with an error', () => {
    const { matrix, messages } = parsed(plan('一、重点任务', '（一）开展排查，全面摸清底数（县应急局牵头，县公安局、县消防救援大队配合', '（二）开展整治。（县住建局负责）'));
    expect(matrix.tasks.map((t) => [t.id, roles(t), t.text])).toEqual([
      ['1.1', { lead: ['县应急局'], responsible: [], support: ['县公安局', '县消防救援大队'] }, '开展排查，全面摸清底数'],
      ['1.2', { lead: [], responsible: ['县住建局'], support: [] }, '开展整治。'],
    ]);
    expect(messages.filter((m) => m.ruleId === 'unclosed-bracket').map((m) => [m.line, m.column, m.fatal])).toEqual([[3, 15, true]]);
  });

  it('reads a 责任分工 column whose cells share the work out in words', () => {
    const list = parseText(['# 某市“双减”工作任务分工', '', '| 序号 | 重点任务 | 责任分工 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 健全作业管理机制 | 市教育局基础教育科牵头，各县（市、区）教育局负责 | 2024年3月底前 |', '| 2 | 规范非学科类培训收费 | 市发展改革委牵头，市教育局配合 | 2024年6月30日前 |'].join('\n'), 'markdown').matrix.tasks;
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1', { lead: ['市教育局基础教育科'], responsible: ['各县（市、区）教育局'], support: [] }],
      ['2', { lead: ['市发展改革委'], responsible: [], support: ['市教育局'] }],
    ]);
  });

  it('keeps a closing `注：以上任务排在第一位的为牵头单位。` out of the last task\'s text, and applies it', () => {
    const list = tasks(plan('一、重点任务', '（一）开展巡查。（县公安局、县林业局负责）', '（二）开展宣传。县委宣传部牵头，县融媒体中心配合。', '', '注：以上任务排在第一位的为牵头单位。'));
    expect(list.map((t) => [t.id, t.lead, t.responsible, t.text])).toEqual([
      ['1.1', ['县公安局'], ['县林业局'], '开展巡查。'],
      ['1.2', ['县委宣传部'], [], '开展宣传。县委宣传部牵头，县融媒体中心配合。'],
    ]);
  });
});

describe('`附件：<title>` on one line right over its table (a fourth fresh user\'s)', () => {
  it('starts the attachment: its rows are no children of the plan\'s last item', () => {
    const { matrix, messages } = parsed(['某市城市更新行动方案', '一、重点任务', '（一）加强组织领导。（市住房城乡建设局负责）', '（二）强化资金支持。', '附件：某市城市更新重点任务分工表', '序号\t重点任务\t牵头单位\t完成时限', '1\t改造城镇老旧小区150个\t市住房城乡建设局\t2024年12月底前', '2\t新建改造城市燃气管道200公里\t市住房城乡建设局\t2025年6月底前'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.path])).toEqual([['1.1', ['重点任务']], ['1-2', []], ['2', []]]);
    expect(messages.filter((m) => m.ruleId === 'repeated-number').map((m) => m.line)).toEqual([7]);
  });
});

describe('a closing paragraph that assigns the measures above (probe 139)', () => {
  it('is said as an info where it stands, and makes no task of its own', () => {
    const { matrix, messages } = parsed(plan('一、支持民营经济', '（一）扩大民间投资。', '（二）优化营商环境。（区市场监管局负责）', '以上政策措施由区发改局牵头，区经信局、区财政局等部门按职责分工负责落实。'));
    expect(matrix.tasks.map((t) => [t.id, t.responsible])).toEqual([['1.2', ['区市场监管局']]]);
    expect(messages.filter((m) => m.ruleId === 'ignored-marker').map((m) => [m.line, m.fatal])).toEqual([[5, undefined]]);
  });
});

describe('a scan of a faxed copy (probe 135)', () => {
  it('drops the line the fax machine printed on each page, which had cut a task and run into a name', () => {
    const fax = (page: number) => `2021-04-02 09:47    FROM:天水市政府办公室    TO:09382731516    P.${page}/14`;
    const { matrix, messages } = parsed([fax(1), '天水市2021年政府工作报告重点工作任务分解', '一、重点任务', '1.推进苹果产业提质增效，建设标准化果园10万亩。', '牵头单位：市果业局', '责任单位：各县区政府、天水经济技术开发区管委会', fax(2), '2.做大做强电子信息产业。（牵头单位：市工信局）'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['1.1', ['市果业局'], ['各县区政府', '天水经济技术开发区管委会']],
      ['1.2', ['市工信局'], []],
    ]);
    expect(messages.filter((m) => m.ruleId === 'list-tail')).toEqual([]);
  });
});
