import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseText } from '../helpers/parse.js';

// Small notices of our own, written in the layouts clerks receive (checked by hand line by line).
const read = (name: string) => parseText(readFileSync(`fixtures/notices/forms/${name}`, 'utf8'));

describe('the header', () => {
  it('reads a covering letter with 版头, 发文字号, a title over two lines, signature, date and an attachment', () => {
    const { matrix } = read('cover-letter-lines.txt');
    expect(matrix.document).toEqual({
      title: 'XX市2024年优化营商环境工作方案',
      notice: 'XX市人民政府办公室关于印发XX市2024年优化营商环境工作方案的通知',
      docNumber: 'X政办发〔2024〕12号',
      issuer: 'XX市人民政府办公室',
      date: '2024-03-01',
      recipients: ['各县（市、区）人民政府', '市政府各部门'],
    });
    // The plan's body starts after its title: 一、 is item 1, and the marker lines of item 1. make one task.
    expect(matrix.outline.map((i) => [i.id, i.title, i.line])).toEqual([
      ['1', '工作目标', 22],
      ['2', '重点任务', 24],
      ['3', '保障措施', 36],
    ]);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.due ?? null, t.source.line, t.source.endLine])).toEqual([
      ['2.1.1', [], ['市数据局', '市政务服务中心', '各县（市、区）人民政府'], '2024-06-30', 26, 28],
      ['2.1.2', ['市数据局'], ['市直有关部门'], '2024-12-31', 29, 32],
      ['2.2.3', ['市司法局'], ['市市场监管局', '市生态环境局'], null, 34, 34],
      ['2.2.4', ['市市场监管局'], ['市公安局', '市法院'], null, 35, 35],
      ['3', [], ['市营商办'], null, 36, 37],
    ]);
  });

  it('reads an 意见 with no covering letter: title, recipients on the next line, signature at the end', () => {
    const { matrix } = read('opinion-with-attachment.txt');
    expect(matrix.document).toEqual({
      title: 'XX县人民政府关于加强安全生产工作的意见',
      notice: null,
      docNumber: null,
      issuer: 'XX县人民政府',
      date: '2024-01-05',
      recipients: ['各乡镇人民政府'],
    });
    expect(matrix.tasks.slice(0, 2).map((t) => [t.id, t.lead, t.responsible])).toEqual([
      ['2.1', ['县应急局'], ['各乡镇人民政府']],
      ['2.2', [], ['县应急局']],
    ]);
  });

  it('takes as 主送机关 only a line of bodies addressed, not a preamble sentence ending in a colon', () => {
    const recipients = (line: string) => parseText(`某县2024年稳增长措施分工\n\n${line}\n\n一、加快推进重大项目建设。（牵头单位：县发改局）\n`).matrix.document.recipients;
    // probe 13: a plan without a covering letter, its preamble before 一、.
    expect(recipients('为推动经济运行持续向好，现将稳增长措施责任分工如下：')).toEqual([]);
    expect(recipients('现将有关分工通知如下：')).toEqual([]);
    // A 主送机关 over two lines, cut after a comma or inside a name (probe 33).
    expect(recipients('各乡镇人民政府，县政府各部门，\n县直各单位：')).toEqual(['各乡镇人民政府', '县政府各部门', '县直各单位']);
    expect(recipients('各乡、镇人民政府，城关街道办事处，县政府各部门，县直及驻\n县各单位：')).toEqual(['各乡、镇人民政府', '城关街道办事处', '县政府各部门', '县直及驻县各单位']);
    // A subject and its demand (probe 26's c16, once a demand ended a unit list).
    expect(recipients('县直各部门、各乡镇（街道）要按照职责分工，重点做好以下工作：')).toEqual([]);
    // Bodies, also a place of a shared ending (`各市、州、县人民政府`), schools, traditional characters.
    expect(recipients('各市、州、县人民政府，省政府各部门：')).toEqual(['各市、州、县人民政府', '省政府各部门']);
    expect(recipients('各县（市、区）人民政府，德阳经开区、德阳高新区管委会，市级各部门：')).toEqual(['各县（市、区）人民政府', '德阳经开区', '德阳高新区管委会', '市级各部门']);
    expect(recipients('各中小学、幼儿园，局机关各科室，局属各单位：')).toEqual(['各中小学', '幼儿园', '局机关各科室', '局属各单位']);
    expect(recipients('各街道辦事處，區政府直屬各單位：')).toEqual(['各街道辦事處', '區政府直屬各單位']);
    // probe 14: people's organisations, the congress and CPPCC, customs, all staff.
    expect(recipients('县委、县政府各部门，县人大、县政协机关，县纪委监委：')).toEqual(['县委', '县政府各部门', '县人大', '县政协机关', '县纪委监委']);
    expect(recipients('各民主党派县委，县工商联，县侨联，县台办：')).toEqual(['各民主党派县委', '县工商联', '县侨联', '县台办']);
    expect(recipients('全体党员、干部职工：')).toEqual(['全体党员', '干部职工']);
    expect(recipients('XX海关，县总工会、团县委、县妇联、县科协、县残联：')).toEqual(['XX海关', '县总工会', '团县委', '县妇联', '县科协', '县残联']);
    // probe 17: a body whose name starts with 经 (经济技术开发区, 经开区), not `经市政府同意，…`.
    expect(recipients('各县（市、区）人民政府，经济技术开发区管委会，市人民政府各部门：')).toEqual(['各县（市、区）人民政府', '经济技术开发区管委会', '市人民政府各部门']);
    expect(recipients('经开区管委会，各乡镇人民政府：')).toEqual(['经开区管委会', '各乡镇人民政府']);
    expect(recipients('经县政府同意，现将分工方案印发给你们：')).toEqual([]);
  });

  it('takes the title from 《…》 of the notice title when the plan has no title line, 〈〉 turned back into 《》', () => {
    const { matrix } = parseText(['XX市人民政府关于印发《〈政府工作报告〉重点工作分工方案》的通知', '各县区：', '现印发给你们。', 'XX市人民政府', '2024年2月1日', '一、任务', '1.办好活动。（市科协负责）'].join('\n\n'));
    expect(matrix.document.title).toBe('《政府工作报告》重点工作分工方案');
    expect(matrix.document.notice).toBe('XX市人民政府关于印发《〈政府工作报告〉重点工作分工方案》的通知');
  });
});

