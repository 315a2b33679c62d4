import { describe, expect, it } from 'vitest';
import { parseText } from '../helpers/parse.js';

// Cases of the nineteenth round (session 13: probes 82-84: copies damaged by PDF readers and phones, schedule tables,
// plans numbered five levels deep), each checked by hand against the contract (matrix-format.md).

const roles = (text: string) => parseText(text).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support]);

describe('copies a phone or a PDF reader made (probe 82)', () => {
  it('reads any pictograph before a heading\'s number as a bullet (📍 💡 ⭐ ✨, a WeChat editor\'s picks)', () => {
    const text = ['某区城市更新行动方案', '一、总体要求', '二、重点任务', '📍（一）实施老旧小区改造提升', '1.加快老旧小区改造。（区住建局牵头，区财政局配合）', '💡（二）完善公共服务', '2.建设社区食堂。（区民政局负责）', '⭐（三）优化交通', '3.打通断头路。（区交通局负责）', '✨ （四）整治违建', '4.拆除违法建筑。（区城管局负责）'].join('\n');
    expect(roles(text).map((t) => t[0])).toEqual(['2.1.1', '2.2.2', '2.3.3', '2.4.4']);
  });

  it('joins a title whose next line is the plan made of it (`…若干措施` ⏎ `任务分工方案`)', () => {
    const text = ['遂宁市促进民营经济高质量发展若干措施', '任务分工方案', '一、优化发展环境', '1.降低准入门槛。（市发展改革委牵头，市市场监管局配合）'].join('\n');
    expect(parseText(text).matrix.document.title).toBe('遂宁市促进民营经济高质量发展若干措施任务分工方案');
  });

  it('joins a collective name a wrap cut after its bracket, and never takes its rest for a running header', () => {
    const text = [
      '某县森林防灭火工作实施方案',
      '一、重点任务',
      '1.落实巡山护林制度，确保责任落实到山头地块，做到有火必查、违规必究。',
      '牵头单位：县林业局',
      '责　任　单　位　：　县　财　政　局　，　各　镇　（　街　道　）',
      '人民政府（办事处）',
      '2.严查野外违规用火行为，做到有火必查、违规必究，确保不发生森林火灾。',
      '牵头单位：县公安局',
      '配合单位：县应急管理局，各镇（街道）',
      '人民政府（办事处）',
    ].join('\n');
    expect(roles(text)).toEqual([
      ['1.1', ['县林业局'], ['县财政局', '各镇（街道）人民政府（办事处）'], []],
      ['1.2', ['县公安局'], [], ['县应急管理局', '各镇（街道）人民政府（办事处）']],
    ]);
  });
});

describe('plans numbered five levels deep (probe 84)', () => {
  it('leaves a short name the text defines (`（以下简称省发展改革委）`) out of the unit\'s name', () => {
    const text = ['湖南省推动大规模设备更新实施方案', '一、重点任务', '（一）推进设备更新', '1.实施工业设备更新。（省发展和改革委员会（以下简称省发展改革委）牵头，省工业和信息化厅（以下简称省工信厅）、省能源局按职责分工负责）'].join('\n');
    expect(roles(text)).toEqual([['1.1.1', ['省发展和改革委员会'], ['省工业和信息化厅', '省能源局'], []]]);
  });
});

describe('a schedule whose months stand in a second header row (pandoc\'s copy of a Word table: probe 83)', () => {
  it('reads the months as header, no task of their own, and a tick as no deadline', () => {
    const md = [
      '豫章街道2024年度重点工作任务推进计划表',
      '',
      '| 序号 | 工作任务 | 责任科室 | 责任人 | 推进时间安排 |  |  |  |',
      '|------|----------|----------|--------|--------------|--|--|--|',
      '|      |          |          |        | 1月 | 2月 | 3月 | 4月 |',
      '| 1 | 基层党建提质 | 党建工作办公室 | 李婷 | √ | √ |  | √ |',
      '| 2 | 招商引资 | 经济发展办公室 | 周凯 |  |  | √ | √ |',
    ].join('\n');
    const { matrix, messages } = parseText(md, 'markdown');
    expect(matrix.tasks.map((t) => [t.id, t.responsible, t.deadline])).toEqual([
      ['1', ['党建工作办公室'], null],
      ['2', ['经济发展办公室'], null],
    ]);
    expect(messages.filter((m) => m.ruleId === 'no-unit')).toEqual([]);
  });
});

describe('a label letter-spaced by a PDF reader and cut by the wrap (probe 82)', () => {
  it('reads `（ 牵 头 单` ⏎ `位 ： …` as the label it is', () => {
    const text = [
      '江口县2024年农村人居环境整治提升实施方案',
      '一、重点任务',
      '1.推进农村户厕改造。新改建农村卫生厕所1000户，做到建一户、成一户、用一 户 。 （ 牵 头 单',
      '位 ： 县 农 业 农 村 局 ； 责 任 单 位 ： 县 卫 生 健 康 局 ， 各 乡 镇 人 民 政 府 ）',
    ].join('\n');
    expect(roles(text)).toEqual([['1.1', ['县农业农村局'], ['县卫生健康局', '各乡镇人民政府'], []]]);
  });
});

