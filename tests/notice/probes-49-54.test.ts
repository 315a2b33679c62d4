import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the eleventh and twelfth rounds (session 10: probes 49-54), each checked by hand against the contract
// (matrix-format.md).

const plan = (...lines: string[]) => ['某省加快发展工作方案', '一、重点任务', ...lines].join('\n');

describe('unit lists of provincial plans (probe 50)', () => {
  it('leaves the adverb 分别 before 牵头 / 配合 out of the last name, in brackets and in 由-sentences', () => {
    const text = plan(
      '（一）推进甲项工作。做好甲项工作。（省发展改革委（省能源局）、省经济和信息化厅分别牵头，各市（州）人民政府负责）',
      '（二）推进乙项工作。做好乙项工作。（省教育厅牵头，省财政厅、省人社厅分别配合）',
      '（三）推进丙项工作。做好丙项工作。由省教育厅、省卫生健康委分别牵头，省财政厅配合。',
    );
    expect(parseText(text).matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['省发展改革委（省能源局）', '省经济和信息化厅'], responsible: ['各市（州）人民政府'], support: [] }],
      ['1.2', { lead: ['省教育厅'], responsible: [], support: ['省财政厅', '省人社厅'] }],
      ['1.3', { lead: ['省教育厅', '省卫生健康委'], responsible: [], support: ['省财政厅'] }],
    ]);
  });

  it('keeps the name before a note in brackets that closes the list (brackets inside the note too)', () => {
    const text = plan(
      '（一）稳定粮食生产。（牵头单位：省农业农村厅；责任单位：省财政厅，各市（州）、县（市、区）人民政府（以下均需各市（州）、县（市、区）人民政府落实，不再逐一列出））',
      '（二）推进农田建设。（牵头单位：省农业农村厅；责任单位：省财政厅，各市（州）人民政府（以下均需各市（州）人民政府落实，不再列出））',
      '（三）推进水利建设。（牵头单位：省水利厅；责任单位：省财政厅，县水利局（水土保持站））',
    );
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.responsible])).toEqual([
      ['1.1', ['省财政厅', '各市（州）、县（市、区）人民政府']],
      ['1.2', ['省财政厅', '各市（州）人民政府']],
      // A second name in brackets is no note: it stays.
      ['1.3', ['省财政厅', '县水利局（水土保持站）']],
    ]);
  });

  it('reads `由X负责，<a clause of its own>。` closing an item as X responsible; `由X负责组织实施` mid-paragraph stays prose', () => {
    const text = [
      '某市交通建设行动方案',
      '一、重点任务',
      '（一）推进农村公路建设。新改建农村公路1500公里。由各县（市、区）人民政府负责，市交通运输局加强督促指导。',
      '（二）推进国省干线改造。完成国省干线改造120公里。由市交通运输局负责，市财政局加强资金保障。',
      '二、保障措施',
      '各地要加强组织领导，由县政府负责组织实施，确保取得实效。',
    ].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: [], responsible: ['各县（市、区）人民政府'], support: [] }],
      ['1.2', { lead: [], responsible: ['市交通运输局'], support: [] }],
    ]);
  });

  it('ends a web page at its buttons set apart by a tab', () => {
    const text = ['某市工作任务清单', '一、重点任务', '1.推进甲项工作。做好甲项工作。（责任单位：市教育局）', '【打印本页】\t【关闭窗口】', '上一篇：某市人民政府办公室关于做好某项工作的通知'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.text])).toEqual([['1.1', '推进甲项工作。做好甲项工作。']]);
  });
});

