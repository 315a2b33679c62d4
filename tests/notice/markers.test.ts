import { describe, expect, it } from 'vitest';
import { scanMarkers } from '../../src/notice/markers.js';
import { parseText, roles } from '../helpers/parse.js';

const scan = (text: string) => scanMarkers(text, { planLevel: 3 });

describe('bracket markers', () => {
  it.each([
    ['〔', '〕'],
    ['【', '】'],
    ['［', '］'],
    ['（', '）'],
    ['(', ')'],
  ])('reads %s…%s with two labels', (open, close) => {
    const s = scan(`加强宣传。${open}牵头单位：县教体局；责任单位：县科协、县财政局${close}`);
    expect(s.groups).toHaveLength(1);
    expect(roles(s.groups[0])).toEqual({ lead: ['县教体局'], responsible: ['县科协', '县财政局'], support: [] });
    expect(s.text).toBe('加强宣传。');
    expect(s.diagnostics).toEqual([]);
  });

  it('reads a bracket closed by another closer, with a warning', () => {
    const s = scan('加强宣传。〔牵头单位：县教体局；责任单位：县科协]');
    expect(roles(s.groups[0])).toEqual({ lead: ['县教体局'], responsible: ['县科协'], support: [] });
    expect(s.diagnostics.map((d) => [d.ruleId, d.severity, d.offset])).toEqual([['mismatched-closer', 'warning', 24]]);
  });

  it('reads a marker with no full stop before it', () => {
    const s = scan('开发多种形式科普作品〔牵头单位：县科协；责任单位：县经科信局〕');
    expect(s.groups[0].lead).toEqual(['县科协']);
    expect(s.text).toBe('开发多种形式科普作品');
  });

  it('keeps nested parentheses inside a unit name and reports an unclosed bracket as an error', () => {
    const s = scan('推进改革。（牵头单位：市发展改革委；参与单位：各县区人民政府（管委会）');
    expect(s.groups[0].support).toEqual(['各县区人民政府（管委会）']);
    expect(s.diagnostics.map((d) => d.ruleId)).toEqual(['unclosed-bracket']);
  });

  it('reads labels separated only by white space (a09) and a deadline label', () => {
    const s = scan('完善体系。(牵头单位：市商务局  责任单位：市编办、市发改委  完成时限：2024年6月)');
    expect(roles(s.groups[0])).toEqual({ lead: ['市商务局'], responsible: ['市编办', '市发改委'], support: [] });
    expect(s.groups[0].deadline).toBe('2024年6月');
  });

  it('takes a time phrase closing the bracket as its deadline (b12)', () => {
    const s = scan('落實制度。（牽頭單位：州行政審批服務局；責任單位：州司法局，各縣市人民政府，6月底完成）');
    expect(roles(s.groups[0])).toEqual({ lead: ['州行政審批服務局'], responsible: ['州司法局', '各縣市人民政府'], support: [] });
    expect(s.groups[0].deadline).toBe('6月底完成');
  });

  it('keeps a deadline of two time clauses as written, its 、 or ， (probe 13: 、 became ，)', () => {
    expect(scan('建设企业服务中心。（牵头单位：县工信局；责任单位：县财政局，6月底前启动、年底前完成）').groups[0].deadline).toBe('6月底前启动、年底前完成');
    expect(scan('建设企业服务中心。（责任单位：县财政局，2024年10月底前完成方案制定，12月底前启动实施）').groups[0].deadline).toBe('2024年10月底前完成方案制定，12月底前启动实施');
  });

  it('drops a label of another level of government with an info finding', () => {
    const s = scanMarkers('任务。（责任单位：市农业农村局；省牵头单位：省农业农村厅）', { planLevel: 2 });
    expect(roles(s.groups[0])).toEqual({ lead: [], responsible: ['市农业农村局'], support: [] });
    expect(s.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['ignored-marker', 'info']]);
  });
});

