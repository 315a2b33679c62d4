import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the thirteenth round (session 11: probes 55-58: universities and hospitals, state-owned enterprises, the
// 政法 system, an archive of older notices), each checked by hand against the contract (matrix-format.md).

const plan = (...lines: string[]) => ['某校2025年工作方案', '一、工作任务', ...lines].join('\n');
const tasksOf = (text: string) => parseText(text).matrix.tasks;

describe('a school calendar closing an inline bracket (probe 55)', () => {
  it('reads 每学期, 每周, 开学第一周, 学期末, 暑假期间 and 立行立改 as the deadline, the units before it kept', () => {
    const phrases = ['每学期', '每学年', '每周', '每日', '开学第一周', '学期初', '学期末', '暑假期间', '立行立改'];
    const tasks = tasksOf(plan(...phrases.map((p, i) => `${i + 1}、做好第${i + 1}项工作。（政教处负责，各年级组配合，${p}）`)));
    expect(tasks.map((t) => [t.id, roles(t), t.deadline])).toEqual(
      phrases.map((p, i) => [`1.${i + 1}`, { lead: [], responsible: ['政教处'], support: ['各年级组'] }, { text: p, due: null }]),
    );
  });

  it('still takes a unit whose name ends like a period for a unit (`县教育局期间` is no name, `暑期托管中心` is one)', () => {
    const [task] = tasksOf(plan('1、办好暑期托管。（暑期托管中心负责，县教育局配合）'));
    expect(roles(task)).toEqual({ lead: [], responsible: ['暑期托管中心'], support: ['县教育局'] });
    expect(task.deadline).toBeNull();
  });
});

describe('leaders named by the body they lead (probe 57)', () => {
  it('reads 分管院领导 / 分管局领导 / 责任校领导 lines as leaders of the task above them, not a task of their own', () => {
    const text = [
      '某市中级人民法院2024年工作要点',
      '二、主要任务',
      '（一）深化诉讼服务',
      '1. 深化一站式多元解纷和诉讼服务体系建设。推进人民法院调解平台进乡村。',
      '牵头部门：立案庭（诉讼服务中心）',
      '配合部门：各审判业务部门、审管办',
      '分管院领导：王立新副院长',
      '完成时限：2024年6月底前',
      '2. 加强执行工作。',
      '责任部门：执行局',
      '分管局领导：李明',
      '完成时限：2024年9月底前',
    ].join('\n');
    const tasks = tasksOf(text);
    expect(tasks.map((t) => [t.id, roles(t), t.leaders, t.deadline?.text])).toEqual([
      ['2.1.1', { lead: ['立案庭（诉讼服务中心）'], responsible: [], support: ['各审判业务部门', '审管办'] }, ['王立新副院长'], '2024年6月底前'],
      ['2.1.2', { lead: [], responsible: ['执行局'], support: [] }, ['李明'], '2024年9月底前'],
    ]);
  });
});

describe('the 部室 of a group company (probe 56)', () => {
  it('reads 牵头部室 / 配合部室 / 责任部室 labels in brackets', () => {
    const text = [
      '某集团2025年提质增效实施方案',
      '二、重点任务',
      '1.压降管理费用。（牵头部室：财务管理部；配合部室：集团办公室、各子公司；完成时限：2025年12月底前）',
      '2.加强考核。（责任部室：人力资源部（党委组织部）、财务管理部）',
    ].join('\n');
    expect(tasksOf(text).map((t) => [t.id, roles(t)])).toEqual([
      ['2.1', { lead: ['财务管理部'], responsible: [], support: ['集团办公室', '各子公司'] }],
      ['2.2', { lead: [], responsible: ['人力资源部（党委组织部）', '财务管理部'], support: [] }],
    ]);
  });

  it('reads a table with 牵头部室 | 配合部室 columns as a task table', () => {
    const text = ['某集团2025年安全生产重点任务', '', '序号\t重点任务\t牵头部室\t配合部室\t完成时限', '1\t开展隐患排查\t安全环保部\t各子公司\t2025年6月底前', '2\t完善应急预案\t安全环保部\t集团办公室\t2025年9月底前'].join('\n');
    expect(tasksOf(text).map((t) => [t.id, roles(t), t.deadline?.due])).toEqual([
      ['1', { lead: ['安全环保部'], responsible: [], support: ['各子公司'] }, '2025-06-30'],
      ['2', { lead: ['安全环保部'], responsible: [], support: ['集团办公室'] }, '2025-09-30'],
    ]);
  });
});

describe('an archive of older notices (probe 58)', () => {
  it('reads ⒈ ⑴ ㈠ (1. (1) (一) as one character each) as the numbering they stand for', () => {
    const text = [
      '某县关于扩大内需的实施意见',
      '二、主要任务',
      '（一）加快重大项目建设（县发展改革局牵头，县财政局配合）',
      '⒈积极争取中央和省新增投资。（县发展改革局牵头，县直有关部门配合）',
      '⒉加快在建项目建设进度。（县重点工程建设管理局负责）',
      '三、严格查验',
      '⑴公安部门在办理暂住证时查验婚育证明。（责任单位：县公安局）',
      '⑵乡镇在办理登记时查验。（责任单位：各乡镇人民政府）',
    ].join('\n');
    expect(tasksOf(text).map((t) => [t.id, t.marker])).toEqual([
      ['2.1', '（一）'],
      ['2.1.1', '⒈'],
      ['2.1.2', '⒉'],
      ['3.1', '⑴'],
      ['3.2', '⑵'],
    ]);
    const sections = ['某县工作方案', '一、重点工作', '㈠加强项目建设。（县发改局负责）', '㈡加强监督检查。（县审计局负责）'].join('\n');
    expect(tasksOf(sections).map((t) => [t.id, t.marker, t.responsible])).toEqual([
      ['1.1', '㈠', ['县发改局']],
      ['1.2', '㈡', ['县审计局']],
    ]);
  });

  it('reads 元月 as January in the 成文日期, and the plan title under it', () => {
    const text = [
      '武陟县人民政府办公室',
      '关于印发2012年度重点工作目标责任书的通知',
      '',
      '各乡镇人民政府：',
      '现将《武陟县2012年度重点工作目标责任书》印发给你们。',
      '',
      '武陟县人民政府办公室',
      '二○一二年元月二十日',
      '',
      '武陟县2012年度重点工作目标责任书',
      '',
      '一、重点工作',
      '1.招商引资。（县商务局负责）',
    ].join('\n');
    const doc = parseText(text).matrix.document;
    expect([doc.date, doc.title]).toEqual(['2012-01-20', '武陟县2012年度重点工作目标责任书']);
    expect(parseText(text.replace('二○一二年元月二十日', '2009年元月5日')).matrix.document.date).toBe('2009-01-05');
  });
});

describe('lines of their own in a .txt without blank lines (probe 55)', () => {
  it('starts a new paragraph after a 科 unit or a 责任人 line, the sentence under it no part of the names', () => {
    const text = [
      '某县人民医院质量安全月活动实施方案',
      '一、活动内容',
      '（一）开展医疗质量安全隐患排查',
      '对门急诊、手术室、重症医学科等重点部门开展全面隐患排查，建立隐患清单和整改台账。',
      '责任科室：医务科、质控科',
      '责任人：钱立群',
      '对排查出的问题实行销号管理，按期完成整改，整改情况纳入科室季度绩效考核。',
      '责任科室：质控科',
      '配合科室：各相关科室',
      '完成时间：9月20日前',
    ].join('\n');
    expect(tasksOf(text).map((t) => [t.id, roles(t), t.leaders ?? [], t.deadline?.text ?? null])).toEqual([
      ['1.1#1', { lead: [], responsible: ['医务科', '质控科'], support: [] }, ['钱立群'], null],
      ['1.1#2', { lead: [], responsible: ['质控科'], support: ['各相关科室'] }, [], '9月20日前'],
    ]);
    expect(tasksOf(text.replace('责任人：钱立群\n', ''))[0].responsible).toEqual(['医务科', '质控科']);
  });
});

describe('a table cell of the 政法 system (probe 57)', () => {
  it('keeps a bracket on a line of its own in a cell with the name above it', () => {
    const text = ['| 序号 | 工作任务 | 牵头单位 | 责任单位 |', '| --- | --- | --- | --- |', '| 1 | 开展矛盾纠纷排查 | 县委政法委<br>（县综治中心） | 县公安局<br>县司法局 |'].join('\n');
    expect(roles(parseText(text, 'markdown').matrix.tasks[0])).toEqual({ lead: ['县委政法委（县综治中心）'], responsible: ['县公安局', '县司法局'], support: [] });
  });
});

// The fourteenth round (probes 59-62: 河长制 plans, 创建 测评体系, vertically managed systems, 数字政府 lists).

describe('河长制 plans (probe 59)', () => {
  it('reads 各级河湖长牵头 and 县级湖长唐志刚牵头 as people (an info finding), never lead units', () => {
    const text = [
      '某县2024年河长制工作要点',
      '一、重点任务',
      '（一）巡田制度。县级田长每年巡田不少于2次。（各级田长牵头，县田长办负责）',
      '（二）巡河。巡河发现问题及时交办。（各级河湖长牵头，县河长办、各乡镇人民政府负责）',
      '（三）仙阳湖保护。推进仙阳湖生态保护修复。（仙阳湖县级湖长唐志刚牵头，县水利局、夹山镇负责）',
    ].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: [], responsible: ['县田长办'], support: [] }],
      ['1.2', { lead: [], responsible: ['县河长办', '各乡镇人民政府'], support: [] }],
      ['1.3', { lead: [], responsible: ['县水利局', '夹山镇'], support: [] }],
    ]);
    expect(messages.map((m) => m.ruleId)).toEqual(['ignored-marker', 'ignored-marker', 'ignored-marker']);
  });

  it('reads 县级责任河长： in a bracket of labels as the leaders, no part of the task text', () => {
    const text = ['某县2025年河长制工作要点', '二、重点任务', '（一）澧水', '1.实施澧水岸线综合整治，完成生态护岸建设3.5公里。（县级责任河长：覃建军；牵头单位：县水利局；责任单位：楚江街道；完成时限：2025年10月底前）'].join('\n');
    const [task] = tasksOf(text);
    expect([task.id, task.title, task.text, task.leaders, roles(task)]).toEqual(['2.1.1', null, '实施澧水岸线综合整治，完成生态护岸建设3.5公里。', ['覃建军'], { lead: ['县水利局'], responsible: ['楚江街道'], support: [] }]);
  });

  const covering = (signature: string[], recipients = '各乡镇人民政府：') =>
    ['龙游县治水办（河长办）关于印发《某县河道整治方案》的通知', '', recipients, '现将方案印发给你们。', '', ...signature, '', '某县河道整治方案', '一、任务', '1.清理河道。（县水利局负责）'].join('\n');

  it('takes a signature that ends in a bracket (another name, a note on the seal) as the issuer, and the title\'s body too', () => {
    expect(parseText(covering(['龙游县治水办（河长办）', '2024年5月10日'])).matrix.document.issuer).toBe('龙游县治水办（河长办）');
    // A note on the seal is no part of the body's name (session 13, probe 81: the 发文机关 is the body that signs; this
    // test had kept `（代章）` in it).
    expect(parseText(covering(['石门县河长制办公室（代章）', '2024年5月10日'])).matrix.document.issuer).toBe('石门县河长制办公室');
    expect(parseText(covering(['2024年5月10日'])).matrix.document.issuer).toBe('龙游县治水办（河长办）');
    // A note of the document's own above the date is no issuer.
    expect(parseText(covering(['（此件公开发布）', '2024年5月10日'])).matrix.document.issuer).toBe('龙游县治水办（河长办）');
  });

  it('takes no label in the 主送机关 for a marker: no unaccounted-marker error, the names addressed', () => {
    const { matrix, messages } = parseText(covering(['龙游县治水办（河长办）', '2024年5月10日'], '各乡镇人民政府、街道办事处，县级河长制责任单位：'));
    expect(matrix.document.recipients).toEqual(['各乡镇人民政府', '街道办事处', '县级河长制责任单位']);
    expect(messages.filter((m) => m.fatal === true)).toEqual([]);
  });
});

