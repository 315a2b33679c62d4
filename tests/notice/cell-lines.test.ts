import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// A 任务分工表 copied from a PDF viewer, one cell per line (probe 13, p05b), checked by hand against its table.
const lines = (...rows: string[][]) => rows.flat().join('\n');
const HEADER = ['序号', '重点任务', '牵头单位', '责任单位', '完成时限'];

describe('a task table copied one cell per line', () => {
  it('reads the header words and the numbered records as rows, up to a numbered heading', () => {
    const text = lines(
      ['雁塔区2024年营商环境优化提升行动方案', '一、工作目标', '到2024年底，全区营商环境便利度显著提升。', '二、重点任务'],
      HEADER,
      ['1', '推行企业开办“一网通办”，企业开办时间压缩至1个工作日以内。', '区市场监管局', '区税务局、区人社局', '2024年6月底前'],
      ['2', '深化工程建设项目审批制度改革，社会投资简易低风险项目', '审批时间压缩至15个工作日。', '区住建局', '区资源规划分局，区行政审批局', '2024年9月底前'],
      ['3', '落实助企纾困政策。', '区财政局', '全年'],
      ['三、保障措施', '各单位要高度重视，确保各项任务按期完成。'],
    );
    const { matrix } = parseText(text);
    expect(matrix.outline.map((i) => [i.id, i.title])).toEqual([
      ['1', '工作目标'],
      ['2', '重点任务'],
      ['3', '保障措施'],
    ]);
    expect(matrix.tasks.map((t) => [t.id, t.text, roles(t), t.deadline?.text ?? null, t.source])).toEqual([
      ['2.1', '推行企业开办“一网通办”，企业开办时间压缩至1个工作日以内。', { lead: ['区市场监管局'], responsible: ['区税务局', '区人社局'], support: [] }, '2024年6月底前', { line: 10, endLine: 14 }],
      // A wrapped task: its two lines are its text; the other cells counted from the end.
      ['2.2', '深化工程建设项目审批制度改革，社会投资简易低风险项目审批时间压缩至15个工作日。', { lead: ['区住建局'], responsible: ['区资源规划分局', '区行政审批局'], support: [] }, '2024年9月底前', { line: 15, endLine: 20 }],
      // A record without its 责任单位: the time goes to 完成时限.
      ['2.3', '落实助企纾困政策。', { lead: ['区财政局'], responsible: [], support: [] }, '全年', { line: 21, endLine: 24 }],
    ]);
  });

  it('is no table when a record\'s extra lines are not a wrapped task (units one per line, probe 14)', () => {
    const text = lines(['某区工作方案', '一、任务'], HEADER, ['1', '推行企业开办“一网通办”。', '区市场监管局', '区税务局', '区人社局', '2024年6月底前']);
    const { matrix } = parseText(text);
    expect(matrix.tasks.filter((t) => t.lead.includes('区人社局') || t.text.includes('区税务局'))).toEqual([]);
  });

  it('joins a cell wrapped onto lines of its own, and leaves a table it cannot put in step as text', () => {
    // A unit wrapped onto a line of its own (a new user's probe: every later cell had shifted one column, and the
    // table was then left as text): `县公安` ⏎ `局` is one name cut in two (probe 150), the cells in step again.
    const wrapped = parseText(lines(['某县民生实事任务分工', '一、任务'], HEADER, ['1', '新建城区停车位500个，缓解老城区停车难问题。', '县住建局', '县自然资源局、县公安', '局', '2024年11月底前'])).matrix;
    expect(wrapped.tasks.map((t) => [t.id, roles(t), t.deadline?.text])).toEqual([['1.1', { lead: ['县住建局'], responsible: ['县自然资源局', '县公安局'], support: [] }, '2024年11月底前']]);
    // Two lines of the 责任单位 cell that join nowhere (`县公安` ⏎ `交警大队`, a name of its own): the cells would be out
    // of step (`交警大队` as the deadline), and it is left as text, not read wrong.
    const unjoined = parseText(lines(['某县民生实事任务分工', '一、任务'], HEADER, ['1', '新建城区停车位500个。', '县住建局', '县自然资源局', '县公安局', '交警大队', '2024年11月底前'])).matrix;
    expect(unjoined.tasks).toEqual([]);
  });

  it('is no table without a numbered record under the header words, nor without a role column', () => {
    const noRecord = parseText(lines(['某县工作方案', '一、任务'], HEADER, ['各单位要按表报送。（县政府办负责）'])).matrix;
    expect(noRecord.tasks.map((t) => [t.id, t.responsible])).toEqual([['1', ['县政府办']]]);
    const noRole = parseText(lines(['某县工作方案', '一、任务（县政府办负责）', '序号', '指标', '目标值', '1', '地区生产总值', '增长6%'])).matrix;
    expect(noRole.tasks.map((t) => t.id)).toEqual(['1']);
  });
});