describe('the 版头 and 版记 (probes 49, 51)', () => {
  const tasks = ['一、整改任务', '（一）清理非税收入。（牵头单位：县财政局；责任单位：县住建局）'];
  const header = (lines: string[]) => parseText(lines.join('\n')).matrix.document;

  it('drops a rule line (`━━━━`, `════`) and starts anew after it: the title is not glued to it', () => {
    const doc = header(['澄溪县人民政府文件', '澄政发〔2024〕4号', '━━━━━━━━━━━━━━━━━━━━━━━━━━━━', '澄溪县人民政府关于加快推进审计整改工作的意见', '', '各乡镇人民政府，县政府各部门：', ...tasks, '', '　　　　　　澄溪县人民政府', '　　　　　　2024年3月5日']);
    expect([doc.title, doc.docNumber, doc.issuer, doc.date]).toEqual(['澄溪县人民政府关于加快推进审计整改工作的意见', '澄政发〔2024〕4号', '澄溪县人民政府', '2024-03-05']);
    const han = header(['桐岭县人民政府办公室', '══════════════════════════════', '桐政办函〔2024〕12号', '══════════════════════════════', '桐岭县人民政府办公室关于明确防汛工作责任分工的函', '', '各乡镇人民政府：', ...tasks, '', '　　　　　　桐岭县人民政府办公室', '　　　　　　2024年4月22日']);
    expect([han.title, han.docNumber, han.recipients]).toEqual(['桐岭县人民政府办公室关于明确防汛工作责任分工的函', '桐政办函〔2024〕12号', ['各乡镇人民政府']]);
  });

  it('reads a 纪要 whose office line and date stand under the rule, and never takes its number for a title', () => {
    const minutes = header(['桐岭县人民政府', '专题会议纪要', '第9期', '━━━━━━━━━━━━━━━━━━━━━━━━━━━━', '桐岭县人民政府办公室                      2024年5月10日', '', '关于推进城区老旧小区改造工作的会议纪要', '', '    一、关于项目推进', '    （一）加快前期工作。由县住建局牵头，县发改局配合。']);
    expect([minutes.title, minutes.issuer, minutes.date]).toEqual(['关于推进城区老旧小区改造工作的会议纪要', '桐岭县人民政府办公室', '2024-05-10']);
    const numbered = header(['桐岭县人民政府', '常务会议纪要', '〔2024〕5号', '', '桐岭县人民政府办公室                      2024年5月10日', '', '    一、关于项目推进', '    （一）加快前期工作。由县住建局牵头，县发改局配合。']);
    expect(numbered.title).not.toBe('〔2024〕5号');
    // A 常务会议纪要 numbered by its meeting (`〔2025〕第5次`) under its 标志, with no office line: titled by the 标志.
    const meeting = header(['临澧县人民政府常务会议纪要', '〔2025〕第5次', '', '　　2025年4月2日，县长主持召开县人民政府第5次常务会议。现将会议议定事项纪要如下：', '    一、关于防汛抗旱工作', '    （一）由县水利局牵头，县应急管理局配合，5月底前完成扫尾工作。']);
    expect(meeting.title).toBe('临澧县人民政府常务会议纪要');
  });

  it('takes the first of two 发文字号 on one line, and one glued to its 签发人', () => {
    const joint = header(['中共澄溪县委 澄溪县人民政府', '澄委发〔2024〕6号　澄政发〔2024〕4号', '', '中共澄溪县委 澄溪县人民政府关于印发《澄溪县整改工作方案》的通知', '', '各乡镇党委、人民政府：', '　　现将《澄溪县整改工作方案》印发给你们。', '', '　　中共澄溪县委　　　　澄溪县人民政府', '　　　　　　2024年3月5日', '', '澄溪县整改工作方案', ...tasks]);
    expect([joint.docNumber, joint.issuer, joint.date]).toEqual(['澄委发〔2024〕6号', '中共澄溪县委、澄溪县人民政府', '2024-03-05']);
    const up = header(['澄溪县人民政府文件', '澄政报〔2024〕7号签发人：周建平', '', '澄溪县人民政府关于报送《澄溪县整改工作方案》的报告', '', '铜州市人民政府：', '　　现将方案报上，请审阅。', '', '　　　　　　澄溪县人民政府', '　　　　　　2024年3月5日', '', '澄溪县整改工作方案', ...tasks]);
    expect([up.docNumber, up.notice, up.recipients]).toEqual(['澄政报〔2024〕7号', '澄溪县人民政府关于报送《澄溪县整改工作方案》的报告', ['铜州市人民政府']]);
  });

  it('reads a 请示 carrying a plan as the covering notice, its 主送机关 apart from its title', () => {
    const doc = header(['青屿区教育局关于提请审定《青屿区学前教育普及普惠提升行动方案》的请示', '', '区人民政府：', '　　现将方案报上，请审定。', '', '青屿区教育局', '2025年5月6日', '', '青屿区学前教育行动方案', ...tasks]);
    expect([doc.notice, doc.recipients, doc.title]).toEqual(['青屿区教育局关于提请审定《青屿区学前教育普及普惠提升行动方案》的请示', ['区人民政府'], '青屿区学前教育行动方案']);
  });

  it('reads two signatures side by side, each dated', () => {
    const doc = header(['中共澄溪县委办公室　澄溪县人民政府办公室关于印发《澄溪县整改工作方案》的通知', '', '各乡镇人民政府：', '　　现将《澄溪县整改工作方案》印发给你们。', '', '　　中共澄溪县委办公室　　　　澄溪县人民政府办公室', '　　2024年3月5日　　　　　　　　2024年3月5日', '', '澄溪县整改工作方案', ...tasks]);
    expect([doc.title, doc.issuer, doc.date]).toEqual(['澄溪县整改工作方案', '中共澄溪县委办公室、澄溪县人民政府办公室', '2024-03-05']);
  });

  it('reads a draft signed with a month only: the body is the issuer, the date null, and neither line is a task\'s text', () => {
    const { matrix } = parseText(['云岫县关于发展银发经济的实施方案', '一、重点任务', '（一）扩大老年助餐服务。（牵头单位：县民政局）', '', '云岫县民政局', '2025年4月'].join('\n'));
    expect([matrix.document.issuer, matrix.document.date, matrix.tasks.map((t) => t.text)]).toEqual(['云岫县民政局', null, ['扩大老年助餐服务。']]);
  });
});