describe('创建 测评体系 tables (probe 60)', () => {
  it('opens the section a row\'s 一、 cell names before the row\'s own 序号: the row is its first child', () => {
    const text = [
      '某县创建全国县级文明城市工作任务清单',
      '',
      '序号\tA级指标\tB级指标\t测评内容\t牵头单位\t责任单位\t完成时限',
      '1\t一、廉洁高效的政务环境\t政务公开\t门户网站及时公开信息\t县府办\t县级各部门\t长期坚持',
      '2\t\t法治政府建设\t全面落实行政执法三项制度\t县司法局\t县级各执法部门\t2024年6月底前',
      '3\t二、公正公平的法治环境\t社会治安\t常态化开展扫黑除恶\t县委政法委\t县公安局\t长期坚持',
    ].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.path, t.lead])).toEqual([
      ['1.1', ['廉洁高效的政务环境'], ['县府办']],
      ['1.2', ['廉洁高效的政务环境'], ['县司法局']],
      ['2.3', ['公正公平的法治环境'], ['县委政法委']],
    ]);
    expect(matrix.outline.map((o) => [o.id, o.title])).toEqual([
      ['1', '廉洁高效的政务环境'],
      ['2', '公正公平的法治环境'],
    ]);
  });

  it('joins a signature wrapped over two lines: a place with no body yet, then a body\'s ending', () => {
    const text = ['关于印发工作任务清单的通知', '', '各单位：', '现将清单印发。', '', '　　　　　　武义县创建全国县级文明城市', '　　　　　　　　工作指挥部办公室', '　　　　　　　　2024年4月2日', '', '某县工作任务清单', '一、任务', '1.治水。（县水利局负责）'].join('\n');
    expect(parseText(text).matrix.document.issuer).toBe('武义县创建全国县级文明城市工作指挥部办公室');
  });
});