describe('inline markers', () => {
  it('reads （X牵头，Y、Z配合）', () => {
    const s = scan('精简审批手续。（县发改局牵头，县财政局、县住建局配合）');
    expect(roles(s.groups[0])).toEqual({ lead: ['县发改局'], responsible: [], support: ['县财政局', '县住建局'] });
    expect(s.text).toBe('精简审批手续。');
  });
  it('reads 具体责任单位, 协助单位, 责任主体 as labels; a field of another kind in a bracket ends the list, never a unit (probe 15)', () => {
    expect(roles(scan('甲。（牵头单位：县发改委；具体责任单位：县财政局；协助单位：县统计局）').groups[0])).toEqual({ lead: ['县发改委'], responsible: ['县财政局'], support: ['县统计局'] });
    expect(roles(scan('乙。（责任主体：各乡镇人民政府）').groups[0])).toEqual({ lead: [], responsible: ['各乡镇人民政府'], support: [] });
    const s = scan('丙。（牵头单位：县发改委；督办单位：县政府督查室）');
    expect(roles(s.groups[0])).toEqual({ lead: ['县发改委'], responsible: [], support: [] });
    expect(s.diagnostics.map((d) => d.ruleId)).toEqual(['ignored-marker']); // 督办单位 names who oversees the task (probe 41)
  });

  it('reads a department\'s own labels 牵头处室 / 配合处室 / 牵头科室 (probe 16)', () => {
    expect(roles(scan('修订执法规程。（牵头处室：法规处；配合处室：执法局、办公室）').groups[0])).toEqual({ lead: ['法规处'], responsible: [], support: ['执法局', '办公室'] });
    expect(roles(scan('做好统计。（牵头科室：统计科）').groups[0])).toEqual({ lead: ['统计科'], responsible: [], support: [] });
  });

  it('takes the title of an item whose number stands alone on its line from the paragraph after it (probe 15)', () => {
    const { matrix } = parseText('一、保障措施\n（一）\n加强组织领导。内容。（牵头单位：县发改委）\n');
    expect(matrix.tasks.map((t) => [t.id, t.title, t.text])).toEqual([['1.1', '加强组织领导', '加强组织领导。内容。']]);
  });

  it('reads the inline form in any marker bracket, as the labelled form (probe 15: 〔X牵头，Y配合〕 was dropped)', () => {
    expect(roles(scan('推进高标准农田建设。〔县农业农村局牵头，县水利局配合〕').groups[0])).toEqual({ lead: ['县农业农村局'], responsible: [], support: ['县水利局'] });
    expect(roles(scan('推进高标准农田建设。【县农业农村局负责】').groups[0])).toEqual({ lead: [], responsible: ['县农业农村局'], support: [] });
    // Units alone are read in a parenthesis and in 【】 (a web page's copy, probe 90), not in the other brackets.
    expect(roles(scan('推进高标准农田建设。【县农业农村局】').groups[0])).toEqual({ lead: [], responsible: ['县农业农村局'], support: [] });
    expect(scan('推进高标准农田建设。〔县农业农村局〕').groups).toEqual([]);
  });

  it('reads （X负责） and 按职责分工负责', () => {
    expect(roles(scan('做好公开。（县商务局负责）').groups[0])).toEqual({ lead: [], responsible: ['县商务局'], support: [] });
    expect(roles(scan('做好公开。（市政府办公室、市审改办牵头，市级各有关部门及各县市区政府按职责分工负责）').groups[0])).toEqual({
      lead: ['市政府办公室', '市审改办'],
      responsible: ['市级各有关部门', '各县市区政府'],
      support: [],
    });
  });
  it('keeps a list that runs over a comma up to its verb (b02: 等部门，…配合)', () => {
    const s = scan('加强储备。(区发改局牵头，区财政局、区水务局等部门，区国投公司、各街道办事处配合)');
    expect(roles(s.groups[0])).toEqual({ lead: ['区发改局'], responsible: [], support: ['区财政局', '区水务局', '区国投公司', '各街道办事处'] });
  });
  it('reads 协助 and 参与 as support', () => {
    expect(scan('开展活动。（县科协牵头，县教体局协助，县妇联参与）').groups[0].support).toEqual(['县教体局', '县妇联']);
  });
  it('does not read a person as a unit', () => {
    const s = scan('推进工作。（林海副市长牵头）');
    expect(s.groups).toEqual([]);
    expect(s.diagnostics.map((d) => d.ruleId)).toEqual(['ignored-marker']);
  });
  it('reads an item\'s last sentence 由X牵头，Y、Z配合 (probe 22), and no 由X牵头 that goes on with what is done', () => {
    const { matrix } = parseText(['一、重点任务', '1．完善收运处置体系。确保垃圾日产日清。由镇农业农村综合服务中心牵头，镇财政所、各村（社区）配合。', '2．整治乱搭乱建。此项工作由镇综合行政执法队牵头负责。', '3．建立工作机制。由县政府牵头，建立联席会议制度。', '4．由县委宣传部牵头，组织开展宣传活动，营造良好氛围。'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.support, t.text])).toEqual([
      ['1.1', ['镇农业农村综合服务中心'], ['镇财政所', '各村（社区）'], '完善收运处置体系。确保垃圾日产日清。由镇农业农村综合服务中心牵头，镇财政所、各村（社区）配合。'],
      ['1.2', ['镇综合行政执法队'], [], '整治乱搭乱建。此项工作由镇综合行政执法队牵头负责。'],
    ]);
  });

  it('reads a （X牵头，Y配合） / （X负责） that closes a sentence or clause inside the paragraph, with the one at its end (probes 22, 24, 25)', () => {
    const scan = (text: string) => scanMarkers(text, { planLevel: 3, numbered: true });
    const s = scan('推进标准化。动态调整目录。（省政务服务中心牵头，省数据局配合）优化热线运行机制。（省信访局负责）');
    expect(s.groups.map(roles)).toEqual([
      { lead: ['省政务服务中心'], responsible: [], support: ['省数据局'] },
      { lead: [], responsible: ['省信访局'], support: [] },
    ]);
    expect(s.text).toBe('推进标准化。动态调整目录。优化热线运行机制。');
    expect(scan('一是完善人才政策（市委人才办负责）；二是落实补贴（市人社局负责）。').groups.map((g) => g.responsible)).toEqual([['市委人才办'], ['市人社局']]);
    // A parenthesis in the middle of a sentence, or one that names no unit, is prose.
    expect(scan('推进标准化（含乡镇卫生院）。由专班（县委办负责协调的）推进，确保落地。').groups).toEqual([]);
  });

  it.each(['主办单位：某市人民政府办公室　承办单位：某市大数据中心', '主办单位：某县人民政府办公室　　协办单位：某县融媒体中心'])('reads no web page\'s footer %s as a label (probe 26)', (footer) => {
    expect(scan(footer).groups.flatMap((g) => g.lead)).toEqual([]);
  });

  it('reads 承办单位 as responsible, 整改期限 as a deadline and 督办领导 as leaders (probe 27)', () => {
    const { matrix, messages } = parseText(['一、督办事项', '1.加快产业园建设。', '督办领导：陈慧', '承办单位：县发改局', '协办单位：县财政局', '整改期限：2024年7月31日前', '2.推进改造。（承办单位：县住建局；办结期限：2024年9月底前）'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.responsible, t.support, t.leaders ?? [], t.deadline?.text])).toEqual([
      ['1.1', ['县发改局'], ['县财政局'], ['陈慧'], '2024年7月31日前'],
      ['1.2', ['县住建局'], [], [], '2024年9月底前'],
    ]);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });

  it('reads no clause ending in a body\'s kind as a unit, no label followed by an obligation, no footer 承办单位 (probe 28)', () => {
    const { matrix } = parseText(['一、完善健身设施', '1.开放学校体育场馆。学校要向社会开放场馆（安全责任由学校和使用方共同负责）。', '2.维护公共体育设施。器材的日常维护（产权属县城投公司的由该公司负责），损坏的要及时维修。', '3.落实安全责任。分管县领导：要按照“三管三必须”要求抓好安全生产。（牵头单位：县安委办）', '4.优化政务服务。（县行政审批局负责）', '', '版权所有：某县人民政府', '承办单位：某县政务服务和大数据管理局　联系邮箱：zwfw@example.cn'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.leaders ?? []])).toEqual([
      ['1.3', ['县安委办'], [], []],
      ['1.4', [], ['县行政审批局'], []],
    ]);
  });

  it('reads a label spaced out letter by letter (`牵 头 单 位：`, Word\'s distributed alignment, probe 27)', () => {
    const { matrix } = parseText(['一、整改任务', '1.问题甲。存在某问题。', '牵 头 单 位：财务股', '整改时限：2024年9月底前', '2.问题乙。存在某问题。', '牵头单位：人事股', '责　任　单　位：局属各单位'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.text ?? null])).toEqual([
      ['1.1', ['财务股'], [], '2024年9月底前'],
      ['1.2', ['人事股'], ['局属各单位'], null],
    ]);
  });

  it('gives a line of leaders after a run of （n） sub-items to the item the units after it go to (probe 27)', () => {
    const { matrix, messages } = parseText(['一、整改任务', '1.财务管理不规范。存在审批单据不全问题。', '整改措施：', '（1）开展自查。', '（2）修订制度。', '责任领导：王立新（局长）', '牵头单位：财务股', '整改时限：2024年9月底前'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.leaders])).toEqual([['1.1', ['财务股'], ['王立新（局长）']]]);
    expect(messages.filter((m) => m.ruleId === 'unaccounted-marker')).toEqual([]);
  });

  it('reads no phrase inside a paragraph that names no body (probe 26), nor one in a note after the signature', () => {
    const scan = (text: string) => scanMarkers(text, { planLevel: 3, numbered: true });
    for (const text of ['积极争取补助资金（资金缺口由县级财政负责），各乡镇不得摊派。', '落实监护责任（由监护人负责），加强看护。', '按照“谁主管、谁负责”原则（谁主管、谁负责），落实责任。']) expect(scan(text).groups).toEqual([]);
    expect(parseText(['XX县人民政府办公室', '2024年3月1日', '（此件发至乡镇党委）', 'XX县工作方案', '一、任务', '1.推进项目。（县发改局负责）'].join('\n')).matrix.tasks.map((t) => t.id)).toEqual(['1.1']);
  });

  it('reads a closing 由X负责 only on an item\'s numbered line, and after a comma only 由X牵头 (probe 26)', () => {
    const { matrix } = parseText(['一、重点任务', '1.建设供水工程。新建水厂1座。（县水利局牵头）', '工程建成后的日常运行维护，由各乡镇负责。', '2.举办赛事活动。举办职工篮球赛，由县教体局负责组织实施。', '3.开展体质监测。完成监测1200人，由县教体局牵头，县卫健局配合。', '本方案由县教体局负责解释。'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support])).toEqual([
      ['1.1', ['县水利局'], [], []],
      ['1.3', ['县教体局'], [], ['县卫健局']],
    ]);
  });

  it('reads the closing clause 由X牵头，Y配合 after a comma or before a time, and 由X负责 (probe 25)', () => {
    const { matrix } = parseText(['一、工作步骤', '1.动员部署。召开动员部署会议。由县住建局牵头，各乡镇人民政府配合，2024年6月底前完成。', '2.宣传引导。广泛宣传燃气安全常识。由县委宣传部负责。', '3.排查整治。全面排查燃气安全隐患，由县住建局牵头，县应急管理局配合。', '4.长效管理。日常工作由县住建局负责。'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support, t.deadline])).toEqual([
      ['1.1', ['县住建局'], [], ['各乡镇人民政府'], null],
      ['1.2', [], ['县委宣传部'], [], null],
      ['1.3', ['县住建局'], [], ['县应急管理局'], null],
    ]);
  });

  it('reads a label qualified by 其他 / 主要 on lines of its own as the same task (probe 24: 华容县\'s scheme split it in two)', () => {
    const { matrix, messages } = parseText(['一、重点工作', '1.推进重点项目建设。全年实施项目160个。', '县级责任领导：张三', '主要责任单位：县发改局', '其他责任单位：县自然资源局、县住建局', '完成时限：2021年12月底前'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.responsible, t.leaders, t.deadline?.text])).toEqual([['1.1', ['县发改局', '县自然资源局', '县住建局'], ['张三'], '2021年12月底前']]);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });

  it('reads a deadline before an event in a bracket (`秋季开学前完成`, `汛期前完成`: probe 24), with no due date', () => {
    const { matrix } = parseText(['一、重点任务', '1.新建实验小学。（区教育局牵头，区财政局配合，秋季开学前完成）', '2.加固东堤。（牵头单位：区水利局；责任单位：各街道办事处；汛期前完成）'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support, t.deadline])).toEqual([
      ['1.1', ['区教育局'], [], ['区财政局'], { text: '秋季开学前完成', due: null }],
      ['1.2', ['区水利局'], ['各街道办事处'], [], { text: '汛期前完成', due: null }],
    ]);
  });

  it('reads an inline phrase that ends in an exhortation (`确保提前完成`: probe 26), with no deadline, and an aim before a time as the deadline', () => {
    const { matrix, messages } = parseText(['某县2024年教育重点工作任务', '', '一、重点任务', '1.新建城区第三小学。（县教体局牵头，县住建局、县自然资源局配合，确保提前完成）', '2.改造东城区管网。（县住建局牵头，县财政局配合，力争2024年6月底前完成）', '3.完成校舍维修。（牵头单位：县教体局；责任单位：县财政局，确保年底前完成）', '4.办好运动会。（县教体局牵头，确保安全有序）'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support, t.deadline])).toEqual([
      ['1.1', ['县教体局'], [], ['县住建局', '县自然资源局'], null],
      ['1.2', ['县住建局'], [], ['县财政局'], { text: '力争2024年6月底前完成', due: '2024-06-30' }],
      ['1.3', ['县教体局'], ['县财政局'], [], { text: '确保年底前完成', due: '2024-12-31' }],
      // Any demand closing the phrase (probe 30 made it a clause that ends a list).
      ['1.4', ['县教体局'], [], [], null],
    ]);
    expect(messages.filter((m) => m.ruleId === 'unaccounted-marker')).toEqual([]);
  });

  it('reads a phrase whose names hold brackets and that ends with a body overseeing it; an overseer is no unit; 依职责分别负责 is a verb (probe 29)', () => {
    const { matrix, messages } = parseText(['某市2024年重点任务分工', '一、重点任务', '1.推进甲，确保实效。（各县（市、区）人民政府牵头，市直有关部门配合，市政府督查室督导）', '2.推进乙，确保实效。（省发展改革委指导，各市（州）人民政府负责）', '3.推进丙，确保实效。（省教育厅、省卫生健康委依职责分别负责）'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support])).toEqual([
      ['1.1', ['各县（市、区）人民政府'], [], ['市直有关部门']],
      ['1.2', [], ['各市（州）人民政府'], []],
      ['1.3', [], ['省教育厅', '省卫生健康委'], []],
    ]);
    expect(messages.filter((m) => m.ruleId === 'unaccounted-marker')).toEqual([]);
  });

  it('reads a deadline that opens with a year closing a bracket, never as a unit (`2025年汛期前完成`, `2024年度`: probe 29)', () => {
    const rows = ['2025年汛期前完成', '2024年度', '2024年至2025年', '2024年底前建成，2025年全面推广'].map((d, k) => `（${'一二三四'[k]}）推进。〔牵头单位：省水利厅；责任单位：省财政厅；${d}〕`);
    const { matrix } = parseText(['某省2024年重点任务分工', '一、重点任务', ...rows].join('\n'));
    expect(matrix.tasks.map((t) => [t.responsible, t.deadline])).toEqual([
      [['省财政厅'], { text: '2025年汛期前完成', due: null }],
      [['省财政厅'], { text: '2024年度', due: '2024-12-31' }],
      [['省财政厅'], { text: '2024年至2025年', due: '2025-12-31' }],
      [['省财政厅'], { text: '2024年底前建成，2025年全面推广', due: '2025-12-31' }],
    ]);
  });

  it('ends a list at a demand on someone or the rest named as a whole, and gives names before a comma with no verb to their label (probe 30)', () => {
    const rows = ['（县水利局牵头，县公安局、县生态环境局配合，主要负责同志要亲自过问）', '（牵头单位：县水利局；责任单位：县公安局，各乡镇要落实属地责任）', '（牵头单位：县水利局；责任单位：县公安局，各乡镇要积极配合）', '（牵头单位：县水利局；责任单位：县公安局，其余单位按职责分工配合）', '（牵头单位：县水利局；责任单位：县公安局、县司法局，各乡镇人民政府配合）'];
    const { matrix, messages } = parseText(['某县河湖长制工作方案', '一、主要任务', ...rows.map((r, k) => `（${'一二三四五'[k]}）加强河湖执法监管${r}。`)].join('\n'));
    expect(matrix.tasks.map((t) => [t.lead, t.responsible, t.support])).toEqual([
      [['县水利局'], [], ['县公安局', '县生态环境局']],
      [['县水利局'], ['县公安局'], []],
      [['县水利局'], ['县公安局'], []],
      [['县水利局'], ['县公安局'], []],
      [['县水利局'], ['县公安局', '县司法局'], ['各乡镇人民政府']],
    ]);
    expect(messages.filter((m) => m.ruleId === 'unaccounted-marker')).toEqual([]);
  });

  it('reads a 承办单位 line under a 主办单位 line as an event\'s host, not responsible units, and says so (probes 28, 30)', () => {
    const { matrix, messages } = parseText(['某县全民健身活动方案', '', '一、组织单位', '', '主办单位：县文化体育和旅游局', '承办单位：县体育运动学校、城关镇人民政府', '协办单位：县教育体育局', '', '二、工作任务', '', '1.做好场地保障。', '承办单位：县体育运动学校'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.responsible, t.support])).toEqual([['1', [], ['县教育体育局']], ['2.1', ['县体育运动学校'], []]]);
    expect(messages.filter((m) => m.ruleId === 'ignored-marker').map((m) => m.line)).toEqual([6]);
    expect(messages.filter((m) => m.ruleId === 'unaccounted-marker')).toEqual([]);
  });

  it('reads the sentence 由X会同Y负责', () => {
    const s = scan('由发展改革委会同农业部、财政部等部门负责。');
    expect(roles(s.groups[0])).toEqual({ lead: [], responsible: ['发展改革委'], support: ['农业部', '财政部'] });
  });
  it('ignores role words in prose', () => {
    for (const prose of ['各牵头单位要对牵头事项负总责。', '主要负责同志亲自研究部署。', '市商务局会同有关部门加强督促检查。', '一律取消对外地企业参与招标投标的限制。', '（涉及水土保持的项目）和滇池管理部门选址意见。']) {
      expect(scan(prose).groups, prose).toEqual([]);
    }
  });
});