describe('a Word notice converted to Markdown (bold paragraphs, escaped list numbers, a table after the items)', () => {
  const { matrix } = parseText(readFileSync('fixtures/notices/forms/pandoc-bold-headings.md', 'utf8'), 'markdown');
  it('joins the issuing body and 关于…的通知 set as two bold paragraphs', () => {
    expect(matrix.document).toMatchObject({
      notice: 'XX县人民政府办公室关于印发XX县2024年重点工作任务分工方案的通知',
      title: 'XX县2024年重点工作任务分工方案',
      issuer: 'XX县人民政府办公室',
      date: '2024-02-20',
    });
  });
  it('numbers the rows of a table after a task under the task\'s section, not under the task', () => {
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.support])).toEqual([
      ['1.1', ['县发改委'], ['各乡镇人民政府'], []],
      ['1.2', ['县发改委'], [], ['县自然资源局', '县住建局']],
      ['2.3', ['县人社局'], [], ['各乡镇']],
      ['2.4', [], ['县民政局', '县财政局'], []],
    ]);
  });
});

describe('a period under the title line', () => {
  it('is part of the title', () => {
    const { matrix } = parseText(['XX县人民政府办公室关于印发XX县科普三年行动方案的通知', 'XX县人民政府办公室', '2024年1月5日', 'XX县科普三年行动方案', '（2024—2026年）', '一、任务', '1.办好活动。（县科协负责）'].join('\n\n'));
    expect(matrix.document.title).toBe('XX县科普三年行动方案（2024—2026年）');
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1']);
  });
});