describe('vertically managed systems and 数字政府 lists (probes 61, 62)', () => {
  it('reads 主办部门 on a line of its own as the lead, as in a bracket', () => {
    const text = ['合肥海关2025年工作要点', '一、重点任务', '（一）推进智慧海关建设。', '主办部门：综合业务处', '协办部门：各隶属海关', '（二）加强监管。（主办部门：口岸监管处；协办部门：科技处）'].join('\n');
    expect(tasksOf(text).map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['综合业务处'], responsible: [], support: ['各隶属海关'] }],
      ['1.2', { lead: ['口岸监管处'], responsible: [], support: ['科技处'] }],
    ]);
  });

  it('reads a bare 协同 under 责任部门 as the support column, and Q3 as the third quarter', () => {
    const text = ['某省一件事清单（2025年）', '', '序号\t事项名称\t责任部门\t\t完成时限', '\t\t牵头\t协同\t', '1\t新生儿出生一件事\t省卫生健康委\t省公安厅、省医保局\tQ3', '2\t企业迁移一件事\t省市场监管局\t省税务局\t2025年Q2上线'].join('\n');
    expect(tasksOf(text).map((t) => [t.id, roles(t), t.deadline])).toEqual([
      ['1', { lead: ['省卫生健康委'], responsible: [], support: ['省公安厅', '省医保局'] }, { text: 'Q3', due: '2025-09-30' }],
      ['2', { lead: ['省市场监管局'], responsible: [], support: ['省税务局'] }, { text: '2025年Q2上线', due: '2025-06-30' }],
    ]);
  });
});

