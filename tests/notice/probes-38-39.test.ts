import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the ninth round of probes (38: 整改方案 and 问题清单; 39: the State Council's and provinces' 分工方案),
// each checked by hand against the contract (matrix-format.md).
const units = (text: string) => parseText(text).matrix.tasks.map((t) => [t.id, roles(t), t.deadline?.text ?? null]);

describe('phrases after each sentence of a 分工方案 (probe 39)', () => {
  it('reads bodies named without their place (财政部, 人民银行, 金融监管总局), 各有关部门, and 各市、州、县人民政府', () => {
    const text = ['某项重点任务分工方案', '一、扩大内需', '（一）促进消费。推动以旧换新。（商务部、国家发展改革委牵头，各有关部门按职责分工负责）提振大宗消费。（工业和信息化部、财政部按职责分工负责）', '（二）优化金融支持。加强信贷支持。（人民银行、金融监管总局负责）降低首付比例。（中国证监会负责）', '（三）市县落实。出台奖补政策。（各市、州、县人民政府负责）加强宣传解读。（省发展改革委负责）'].join('\n');
    expect(units(text)).toEqual([
      ['1.1', { lead: ['商务部', '国家发展改革委'], responsible: ['各有关部门', '工业和信息化部', '财政部'], support: [] }, null],
      ['1.2', { lead: [], responsible: ['人民银行', '金融监管总局', '中国证监会'], support: [] }, null],
      ['1.3', { lead: [], responsible: ['各市、州、县人民政府', '省发展改革委'], support: [] }, null],
    ]);
    // Prose in brackets is still no marker.
    expect(units(['某县方案', '一、任务', '（一）保障资金。加大投入。（资金缺口由县级财政负责）落实补贴。（县财政局负责）'].join('\n'))).toEqual([
      ['1.1', { lead: [], responsible: ['县财政局'], support: [] }, null],
    ]);
  });

  it('reads a phrase whose names hold brackets of their own, with its time', () => {
    const text = ['某项重点任务分工方案', '一、产业升级', '（一）推进集群改造。制定规划。（各市、县（区）人民政府负责，2024年12月底前）制定整治方案。（省住房城乡建设厅、省市场监管局（省知识产权局）按职责分工负责）'].join('\n');
    expect(units(text)).toEqual([['1.1', { lead: [], responsible: ['各市、县（区）人民政府', '省住房城乡建设厅', '省市场监管局（省知识产权局）'], support: [] }, '2024年12月底前']]);
  });

  it('reads an item-final phrase whose note follows a full stop (`…负责。以下各项工作均需各地区落实，不再列出`)', () => {
    const text = ['某项重点工作分工意见', '一、主要预期目标', '（一）国内生产总值增长5%左右。（国家发展改革委牵头，各有关部门按职责分工负责。以下各项工作均需各地区落实，不再列出）'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([['1.1', { lead: ['国家发展改革委'], responsible: ['各有关部门'], support: [] }]]);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });

  it('keeps a unit that leads one phrase out of the responsible units another phrase names', () => {
    const text = ['某项方案', '一、任务', '（一）城市更新。推进改造。（省住房城乡建设厅牵头，省交通运输厅负责）加强排水。（省水利厅、省住房城乡建设厅负责）'].join('\n');
    expect(units(text)).toEqual([['1.1', { lead: ['省住房城乡建设厅'], responsible: ['省交通运输厅', '省水利厅'], support: [] }, null]]);
  });

  it('takes the first unit of each responsible list as its lead under 排在第一位的为牵头单位', () => {
    const text = ['某省分工方案', '（排在第一位的为牵头单位）', '一、任务', '（一）减税降费。落实税费优惠。（省税务局、省财政厅负责）降低物流成本。（省发展改革委、省交通运输厅负责）'].join('\n');
    expect(units(text)).toEqual([['1.1', { lead: ['省税务局', '省发展改革委'], responsible: ['省财政厅', '省交通运输厅'], support: [] }, null]]);
  });

  it('keeps a collective whole in a 责任单位 cell with a trailing verb (`各市（州）、县（市、区）人民政府按职责分工负责`)', () => {
    const text = ['序号\t重点任务\t责任单位', '1\t推进城镇化。\t各市（州）、县（市、区）人民政府按职责分工负责', '2\t推进乡村振兴。\t各市、州、县人民政府负责'].join('\n');
    expect(units(`某省分工表\n${text}`)).toEqual([
      ['1', { lead: [], responsible: ['各市（州）、县（市、区）人民政府'], support: [] }, null],
      ['2', { lead: [], responsible: ['各市、州、县人民政府'], support: [] }, null],
    ]);
  });
});

describe('整改方案 (probe 38)', () => {
  it('joins a numbered line cut by a page break at the 公文 wrap of 28 characters', () => {
    const filler = Array.from({ length: 6 }, (_v, k) => `${k + 1}.加强第${k + 1}项整改工作，落实整改措施，确保整改工作取得实效。`).flatMap((l) => [l.slice(0, 28), l.slice(28)]);
    const text = ['某市督察反馈意见整改方案', '一、关于水污染防治方面的问题', ...filler, '7.加强污水处理厂运行监管，对超负荷运行的污水处理厂实施分', '', '— 5 —', '', '流调度。（牵头单位：市住房和城乡建设局；整改时限：长期坚持）'].join('\n');
    const task = parseText(text).matrix.tasks.find((t) => t.id === '1.7');
    expect([task?.text, task?.lead]).toEqual(['加强污水处理厂运行监管，对超负荷运行的污水处理厂实施分流调度。', ['市住房和城乡建设局']]);
  });

  it('reads a web page\'s `文　　号：` field beside another field as the 发文字号', () => {
    const text = ['文　　号：金安委办〔2024〕26号　　　　有 效 性：有效', '金沙河市安全生产委员会办公室关于印发《某市整改工作方案》的通知', '各乡镇人民政府：', '　　现将《某市整改工作方案》印发给你们，请认真贯彻执行。', '金沙河市安全生产委员会办公室', '2024年7月4日', '某市整改工作方案', '一、关于责任落实方面的问题', '（一）企业主体责任落实不到位。（牵头单位：市应急管理局）'].join('\n');
    const { document } = parseText(text).matrix;
    expect([document.docNumber, document.notice]).toEqual(['金安委办〔2024〕26号', '金沙河市安全生产委员会办公室关于印发《某市整改工作方案》的通知']);
  });
});

describe('a township\'s plan (probe 40)', () => {
  it('takes a person in brackets after a unit (`（责任人：张伟）`) as a leader, the list going on after it', () => {
    const text = ['某镇2024年人居环境整治方案', '一、重点任务', '1.开展户厕排查。对户厕逐户排查。', '责任单位：镇农业综合服务中心（责任人：张伟）、各村（社区）', '2.开展村庄清洁。清理柴草堆。（责任单位：镇城建办（责任人：刘洋）、镇环保站）'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, t.responsible, t.leaders])).toEqual([
      ['1.1', ['镇农业综合服务中心', '各村（社区）'], ['张伟']],
      ['1.2', ['镇城建办', '镇环保站'], ['刘洋']],
    ]);
    expect(messages).toEqual([]);
  });

  it('reads a line of labels set apart by tabs as labels, not as a table\'s header', () => {
    const text = ['某镇2024年人居环境整治方案', '一、重点任务', '（一）垃圾治理', '1．\t开展村庄清洁行动。清理柴草堆。', '牵头单位：镇爱卫办\t责任单位：各村（社区）\t完成时限：2024年11月底前', '2．\t推进污水治理。（责任单位：镇城建办）'].join('\n');
    const { matrix, messages } = parseText(text);
    expect(matrix.tasks.map((t) => [t.id, roles(t), t.deadline?.text ?? null])).toEqual([
      ['1.1.1', { lead: ['镇爱卫办'], responsible: ['各村（社区）'], support: [] }, '2024年11月底前'],
      ['1.1.2', { lead: [], responsible: ['镇城建办'], support: [] }, null],
    ]);
    expect(messages).toEqual([]);
  });

  it('starts a new paragraph after a line of labels whose value is whole, in text and in Markdown', () => {
    const text = ['某街道2024年安全生产方案', '  一、重点任务', '  （一）开展企业大排查', '  牵头领导：王建华 责任单位：街道应急管理办公室、各社区 完成时限：2024年5月31日前', '  对辖区企业逐一登记建档，', '形成隐患清单。'].join('\n');
    const task = parseText(text).matrix.tasks[0];
    expect([task.deadline?.text, task.text]).toEqual(['2024年5月31日前', '开展企业大排查\n对辖区企业逐一登记建档，形成隐患清单。']);
    const md = ['# 某县2024年村级集体经济方案', '', '## 一、重点举措', '', '1. **建立包联机制。**', '', '   责任单位：各乡镇（街道）人民政府（办事处）、各村（社区） 完成时限：长期坚持', '', '   对每个薄弱村落实一名包村干部、一个帮扶单位，做到不脱钩、不断线。'].join('\n');
    const { matrix, messages } = parseText(md, 'markdown');
    expect(matrix.tasks.map((t) => [t.deadline?.text, t.text])).toEqual([['长期坚持', '建立包联机制。\n对每个薄弱村落实一名包村干部、一个帮扶单位，做到不脱钩、不断线。']]);
    expect(messages).toEqual([]);
  });
});