describe('a heading copied out of a Word list, its number before a tab (probe 49)', () => {
  it('is a heading, not a row: after a pasted table, the items under it stay items', () => {
    const text = ['某县工作方案', '一、\t重点任务', '序号\t工作任务\t牵头单位\t配合单位\t完成时间', '1\t新改建农村户用卫生厕所2000户。\t县农业农村局\t县卫生健康局\t2025年11月底前', '二、\t保障措施', '（一）强化组织领导。建立包村工作机制。（县委农办牵头，各乡镇人民政府配合）', '（二）加强资金保障。县财政局要统筹资金。'].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.outline.map((o) => [o.id, o.title, o.children.map((c) => c.id)])).toEqual([['1', '重点任务', ['1.1']], ['2', '保障措施', ['2.1', '2.2']]]);
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['县农业农村局'], responsible: [], support: ['县卫生健康局'] }],
      ['2.1', { lead: ['县委农办'], responsible: [], support: ['各乡镇人民政府'] }],
    ]);
  });
});

describe('an office system\'s forms and trails (probe 53)', () => {
  const plan = ['某县2024年某某工作方案', '', '一、重点任务', '（一）做好甲工作。推进甲。（牵头单位：县甲局；责任单位：县乙局）', '（二）做好乙工作。推进乙。（牵头单位：县乙局；责任单位：县丙局）'];

  it('takes no task from a 收文处理单 or a 发文稿纸 above the notice, nor its heading for a title', () => {
    const received = parseText(['某县人民政府办公室收文处理单', '来文单位：某市人民政府办公室', '拟办意见：建议由县甲局牵头办理。', '承办单位：县甲局', '', ...plan].join('\n')).matrix;
    expect([received.document.title, received.tasks.map((t) => t.id)]).toEqual(['某县2024年某某工作方案', ['1.1', '1.2']]);
    const draft = parseText(['某县人民政府发文稿纸', '主办单位：县甲局', '协办单位：县乙局、县丙局', '', ...plan].join('\n')).matrix;
    expect(draft.tasks.map((t) => t.id)).toEqual(['1.1', '1.2']);
  });

  it('takes no task from a 办理意见 after the plan: the last item keeps its id', () => {
    const { matrix } = parseText([...plan, '', '某县人民政府办公室', '2024年3月1日', '', '抄送：县委办公室。', '某县人民政府办公室　　2024年3月2日印发', '', '办理意见：由县甲局牵头，县乙局配合，抓好落实。　张三　2024-03-05'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['县甲局'], responsible: ['县乙局'], support: [] }],
      ['1.2', { lead: ['县乙局'], responsible: ['县丙局'], support: [] }],
    ]);
  });

  it('drops a system\'s print footer with its page count, and joins what the page break cut', () => {
    const { matrix } = parseText(['某县2024年某某工作方案', '', '一、重点任务', '（一）做好甲工作。推进甲。（责任单位：县甲局、县乙局、', '某县协同办公系统  打印时间：2024-06-05 16:48  第 3 页 共 5 页', '县丙局）'].join('\n'));
    expect(matrix.tasks.map((t) => t.responsible)).toEqual([['县甲局', '县乙局', '县丙局']]);
  });

  it('reads a 转发 notice: the plan\'s title under the forwarded notice, the date and signature the outer letter\'s', () => {
    const { document } = parseText(['某县人民政府办公室', '关于转发《某市人民政府办公室关于印发某市2024年某某工作方案的通知》的通知', '', '各乡镇人民政府：', '现将《某市人民政府办公室关于印发某市2024年某某工作方案的通知》转发给你们，请认真贯彻落实。', '', '某县人民政府办公室', '2024年4月22日', '', '某市人民政府办公室文件', '', '某政办发〔2024〕11号', '', '某市人民政府办公室', '关于印发某市2024年某某工作方案的通知', '', '各县（市、区）人民政府：', '现印发给你们。', '', '某市人民政府办公室', '2024年4月10日', '', '某市2024年某某工作方案', '', '一、重点任务', '（一）做好甲工作。推进甲。（牵头单位：市甲局；责任单位：市乙局）'].join('\n')).matrix;
    expect([document.title, document.notice, document.issuer, document.date, document.recipients]).toEqual(['某市2024年某某工作方案', '某县人民政府办公室关于转发《某市人民政府办公室关于印发某市2024年某某工作方案的通知》的通知', '某县人民政府办公室', '2024-04-22', ['各乡镇人民政府']]);
  });

  it('starts anew at a whole title after a blank line, and reads a 成文日期 field', () => {
    const { document } = parseText(['文件标题：某县人民政府办公室关于印发某县2024年某某工作要点的通知', '发文字号：某政办发〔2024〕3号', '成文日期：2024-03-12', '张三　2024-03-11　同意，请县甲局牵头，会同县乙局抓好落实', '', '某县2024年某某工作要点', '', '一、重点任务', '（一）做好甲工作。推进甲。（牵头单位：县甲局；责任单位：县乙局）'].join('\n')).matrix;
    expect([document.title, document.docNumber, document.date]).toEqual(['某县2024年某某工作要点', '某政办发〔2024〕3号', '2024-03-12']);
  });
});