// The fifteenth round (probes 63-66: drawn tables, 党建 责任清单, 建议提案 交办, CSV tables).

describe('建议 and 提案 handed out (probe 65)', () => {
  it('reads 主办单位 / 会办单位 / 分办单位 columns as lead / support / responsible', () => {
    const text = ['2025年人大代表建议交办表', '', '序号\t建议编号\t建议标题\t领衔代表\t主办单位\t会办单位\t分办单位\t办理时限', '1\t3\t关于加快防洪排涝设施建设的建议\t陈德胜\t县水利局\t县财政局\t\t2025年6月30日前', '2\t8\t关于提升学校办学条件的建议\t李明霞\t\t\t县教育局、县体育局\t2025年9月30日前'].join('\n');
    expect(tasksOf(text).map((t) => [t.id, roles(t), t.deadline?.due])).toEqual([
      ['1', { lead: ['县水利局'], responsible: [], support: ['县财政局'] }, '2025-06-30'],
      ['2', { lead: [], responsible: ['县教育局', '县体育局'], support: [] }, '2025-09-30'],
    ]);
  });

  it('reads a 主办单位 line among the labelled lines of an item, and 主办： in a bracket; not a web page\'s 主办单位 footer', () => {
    const text = [
      '某市2025年重点建议提案督办方案',
      '一、督办事项',
      '1.关于加快推进城市更新行动的建议',
      '督办领导：副市长　陆一鸣',
      '主办单位：市住房城乡建设局',
      '会办单位：市自然资源和规划局、市财政局',
      '完成时限：2025年9月底前',
      '2.关于推进农村公路提档升级的建议。（督办领导：副县长孙卫东；主办：县交通运输局；协办：县财政局，9月底前完成）',
      '',
      '主办单位：某市人民政府办公室',
    ].join('\n');
    expect(tasksOf(text).map((t) => [t.id, roles(t), t.deadline?.text])).toEqual([
      ['1.1', { lead: ['市住房城乡建设局'], responsible: [], support: ['市自然资源和规划局', '市财政局'] }, '2025年9月底前'],
      ['1.2', { lead: ['县交通运输局'], responsible: [], support: ['县财政局'] }, '9月底前完成'],
    ]);
  });

  it('reads a second table\'s header under a section line as a header, not a task', () => {
    const text = [
      '2025年建议提案交办表',
      '一、县人大代表建议（1件）',
      '序号\t建议编号\t建议标题\t领衔代表\t主办单位\t协办单位\t办理时限',
      '1\t3\t关于防洪排涝的建议\t陈德胜\t县水利局\t县财政局\t2025年6月30日前',
      '',
      '二、县政协委员提案（1件）',
      '序号\t提案编号\t提案标题\t提案人\t主办单位\t协办单位\t办理时限',
      '1\t5\t关于打造文化旅游品牌的提案\t民盟县支部\t县文化和旅游局\t县财政局\t2025年9月30日前',
    ].join('\n');
    expect(tasksOf(text).map((t) => [t.id, t.lead])).toEqual([
      ['1.1', ['县水利局']],
      ['2.1', ['县文化和旅游局']],
    ]);
  });
});