describe('marker lines and tasks', () => {
  it('reads 牵头县领导 / 联系市领导 / 包联领导 lines as leaders, not task text (probe 13)', () => {
    const { matrix } = parseText(['一、招大引强', '1.引进企业项目3个以上。', '牵头县领导：张卫东', '联系市领导：刘建华', '包联领导：王芳', '牵头单位：县商务局'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.text, t.lead, t.leaders])).toEqual([['1.1', '引进企业项目3个以上。', ['县商务局'], ['张卫东', '刘建华', '王芳']]]);
  });

  it('keeps a contact line among the marker lines in the task, splitting nothing (probe 13: two tasks, one without units)', () => {
    const { matrix } = parseText(['一、重点任务', '1.举办招商活动。', '牵头单位：县商务局', '联系人：赵磊，电话：52812345', '完成时限：2024年11月底前'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.text, t.lead, t.deadline?.text, t.source])).toEqual([
      ['1.1', '举办招商活动。\n联系人：赵磊，电话：52812345', ['县商务局'], '2024年11月底前', { line: 2, endLine: 5 }],
    ]);
  });

  it('reads 牵头单位 / 配合单位 / 完成时限 lines after an item as one task', () => {
    const { matrix } = parseText(['一、任务', '1.提升口岸通关效率。推进智慧口岸建设。', '牵头单位：市口岸办', '配合单位：二连海关、市交通运输局', '完成时限：2024年12月底前', '2.推进合作区建设。完善基础设施。', '牵头单位：边合区管委会', '完成时限：长期坚持'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.support, t.deadline])).toEqual([
      ['1.1', ['市口岸办'], ['二连海关', '市交通运输局'], { text: '2024年12月底前', due: '2024-12-31' }],
      ['1.2', ['边合区管委会'], [], { text: '长期坚持', due: null }],
    ]);
    expect(matrix.tasks[0].source).toEqual({ line: 2, endLine: 5 });
  });

  it('makes #k tasks of several marked paragraphs of one item', () => {
    const { matrix } = parseText(['一、要求', '二、保障措施', '各地要落实责任。（牵头单位：省政府办公厅；责任单位：各市、州、县人民政府）', '建立评价制度。（牵头单位：省发展改革委；责任单位：省统计局）'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.title, t.lead, t.responsible])).toEqual([
      ['2#1', null, ['省政府办公厅'], ['各市、州、县人民政府']],
      ['2#2', null, ['省发展改革委'], ['省统计局']],
    ]);
  });

  it('makes a heading with an inline marker a task, without the marker in its title', () => {
    const { matrix } = parseText(['一、强化创新驱动（区科技局牵头）', '1.建设平台。'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.title, t.lead])).toEqual([['1', '强化创新驱动', ['区科技局']]]);
  });

  it('makes a heading marked （由X牵头实施） a task, its items unmarked (苍南县, 2023)', () => {
    const { matrix, messages } = parseText(['一、扩大有效投资政策(由县发改局牵头实施)', '1.加大财政支持力度。县财政统筹安排资金。', '二、科技创新政策（由县科技局牵头实施）', '1.支持企业研发。'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.title, t.lead])).toEqual([
      ['1', '扩大有效投资政策', ['县发改局']],
      ['2', '科技创新政策', ['县科技局']],
    ]);
    expect(messages.filter((m) => m.ruleId === 'unaccounted-marker')).toEqual([]);
  });

  it('keeps a marker block after （二） with （二） when （一） holds a marked item (probe 22)', () => {
    const { matrix } = parseText(['一、整改任务', '（一）耕地“非农化”问题仍有发生。', '1．全面排查整治。建立台账。〔牵头单位：县自然资源局〕', '（二）粮食储备管理存在薄弱环节。', '整改措施：开展县级储备粮专项检查。', '牵头单位：县发展改革局', '责任单位：县财政局'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['1.1.1', ['县自然资源局'], []],
      ['1.2', ['县发展改革局'], ['县财政局']],
    ]);
  });

  it('gives a marker paragraph after a run of unmarked sub-items to the item above them', () => {
    const { matrix } = parseText(['一、任务', '（一）加强宣传', '1.办好节庆活动。', '2.办好科普日。', '〔牵头单位：县科协；责任单位：县委宣传部〕', '（二）加强培训。开展培训。〔责任单位：县人社局〕'].join('\n\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead])).toEqual([['1.1', ['县科协']], ['1.2', []]]);
  });

  it('applies the note 排在第一位的为牵头单位 to every responsible list', () => {
    const { matrix } = parseText(['关于印发方案的通知', '责任分解中，排在第一位的为牵头单位。', 'XX市人民政府', '2021年3月5日', 'XX市重点工作责任分解', '一、任务', '1.推进改革。（市发改委、市财政局负责）', '2.扩大开放。（市商务局负责）'].join('\n\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['1.1', ['市发改委'], ['市财政局']],
      ['1.2', ['市商务局'], []],
    ]);
  });

  it('reads an outline with no markers as zero tasks, with a warning', () => {
    const { matrix, messages } = parseText('一、总体要求\n（一）指导思想。坚持。\n二、主要任务\n');
    expect(matrix.tasks).toEqual([]);
    expect(matrix.outline.map((i) => i.id)).toEqual(['1', '2']);
    expect(messages.map((m) => [m.ruleId, m.fatal])).toEqual([['no-markers', false]]);
  });
});