describe('header layouts of web copies and gazettes', () => {
  /** A short notice around a header, so that only the header varies between the cases. */
  const notice = (head: string[], signature: string[] = ['XX县人民政府', '2024年2月7日']) =>
    parseText([...head, '', '各乡镇人民政府，县政府各部门：', '　　现将《XX县2024年就业工作方案》印发给你们，请认真贯彻执行。', '', ...signature, '', 'XX县2024年就业工作方案', '', '一、重点任务', '1.稳定就业岗位。（牵头单位：县人社局）'].join('\n')).matrix.document;

  it.each([
    ['a 发文字号 in brackets after the notice title', ['XX县人民政府关于印发XX县2024年就业工作方案的通知（X府发〔2024〕4号）'], 'X府发〔2024〕4号'],
    ['the same on a line of its own', ['XX县人民政府关于印发XX县2024年就业工作方案的通知', '（X府发〔2024〕4号）'], 'X府发〔2024〕4号'],
    ['the brackets of a web copy', ['X政办函﹝2024﹞21号', 'XX县人民政府关于印发XX县2024年就业工作方案的通知'], 'X政办函﹝2024﹞21号'],
    ['a 发文字号： field', ['发文字号：X政办函〔2024〕21号', 'XX县人民政府关于印发XX县2024年就业工作方案的通知'], 'X政办函〔2024〕21号'],
    ['第 before the number and 签发人 on the line', ['X政办函〔2024〕第21号　　签发人：张三', 'XX县人民政府关于印发XX县2024年就业工作方案的通知'], 'X政办函〔2024〕第21号'],
    ['a number spaced out', ['X 政 办 函 〔 2024 〕 21 号', 'XX县人民政府关于印发XX县2024年就业工作方案的通知'], 'X政办函〔2024〕21号'],
    ['full-width digits, kept as written', ['X府发〔２０２４〕４号', 'XX县人民政府关于印发XX县2024年就业工作方案的通知'], 'X府发〔２０２４〕４号'],
  ])('reads the 发文字号 from %s', (_what, head, docNumber) => {
    const doc = notice(head);
    expect([doc.docNumber, doc.notice, doc.title]).toEqual([docNumber, 'XX县人民政府关于印发XX县2024年就业工作方案的通知', 'XX县2024年就业工作方案']);
  });

  it.each([
    ['full-width digits', ['XX县人民政府', '２０２４年２月７日'], 'XX县人民政府', '2024-02-07'],
    ['〇 typed as the letter O', ['XX县人民政府', '二O二四年二月七日'], 'XX县人民政府', '2024-02-07'],
    ['〇 typed as the digit 0', ['XX县人民政府', '二0二四年二月七日'], 'XX县人民政府', '2024-02-07'],
    ['the date in brackets', ['XX县人民政府', '（2024年2月7日）'], 'XX县人民政府', '2024-02-07'],
    ['signature and date on one line', ['XX县人民政府　　2024年2月7日'], 'XX县人民政府', '2024-02-07'],
    ['two bodies signing together', ['XX县发展和改革局　　　　XX县财政局', '2024年2月7日'], 'XX县发展和改革局、XX县财政局', '2024-02-07'],
    ['a name spaced out letter by letter', ['X X 县 人 民 政 府', '2024年2月7日'], 'XX县人民政府', '2024-02-07'],
  ])('reads the signature and 成文日期 written with %s', (_what, signature, issuer, date) => {
    const doc = notice(['XX县人民政府关于印发XX县2024年就业工作方案的通知'], signature);
    expect([doc.issuer, doc.date]).toEqual([issuer, date]);
  });

  it('takes the plan title printed without 《》 in the notice title', () => {
    const doc = parseText(['XX市人民政府办公室关于印发XX市2024年冬季清洁取暖工作方案的通知', '', '各县、区人民政府：', '　　现将方案印发给你们。', '', 'XX市人民政府办公室', '2024年9月2日', '', '一、重点任务', '1.推进清洁取暖。（牵头单位：市发改委）'].join('\n')).matrix.document;
    expect(doc.title).toBe('XX市2024年冬季清洁取暖工作方案');
  });

  it('keeps web-page metadata lines under a title out of it', () => {
    const doc = parseText(['【工作动态】《XX区2024年农村供水保障工作方案》', '来源：XX区水务局', '发布时间：2024-02-27', '浏览次数：213', '', '一、重点任务', '1.建设供水工程。（牵头单位：区水务局）'].join('\n')).matrix.document;
    expect([doc.title, doc.issuer, doc.date]).toEqual(['XX区2024年农村供水保障工作方案', null, null]);
  });

  it("keeps a web page's footer and a one-line attachment list out of the last item (probe 17)", () => {
    const text = [
      'XX县2024年为民办实事项目分工方案',
      '',
      '一、安全保障类',
      '　　1.实施食品安全守护行动，完成食品抽检3000批次。（牵头单位：县市场监管局；完成时限：2024年12月底前）',
      '',
      '　　附件：XX县2024年为民办实事项目责任分解表（略）',
      '',
      '【打印本页】　　【关闭窗口】',
      '',
      '扫一扫在手机打开当前页',
      // The links to the page's neighbours (probe 30).
      '上一篇：关于获奖名单的公示 | 下一篇：2024年政府信息公开工作年度报告',
      '相关链接：中国政府网　福建省人民政府',
      '网站标识码：3509210001　　闽ICP备05019187号　　闽公网安备 35092102000112号',
    ].join('\n');
    const [task] = parseText(text).matrix.tasks;
    expect([task.title, task.text, task.source.endLine]).toEqual([null, '实施食品安全守护行动，完成食品抽检3000批次。', 4]);
    // A paragraph that only mentions printing is text, not a button.
    expect(parseText('一、任务\n1.印发宣传册。\n打印宣传册5000份。\n（牵头单位：县委宣传部）').matrix.tasks[0].text).toBe('印发宣传册。\n打印宣传册5000份。');
  });
});

