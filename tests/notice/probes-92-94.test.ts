import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { readNoticeBytes } from '../../src/read/read-notice.js';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the twenty-first round (session 15: probes 92-94: 交办 and 督办 lists with 主办/会办, notices an AI
// assistant turned into Markdown, archives read by OCR), each checked by hand against the contract
// (matrix-format.md).

const tasks = (text: string, format: 'text' | 'markdown' = 'text') => parseText(text, format).matrix.tasks;

describe('主办 and 会办 written as verbs (a 督办 list, probe 92)', () => {
  it('reads `（X主办，Y、Z会办，time）` as the lead, the support and the deadline', () => {
    const [task] = tasks(['一、重点事项', '1.推动大学科技园扩区提质，新增入驻企业30家。（区科技局主办，区发改委、区财政局会办，4月底前办结）'].join('\n'));
    expect(roles(task)).toEqual({ lead: ['区科技局'], responsible: [], support: ['区发改委', '区财政局'] });
    expect(task.deadline?.text).toBe('4月底前办结');
  });

  it('reads the sentence `由X主办，Y、Z会办。` closing an item', () => {
    const [task] = tasks(['一、重点事项', '1.研究解决重点企业用工缺口问题，建立用工对接长效机制。由区人社局主办，蜀山经开区管委会、区工业和信息化局会办。'].join('\n'));
    expect(roles(task)).toEqual({ lead: ['区人社局'], responsible: [], support: ['蜀山经开区管委会', '区工业和信息化局'] });
  });

  it('reads a role cell written `X主办，Y会办`', () => {
    const [task] = tasks(['序号\t督办事项\t责任单位\t办结时限', '1\t推进积水点整治\t区城管局主办，区水务局会办\t2026年5月底前'].join('\n'));
    expect(roles(task)).toEqual({ lead: ['区城管局'], responsible: [], support: ['区水务局'] });
  });
});

describe('the columns of a 交办 list and of a summary under a table', () => {
  it("takes a 建议's 标题 as the task's text (probe 92: every text had been empty)", () => {
    const [task] = tasks(['序号\t建议号\t标题\t领衔代表\t主办单位\t会办单位\t办结时限', '1\t1001\t关于加快推进东站综合客运枢纽配套建设的建议\t王某\t市发展改革委\t市交通运输局\t2026年6月30日前'].join('\n'));
    expect(task.text).toBe('关于加快推进东站综合客运枢纽配套建设的建议');
    expect(roles(task)).toEqual({ lead: ['市发展改革委'], responsible: [], support: ['市交通运输局'] });
  });

  it('makes no tasks of a count of tasks per lead unit (an AI assistant\'s summary, probe 93)', () => {
    const text = [
      '| 序号 | 重点任务 | 牵头单位 | 完成时限 |',
      '| --- | --- | --- | --- |',
      '| 1 | 培育消费新场景 | 市商务局 | 2025年6月底前 |',
      '| 2 | 扩大就业容量 | 市人社局 | 2025年9月底前 |',
      '',
      '### 📊 牵头单位任务统计',
      '',
      '| 牵头单位 | 牵头任务数 | 对应序号 |',
      '| --- | --- | --- |',
      '| 市商务局 | 1 | 1 |',
      '| 市人社局 | 1 | 2 |',
    ].join('\n');
    const { matrix, messages } = parseText(text, 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['1', ['市商务局']],
      ['2', ['市人社局']],
    ]);
    expect(messages.filter((m) => m.fatal === true)).toEqual([]);
  });
});