describe('inline verb variants', () => {
  it.each([
    ['（县发改局牵头负责，县财政局配合）', { lead: ['县发改局'], responsible: [], support: ['县财政局'] }],
    ['（县发改局牵头，县直各相关部门按职责分工落实）', { lead: ['县发改局'], responsible: ['县直各相关部门'], support: [] }],
    ['（县教体局、县卫健局分别负责）', { lead: [], responsible: ['县教体局', '县卫健局'], support: [] }],
    // A verb with the action it takes on (苍南县's 若干政策, 2023: `一、扩大有效投资政策(由县发改局牵头实施)`).
    ['(由县发改局牵头实施)', { lead: ['县发改局'], responsible: [], support: [] }],
    ['（县商务局牵头推进，县财政局、县税务局配合落实）', { lead: ['县商务局'], responsible: [], support: ['县财政局', '县税务局'] }],
    ['（县住建局牵头组织实施，各乡镇负责实施）', { lead: ['县住建局'], responsible: ['各乡镇'], support: [] }],
    ['（县应急局负责推进，县消防救援大队协助落实）', { lead: [], responsible: ['县应急局'], support: ['县消防救援大队'] }],
    // A full stop closing the phrase inside its bracket (probe 22).
    ['（省委网信办牵头，省公安厅、省数据局配合。）', { lead: ['省委网信办'], responsible: [], support: ['省公安厅', '省数据局'] }],
    ['（省委网信办负责。）', { lead: [], responsible: ['省委网信办'], support: [] }],
    // The ways offices word 按职责分工负责 (probe 22): none of it is part of the last name.
    ['（省发展改革委、省统计局、省财政厅按各自职责负责）', { lead: [], responsible: ['省发展改革委', '省统计局', '省财政厅'], support: [] }],
    ['（省应急管理厅、省生态环境厅依职责负责）', { lead: [], responsible: ['省应急管理厅', '省生态环境厅'], support: [] }],
    ['（省政府办公厅牵头，省数据局根据职责分工负责）', { lead: ['省政府办公厅'], responsible: ['省数据局'], support: [] }],
    ['（省民政厅、省财政厅按职能职责落实）', { lead: [], responsible: ['省民政厅', '省财政厅'], support: [] }],
    // 主责单位: the unit that answers first, the lead (probe 22: it was dropped without a finding).
    ['（主责单位：市发改委；协同单位：市财政局）', { lead: ['市发改委'], responsible: [], support: ['市财政局'] }],
    // 主办单位 beside 协办单位 (probe 24); alone it is a web page's footer, below.
    ['（主办单位：县发改局；协办单位：县统计局）', { lead: ['县发改局'], responsible: [], support: ['县统计局'] }],
    // Every support word with 部门 (probe 25), a qualifier before a label (probe 24), a time among the names (probe 25).
    ['（牵头部门：市财政局；参与部门：市商务局、市发展改革委）', { lead: ['市财政局'], responsible: [], support: ['市商务局', '市发展改革委'] }],
    ['（牵头单位：县人社局；其他责任单位：县财政局）', { lead: ['县人社局'], responsible: ['县财政局'], support: [] }],
    ['（牵头单位：县人社局；相关责任单位：县财政局）', { lead: ['县人社局'], responsible: ['县财政局'], support: [] }],
    ['（2024年6月底前完成，县交通运输局负责）', { lead: [], responsible: ['县交通运输局'], support: [] }],
    // Posts are no units (probe 25: 县委常委 was read as a lead).
    ['（县委常委、组织部部长牵头，县委组织部、县人社局负责）', { lead: [], responsible: ['县委组织部', '县人社局'], support: [] }],
  ])('%s', (phrase, want) => {
    expect(roles(scan(`开展工作。${phrase}`).groups[0])).toEqual(want);
  });
});