describe('numbering (probe 54)', () => {
  it('numbers a Markdown list as written when its numbers differ (a repeat gets -2, a skip stays), by position when all are the same', () => {
    const ids = (items: string[]) => parseText(['# 某县方案', '', '**一、重点任务**', '', ...items].join('\n'), 'markdown').matrix.tasks.map((t) => t.id);
    expect(ids(['1. 甲任务。（牵头单位：县甲局）', '2. 乙任务。（牵头单位：县乙局）', '2. 丙任务。（牵头单位：县丙局）', '4. 丁任务。（牵头单位：县丁局）'])).toEqual(['1.1', '1.2', '1.2-2', '1.4']);
    expect(ids(['1. 甲任务。（牵头单位：县甲局）', '1. 乙任务。（牵头单位：县乙局）', '1. 丙任务。（牵头单位：县丙局）'])).toEqual(['1.1', '1.2', '1.3']);
  });

  it('keeps a notice title whose last line opens with the plan\'s period in brackets', () => {
    const { document } = parseText(['桐岚县人民政府关于印发桐岚县供水实施方案', '（2024—2026年）的通知', '', '各乡镇人民政府：', '现将方案印发给你们。', '', '桐岚县人民政府', '2024年3月5日', '', '桐岚县供水实施方案', '一、重点任务', '（一）建设水厂。（牵头单位：县水利局）'].join('\n')).matrix;
    expect([document.notice, document.title]).toEqual(['桐岚县人民政府关于印发桐岚县供水实施方案（2024—2026年）的通知', '桐岚县供水实施方案']);
  });

  it('reads a list inside a numbered row\'s task cell as the row\'s task, not items of its own (probes 52, 54)', () => {
    const text = ['# 某县任务分工方案', '', '一、任务分工', '', '| 序号 | 重点任务 | 牵头单位 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 建设县级物流配送中心。 | 县交通运输局 | 2024年9月底前 |', '| 2 | 1.推进快递进村；<br>2.发展统仓共配。 | 县交通运输局 | 2024年12月底前 |', '| 3 | 发展冷链物流。 | 县商务局 | 持续推进 |'].join('\n');
    expect(parseText(text, 'markdown').matrix.tasks.map((t) => [t.id, t.lead])).toEqual([['1.1', ['县交通运输局']], ['1.2', ['县交通运输局']], ['1.3', ['县商务局']]]);
  });
});