describe("Markdown's marks in a notice an AI assistant wrote (probe 93)", () => {
  const bulleted = [
    '## 🏡 韩山镇2025年农村人居环境整治提升实施方案',
    '',
    '### 一、重点任务',
    '',
    '**1. 农村生活垃圾治理** 🗑️',
    '- 📌 主要内容：健全收运体系，每个村配备保洁员不少于5名。',
    '- 👤 **牵头单位**：镇环卫所',
    '- 🤝 **配合单位**：镇农业农村办、各村（居）委会',
    '- ⏰ **完成时限**：2025年6月底前',
  ].join('\n');

  it("reads a text's `- ` bullets as bullets: the next line's `- ⏰` is no part of the last unit", () => {
    const { matrix } = parseText(bulleted);
    const [task] = matrix.tasks;
    expect(roles(task)).toEqual({ lead: ['镇环卫所'], responsible: [], support: ['镇农业农村办', '各村（居）委会'] });
    expect(task.deadline?.text).toBe('2025年6月底前');
    expect(task.text).toBe('农村生活垃圾治理\n主要内容：健全收运体系，每个村配备保洁员不少于5名。');
    expect(matrix.document.title).toBe('韩山镇2025年农村人居环境整治提升实施方案');
  });

  it("reads a heading's number after an emoji (`## 🎯 一、`) in a text or a Markdown code block", () => {
    const plan = ['## 🎯 一、深化政务公开', '1. **加强政策解读。**（牵头单位：市发改委）', '## 🎯 二、优化政务服务', '1. **推进一网通办。**（牵头单位：市数据局）'];
    expect(tasks(plan.join('\n')).map((t) => [t.id, t.lead])).toEqual([
      ['1.1', ['市发改委']],
      ['2.1', ['市数据局']],
    ]);
    expect(tasks(['以下是整理好的 Markdown 源码：', '```markdown', ...plan, '```'].join('\n'), 'markdown').map((t) => t.id)).toEqual(['1.1', '2.1']);
  });

  it("reads no code block's fence as text (an assistant's lead-in had been joined to it, with a page-break warning)", () => {
    const text = ['以下是整理好的 Markdown 源码，可直接复制到编辑器中使用 👇', '', '```markdown', '# 宜昌市人民政府办公室关于印发2025年宜昌市政务公开工作要点的通知', '', '> 宜府办发〔2025〕9号', '', '## 一、深化政务公开', '1. 加强政策解读。（牵头单位：市发改委）', '```'].join('\n');
    const { matrix, messages } = parseText(text, 'markdown');
    expect(matrix.document.notice).toBe('宜昌市人民政府办公室关于印发2025年宜昌市政务公开工作要点的通知');
    expect(matrix.document.docNumber).toBe('宜府办发〔2025〕9号');
    expect(messages.map((m) => m.ruleId)).not.toContain('page-break-join');
    expect(matrix.tasks.map((t) => [t.id, t.lead])).toEqual([['1.1', ['市发改委']]]);
  });

  it('ends a unit list at a pipe set between two labels', () => {
    const [task] = tasks(['一、重点任务', '1. 推进转供电改造。', '   - **牵头单位**：区发展改革局 | **责任单位**：区供电公司、区住房城乡建设局'].join('\n'), 'markdown');
    expect(roles(task)).toEqual({ lead: ['区发展改革局'], responsible: ['区供电公司', '区住房城乡建设局'], support: [] });
  });

  it('reads the items of a bullet list under an empty label as one unit each, in Markdown and in a text', () => {
    const lines = ['一、重点任务', '1. **依法保护民营企业产权**', '    - 工作内容：依法打击侵犯企业合法权益的违法犯罪行为。', '    - **牵头单位**：区司法局', '    - **责任单位**：', '      - 区人民法院', '      - 区人民检察院', '      - 区公安分局', '    - **完成时限**：长期坚持'];
    for (const format of ['markdown', 'text'] as const) {
      const [task] = tasks(lines.join('\n'), format);
      expect(roles(task)).toEqual({ lead: ['区司法局'], responsible: ['区人民法院', '区人民检察院', '区公安分局'], support: [] });
      expect(task.deadline?.text).toBe('长期坚持');
    }
  });

  it('keeps list items apart in a task\'s text instead of running them together', () => {
    const [task] = tasks(['一、重点任务', '1. 推进高效办成一件事。（牵头单位：县数据局）', '- 统一线上办理入口', '- 设置综合窗口'].join('\n'));
    expect(task.text).toBe('推进高效办成一件事。\n统一线上办理入口\n设置综合窗口');
  });
});