describe('more variants', () => {
  it('reads a deadline closing the inline phrase', () => {
    const s = scan('开展工作。（县发改局牵头，县财政局配合，2024年6月底前完成）');
    expect(roles(s.groups[0])).toEqual({ lead: ['县发改局'], responsible: [], support: ['县财政局'] });
    expect(s.groups[0].deadline).toBe('2024年6月底前完成');
  });
  it('reads a label with a parenthesised note before its colon', () => {
    expect(roles(scan('开展工作。（牵头单位（部门）：县发改局；配合单位：县财政局）').groups[0])).toEqual({ lead: ['县发改局'], responsible: [], support: ['县财政局'] });
  });
  it('moves a unit marked （牵头） in a responsible list to lead', () => {
    const { matrix } = parseText('一、任务\n1.开展工作。（责任单位：市发改委（牵头）、市财政局）\n');
    expect(roles(matrix.tasks[0])).toEqual({ lead: ['市发改委'], responsible: ['市财政局'], support: [] });
  });
  it('numbers items written 1） under （一）', () => {
    const { matrix } = parseText('一、任务\n（一）改革\n1）开展工作。（县科协负责）\n2）开展培训。（县人社局负责）\n');
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1.1', '1.1.2']);
  });
});

describe('bare role labels and labelled clauses', () => {
  it('reads （牵头：X；配合：Y）', () => {
    expect(roles(scan('开展工作。（牵头：县发改局；配合：县财政局、县住建局）').groups[0])).toEqual({ lead: ['县发改局'], responsible: [], support: ['县财政局', '县住建局'] });
  });
  it('does not read a bare role word in prose as a label', () => {
    expect(scan('各部门要加强配合：一是统一思想。').groups).toEqual([]);
  });
  it('reads a labelled list written with inline verbs', () => {
    expect(roles(scan('开展工作。（责任单位：县发改局牵头，县财政局、县住建局配合）').groups[0])).toEqual({ lead: ['县发改局'], responsible: [], support: ['县财政局', '县住建局'] });
  });
});