describe('more signatures and page furniture', () => {
  it('reads bodies signing together on two lines as both', () => {
    const doc = parseText(['中共XX县委办公室　XX县人民政府办公室', '关于印发《XX县2025年工作要点》的通知', '', '各乡镇党委、政府：', '　　现将《XX县2025年工作要点》印发给你们。', '', '中共XX县委办公室', 'XX县人民政府办公室', '2025年3月1日', '', 'XX县2025年工作要点', '', '一、重点任务', '1.优化审批。（牵头单位：县政务中心）'].join('\n')).matrix.document;
    expect([doc.issuer, doc.date]).toEqual(['中共XX县委办公室、XX县人民政府办公室', '2025-03-01']);
  });

  it('drops a running header repeating the title just above a page number', () => {
    const { matrix } = parseText(['XX县2025年优化营商环境工作要点', '', '一、重点任务', '1.深化审批改革。', '牵头单位：县住建局', '完成时限：2025年6月', '　　　　　　　　　　　XX县2025年优化营商环境工作要点', '- 2 -', '2.规范招投标。', '牵头单位：县发改局'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.deadline])).toEqual([
      ['1.1', ['县住建局'], { text: '2025年6月', due: '2025-06-30' }],
      ['1.2', ['县发改局'], null],
    ]);
  });
});

describe('covering letters and attachments', () => {
  it("keeps the covering letter's own numbered paragraphs out of the outline when the plan has no title line", () => {
    const { matrix, messages } = parseText([
      'XX县人民政府办公室关于印发《XX县2024年安全生产工作要点》的通知',
      '',
      '各乡镇人民政府，县直各部门：',
      '',
      '现将《XX县2024年安全生产工作要点》印发给你们，并提出以下要求：',
      '',
      '一、提高认识。各乡镇、各部门要高度重视。',
      '',
      '二、压实责任。各配合单位要主动配合。',
      '',
      'XX县人民政府办公室',
      '2024年2月20日',
      '',
      '一、强化责任落实',
      '',
      '1.严格落实安全生产责任制。（县应急局牵头，县直各部门配合）',
    ].join('\n'));
    expect(matrix.document.title).toBe('XX县2024年安全生产工作要点');
    expect(matrix.outline.map((i) => [i.id, i.title])).toEqual([['1', '强化责任落实']]);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([['1.1', ['县应急局'], ['县直各部门']]]);
    expect(messages).toEqual([]);
  });

  it('skips the list of attachments, and opens no item of the plan in an attachment', () => {
    const { matrix } = parseText([
      'XX县工作方案',
      '',
      '一、重点任务',
      '',
      '（一）严格督查考核。县政府督查室每月督查通报。',
      '',
      '附件：1.XX县工作任务清单',
      '      2.XX县联络员名单',
      '',
      '附件1',
      '',
      'XX县工作任务清单',
      '',
      '序号\t工作任务\t牵头单位',
      '5\t建设停车场。\t县住建局',
    ].join('\n'));
    expect(matrix.outline.map((i) => [i.id, i.children.map((c) => c.id)])).toEqual([['1', ['1.1']], ['5', []]]);
    expect(matrix.tasks.map((t) => [t.id, t.path, t.lead])).toEqual([['5', [], ['县住建局']]]);
  });
});