describe('notices of an archive read by OCR (probe 94)', () => {
  const PLAN = ['一、重点任务', '（一）清理农村生活垃圾。（牵头单位：县城管局；责任单位：各乡镇人民政府）', '（二）清理村内塘沟。（牵头单位：县水利局）'];

  it("drops the strokes of a seal read as symbols: they are neither the plan's title nor its issuer", () => {
    const { document } = parseText(['崇义县人民政府办公室关于印发', '崇义县2009年节能减排工作实施方案的通知', '各乡(镇)人民政府：', '现印发给你们，请认真贯彻执行。', '', '                         鬻 ’馨≮、', '                  二○○九年五月十二日', '                          `‘ .', '', '崇义县2009年节能减排工作实施方案', ...PLAN].join('\n')).matrix;
    expect(document.title).toBe('崇义县2009年节能减排工作实施方案');
    expect(document.issuer).toBe('崇义县人民政府办公室');
    expect(document.date).toBe('2009-05-12');
  });

  it('takes no two characters above the date for the issuer (a seal read as `秘 驽`)', () => {
    const { document } = parseText(['许昌市人民政府', '关于分解落实2010年主要目标任务的通知', '各县(市、区)人民政府：', '现将主要目标任务分解如下。', ...PLAN, '', '                          秘 驽', '                  二○一○年二月二十六日'].join('\n')).matrix;
    expect(document.issuer).toBe('许昌市人民政府');
    expect(document.date).toBe('2010-02-26');
  });

  it("reads OCR's l and O beside the digits of a 发文字号 and of the date", () => {
    const { document } = parseText(['益阳市人民政府办公室文件', '', '益政办发〔2012〕l5号', '', '益阳市人民政府办公室关于印发食品安全整顿工作实施方案的通知', '各区县（市）人民政府：', '现印发给你们。', '', '益阳市人民政府办公室', '2017年4月2O日', '', '益阳市食品安全整顿工作实施方案', ...PLAN].join('\n')).matrix;
    expect(document.docNumber).toBe('益政办发〔2012〕15号');
    expect(document.date).toBe('2017-04-20');
    expect(document.issuer).toBe('益阳市人民政府办公室');
  });

  it("takes a receiving office's stamp (`收文  2019年3月18日`) for neither the date nor the issuer", () => {
    const { document } = parseText(['临泉县农业农村局', '收文  2019年3月18日', '第 57 号', '', '临泉县人民政府办公室文件', '', '临政办秘（2019）23号', '', '临泉县人民政府办公室', '关于印发村庄清洁行动实施方案的通知', '各乡镇人民政府：', '现印发给你们。', '', '临泉县人民政府办公室', '2019年3月l5日', '临泉县村庄清洁行动实施方案', ...PLAN].join('\n')).matrix;
    expect(document.date).toBe('2019-03-15');
    expect(document.issuer).toBe('临泉县人民政府办公室');
    expect(document.title).toBe('临泉县村庄清洁行动实施方案');
  });

  it("reads `-、` (一、 with its stroke read as a dash) as the first item, and 汉王's page number `一 2 一` as none", () => {
    const { matrix } = parseText(['某县村庄清洁行动实施方案', '-、重点任务', '（一）清理农村生活垃圾。巩固专项整治成果，', '一 2 一', '取缔乱堆乱放。（牵头单位：县城管局）', '（二）清理村内塘沟。（牵头单位：县水利局）', '二、保障措施', '（一）加强督查。（牵头单位：县委督查室）'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['1.1', ['县城管局']],
      ['1.2', ['县水利局']],
      ['2.1', ['县委督查室']],
    ]);
    expect(matrix.tasks[0].text).toBe('清理农村生活垃圾。巩固专项整治成果，取缔乱堆乱放。');
  });

  it("reads a label whose colon OCR read as a semicolon, at a line's start (`责任单位；县城管局，…`)", () => {
    const [task] = tasks(['一、重点任务', '1.加强河道保洁。落实河道保洁长效机制。', '  牵头单位：县水利局', '  责任单位；县城管局，各乡镇人民政府', '  完成时限：2017年10月底前'].join('\n'));
    expect(roles(task)).toEqual({ lead: ['县水利局'], responsible: ['县城管局', '各乡镇人民政府'], support: [] });
    expect(task.deadline?.text).toBe('2017年10月底前');
    // Not in the middle of a sentence: `明确责任单位；` is prose.
    const [prose] = tasks(['一、重点任务', '1.细化任务清单，明确责任单位；加强督导。（县委督查室负责）'].join('\n'));
    expect(roles(prose)).toEqual({ lead: [], responsible: ['县委督查室'], support: [] });
  });

  it('splits a table cell whose line breaks an OCR layout export wrote as single spaces (`区财政局 区民政局 区发改委`)', async () => {
    const text = [
      '（责任单位中排在第一位的为牵头单位）',
      '',
      '序号  改革任务                                                                            责任单位                          完成时限',
      '一、经济体制改革',
      '1     深化行政审批制度改革，再取消和下放一批区级行政审批事项，公布区级行政权力清单        区编办、区法制办、区政务服务中心  2014年6月底前',
      '2     推进工商登记制度改革，实行注册资本认缴登记制                                        区工商分局、区政务服务中心        2014年3月底前',
      '3     深化区属国有企业改革，完成 2 家区属国有企业改制                                     区国资委、区财政局                2014年12月底前',
      '4     推进财政预算公开，区级部门预决算和“三公”经费全部公开                                区财政局                          2014年9月底前',
      '5     推进政府购买公共服务，制定政府购买服务指导目录                                      区财政局 区民政局 区发改委        2014年10月底前',
      '6     深化街道管理体制改革，推进街道职能向公共服务和社会管理转变                          区编办、区民政局、各街道办事处    2014年12月底前',
      '二、社会事业改革',
    ].join('\n');
    // (Read as a file is, with the display width that finds tables laid out with spaces.)
    const task = parseNotice(await readNoticeBytes(Buffer.from(text), 'notice.txt', 'text')).matrix.tasks.find((t) => t.id === '1.5')!;
    expect(roles(task)).toEqual({ lead: ['区财政局'], responsible: ['区民政局', '区发改委'], support: [] });
  });
});

