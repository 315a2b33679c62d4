import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the eighth round of probes (35: a department's own plan; 36: deadlines of 民生实事 and 工作报告 lists;
// 37: notices copied from web pages), each checked by hand against the contract (matrix-format.md).
const ids = (text: string, format: 'text' | 'markdown' = 'text') => parseText(text, format).matrix.tasks.map((t) => [t.id, roles(t), t.deadline?.text ?? null]);

describe("a department's own divisions (股室, probe 35)", () => {
  it('reads 牵头股室 / 责任股室 / 配合股室 as the 科室 labels are read: in brackets, on lines, as columns', () => {
    const text = ['某县教育局工作方案', '一、重点任务', '1.修订教学常规。〔责任股室：基础教育股、教研室；完成时限：2024年5月底前〕', '2.开展教学视导。〔牵头股室：教研室；配合股室：基础教育股〕', '3.加强教师培训。', '牵头股室：人事股', '配合股室：教师发展中心'].join('\n');
    expect(ids(text)).toEqual([
      ['1.1', { lead: [], responsible: ['基础教育股', '教研室'], support: [] }, '2024年5月底前'],
      ['1.2', { lead: ['教研室'], responsible: [], support: ['基础教育股'] }, null],
      ['1.3', { lead: ['人事股'], responsible: [], support: ['教师发展中心'] }, null],
    ]);
    const md = ['# 某县农业农村局重点工作任务分工', '', '| 序号 | 工作任务 | 责任股室 | 完成时限 |', '| --- | --- | --- | --- |', '| 1 | 推进高标准农田建设。 | 农田建设股、计划财务股 | 2024年12月底前 |'].join('\n');
    expect(ids(md, 'markdown')).toEqual([['1', { lead: [], responsible: ['农田建设股', '计划财务股'], support: [] }, '2024年12月底前']]);
  });

  it('takes the note 排在第一位的为牵头科室 (or 牵头股室) as 牵头单位 is taken', () => {
    const text = ['某市城管局工作方案', '（责任科室排在第一位的为牵头科室）', '一、重点任务', '1.整治占道经营。（责任科室：市容秩序科、城区一中队）'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => roles(t))).toEqual([{ lead: ['市容秩序科'], responsible: ['城区一中队'], support: [] }]);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });

  it('reports a task with a deadline and no unit as an error, as `validate` would reject it', () => {
    const { matrix, messages } = parseText(['某县工作方案', '一、重点任务', '1.开展专项检查。〔完成时限：2024年6月底前〕'].join('\n'));
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1']);
    expect(messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([['no-unit', 3, true]]);
  });

  it('keeps the sentence 由X会同Y对…负责人进行约谈 out of the markers', () => {
    expect(ids(['某县教育局工作方案', '一、重点任务', '1.建立质量分析反馈制度。对排名靠后的学校，由督导室会同基础教育股对学校负责人进行约谈。', '2.规范考试管理。〔责任单位：县教育局〕'].join('\n'))).toEqual([
      ['1.2', { lead: [], responsible: ['县教育局'], support: [] }, null],
    ]);
  });

  it('reads `1.0～6岁…` as item 1 of a list whose 2. follows', () => {
    const text = ['某县卫生健康局实施方案', '一、项目内容', '（一）重点人群健康管理', '1.0～6岁儿童健康管理', '（1）新生儿家庭访视。（牵头单位：县妇幼保健院）', '2.老年人健康管理', '（1）开展健康体检。（牵头单位：县疾控中心）'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.path])).toEqual([
      ['1.1.1.1', ['项目内容', '重点人群健康管理', '0～6岁儿童健康管理']],
      ['1.1.2.1', ['项目内容', '重点人群健康管理', '老年人健康管理']],
    ]);
    expect(messages).toEqual([]);
    // `3.5亿元` in prose, with no 2. after it, is still no item.
    expect(parseText(['某县工作方案', '一、重点任务', '（一）加大投入。', '1.5亿元资金已全部到位。（县财政局负责）'].join('\n')).matrix.tasks.map((t) => t.id)).toEqual(['1.1']);
  });
});