describe('labels set in brackets', () => {
  it('reads 【牵头单位】X【配合单位】Y', () => {
    const s = scan('推进改革。【牵头单位】县发改局【配合单位】县财政局、县住建局');
    expect(roles(s.groups[0])).toEqual({ lead: ['县发改局'], responsible: [], support: ['县财政局', '县住建局'] });
    expect(s.text).toBe('推进改革。');
  });
  it('reads bracketed labels on lines of their own', () => {
    const { matrix } = parseText('一、任务\n1.推进改革。\n【牵头单位】县发改局\n【完成时限】2024年底前\n');
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.deadline])).toEqual([['1.1', ['县发改局'], { text: '2024年底前', due: '2024-12-31' }]]);
  });
});

describe('the first-is-lead note in its variants', () => {
  it.each(['排名第一的为牵头单位', '列在首位的为牵头单位', '第一个为牵头单位'])('%s, also inside a unit list', (note) => {
    const { matrix } = parseText(`一、任务\n1.办好活动。（责任单位：县科协、县教体局（${note}））\n`);
    expect(roles(matrix.tasks[0])).toEqual({ lead: ['县科协'], responsible: ['县教体局'], support: [] });
  });
});

describe('clauses opened by 由', () => {
  it('reads （由X牵头，Y配合）', () => {
    expect(roles(scan('开展工作。（由县发改局牵头，县财政局配合）').groups[0])).toEqual({ lead: ['县发改局'], responsible: [], support: ['县财政局'] });
  });
});