describe('党建 责任清单 (probe 64)', () => {
  it('keeps persons and posts in labels and role cells out of the units (leaders), and a 责任主体 column beside role columns is context', () => {
    const labelled = ['某局2024年党风廉政建设责任分工', '一、任务', '1.落实主体责任。（牵头单位：局党组书记；配合单位：办公室）', '2.开展廉政谈话。', '责任部门：各股室负责人、机关党委'].join('\n');
    expect(tasksOf(labelled).map((t) => [t.id, roles(t), t.leaders])).toEqual([
      ['1.1', { lead: [], responsible: [], support: ['办公室'] }, ['局党组书记']],
      ['1.2', { lead: [], responsible: ['机关党委'], support: [] }, ['各股室负责人']],
    ]);
    const table = ['某集团党委主体责任清单', '', '序号\t责任主体\t具体任务\t牵头部门\t配合部门\t完成时限', '1\t集团党委\t研究部署全面从严治党工作\t党委办公室\t纪检监察室\t全年', '2\t党委书记\t主持召开党委会专题研究\t党委办公室\t/\t每半年'].join('\n');
    expect(tasksOf(table).map((t) => [t.id, roles(t)])).toEqual([
      ['1', { lead: ['党委办公室'], responsible: [], support: ['纪检监察室'] }],
      ['2', { lead: ['党委办公室'], responsible: [], support: [] }],
    ]);
  });

  it('gives a block of units to the item after items that carry leaders lines only, not to their section', () => {
    const text = ['某局党组主体责任清单', '二、党组书记第一责任人责任', '5.履行第一责任人职责，开展廉政谈话。', '责任领导：党组书记、局长', '6.带头讲廉政党课，每年不少于1次。', '责任领导：党组书记、局长', '责任单位：机关党委', '完成时限：2024年7月1日前', '三、班子成员责任', '1.落实一岗双责。（机关党委负责）'].join('\n');
    expect(tasksOf(text).map((t) => [t.id, t.responsible, t.deadline?.text ?? null])).toEqual([
      ['2.6', ['机关党委'], '2024年7月1日前'],
      ['3.1', ['机关党委'], null],
    ]);
  });
});

describe('placeholder cells (probes 64, 66)', () => {
  it('reads `/`, `—` and `无` in a role or deadline cell as empty', () => {
    const text = ['某县整改清单', '', '序号\t整改任务\t牵头单位\t配合单位\t完成时限', '1\t完善制度\t县审计局\t/\t2024年10月底前', '2\t追责问责\t县纪委监委\t—\t/', '3\t建立台账\t县财政局\t无\t2024年12月底前'].join('\n');
    expect(tasksOf(text).map((t) => [t.id, roles(t), t.deadline?.text ?? null])).toEqual([
      ['1', { lead: ['县审计局'], responsible: [], support: [] }, '2024年10月底前'],
      ['2', { lead: ['县纪委监委'], responsible: [], support: [] }, null],
      ['3', { lead: ['县财政局'], responsible: [], support: [] }, '2024年12月底前'],
    ]);
  });
});