describe('a date of adoption under the title', () => {
  it('is the 成文日期 when no date line signs the document', () => {
    const doc = parseText(['XX市发展改革委2024年工作要点', '（2024年1月18日委党组会议审议通过）', '', '一、重点任务', '1.扩大有效投资。（投资科负责）'].join('\n')).matrix.document;
    expect([doc.title, doc.date]).toEqual(['XX市发展改革委2024年工作要点', '2024-01-18']);
  });
});

describe('a long signer over two lines', () => {
  it('is one name when the second line names no place of its own', () => {
    const doc = parseText(['XX市生态文明体制改革工作要点', '', '一、重点任务', '1.健全生态环境治理体系。（牵头单位：市生态环境局）', '', '中共XX市委全面深化改革委员会', '经济体制和生态文明体制改革专项小组', '2024年3月6日'].join('\n')).matrix.document;
    expect(doc.issuer).toBe('中共XX市委全面深化改革委员会经济体制和生态文明体制改革专项小组');
  });
});

describe('a web page that prints the notice title in 《》', () => {
  // The layout of a policy site's page (北京市人民政府办公厅's 京政办发〔2016〕26号 as copied from such a site): the page
  // heading (发文字号 and title), the title again in 《》 with the plan's 《》 written 〈〉, the 发文字号 twice.
  const page = [
    '京政办发〔2016〕26号《XX市人民政府办公厅关于印发〈XX市2016年政务公开工作要点〉的通知》',
    '《XX市人民政府办公厅关于印发〈XX市2016年政务公开工作要点〉的通知》',
    '京政办发〔2016〕26号',
    '京政办发〔2016〕26号',
    '各区人民政府，市政府各委、办、局：',
    '《XX市2016年政务公开工作要点》已经市政府同意，现印发给你们。',
    'XX市人民政府办公厅',
    '2016年5月28日',
    '今年政务公开工作的总体要求是：深入贯彻有关要求。',
    '一、围绕深化改革推进公开',
    '（一）推进行政审批信息公开',
    '全面公开行政审批事项。（市审改办牵头，各区政府配合）',
  ];

  it('takes the title inside the 《》, the plan\'s 〈〉 back as 《》', () => {
    const { matrix } = parseText(page.join('\n'));
    expect(matrix.document).toEqual({
      title: 'XX市2016年政务公开工作要点',
      notice: 'XX市人民政府办公厅关于印发《XX市2016年政务公开工作要点》的通知',
      docNumber: '京政办发〔2016〕26号',
      issuer: 'XX市人民政府办公厅',
      date: '2016-05-28',
      // Split on 、 as matrix-format.md "Unit names" says (only a level continues a collective; b10's `各县（区）政府、管委会`).
      recipients: ['各区人民政府', '市政府各委', '办', '局'],
    });
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.support])).toEqual([['1.1', ['市审改办'], ['各区政府']]]);
  });

  it('does not run a complete title in 《》 into the line after it', () => {
    const { matrix } = parseText(page.slice(1).join('\n'));
    expect(matrix.document.notice).toBe('XX市人民政府办公厅关于印发《XX市2016年政务公开工作要点》的通知');
    expect(matrix.document.title).toBe('XX市2016年政务公开工作要点');
  });
});