describe("a county's plan copying a city's, with both levels' units (probe 95)", () => {
  const county = (lines: string[]) => parseText(['某县人民政府办公室关于印发某县实施方案的通知', '各乡镇人民政府：', '现印发给你们。', '', '某县人民政府办公室', '2025年3月1日', '某县民生实事实施方案', ...lines].join('\n'));

  it('reads `区级牵头单位：` and `区级责任单位：` as this district\'s labels, one task, no unit `区级`', () => {
    const plan = parseText(['某区老旧小区改造实施方案', '一、重点任务', '1.加快老旧小区改造。2024年完成改造28个。', '　　省级牵头单位：省住房城乡建设厅', '　　区级牵头单位：区住房和城乡建设局', '　　区级责任单位：区财政局、各街道办事处', '　　完成时限：2026年12月底前', '2.推进加装电梯。（区级牵头单位：区住建局；区级责任单位：区财政局）'].join('\n'));
    expect(plan.matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.text ?? null])).toEqual([
      ['1.1', ['区住房和城乡建设局'], ['区财政局', '各街道办事处'], '2026年12月底前'],
      ['1.2', ['区住建局'], ['区财政局'], null],
    ]);
  });

  it('reads the county\'s part of `（市级：…；县级：…牵头，…配合）` and takes the city\'s as context, said so', () => {
    const { matrix, messages } = county(['一、重点任务', '1.新增城镇就业。全年新增城镇就业3000人。（市级：市人力资源社会保障局；县级：县人力资源社会保障局牵头，各乡镇人民政府配合，2025年11月底前完成）', '2.改善农村学校办学条件。（市级：市教育局；县级：县教育科技和体育局负责）', '3.提升急救服务能力。（县级：县卫生健康局牵头，县财政局配合）']);
    expect(matrix.tasks.map((t) => [t.id, roles(t), t.deadline?.text ?? null])).toEqual([
      ['1.1', { lead: ['县人力资源社会保障局'], responsible: [], support: ['各乡镇人民政府'] }, '2025年11月底前完成'],
      ['1.2', { lead: [], responsible: ['县教育科技和体育局'], support: [] }, null],
      ['1.3', { lead: ['县卫生健康局'], responsible: [], support: ['县财政局'] }, null],
    ]);
    expect(messages.filter((m) => m.ruleId === 'ignored-marker' && String(m.reason).includes('市级'))).toHaveLength(2);
    expect(messages.filter((m) => m.fatal === true)).toEqual([]);
  });
});

describe('a table with role columns of two levels (probe 95)', () => {
  it('says once that the city\'s role column is context, and reads the county\'s', () => {
    const { matrix, messages } = parseText(['某县落实清单', '序号\t重点任务\t市级牵头单位\t县级牵头单位\t县级责任单位\t完成时限', '1\t推进政务服务一网通办\t市数据局\t县数据局\t县直各部门\t2025年6月底前', '2\t优化企业开办服务\t市市场监管局\t县市场监管局\t县税务局\t2025年9月底前'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['1', ['县数据局'], ['县直各部门']],
      ['2', ['县市场监管局'], ['县税务局']],
    ]);
    const infos = messages.filter((m) => m.ruleId === 'ignored-marker');
    expect(infos.map((m) => [m.line, m.reason])).toEqual([[2, '`市级牵头单位` names another level of government: context, not a role of this plan']]);
  });
});