describe('a county office\'s week (probe 67)', () => {
  it('keeps a 纪要\'s 分送 line out of its last item', () => {
    const text = ['县政府常务会议纪要', '二、议定事项', '（二）会议决定，由县市场监管局牵头，县商务局配合，节前开展一次专项检查。', '', '出席：陈志远、刘敏', '分送：县委常委，县政府各部门。'].join('\n');
    const [task] = tasksOf(text);
    expect([task.id, task.title, task.text, task.lead]).toEqual(['2.2', null, '会议决定，由县市场监管局牵头，县商务局配合，节前开展一次专项检查。', ['县市场监管局']]);
  });
});

describe('the review of session 11 and township notices (probe 68)', () => {
  it('keeps a bank\'s branch a unit (中国银行长沙分行 is no 行长), and a 责任主体 column beside a support column only responsible', () => {
    const text = ['某县普惠金融方案', '一、任务', '1.推进普惠金融。（牵头单位：中国银行长沙分行；配合单位：建设银行长沙分行、县金融办）'].join('\n');
    expect(roles(tasksOf(text)[0])).toEqual({ lead: ['中国银行长沙分行'], responsible: [], support: ['建设银行长沙分行', '县金融办'] });
    const table = ['某县任务表', '', '序号\t工作任务\t责任主体\t配合单位\t完成时限', '1\t推进高标准农田建设\t县农业农村局\t县财政局\t2025年6月底前'].join('\n');
    expect(roles(tasksOf(table)[0])).toEqual({ lead: [], responsible: ['县农业农村局'], support: ['县财政局'] });
  });

  it('splits a cell\'s lines numbered （1） （2） into units, and keeps a pandoc cell\'s two names apart', () => {
    const text = ['| 序号 | 工作任务 | 牵头单位 | 配合单位 |', '| --- | --- | --- | --- |', '| 1 | 推进建设 | 县农业农村局 | （1）县财政局<br>（2）县自然资源局 |'].join('\n');
    expect(parseText(text, 'markdown').matrix.tasks[0].support).toEqual(['县财政局', '县自然资源局']);
  });

  it('reads 牵头站所 / 责任站所 / 配合站所 as role labels and columns, and 排在第一位的为牵头站所', () => {
    const text = ['某镇秸秆禁烧工作方案', '一、任务', '1.开展巡查。（牵头站所：镇农业服务中心；配合站所：镇派出所；完成时限：2024年10月底前）', '2.落实网格。', '责任站所：镇综治中心、各村（社区）、包村干部'].join('\n');
    expect(tasksOf(text).map((t) => [t.id, roles(t), t.leaders ?? []])).toEqual([
      ['1.1', { lead: ['镇农业服务中心'], responsible: [], support: ['镇派出所'] }, []],
      ['1.2', { lead: [], responsible: ['镇综治中心', '各村（社区）'], support: [] }, ['包村干部']],
    ]);
    const table = ['某街道安全生产任务清单', '注：责任站所栏中排在第一位的为牵头站所。', '', '序号\t重点任务\t责任领导\t责任站所\t完成时限', '1\t开展隐患排查\t王某\t街道应急办、街道党政办\t2024年6月30日'].join('\n');
    expect(roles(tasksOf(table)[0])).toEqual({ lead: ['街道应急办'], responsible: ['街道党政办'], support: [] });
  });
});

describe('city departments (probe 69)', () => {
  it('gives a one-sentence item marked by a closing 由-sentence no title, as a bracket of markers would; a heading sentence keeps it', () => {
    const text = ['某市方案', '二、任务', '4.开展校园食品安全守护行动，学校食堂覆盖率保持100%。由食品经营处会同市教育局负责。', '5.加强监管。对全市学校食堂开展检查，发现问题及时整改。由县市场监管局牵头，县商务局配合。'].join('\n');
    expect(tasksOf(text).map((t) => [t.id, t.title, t.responsible, t.lead])).toEqual([
      ['2.4', null, ['食品经营处'], []],
      ['2.5', '加强监管', [], ['县市场监管局']],
    ]);
  });
});

describe('a WeChat group\'s copy (probe 68)', () => {
  it('keeps `@所有人` and a 【重要通知】 tag before the title out of it', () => {
    const text = ['孙集镇工作群（147）', '', '镇党政办-李娜 09:12', '@所有人 【重要通知】', '关于切实做好2024年秋季秸秆禁烧工作的紧急通知', '', '各村（社区）：', '一、加强巡查。（镇农业服务中心负责）'].join('\n');
    expect(parseText(text).matrix.document.title).toBe('关于切实做好2024年秋季秸秆禁烧工作的紧急通知');
  });
});