describe('lines after a labelled list (probes 35, 36)', () => {
  it('keeps a time or a field of its own under a complete unit list out of the last name', () => {
    const text = ['某县民生实事实施方案', '一、重点任务', '1.改造提升城区公厕12座。', '责任单位：县城管局、城关镇人民政府', '2025年10月底前', '2.新建绿道5公里。', '牵头单位：县住建局', '进度安排：2025年11月底前', '3.新建路灯200盏。', '牵头单位：县城管局、县', '住建局'].join('\n');
    expect(ids(text)).toEqual([
      ['1.1', { lead: [], responsible: ['县城管局', '城关镇人民政府'], support: [] }, null],
      ['1.2', { lead: ['县住建局'], responsible: [], support: [] }, null],
      // The rest of a name a wrap cut still joins.
      ['1.3', { lead: ['县城管局', '县住建局'], responsible: [], support: [] }, null],
    ]);
  });

  it('starts a new paragraph at a line indented after a bracketed label line (`【配合单位】…` ⏎ `　　以…为重点…`)', () => {
    const text = ['某县市场监管局工作方案', '一、重点任务', '1.查处“三无”食品', '【牵头单位】县市场监管局　【配合单位】县教育局', '　　以辣条、膨化食品为重点，依法从严查处。'].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, roles(t), t.text])).toEqual([['1.1', { lead: ['县市场监管局'], responsible: [], support: ['县教育局'] }, '查处“三无”食品\n以辣条、膨化食品为重点，依法从严查处。']]);
  });

  it('drops the number of a list entry before a name (`责任单位：（1）县教育局；（2）县卫健局`)', () => {
    expect(ids(['某县民生实事实施方案', '一、重点任务', '1.新建幼儿园2所，改造村卫生室20个。', '责任单位：（1）县教育局；（2）县卫健局'].join('\n'))).toEqual([
      ['1.1', { lead: [], responsible: ['县教育局', '县卫健局'], support: [] }, null],
    ]);
  });
});

describe('deadlines closing an inline phrase (probe 36)', () => {
  it('reads `与…同步推进` as a time, and a time after a full stop in the bracket', () => {
    const text = ['2025年某县重点工作任务分解方案', '一、重点任务', '1.推进医共体建设。（县卫健局牵头，县医保局配合，与县域医共体建设同步推进）', '2.建设养老设施。（县民政局负责，与主体工程同步）', '3.新建口袋公园6个。（县住建局牵头，县城管局配合。2025年10月底前完成）'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, roles(t), t.deadline])).toEqual([
      ['1.1', { lead: ['县卫健局'], responsible: [], support: ['县医保局'] }, { text: '与县域医共体建设同步推进', due: null }],
      ['1.2', { lead: [], responsible: ['县民政局'], support: [] }, { text: '与主体工程同步', due: null }],
      ['1.3', { lead: ['县住建局'], responsible: [], support: ['县城管局'] }, { text: '2025年10月底前完成', due: '2025-10-31' }],
    ]);
    expect(messages).toEqual([]);
    expect(ids(['某市工作要点', '一、重点任务', '1.优化公交线路。（市交通运输局牵头，市公安局配合，与城市轨道交通1号线开通运营同步）'].join('\n'))).toEqual([
      ['1.1', { lead: ['市交通运输局'], responsible: [], support: ['市公安局'] }, '与城市轨道交通1号线开通运营同步'],
    ]);
  });
});

describe('the issuer (probe 36)', () => {
  it('takes no issuer from a title that quotes another document (`…贯彻落实《关于…的实施意见》重点任务清单`)', () => {
    const quoted = parseText(['云岭县贯彻落实《关于推进基本养老服务体系建设的实施意见》重点任务清单', '一、重点任务', '1.建设养老设施。（县民政局负责）'].join('\n')).matrix.document;
    expect([quoted.title, quoted.issuer]).toEqual(['云岭县贯彻落实《关于推进基本养老服务体系建设的实施意见》重点任务清单', null]);
    const own = parseText(['云岭县人民政府办公室关于推进养老服务的实施方案', '一、重点任务', '1.建设养老设施。（县民政局负责）'].join('\n')).matrix.document;
    expect(own.issuer).toBe('云岭县人民政府办公室');
  });
});