describe('a 政府信息公开 page', () => {
  it('takes no field of its metadata list for the 主送机关 (`• 发文机构:` ends in a colon)', () => {
    const doc = parseText(['返回顶部', '', 'XX县2024年重点工作任务分解方案', '', '  • 索引号:', '', '    6107280000/2024-001005', '  • 发文机构:', '', '    县政府网站', '  • 发文字号:', '', '    X政发〔2024〕7号', '  • 有效性:', '', 'XX县2024年重点工作任务分解方案', '', '一、稳增长', '', '1.全年地区生产总值增长6%。（县发改局牵头，县统计局配合）'].join('\n')).matrix.document;
    expect([doc.title, doc.docNumber, doc.recipients, doc.issuer]).toEqual(['XX县2024年重点工作任务分解方案', 'X政发〔2024〕7号', [], null]);
  });

  it('keeps a metadata line whose field name is spaced out (`标 题:`) apart from the notice title under it', () => {
    const doc = parseText(['发文机关: X省人民政府办公厅 | 成文日期: 2023-01-15 |', '发文字号: X政办字〔2023〕3号 | 发布日期: 2023-01-17 |', '标 题: X省人民政府办公厅印发关于推进县城建设若干措施的通知 |', 'X省人民政府办公厅印发关于推进县城建设若干措施的通知', 'X政办字〔2023〕3号', '各市人民政府，省政府各部门：', '《关于推进县城建设若干措施》已经省政府同意，现印发给你们。', 'X省人民政府办公厅', '2023年1月15日', '（此件公开发布）', '关于推进县城建设若干措施', '一、重点任务', '（一）完善县城功能。（省住房城乡建设厅牵头，省财政厅配合）'].join('\n')).matrix.document;
    expect([doc.title, doc.notice, doc.docNumber, doc.issuer, doc.date]).toEqual(['关于推进县城建设若干措施', 'X省人民政府办公厅印发关于推进县城建设若干措施的通知', 'X政办字〔2023〕3号', 'X省人民政府办公厅', '2023-01-15']);
  });

  it('reads two bodies signing together when a blank line stands between all lines (岳阳市\'s 两办, as a web page prints it)', () => {
    const doc = parseText(['中共XX市委办公室XX市人民政府办公室印发《关于全面推进政务公开工作的实施意见》的通知(X办发〔2017〕2号)', '', '各县市区委、人民政府，市直各单位：', '', '《关于全面推进政务公开工作的实施意见》已经市委、市人民政府同意，现印发给你们。', '', '中共XX市委办公室', '', 'XX市人民政府办公室', '', '2017年1月10日', '', '关于全面推进政务公开工作的实施意见', '', '一、总体要求', '', '（一）公开常态化。坚持以公开为常态。（市政府办公室牵头，市直各单位配合）'].join('\n')).matrix.document;
    expect([doc.issuer, doc.date, doc.docNumber, doc.title]).toEqual(['中共XX市委办公室、XX市人民政府办公室', '2017-01-10', 'X办发〔2017〕2号', '关于全面推进政务公开工作的实施意见']);
  });
});

describe('notice titles as web pages print them', () => {
  it('reads a notice title that mixes 關于 and 印發, and a traditional 發布日期 line apart from the 主送机关 (絳縣, 2023)', () => {
    const doc = parseText(['XX縣人民政府辦公室 關于印發XX縣促進專業鎮高質量發展 實施方案的通知', 'X政辦發〔2023〕14號', '發布日期:2023-09-01 10:51 來源: XX縣人民政府 【字體:大 中 小】 打印本頁', '各鄉(鎮)人民政府，XX縣經濟開發區管委會，縣直各有關單位：', '《XX縣促進專業鎮高質量發展實施方案》已經縣人民政府同意，現印發給你們。', 'XX縣人民政府辦公室', '2023年9月1日', '(此件公開發布)', 'XX縣促進專業鎮高質量發展實施方案', '一、重點任務', '（一）培育專業鎮。每年培育專業鎮2個。（縣工信局牽頭，各鄉鎮配合）'].join('\n')).matrix.document;
    expect(doc).toEqual({
      title: 'XX縣促進專業鎮高質量發展實施方案',
      notice: 'XX縣人民政府辦公室關于印發XX縣促進專業鎮高質量發展實施方案的通知',
      docNumber: 'X政辦發〔2023〕14號',
      issuer: 'XX縣人民政府辦公室',
      date: '2023-09-01',
      recipients: ['各鄉（鎮）人民政府', 'XX縣經濟開發區管委會', '縣直各有關單位'],
    });
  });

  it('takes what is printed between 印发 and 的通知 when a 《》 inside it is not the plan\'s (嘉鱼县, 2024)', () => {
    const doc = parseText(['县人民政府办公室关于印发 2024年县《政府工作报告》确定的重点工作责任分解方案的通知', '', '各镇人民政府，县政府各部门：', '', '现将方案印发给你们，请认真贯彻执行。', '', '一、稳增长', '', '1.地区生产总值增长7%。（县发改局牵头，县统计局配合）'].join('\n')).matrix.document;
    expect(doc.title).toBe('2024年县《政府工作报告》确定的重点工作责任分解方案');
  });

  it('addresses a place named without its level among bodies (雄安新区, 2021: `雄县、容城、安新县委和人民政府`)', () => {
    const doc = parseText(['XX新区管理委员会关于印发《XX实施方案》的通知', '雄县、容城、安新县委和人民政府，新区各部门：', '现将《XX实施方案》印发给你们。', 'XX新区管理委员会', '2021年3月15日', 'XX实施方案', '一、重点任务', '（一）提升粮食生产能力。（新区农业农村局牵头，三县配合）'].join('\n')).matrix.document;
    expect(doc.recipients).toEqual(['雄县', '容城', '安新县委和人民政府', '新区各部门']);
  });
});