describe('online documents exported as Markdown (probe 52)', () => {
  it('reads tables and lists as a reader sees them: links, HTML lists and tags, bullets, wikilinks, struck-out text and comments', () => {
    const table = ['# 某县2024年重点任务分工方案', '', '| 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 |', '|:---:|:---|:---:|:---|:---:|', '| 1 | 老旧管网改造 | [县发改局](https://example.com/x) | • 县交通运输局<br>• 县城管局 | <font color="#D83931">2024年9月底前</font> |', '| 2 | 停车设施建设 | 县住建局 | <ul><li>县自然资源局</li><li>县城投集团</li></ul> | 2024年12月底前 |'].join('\n');
    expect(parseText(table, 'markdown').matrix.tasks.map((t) => [t.id, roles(t), t.deadline?.text])).toEqual([
      ['1', { lead: ['县发改局'], responsible: ['县交通运输局', '县城管局'], support: [] }, '2024年9月底前'],
      ['2', { lead: ['县住建局'], responsible: ['县自然资源局', '县城投集团'], support: [] }, '2024年12月底前'],
    ]);
    const list = ['# 某镇2024年工作方案', '', '## 一、重点任务', '', '1. 健全收运体系。新增垃圾收集点位40个。', '   - 牵头单位：[[镇综合行政执法队]]', '   - 责任单位：[[镇环卫所|环卫所]]、各村[^1]、~~镇城投公司~~、镇水利站<!-- 、镇供销社 -->', '   - 完成时限：==2024年6月底前==', '', '2. 推进农房风貌管控。', '', ':::tip', '牵头单位：镇规划建设办', '责任单位：镇国土所', ':::', '', '[^1]: 含石门社区。'].join('\n');
    expect(parseText(list, 'markdown').matrix.tasks.map((t) => [t.id, roles(t), t.deadline?.text])).toEqual([
      ['1.1', { lead: ['镇综合行政执法队'], responsible: ['环卫所', '各村', '镇水利站'], support: [] }, '2024年6月底前'],
      ['1.2', { lead: ['镇规划建设办'], responsible: ['镇国土所'], support: [] }, undefined],
    ]);
  });

  it('leaves out the front matter, status marks after a bracket and @mentions of people', () => {
    const text = ['---', 'title: 石门镇2024年工作方案（定稿）', '牵头单位: "[[镇农业服务中心]]"', '---', '', '# 石门镇2024年工作方案', '', '## 一、重点任务', '', '1. 完成问题厕所摸排。对户厕逐户排查（镇农业服务中心牵头，各村配合） ✅ 2024-03-29', '1. 完成问题厕所整改。建立整改台账（镇规划建设办负责）⏳', '1. 加强黑臭水体治理。整治3处（镇环保站负责） #重点', '1. 深化改革。', '    - **牵头单位**：区政务服务中心 @林晓雯', '    - **责任单位**：区人社局 @周晓峰、区投资促进中心（@王一帆）'].join('\n');
    const { matrix } = parseText(text, 'markdown');
    expect(matrix.document.title).toBe('石门镇2024年工作方案');
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['镇农业服务中心'], responsible: [], support: ['各村'] }],
      ['1.2', { lead: [], responsible: ['镇规划建设办'], support: [] }],
      ['1.3', { lead: [], responsible: ['镇环保站'], support: [] }],
      ['1.4', { lead: ['区政务服务中心'], responsible: ['区人社局', '区投资促进中心'], support: [] }],
    ]);
  });
});