describe('a deadline or a name a page break cut (probe 83)', () => {
  const page = (before: string, after: string) => ['某县2024年工作方案', '一、重点任务', '1.开展专项检查。每季度开展检查。', '牵头单位：县农业农村局', before, '', '— 3 —', '', after, '2.开展村庄清洁行动。组织群众集中清理。', '牵头单位：县农业农村局'].join('\n');
  const first = (text: string) => parseText(text).matrix.tasks[0];

  it('joins the rest of a milestone, or the next milestone after `；`, to the deadline, not to the task\'s text', () => {
    const tail = first(page('时间节点：上半年完成试点村确定；年底前试点村垃圾分类', '覆盖率达到30%'));
    expect([tail.deadline?.text, tail.text]).toEqual(['上半年完成试点村确定；年底前试点村垃圾分类覆盖率达到30%', '开展专项检查。每季度开展检查。']);
    const next = first(page('时间节点：3月底前完成摸底排查；', '6月底前完成整改'));
    expect(next.deadline).toEqual({ text: '3月底前完成摸底排查；6月底前完成整改', due: '2024-06-30' });
    // A deadline complete before the break takes no line after it.
    expect(first(page('完成时限：2024年6月底前', '建立长效机制。')).deadline?.text).toBe('2024年6月底前');
  });

  it('joins a name whose level alone stood before the break (`、县` ⏎ `— 3 —` ⏎ `商务局`)', () => {
    expect(first(page('责任单位：县财政局、县', '商务局')).responsible).toEqual(['县财政局', '县商务局']);
  });
});

describe('若干措施 copied from government web pages (probe 85)', () => {
  it('reads 第一责任单位为牵头单位 and 首位为牵头单位 as the note on leads', () => {
    for (const note of ['第一责任单位为牵头单位', '首位为牵头单位', '第一单位为牵头单位']) {
      const text = ['厦门市优化营商环境政策的若干措施', '（一）推进完善PPP健康运行长效机制，确保PPP项目协议落实到位。', `责任单位：市发改委、市财政局（${note}，下同）`, '时限要求：持续推进'].join('\n');
      expect(roles(text)).toEqual([['1', ['市发改委'], ['市财政局'], []]]);
    }
  });

  it('joins a title\'s edition or years on the line under it, not a draft\'s status', () => {
    const plan = (second: string) => ['关于推动经济高质量发展若干政策举措', second, '一、支持企业发展', '1.给予研发奖励。（责任单位：区科技局）'].join('\n');
    expect(parseText(plan('（2025年版）')).matrix.document.title).toBe('关于推动经济高质量发展若干政策举措（2025年版）');
    expect(parseText(plan('（2024—2026年）')).matrix.document.title).toBe('关于推动经济高质量发展若干政策举措（2024—2026年）');
    expect(parseText(plan('（征求意见稿）')).matrix.document.title).toBe('关于推动经济高质量发展若干政策举措');
  });

  it('reads the header under a breadcrumb parted by `/` and a metadata table above the title', () => {
    const md = [
      '[首页](https://www.zj.gov.cn/) / [政务公开](https://www.zj.gov.cn/col/1/) / [政策文件](https://www.zj.gov.cn/col/2/)',
      '',
      '| 索引号 | 000014349/2023-00214 | 主题分类 | 经济管理 |',
      '| --- | --- | --- | --- |',
      '| 文号 | 浙政办发〔2023〕48号 | 发布日期 | 2023-09-05 |',
      '',
      '# 浙江省人民政府办公厅关于进一步支持民营经济高质量发展的实施意见',
      '',
      '浙政办发〔2023〕48号',
      '',
      '各市、县（市、区）人民政府，省政府直属各单位：',
      '',
      '为进一步激发民营经济发展活力，经省政府同意，现提出如下意见。',
      '',
      '一、优化发展环境',
      '',
      '（一）降低准入门槛。全面落实市场准入负面清单制度。（责任单位：省发展改革委、省市场监管局）',
    ].join('\n');
    const { document } = parseText(md, 'markdown').matrix;
    expect([document.title, document.docNumber, document.recipients]).toEqual(['浙江省人民政府办公厅关于进一步支持民营经济高质量发展的实施意见', '浙政办发〔2023〕48号', ['各市、县（市、区）人民政府', '省政府直属各单位']]);
  });
});

describe('a title a web clipper cut into two paragraphs (probe 85)', () => {
  it('is joined when the two make the title the covering letter names in 《》, and not otherwise', () => {
    const md = (letter: string) => ['# 厦门市人民政府办公厅关于印发聚焦企业关切进一步落实优化营商环境政策若干措施的通知', '', '各区人民政府，市直各委、办、局：', '', letter, '', '厦门市人民政府办公厅', '', '2019年1月16日', '', '厦门市聚焦企业关切进一步落实', '', '优化营商环境政策的若干措施', '', '**一、破除不合理门槛**', '', '（一）清理妨碍公平竞争的规定。（责任单位：市发改委、市市场监管局）'].join('\n');
    expect(parseText(md('《厦门市聚焦企业关切进一步落实优化营商环境政策的若干措施》已经市政府同意，现印发给你们。'), 'markdown').matrix.document.title).toBe('厦门市聚焦企业关切进一步落实优化营商环境政策的若干措施');
    expect(parseText(md('现将有关措施印发给你们，请认真组织实施。'), 'markdown').matrix.document.title).not.toBe('厦门市聚焦企业关切进一步落实优化营商环境政策的若干措施');
  });
});

describe('a second fresh user\'s notices (session 13)', () => {
  it('reads a 督查室 in a 由… sentence as a unit (the task had been dropped in silence)', () => {
    const text = ['某县2024年工作方案', '一、工作要求', '（一）加强督导。由县委督查室负责。', '（二）做好宣传。由县委宣传部负责。', '（三）压实责任。由县应急管理局牵头，县政府督查室配合。'].join('\n');
    expect(roles(text)).toEqual([
      ['1.1', [], ['县委督查室'], []],
      ['1.2', [], ['县委宣传部'], []],
      ['1.3', ['县应急管理局'], [], ['县政府督查室']],
    ]);
  });
});