describe('markers found by the probes of new notices', () => {
  const tasks = (lines: string[]) => parseText(['XX县2024年工作方案', '', ...lines].join('\n'));
  const brief = (t: { id: string; lead: string[]; responsible: string[]; support: string[]; deadline: { text: string } | null; text: string }) => [t.id, t.lead, t.responsible, t.support, t.deadline?.text ?? null, t.text];

  it('reads inline clauses and a label in one bracket as one group', () => {
    const { matrix, messages } = tasks([
      '一、重点任务',
      '1.加强路内停车管理。（市城管局负责；完成时限：2023年三季度）',
      '2.推进公共停车场建设。（市住建局牵头，市城管局、市交警支队配合；完成时限：2024年上半年）',
    ]);
    expect(matrix.tasks.map(brief)).toEqual([
      ['1.1', [], ['市城管局'], [], '2023年三季度', '加强路内停车管理。'],
      ['1.2', ['市住建局'], [], ['市城管局', '市交警支队'], '2024年上半年', '推进公共停车场建设。'],
    ]);
    expect(messages).toEqual([]);
  });

  it('leaves a closing 下同 out of an inline phrase', () => {
    const { matrix, messages } = tasks(['一、重点任务', '1.深化文明创建。（县委宣传部牵头，县文明办负责，下同）']);
    expect(matrix.tasks.map(brief)).toEqual([['1.1', ['县委宣传部'], ['县文明办'], [], null, '深化文明创建。']]);
    expect(messages).toEqual([]);
  });

  it('drops a bracketed label of another level of government (【省牵头单位】)', () => {
    const { matrix, messages } = tasks(['一、重点任务', '（一）保护长江水质。实施排污口整治。', '【责任单位】州水务局、州自然资源局', '【省牵头单位】省生态环境厅']);
    expect(matrix.tasks.map(brief)).toEqual([['1.1', [], ['州水务局', '州自然资源局'], [], null, '保护长江水质。实施排污口整治。']]);
    expect(messages.map((m) => m.ruleId)).toEqual(['ignored-marker']);
  });

  it('joins a bracket cut before its next label by a page break', () => {
    const { matrix, messages } = tasks(['一、重点任务', '1.推进5G网络建设。（牵头单位：市工信局；', '', '- 2 -', '', '责任单位：市通信发展办、市数据局；完成时限：2026年底前）']);
    expect(matrix.tasks.map(brief)).toEqual([['1.1', ['市工信局'], ['市通信发展办', '市数据局'], [], '2026年底前', '推进5G网络建设。']]);
    expect(messages.map((m) => m.ruleId)).toEqual(['page-break-join']);
  });

  it('keeps two marked paragraphs of one item apart when the first ends in its labels', () => {
    const { matrix } = tasks([
      '一、重点任务',
      '（三）加强农业面源污染治理',
      '推进化肥农药减量增效。【牵头单位】州农业农村局【责任单位】各县、市人民政府',
      '全面禁止露天焚烧秸秆，推进秸秆综合利用。【牵头单位】州住建局【责任单位】各县、市人民政府',
    ]);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['1.3#1', ['州农业农村局'], ['各县、市人民政府']],
      ['1.3#2', ['州住建局'], ['各县、市人民政府']],
    ]);
    // The item is not a task: its title ends the path of its paragraphs' tasks.
    expect(matrix.tasks.map((t) => t.path)).toEqual([
      ['重点任务', '加强农业面源污染治理'],
      ['重点任务', '加强农业面源污染治理'],
    ]);
  });
});

describe('markers found by the second round of probes', () => {
  const tasks = (lines: string[]) => parseText(['XX市2024年工作方案', '', '一、重点任务', ...lines].join('\n'));
  const brief = (t: { id: string; lead: string[]; responsible: string[]; support: string[]; deadline: { text: string } | null }) => [t.id, t.lead, t.responsible, t.support, t.deadline?.text ?? null];

  it('ends a list at time clauses closing the bracket, as one deadline', () => {
    const { matrix } = tasks([
      '1.推进设备更新。（责任单位：市工信局、市发改委，按时序推进）',
      '2.推进充电设施建设。（责任单位：市交通运输局，2024年10月底前完成方案制定，12月底前启动实施）',
      '3.推进老旧小区改造。（责任单位：市住建局，三年内完成）',
    ]);
    expect(matrix.tasks.map(brief)).toEqual([
      ['1.1', [], ['市工信局', '市发改委'], [], '按时序推进'],
      ['1.2', [], ['市交通运输局'], [], '2024年10月底前完成方案制定，12月底前启动实施'],
      ['1.3', [], ['市住建局'], [], '三年内完成'],
    ]);
    // The last date named is when the task is due (as for a range).
    expect(matrix.tasks.map((t) => t.deadline?.due)).toEqual([null, '2024-12-31', null]);
  });

  it('reads 由X牵头会同Y负责 and 会同Y共同负责 without the verbs in the names', () => {
    const { matrix } = tasks(['1.压实安全责任，由市安委办会同市委组织部共同负责。', '2.开展隐患排查，由市应急管理局牵头会同市直有关部门负责。']);
    expect(matrix.tasks.map(brief)).toEqual([
      ['1.1', [], ['市安委办'], ['市委组织部'], null],
      ['1.2', ['市应急管理局'], [], ['市直有关部门'], null],
    ]);
  });

  it('leaves 等… phrases and a closing 以下均需… clause out of the units', () => {
    const { matrix, messages } = tasks(['1.开展志愿服务。（市妇联等群团组织负责）', '2.做好统计监测。（市统计局、市财政局等10个部门负责，以下均需按季度报送进展）']);
    expect(matrix.tasks.map(brief)).toEqual([
      ['1.1', [], ['市妇联'], [], null],
      ['1.2', [], ['市统计局', '市财政局'], [], null],
    ]);
    expect(messages).toEqual([]);
  });

  it.each([
    ['（排在第一位的为牵头责任单位）'],
    ['（各项措施中，排在第一位的单位牵头）'],
  ])('reads the note %s on a line of its own, and no marker in it', (note) => {
    const { matrix, messages } = parseText(['XX市2024年工作方案', note, '', '一、重点任务', '1.推进项目建设。（市发改委、市财政局负责）'].join('\n'));
    expect(matrix.tasks.map(brief)).toEqual([['1.1', ['市发改委'], ['市财政局'], [], null]]);
    expect(messages).toEqual([]);
  });

  it('takes the issuer from the document title when it is issued directly with a date only', () => {
    const doc = parseText(['XX市人民政府办公室关于进一步促进消费的若干措施', '', '一、促进大宗消费', '1.支持汽车消费。（市商务局负责）', '', '2024年6月17日'].join('\n')).matrix.document;
    expect([doc.title, doc.issuer, doc.date]).toEqual(['XX市人民政府办公室关于进一步促进消费的若干措施', 'XX市人民政府办公室', '2024-06-17']);
  });
});