describe('a 发文字号 in a web page\'s metadata', () => {
  it.each([
    ['文　　号：\tX政办发〔2024〕8号\t发布日期：\t2024年04月08日'],
    ['索引号：431-2024-00012　文号：X政办发〔2024〕8号　发布日期：2024-04-08'],
    ['发文字号\tX政办发〔2024〕8号'],
  ])('reads %s without its label (probe 23)', (field) => {
    const doc = parseText([field, 'X市人民政府办公室关于印发X市促进消费工作措施的通知', '各区人民政府：', '现将措施印发给你们。', 'X市人民政府办公室', '2024年4月2日', 'X市促进消费工作措施', '一、总体', '1.开展汽车促销活动。（市商务局牵头）'].join('\n')).matrix.document;
    expect(doc.docNumber).toBe('X政办发〔2024〕8号');
  });
});

describe('web pages of the seventh round of probes (probe 25)', () => {
  const letter = ['各镇人民政府、街道办事处，区政府各部门：', '《XX区促进民营经济发展壮大若干措施》已经区人民政府同意，现印发给你们。', 'XX区人民政府办公室', '2024年5月17日', '一、优化发展环境', '1．提升政务服务效能。〔牵头单位：区行政审批服务局；配合单位：区市场监管局〕'];
  const notice = 'XX区人民政府办公室关于印发《XX区促进民营经济发展壮大若干措施》的通知';

  it.each([['您当前的位置：首页 > 政务公开 > 区政府办文件'], ['您当前位置：首页 > 政务公开'], ['XX区人民政府门户网站']])('keeps %s out of the notice title', (line) => {
    const doc = parseText([line, notice, ...letter].join('\n')).matrix.document;
    expect([doc.title, doc.notice, doc.issuer]).toEqual(['XX区促进民营经济发展壮大若干措施', notice, 'XX区人民政府办公室']);
  });

  it('takes the date under the signature, not the value line of a `发布日期：` field', () => {
    const doc = parseText(['索引号：', '0012-2024-0031', '发布日期：', '2024年03月14日', notice, ...letter].join('\n')).matrix.document;
    expect(doc.date).toBe('2024-05-17');
  });
});

describe('headers the false-positive hunt checked (probe 26)', () => {
  const body = ['一、重点任务', '1.优化审批。（县行政审批局牵头）'];
  it('joins a title whose first line ends in a 《》 that is not the whole line', () => {
    expect(parseText(['某县贯彻落实《某市优化营商环境若干措施》', '任务分工方案', '', ...body].join('\n')).matrix.document.title).toBe('某县贯彻落实《某市优化营商环境若干措施》任务分工方案');
  });
  it('joins a notice title set over a line ending in 转发', () => {
    const doc = parseText(['某县人民政府办公室关于转发', '某市人民政府办公室关于加强汛期安全防范工作的通知的通知', '', '各乡镇人民政府：', '现将通知转发给你们。', '某县人民政府办公室', '2024年5月20日', '', ...body].join('\n')).matrix.document;
    expect(doc.notice).toBe('某县人民政府办公室关于转发某市人民政府办公室关于加强汛期安全防范工作的通知的通知');
  });
  it('takes no sentence that asks something of bodies for the 主送机关, and the value line of 成文日期 as the date', () => {
    const doc = parseText(['某县2024年森林防灭火工作方案', '县直各部门、各乡镇（街道）要按照职责分工，重点做好以下工作：', ...body].join('\n')).matrix.document;
    expect(doc.recipients).toEqual([]);
    expect(parseText(['成文日期：', '2024年03月10日', '某县2024年重点工作任务清单', ...body].join('\n')).matrix.document.date).toBe('2024-03-10');
  });
  it('reads a 文号 field only on a line of metadata, not in a sentence', () => {
    const doc = parseText(['某县人民政府办公室关于转发市政府办公室文件的通知', '各乡镇人民政府：', '现将市政府办公室 文号：某政办发〔2024〕8号 文件转发给你们。', '某县人民政府办公室', '2024年4月2日', ...body].join('\n')).matrix.document;
    expect(doc.docNumber).toBeNull();
  });
});