describe('titles (probe 36)', () => {
  it('keeps a title of 30 characters or more apart from the paragraph under it', () => {
    const text = ['云岭县贯彻落实关于推进基本养老服务体系建设的实施意见重点任务清单', '', '　　为贯彻落实上述意见，现将重点任务分解如下。', '', '一、重点任务', '1.建设养老设施。（县民政局负责）'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.document.title).toBe('云岭县贯彻落实关于推进基本养老服务体系建设的实施意见重点任务清单');
    expect(messages).toEqual([]);
  });
});

describe('a PDF line wrap before a number (probe 35)', () => {
  it('joins `一、…` to a sentence a wrap cut, as no item starts inside a sentence', () => {
    const filler = ['为深入推进基本公共卫生服务均等化，提高项目实施质量和群', '众获得感，根据上级有关要求，结合我县实际，制定本实施方', '案。请各单位认真贯彻落实，确保各项工作任务落到实处取得', '实效，切实提高人民群众的健康水平和生活质量，促进社会和', '谐发展。'];
    const text = ['桐岭县2024年基本公共卫生服务项目实施方案', ...filler, '一、项目内容', '（一）居民健康档案管理', '1.规范建档建案。以儿童、孕产妇、老年人、慢性病患者为重点', '，为辖区常住居民建立健全统一的档案，为每位居民建立统', '一、规范的居民健康档案，及时更新档案信息，做到全覆盖。', '（牵头单位：县卫健局）', '2.开放档案。（牵头单位：县疾控中心）'].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['1.1.1', ['县卫健局']],
      ['1.1.2', ['县疾控中心']],
    ]);
  });
});

describe('the page around a notice copied from a website (probe 37)', () => {
  it('ends the notice at the buttons under it (`【打印本页】 【关闭窗口】`): the footer after them is none of its', () => {
    const text = ['某县2024年节能降碳工作要点', '一、重点任务', '1.推进工业节能。（牵头单位：县经信局；责任单位：县发改局）', '2.推进建筑节能。（牵头单位：县住建局；责任单位：县发改局）', '【打印本页】 【关闭窗口】', '相关链接', '网站地图 | 联系我们', '主办：某县人民政府办公室', '承办单位：某县大数据发展中心'].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, roles(t), t.text, t.source.endLine])).toEqual([
      ['1.1', { lead: ['县经信局'], responsible: ['县发改局'], support: [] }, '推进工业节能。', 3],
      ['1.2', { lead: ['县住建局'], responsible: ['县发改局'], support: [] }, '推进建筑节能。', 4],
    ]);
    // Buttons above the notice (a toolbar over its title) end nothing.
    const top = ['【打印本页】 【关闭窗口】', '某县2024年节能降碳工作要点', '一、重点任务', '1.推进工业节能。（牵头单位：县经信局）'].join('\n');
    expect(parseText(top).matrix.tasks.map((t) => t.id)).toEqual(['1.1']);
  });

  it('reads a Markdown link whose address holds parentheses as its text (`[【打印本页】](javascript:window.print())`)', () => {
    const md = ['# 某市工作要点', '', '一、重点任务', '', '1.营造良好氛围。加强政策解读。（市委宣传部负责）', '', '- [【打印本页】](javascript:window.print())', '- [【关闭窗口】](javascript:window.close())', '', '主办单位：某市人民政府办公室　承办：某市大数据发展管理局'].join('\n');
    expect(parseText(md, 'markdown').matrix.tasks.map((t) => [t.id, t.text])).toEqual([['1.1', '营造良好氛围。加强政策解读。']]);
  });
});