describe('units alone in an item-final parenthesis', () => {
  it('are the responsible units after a sentence (the first the lead under the note), never an apposition', () => {
    const { matrix, messages } = parseText([
      'XX市安全生产若干措施',
      '（各项措施中，排在第一位的单位牵头）',
      '',
      '一、深化专项整治',
      '1.开展危化品安全整治。（市应急管理局、市工业和信息化局、市公安局）',
      '2.报送进展。每月23日前报市政府办公厅（市职转办、市营商办）。',
      '3.开展宣传。（2024—2026年）',
    ].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible])).toEqual([['1.1', ['市应急管理局'], ['市工业和信息化局', '市公安局']]]);
    expect(messages).toEqual([]);
  });
});

describe('落实 in an inline phrase', () => {
  it('reads X落实 like X负责, so the phrase is not lost', () => {
    const { matrix, messages } = parseText(['XX市就业工作方案', '一、促进就业', '1.促进农村劳动力转移就业。（市人社局、市农业农村局负责，各县区人民政府落实）'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.responsible])).toEqual([['1.1', ['市人社局', '市农业农村局', '各县区人民政府']]]);
    expect(messages).toEqual([]);
  });
});

describe('the fourth round of probes', () => {
  it('gives marker lines after an item with text of its own to that item when the next item is its sibling', () => {
    const { matrix } = parseText(['XX市冰雪旅游方案', '三、保障措施', '（一）加强组织领导。各地要建立工作机制。', '（二）加大政策支持。统筹现有专项资金。', '责任单位：市财政局、市发改委', '（三）强化宣传推介。开展系列宣传。', '责任单位：市委宣传部、市文旅局'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.responsible])).toEqual([
      ['3.2', ['市财政局', '市发改委']],
      ['3.3', ['市委宣传部', '市文旅局']],
    ]);
  });

  it('joins a long numbered line that runs on with commas to the line it wraps into', () => {
    const { matrix } = parseText(['XX县政务服务工作要点', '一、重点任务', '　　1.全面梳理县乡两级政务服务事项，按照统一标准动态调整事项目录，做到同一事项同', '一标准、同一编码。（牵头单位：县数据局）'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.title, t.text])).toEqual([['1.1', null, '全面梳理县乡两级政务服务事项，按照统一标准动态调整事项目录，做到同一事项同一标准、同一编码。']]);
  });

  it("keeps a web page's breadcrumb out of the notice title", () => {
    const doc = parseText(['首页 > 政务公开 > 政府文件 > XX府办规', 'XX市人民政府办公厅关于印发XX市支持科技创新若干措施的通知', '发布时间：2023-07-20 09:30  来源：市政府办公厅', '', '一、重点任务', '1.支持研发。（市科技局负责）'].join('\n')).matrix.document;
    expect([doc.notice, doc.title]).toEqual(['XX市人民政府办公厅关于印发XX市支持科技创新若干措施的通知', 'XX市支持科技创新若干措施']);
  });
});

describe('fields after a unit list', () => {
  it('never joins a field line of its own (整改时限：, 备注：) to the last unit, and reads 整改时限 as the deadline', () => {
    const { matrix } = parseText(['XX县督查整改任务', '一、稳增长方面', '1.加快惠企资金兑付。', '　　责任单位：县工信局、县财政局', '　　整改时限：2022年9月底前', '2.加快项目审批。', '　　责任单位：县自然资源局', '　　备注：每月报送进展'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.responsible, t.deadline?.text ?? null])).toEqual([
      ['1.1', ['县工信局', '县财政局'], '2022年9月底前'],
      ['1.2', ['县自然资源局'], null],
    ]);
  });
});

describe('notes in an item-final parenthesis that are not units', () => {
  it.each(['（联席会议办公室设在市民政局）', '（含乡镇卫生院、村卫生室）', '（图书馆、文化馆、博物馆、美术馆）', '（报市老龄办）'])('%s assigns nothing', (note) => {
    const { matrix } = parseText(['XX市养老服务方案', '一、完善服务体系', `1.建立联席会议制度。${note}`].join('\n'));
    expect(matrix.tasks).toEqual([]);
  });

  it('keeps the tasks after an empty 备注： line, and gives a covering letter deadline alone no task and no error', () => {
    const { matrix, messages } = parseText([
      'XX市人民政府办公室关于印发《XX市工作清单》的通知',
      '各区政府：',
      '请按时报送进展。时限要求：每季度结束后5个工作日内报送。',
      'XX市人民政府办公室',
      '2024年2月20日',
      'XX市工作清单',
      '一、提升政务服务',
      '1.推进一网通办。',
      '责任单位：区政务服务中心',
      '备注：',
      '2.推进一件事一次办。',
      '责任单位：区数据局',
    ].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.responsible])).toEqual([['1.1', ['区政务服务中心']], ['1.2', ['区数据局']]]);
    expect(messages).toEqual([]);
  });
});
