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