describe('a table copied one cell per line from a web page (probe 37)', () => {
  it('goes on under a category row between the header and the records, and between records', () => {
    const text = lines(['某县安全生产重点任务分工'], HEADER, ['一、安全生产责任体系建设行动'], ['1', '健全安全生产责任体系。', '县安委办', '县安委会各成员单位', '2024年6月底前'], ['二、重大事故隐患专项排查整治行动'], ['2', '压实企业安全生产主体责任。', '县应急管理局', '各乡镇（街道）', '长期坚持']);
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, roles(t), t.deadline?.text])).toEqual([
      ['1.1', { lead: ['县安委办'], responsible: ['县安委会各成员单位'], support: [] }, '2024年6月底前'],
      ['2.2', { lead: ['县应急管理局'], responsible: ['各乡镇（街道）'], support: [] }, '长期坚持'],
    ]);
    expect(messages).toEqual([]);
  });

  it('reads rows numbered from 1 again, each repeat with its -2 and a warning', () => {
    const text = lines(['某县安全生产重点任务分工'], HEADER, ['1', '任务甲。', '县安委办', '县安委会各成员单位', '2024年6月底前'], ['2', '任务乙。', '县应急管理局', '各乡镇（街道）', '长期坚持'], ['1', '任务丙。', '县应急管理局', '县住建局', '2024年9月底前']);
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.lead])).toEqual([['1', ['县安委办']], ['2', ['县应急管理局']], ['1-2', ['县应急管理局']]]);
    expect(messages.map((m) => m.ruleId)).toEqual(['repeated-number']);
  });

  it('reads a record of one line more, two names before its time, as a 责任单位 cell of two names, with a warning', () => {
    const text = lines(['某县安全生产重点任务分工'], HEADER, ['1', '任务甲。', '县安委办', '县安委会各成员单位', '2024年6月底前'], ['2', '任务乙。', '县应急管理局', '县安委会有关成员单位', '各乡镇（街道）', '长期坚持'], ['3', '任务丙。', '县安委办', '县应急管理局', '2024年12月底前']);
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['1', { lead: ['县安委办'], responsible: ['县安委会各成员单位'], support: [] }],
      ['2', { lead: ['县应急管理局'], responsible: ['县安委会有关成员单位', '各乡镇（街道）'], support: [] }],
      ['3', { lead: ['县安委办'], responsible: ['县应急管理局'], support: [] }],
    ]);
    expect(messages.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([['split-cell', 12, false]]);
  });
});

describe('a table copied one cell per line with a column of no kind fengong reads (probe 48)', () => {
  it('takes `行业领域` as a header cell when the header goes on to the first record, and a 责任单位 cell wrapped after its `、`', () => {
    const text = lines(
      ['某县安全生产任务清单', '一、重点行业领域治本攻坚'],
      ['序号', '行业领域', '主要任务', '牵头单位', '责任单位', '完成时限'],
      ['1', '危险化学品', '开展危险化学品重大危险源企业专家指导服务', '县应急管理局', '县公安局、县交通运输局', '2024年12月底前'],
      ['2', '消防', '开展高层建筑消防安全治理', '县消防救援大队', '县住房和城乡建设局、县商务局、', '各乡镇人民政府', '2024年12月底前'],
    );
    const { matrix } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.text, roles(t), t.deadline?.text])).toEqual([
      ['1.1', '开展危险化学品重大危险源企业专家指导服务', { lead: ['县应急管理局'], responsible: ['县公安局', '县交通运输局'], support: [] }, '2024年12月底前'],
      ['1.2', '开展高层建筑消防安全治理', { lead: ['县消防救援大队'], responsible: ['县住房和城乡建设局', '县商务局', '各乡镇人民政府'], support: [] }, '2024年12月底前'],
    ]);
  });

  it('reads a long table whose every row has an empty cell as an empty line, once, and the text after it as text', () => {
    // 2,000 rows, each `n` ⏎ task ⏎ lead ⏎ (empty 责任单位) ⏎ deadline: read across each blank line (the table had been
    // read again from its start at each one, a time that grew with the square of its rows); then a heading in the same
    // block as the last row, and a paragraph of its own.
    const rows = Array.from({ length: 2000 }, (_v, k) => [String(k + 1), `推进第${k + 1}项工作。`, '市发改委', '', '2025年12月底']).flat();
    const { matrix } = parseText(lines(['某市工作方案'], ['序号', '工作任务', '牵头单位', '责任单位', '完成时限'], rows, ['三、保障措施', '各单位要加强领导。（市政府办负责）']));
    expect(matrix.tasks.length).toBe(2001);
    expect(matrix.tasks[1999]).toMatchObject({ id: '2000', text: '推进第2000项工作。', lead: ['市发改委'], responsible: [], deadline: { text: '2025年12月底' } });
    // (三、 after rows numbered 1 to 2,000: its id repeats row 3's, so `3-2`.)
    expect(matrix.tasks[2000]).toMatchObject({ id: '3-2', responsible: ['市政府办'] });
  });
});