describe('a new user\'s notice', () => {
  it('drops a body that oversees (`县政府督查室督导`) from a labelled list, with an info', () => {
    const { matrix, messages } = parseText(['某县工作方案', '一、重点任务', '1.加强督查。〔牵头单位：县委督查室、县政府督查室督导；责任单位：县直各部门〕'].join('\n'));
    expect(matrix.tasks.map((t) => [t.lead, t.responsible])).toEqual([[['县委督查室'], ['县直各部门']]]);
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['ignored-marker', 3, 20]]);
  });
});

describe('a PDF whose paragraphs start indented (probe 39)', () => {
  it('goes on with a line that is not indented after a full stop or a closing bracket, as a wrap', () => {
    const para = (k: number) => [`　　（${'一二三四五六'[k]}）推进第${k + 1}项重点工作，完善工作机制，健全制度体系，`, '确保各项任务落实到位取得实效。（省发展改革委负责）'];
    const text = ['某项重点任务分工方案', '　　一、优化老年健康服务', ...[0, 1, 2, 3, 4].flatMap(para), '　　（六）加强老年医学科建设，到2025年，二级及以上综合性医院', '设立老年医学科的比例达到60%以上。（省卫生健康委负责）', '推进医养结合，支持医疗机构与养老机构合作。（省卫生健康', '委、省民政厅按职责分工负责）', '　　（七）稳步推进长期护理保险制度建设。（省医保局负责）'].join('\n');
    const { matrix } = parseText(text);
    expect(matrix.tasks.slice(5).map((t) => [t.id, t.responsible])).toEqual([
      ['1.6', ['省卫生健康委', '省民政厅']],
      ['1.7', ['省医保局']],
    ]);
  });
});
