import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eastAsianWidth } from 'get-east-asian-width';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { readText } from '../../src/read/text.js';

// As the CLI reads a .txt notice whose lines have gaps of two spaces (src/read/read-notice.ts).
const parseText = (text: string) => parseNotice(readText(text, eastAsianWidth));

/**
 * Text that `pdftotext -layout` (poppler 22.12) wrote for PDFs LibreOffice made of 任务分工表 (probe 19): columns by
 * character count, header words centred over their columns, wrapped cells on several lines, around the 序号 or from
 * the row's first line down. The expected units and texts are read off the fixtures by hand.
 */
const notice = (name: string) => parseText(readFileSync(new URL(`fixtures/pdftotext/${name}.txt`, import.meta.url), 'utf8'));
const tasks = (name: string) => notice(name).matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.text ?? null]);

const FOUR_ROWS = [
  ['1', ['县市场监管局'], ['县公安局', '县税务局'], '2024年6月底前'],
  ['2', ['县司法局'], ['县直有关部门'], '2024年9月底前'],
  ['3', ['县发改局'], ['县财政局', '县法院'], '2024年12月底前'],
  ['4', ['县税务局'], ['各乡镇人民政府'], '长期坚持'],
];

describe('tables as pdftotext -layout writes them', () => {
  it('reads rows centred one by one: a row of two lines numbered on its first, the next of three on its middle (probe 42)', () => {
    const { matrix } = notice('rows-centred-one-by-one');
    expect(matrix.tasks.map((t) => [t.id, t.text, t.responsible])).toEqual([
      ['1.1', '严格落实重大行政决策程序规定，制定年度重大行政决策事项目录并向社会公布。', ['县政府办', '县司法局']],
      ['1.2', '深化行政执法体制改革，推进乡镇（街道）综合行政执法规范化建设，制定赋权事项评估办法。', ['县委编办', '县司法局', '各乡镇人民政府', '各街道办事处']],
      ['1.3', '全面推行行政执法“三项制度”，开展行政执法案卷评查，案卷合格率达到95%以上。', ['县司法局', '县直各行政执法部门']],
    ]);
  });

  it('goes on past a blank line above a row whose time cell starts above its number, which the lines after the blank belong to (probe 43)', () => {
    const { matrix, messages } = notice('rows-apart-centred-cell');
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.text])).toEqual([
      ['1', ['县工信局'], ['县农业农村局'], '2026年6月底前'],
      ['2', ['县商务局'], ['县交通运输局'], '一季度：完成选址\n二季度：开工建设\n四季度：建成投用'],
      ['3', ['县农业农村局'], ['县工信局'], '2026年10月底前'],
    ]);
    expect(messages).toEqual([]);
  });

  it('reads rows whose cells are centred around the 序号, lines above it included', () => {
    const { matrix } = notice('wrapped-cells-centred');
    expect(matrix.tasks.map((t) => [t.id, t.text, t.lead, t.responsible, t.deadline?.text])).toEqual([
      ['1', '推行企业开办“一网通办”，将企业开办时间压缩至 1 个工作日以内，实现营业执照、公章刻制、涉税事项一次办结。', ['县市场监管局'], ['县公安局', '县税务局'], '2024年6月底前'],
      ['2', '推进“证照分离”改革全覆盖，对涉企经营许可事项实行清单管理，动态调整并向社会公布。', ['县司法局'], ['县直有关部门'], '2024年9月底前'],
    ]);
  });

  it('goes on past a wrapped task cell\'s last line that is longer than twice the task column\'s header word, a row right under it (probe 102)', () => {
    // (As the probe's paste has it: pdftotext's spaces around digits, columns one space apart in places.)
    const table = [
      '某市2026年重点工作任务分解方案',
      '',
      '序号  重点工作                责任领导   牵头单位  协办单位         时间节点',
      ' 13 高新技术企业总数突破 1200 家，科技型中小 周海燕 市科技局 市经信局、市税务局    12 月底前',
      '    企业评价入库 1500 家。',
      ' 14 建设湖北通用航空产业创新中心，新增省级 周海燕    市科技局  漳河新区管委会、市经信局 12 月底前',
      '    以上创新平台 10 个。',
      ' 15 数字经济核心产业增加值增长 12%，新建 5G 周海燕 市数据局 市经信局、市通信发展管理 12 月底前',
      '    基站 800 个。                        办公室',
    ].join('\n');
    // The table had ended at the second line of row 1 (taken for an indented paragraph after it): rows 2 and 3 lost
    // in silence.
    const found = parseText(table).matrix.tasks;
    expect(found.map((t) => t.id)).toEqual(['13', '14', '15']);
    // (Row 14's leader stands four spaces before its lead; rows 13 and 15's one space, which still runs them together,
    // as its time one space after its units: not this case's.)
    expect([found[1].leaders, found[1].lead]).toEqual([['周海燕'], ['市科技局']]);
  });

  it('reads rows whose cells wrap from the row’s first line down', () => {
    expect(tasks('wrapped-task-rows-dropped')).toEqual(FOUR_ROWS.slice(0, 3));
    expect(notice('wrapped-task-rows-dropped').matrix.tasks[1].text).toBe('推进“证照分离”改革全覆盖，对涉企经营许可事项实行清单管理，动态调整并向社会公布。');
  });

  it('puts a wrapped unit cell’s lines in its own column, joining names a wrap cut', () => {
    expect(tasks('wrapped-unit-cell-misassigned')).toEqual([
      ['1', ['县市场监管局'], ['县公安局', '县税务局', '县政务服务中心', '县人社局'], '2024年6月底前'],
      ['2', ['县司法局'], ['县直有关部门', '各乡镇人民政府'], '2024年9月底前'], // 县司法局 leads: not also responsible (lead-and-responsible)
    ]);
  });

  it('splits cells one space apart, reads a header wrapped above and below its line, and category rows', () => {
    expect(tasks('one-space-gap')).toEqual(FOUR_ROWS);
    expect(tasks('header-wrapped')).toEqual(FOUR_ROWS);
    const { matrix } = notice('category-row');
    expect(matrix.tasks.map((t) => [t.id, t.path, t.lead])).toEqual([
      ['1.1', ['提升政务服务'], ['县市场监管局']],
      ['1.2', ['提升政务服务'], ['县司法局']],
      ['2.3', ['加强市场监管'], ['县发改局']],
      ['2.4', ['加强市场监管'], ['县税务局']],
    ]);
  });

  it('reads rows with as many cells as the header by their order, under category lines (columns not padded)', () => {
    const text = [
      'XX市2024年民生实事任务分解表',
      '',
      '序号  任务  牵头单位  责任单位  完成时限',
      '一、  教育民生',
      '1  新建改扩建公办幼儿园3所，新增学位900个。  市教育和体育局  市发展和改革局、市财政局  2024年8月底前',
      '2  实施义务教育学校校舍安全提升工程。  市教育和体育局  市住房和城乡建设局  2024年12月底前',
      '二、  医疗卫生',
      '3  为65岁以上老年人免费开展健康体检。  市卫生健康局  各镇人民政府、街道办事处  2024年11月底前',
    ].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.path, t.lead, t.responsible])).toEqual([
      ['1.1', ['教育民生'], ['市教育和体育局'], ['市发展和改革局', '市财政局']],
      ['1.2', ['教育民生'], ['市教育和体育局'], ['市住房和城乡建设局']],
      ['2.3', ['医疗卫生'], ['市卫生健康局'], ['各镇人民政府', '街道办事处']],
    ]);
  });

  it('joins a unit list a PDF wrapped anywhere, keeps a date cut in two whole, and never leaves a line break in a name', () => {
    expect(tasks('wrapped-units-and-dates')).toEqual([
      ['1', ['县市场监管局'], ['县公安局', '县税务局', '县政务服务中心', '县人社局'], '2024年6月底前'],
      ['2', ['县司法局'], ['县直有关部门', '各乡镇人民政府'], '2024年9月底前'], // 县司法局 leads: not also responsible (lead-and-responsible)
      ['3', ['县发改局'], ['县财政局', '县法院', '人民银行平安县支行'], '2024年12月底前'],
      ['4', ['县税务局'], ['各乡镇人民政府', '县财政局', '县金融服务中心'], '长期坚持'],
    ]);
  });

  it('joins a place cut after its level character at a wrap (`省科技厅、新乡` ⏎ `市政府`), printed by Chromium from source/place-cut-at-wrap.html (probe 75)', () => {
    expect(tasks('place-cut-at-wrap')).toEqual([
      ['1', ['省工业和信息化厅'], [], '2026年底前'],
      ['2', ['省发展改革委'], [], '2025年底前'],
    ]);
    expect(notice('place-cut-at-wrap').matrix.tasks.map((t) => t.support)).toEqual([
      ['省科技厅', '新乡市政府'],
      ['省财政厅', '各省辖市政府'],
    ]);
  });

  it('reads all rows of a table over three pages, the header printed again on each', () => {
    const all = tasks('three-pages');
    expect(all.map((t) => t[0])).toEqual(Array.from({ length: 40 }, (_, i) => String(i + 1)));
    expect(all[39]).toEqual(FOUR_ROWS[3].map((v, k) => (k === 0 ? '40' : v)));
  });

  it('ends a table at a blank line followed by no row: a contact line, a signature, a table of 联络员 (probe 21)', () => {
    expect(tasks('task-table-then-contacts')).toEqual([
      ['1', ['县市场监管局'], ['县公安局', '县税务局'], '2024年6月底前'],
      ['2', ['县市场监管局'], ['县级有关部门'], '长期坚持'],
    ]);
    const text = ['序号  重点任务                          牵头单位        责任单位                完成时限', '1     推行企业开办“一网通办”            县市场监管局    县公安局、县税务局      2024年6月底前', '', '联系人：张晓明      联系电话：13800001111'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.text, t.responsible])).toEqual([['推行企业开办“一网通办”', ['县公安局', '县税务局']]]);
  });

  it('gives a cell merged over two rows, printed once between them, to both rows', () => {
    expect(tasks('merged-cell-own-line')).toEqual([
      ['1', ['县市场监管局'], ['县公安局', '县税务局'], '2024年6月底前'],
      ['2', ['县市场监管局'], ['县直有关部门'], '2024年9月底前'],
      ...FOUR_ROWS.slice(2),
    ]);
  });

  it('reads on across a page break: the page number and the header printed again are no rows', () => {
    const text = [
      '任务分工表',
      '序号          重点任务    牵头单位         责任单位      完成时限',
      '     推行企业开办一网通办，将',
      '1                   县市场监管局   县公安局      2024 年 6 月底前',
      '     企业开办时间压缩至 1 个',
      '',
      '',
      '                    -1-',
      '序号          重点任务    牵头单位         责任单位      完成时限',
      '     工作日以内。',
      '2    推进证照分离改革。      县司法局    县直有关部门      2024 年 9 月底前',
    ].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.text, t.lead])).toEqual([
      ['1', '推行企业开办一网通办，将企业开办时间压缩至 1 个工作日以内。', ['县市场监管局']],
      ['2', '推进证照分离改革。', ['县司法局']],
    ]);
  });
});

describe('tall rows of a 督办 table, printed to PDF by Chromium from source/tall-rows.html and read by pdftotext 22.12 -layout', () => {
  // The units and dates of source/tall-rows.html, read off by hand.
  const TALL = [
    ['1.1', ['相关乡镇人民政府'], '4月25日前'],
    ['1.2', ['各乡镇人民政府', '县林业局'], '2025年5月5日前'],
    ['1.3', ['县林业局'], '4月30日前'],
    ['1.4', ['县应急管理局', '县消防救援大队'], '2025年4月30日前'],
  ];
  const read = (name: string) => notice(name).matrix.tasks.map((t) => [t.id, t.responsible, t.deadline?.text ?? null]);

  it('reads rows of seven lines set apart by blank lines, each numbered on its fourth line (probe 67)', () => {
    expect(read('tall-rows-apart')).toEqual(TALL);
    expect(notice('tall-rows-apart').matrix.tasks[0].text).toBe('对暗访发现的12处野外违规用火点位逐一整改销号，对失职失责的护林员和村组干部依规依纪追责问责，整改情况逐一报送备案，确保问题清零');
  });

  it('reads a 序号 written over two lines, task and unit cells one space apart, and a date wider than the header above it', () => {
    // `序` ⏎ `督办事项 …` ⏎ `号`; `…失职失责的护林员 相关乡镇人民政 各相关乡镇乡镇`: three cells on one line; `4月25日前`
    // starts one character before the end of 责任人's column, under 办结时限; `2025年5月` ⏎ `5日前` is one date.
    expect(read('tall-rows-narrow-number-column')).toEqual(TALL);
    expect(notice('tall-rows-narrow-number-column').matrix.tasks.map((t) => t.text)).toEqual([
      '对暗访发现的12处野外违规用火点位逐一整改销号，对失职失责的护林员和村组干部依规依纪追责问责，整改情况逐一报送备案，确保问题清零',
      '清明至“五一”期间，在林区主要入山路口设置临时检查站，落实24小时值守和火源收缴登记，严防火种进山',
      '完成全县42处林区蓄水池、消防水池和以水灭火管网的检修维护，确保随时可用',
      '组织县森林消防专业队伍和乡镇半专业扑火队开展一次实战拉练，检验队伍快速反应能力',
    ]);
  });
});

describe('a table printed on a page of its own (source/number-alone-header-after-form-feed.html, as above: probe 75)', () => {
  it('reads the header after pdftotext\'s form feed, a 序号 one character wide one space before its task, and a number alone on its line', () => {
    // `\f序` ⏎ header ⏎ `号`; `1 开办全程网上办理，压缩开办时间至1个 市市场监管局`; row 3's `3` alone between the lines of its
    // cells (it had been taken for a page number). Units and dates read off the HTML by hand.
    const { matrix } = notice('number-alone-header-after-form-feed');
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.deadline?.text ?? null])).toEqual([
      ['1', ['市市场监管局'], ['市公安局', '市税务局'], '2024年6月底前'],
      ['2', ['市自然资源和规划局'], ['市文化和旅游局', '市水务局'], '2024年12月底前'],
      ['3', ['国网芜湖供电公司'], ['市住房城乡建设局', '市城管局'], '2024年6月底前'],
    ]);
    expect(matrix.tasks.map((t) => t.text)).toEqual([
      '推行企业开办一网通办，全面实现企业开办全程网上办理，压缩开办时间至1个工作日',
      '开展区域评估，对开发区内土地勘测、压覆矿产、地质灾害、文物考古等区域评估',
      '推进水电气网联合报装，实行一站式服务',
    ]);
  });
});

describe('a table copied out of a PDF cell by cell (`pdftotext` without -layout of source/number-alone-header-after-form-feed.html: probe 75)', () => {
  const text = readFileSync(new URL('fixtures/pdftotext/plain-mode-cell-per-line.txt', import.meta.url), 'utf8');

  it('says where the column names stand and how to get readable text, when nothing else of the notice can be read', () => {
    expect(() => parseText(text)).toThrow('a task table\'s column names stand one to a line at line 4 (copied out of a PDF cell by cell): convert the PDF with `pdftotext -layout`, or copy the table from the Word or Excel original');
  });

  it('reports an error beside the tasks a numbered plan above the table gave (no silent loss of its rows; exit 1)', () => {
    const { matrix, messages } = parseText(`某市实施方案\n一、重点任务\n（一）优化营商环境。（市发改委牵头）\n\n${text}`);
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1']);
    // An error since session 18 (probe 107: a notice that gave no task this way had passed with exit 0).
    expect(messages.filter((m) => m.ruleId === 'unreadable-table').map((m) => [m.line, m.fatal])).toEqual([[8, true]]);
  });
});

describe('a table laid out with spaces by display width (probe 47: a 工作推进表 with a 进展情况 column)', () => {
  it('goes on under category lines and across a page break that prints the header again; wrapped lines join their rows', () => {
    const { matrix, messages } = parseText(readFileSync(new URL('fixtures/aligned-progress-table.txt', import.meta.url), 'utf8'));
    // Read off the fixture by hand: ten rows under 一、 二、 三、, a page break (`— 5 —`, the header again) after row 5.
    expect(matrix.tasks.map((t) => [t.id, t.responsible, t.support, t.deadline?.text ?? null])).toEqual([
      ['1.1', ['县住建局'], ['县财政局', '各镇人民政府'], '2024年10月底前'],
      ['1.2', ['县农业农村局'], ['各镇人民政府'], '2024年11月底前'],
      ['1.3', ['县城管局'], ['县财政局'], '2024年12月底前'],
      ['2.4', ['县生态环境局'], ['县住建局', '县水利局', '各镇人民政府'], '2024年12月底前'],
      ['2.5', ['县生态环境局'], ['县水利局', '县农业农村局'], '2024年9月底前'],
      ['2.6', ['县住建局'], ['县生态环境局', '县财政局'], '长期坚持'],
      ['3.7', ['县农业农村局'], ['县卫健局', '各镇人民政府'], '2024年6月底前'],
      ['3.8', ['县妇联'], ['各镇人民政府'], '2024年11月底前'],
      ['3.9', ['县农业农村局'], ['县直各有关单位', '各镇人民政府'], '每季度'],
      ['3.10', ['县交通运输局'], ['县公路事业发展中心', '沿线各镇人民政府'], '2024年10月底前'],
    ]);
    expect(matrix.tasks[5].text).toBe('建立农村污水处理设施运维管理机制，落实运维经费。');
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });
  it('keeps a line with a deadline of its own under a row number a measure of its own, its task text no sentence (probe 14)', () => {
    const text = ['XX县2024年科学素质提升重点任务分工表', '', '序号  工作措施                      牵头单位      责任单位      完成时限', '1     举办青少年科技创新大赛        县教育局      县科协        10月底前', '      开展科学家精神进校园活动      县科协        县一中        12月底前'].join('\n');
    expect(parseText(text).matrix.tasks.map((t) => [t.id, t.text, t.lead, t.responsible])).toEqual([
      ['1#1', '举办青少年科技创新大赛', ['县教育局'], ['县科协']],
      ['1#2', '开展科学家精神进校园活动', ['县科协'], ['县一中']],
    ]);
  });
});


describe('rows centred on their number under a category (probe 92: an HTML table printed by Chromium, read by pdftotext -layout)', () => {
  it('gives each piece of a line to the row whose cell straddles its number, the upper or the lower', () => {
    // `场次以上。` (row 6's task) beside `沭阳经济技术开发区管委会、县` (row 7's units) on one line; `县自然资源和规划局、县水利`
    // above row 17's number and `局、各乡镇` under it, row 16 between on one line; row 12's lead `沭阳经济技术开发` ⏎
    // `区管委会` around its number after a page break. Units and dates as the probe's gold, read off the table by hand.
    expect(tasks('centred-rows-under-category')).toEqual([
      ['1.1', ['县发改委'], ['县财政局', '县统计局', '各乡镇（街道）'], '2026年12月底前'],
      ['1.2', ['县发改委'], ['县工信局', '县投资促进中心', '沭阳经济技术开发区管委会'], '2026年12月底前'],
      ['1.3', ['县农业农村局'], ['县商务局', '县市场监管局'], '2026年12月底前'],
      ['1.4', ['县工信局'], ['县科技局', '县财政局'], '2026年11月底前'],
      ['1.5', ['县工信局'], ['县税务局', '各乡镇（街道）'], '全年'],
      ['1.6', ['县商务局'], ['县文广旅局', '县市场监管局'], '2026年12月底前'],
      ['1.7', ['县商务局'], ['沭阳经济技术开发区管委会', '县投资促进中心'], '2026年12月底前'],
      ['2.8', ['县行政审批局'], ['县数据局', '县市场监管局'], '2026年6月底前'],
      ['2.9', ['县国资办'], ['县财政局', '县城投集团'], '2026年9月底前'],
      ['2.10', ['县科技局'], ['县统计局', '县财政局'], '2026年12月底前'],
      ['2.11', ['县委组织部'], ['县人社局', '县住建局', '县科技局'], '2026年12月底前'],
      ['2.12', ['沭阳经济技术开发区管委会'], ['县商务局', '县发改委'], '2026年第三季度'],
      ['2.13', ['县司法局'], ['县市场监管局', '县行政审批局'], '持续推进'],
      ['3.14', ['县住建局'], ['县自然资源和规划局', '沭城街道', '梦溪街道'], '2026年11月底前'],
      ['3.15', ['县住建局'], ['县交通运输局', '县城管局'], '2026年12月底前'],
      ['3.16', ['县交通运输局'], ['县财政局', '各乡镇'], '2026年10月底前'],
      ['3.17', ['县农业农村局'], ['县自然资源和规划局', '县水利局', '各乡镇'], '2026年9月底前'],
    ]);
    expect(notice('centred-rows-under-category').matrix.tasks[5].text).toBe('社会消费品零售总额增长6%，举办“花乡购物节”等促消费活动20场次以上。');
  });
});

describe('a cell centred on its row with a line beside the number (probe 105: an HTML table printed by Chromium, read by pdftotext -layout)', () => {
  it('gives the row as many of its lines under the number as above it', () => {
    // Row 3's 责任单位 `区城管局、区财政` ⏎ `局、区市场监管` (beside `3`) ⏎ `局，各街道办事处`: its last line had gone to row 4
    // (`区市场监管` cut, `各街道办事处` lost, row 4 given `局`), and so had row 7's `道办事处`, in silence. Units and dates as
    // the probe's gold, read off the table by hand.
    expect(tasks('centred-cells-beside-number')).toEqual([
      ['1', ['区教育局'], ['区发改委', '区财政局', '区住建局', '各街道办事处'], '2021年8月底前'],
      ['2', ['区民政局'], ['区财政局', '区卫健局', '各街道办事处'], '2021年11月底前'],
      ['3', ['区住建局'], ['区城管局', '区财政局', '区市场监管局', '各街道办事处'], '2021年12月底前'],
      ['4', ['区卫健局'], ['区财政局', '各街道办事处'], '2021年12月底前'],
      ['5', ['区妇联', '区卫健局'], ['各街道办事处'], '2021年10月底前'],
      ['6', ['区城管局'], ['区住建局', '区交警大队', '各街道办事处'], '2021年12月底前'],
      ['7', ['区城管局'], ['区住建局', '区资源规划分局', '相关街道办事处'], '2021年9月底前'],
      ['8', ['区人社局'], ['区总工会', '团区委', '区妇联', '各街道办事处'], '全年'],
    ]);
  });
});

describe('the 版记 right under a PDF layout table (probe 86)', () => {
  it('ends the table at `抄送：` at the left margin: the last row keeps its number and its cells', () => {
    const list = notice('rows-then-banji').matrix.tasks;
    // `抄送：区委各部门，…` right under row 12's last line had become its 序号 (`12抄送：…`), and rows 11 and 12 tasks
    // `3.11#1` and `3.11#2`. Read off the fixture by hand.
    expect(list.slice(-2).map((t) => [t.id, t.lead, t.responsible, t.deadline?.text])).toEqual([
      ['3.11', ['区卫生健康局'], ['区医保分局', '区发改局'], '2026年6月底'],
      ['3.12', ['区委社会工作部'], ['区民政局', '区总工会', '各镇人民政府', '街道办事处'], '2026年12月底'],
    ]);
    expect(list.some((t) => t.text.includes('抄送'))).toBe(false);
    expect(list).toHaveLength(12);
  });
});

describe('a table printed in portrait whose narrow columns wrapped the header (pdftotext -layout of a Chromium PDF, probe 112)', () => {
  // `序  项目名称    年度攻坚目标    责任领 牵头单位    配合单位 完成时` over `号  导  限`: cells one space apart run
  // together (`责任领 牵头单位`), and every cell wraps over two to six lines. No reader can put the columns back.
  const text = readFileSync(new URL('fixtures/pdftotext/portrait-wrapped-header.txt', import.meta.url), 'utf8');

  it('is an unreadable-table error at the header, with advice that does not send the clerk back to pdftotext -layout', () => {
    const { matrix, messages } = parseText(text);
    const found = messages.filter((m) => m.ruleId === 'unreadable-table');
    expect(found.map((m) => [m.line, m.fatal])).toEqual([[7, true]]);
    expect(found[0].reason).toContain('its cells wrapped over several lines): copy the table from the Word or Excel original, or convert the PDF to Word or Excel with an office suite');
    expect(found[0].reason).not.toContain('pdftotext');
    // Before: one task `2` (the section's heading) with the table's pieces as its units, `导管委会` and
    // `新区住房副主任和城乡建赵海涛` its lead, exit 0 and no finding.
    expect(matrix.tasks.flatMap((t) => [...t.lead, ...t.responsible, ...t.support])).toEqual([]);
  });

  it('still reads a header whose every name stands whole on its line (one-space-gap.txt, above, is unchanged)', () => {
    expect(notice('one-space-gap').messages.filter((m) => m.ruleId === 'unreadable-table')).toEqual([]);
  });
});

describe('a header whose 序号 wrapped to the line below alone (`序 … 完成时限` ⏎ `号`: a Chromium PDF read by pdftotext -layout, a fresh user\'s)', () => {
  it('joins `号` to `序` and reads every row: the last two had lost their units in silence, and `号` had joined row 1\'s number', () => {
    expect(tasks('number-header-wrapped')).toEqual([
      ['1', ['县经济信息化局'], ['县财政局', '县税务局'], '2024年9月底前'],
      ['2', ['县工商联'], ['县经济信息化局', '各镇人民政府'], '长期坚持'],
      ['3', ['县公共资源交易中心'], ['县大数据中心'], '2024年12月31日前'],
    ]);
  });
});

/**
 * Poppler's `pdftotext -layout` of two multi-page 附件 tables (probe 132: PDFs made with reportlab, a header printed again
 * on every page under `续表`, an 附件3 联络员名单 after the table). Expected rows read off the fixtures by hand.
 */
describe('pdftotext -layout tables over several pages, an attachment after them (probe 132)', () => {
  // The attachment numbers its rows from 1 again after the plan's 一、 to 四、: its rows 1 to 4 get `-2`.
  const ids = (n: number) => Array.from({ length: n }, (_, k) => (k < 4 ? `${k + 1}-2` : String(k + 1)));
  it('drops `续表` as page furniture and ends the table at the next attachment\'s heading', () => {
    const { matrix } = notice('continued-table-then-attachment');
    const rows = matrix.tasks.map((t) => t.id);
    // Rows 7, 14 and 19 had become `6#2`, `13#2` and `18#2` (`7续表` in the 序号 cell, `19附件3` under the last row).
    expect(rows).toEqual(ids(19));
    const byId = new Map(matrix.tasks.map((t) => [t.id, t]));
    expect([byId.get('7')!.lead, byId.get('14')!.lead, byId.get('19')!.lead]).toEqual([['县市场监管局'], ['县发改委（县优化办）'], ['县政府办']]);
    expect(byId.get('19')!.text).not.toContain('联络员');
  });

  it('reads the row under a line two rows share (a lead merged over both, printed on the lower\'s first line), and every row after it', () => {
    const { matrix } = notice('attachment-merged-lead-shared-line');
    // Rows 18 to 48 had been lost in silence, exit 0.
    expect(matrix.tasks.map((t) => t.id)).toEqual(ids(48));
    const byId = new Map(matrix.tasks.map((t) => [t.id, t]));
    expect(['17', '18', '19'].map((id) => [byId.get(id)!.lead, byId.get(id)!.support, byId.get(id)!.deadline?.text])).toEqual([
      [['省人社厅'], ['省民政厅', '省总工会'], '每两年一次'],
      [['省人社厅'], ['省民政厅', '省财政厅'], '2021年12月底前'],
      [['省民政厅'], ['省卫生健康委', '省医保局', '省市场监管局'], '2021年12月底前'],
    ]);
  });
});

// Probe 139's real poppler output of a 责任分工表 over two pages: page 6 indented five characters, page 7 at the margin,
// its columns narrower. Rows 7 to 14 had gone into the wrong columns and rows, in silence. (The notice title is added
// above the table; the rest is the probe's text as pdftotext wrote it.)
describe('a table whose pages pdftotext laid out apart', () => {
  it('reads each page\'s rows in the columns of its own header printed again', () => {
    expect(tasks('pages-apart')).toEqual([
      ['1', ['市投资促进局'], ['市文化广电旅游局', '市财政局', '各县（区）人民政府'], '长期'],
      ['2', ['市自然资源和规划局'], ['市文化广电旅游局', '各县（区）人民政府'], '长期'],
      ['3', ['市自然资源和规划局'], ['市住房城乡建设局', '市文化广电旅游局', '各县（区）人民政府'], '2021年12月底前'],
      ['4', ['市文化广电旅游局'], ['市财政局', '市交通运输局'], '2022年6月底前'],
      ['5', ['市交通运输局'], ['市文化广电旅游局', '各县（区）人民政府'], '2023年12月底前'],
      ['6', ['市文化广电旅游局'], ['市财政局'], '即申即享'],
      ['7', ['市文化广电旅游局'], ['市财政局'], '即申即享'],
      ['8', ['市文化广电旅游局'], ['市财政局', '各县（区）人民政府'], '即申即享'],
      ['9', ['市委宣传部'], ['市文化广电旅游局', '市财政局'], '即申即享'],
      ['10', ['市文化广电旅游局'], ['市农业农村局', '市财政局'], '即申即享'],
      ['11', ['市文化广电旅游局'], ['市财政局'], '按年度兑现'],
      ['12', ['市文化广电旅游局'], ['市财政局'], '按年度兑现'],
      ['13', ['市文化广电旅游局'], ['市财政局', '市商务局'], '即申即享'],
      ['14', ['市金融工作局'], ['市文化广电旅游局', '市财政局'], '长期'],
    ]);
  });

  it('keeps each cell\'s place in the file: row 7\'s lead on line 36 at column 17, where it is printed', () => {
    const text = readFileSync(new URL('fixtures/pdftotext/pages-apart.txt', import.meta.url), 'utf8');
    const row = readText(text, eastAsianWidth).blocks.find((b) => b.kind === 'row' && b.cells?.[0].text === '7');
    expect(row?.cells?.[2]).toEqual({ text: '市文化广电旅游局', line: 36, column: 17 });
  });
});

// Probe 140's real poppler output (a .docx LibreOffice printed): the category rows centred over the table, the second
// on a page whose columns pdftotext set elsewhere. Every id had been wrong: `一、` had joined row 1's cells, its text
// and its leaders (`['一', '聚焦稳增长', …]`). The units below are read off the fixture by hand.
describe('category rows centred over a table', () => {
  it('opens each section at its centred category, on every page', () => {
    const { matrix, messages } = notice('centred-categories');
    expect(matrix.outline.map((o) => [o.id, o.title, o.children.length])).toEqual([
      ['1', '聚焦稳增长，全力推动经济量质齐升', 10],
      ['2', '聚焦强产业，加快构建现代化产业体系', 5],
    ]);
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.responsible, t.leaders])).toEqual([
      ['1.1', ['区发改局'], ['区经信局', '区商务局', '区统计局'], ['刘建华']],
      ['1.2', ['区发改局'], ['区住建局', '宜昌市自然资源和规划局西陵分局', '各街道办事处'], ['刘建华']],
      ...matrix.tasks.slice(2, 13).map((t) => [t.id, t.lead, t.responsible, t.leaders]),
      ['2.14', ['区商务局'], ['区投促中心', '区税务局'], ['赵敏']],
      ['2.15', ['区发改局'], ['区商务局', '区委金融办', '区科技局'], ['刘建华']],
    ]);
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '2.11', '2.12', '2.13', '2.14', '2.15']);
    expect(messages).toEqual([]);
  });
});

// Probe 138's real poppler output of a 测评体系 table whose header has a group cell over a second row of role names
// (`责任分工` over `牵头单位  责任单位  配合单位`), under a one-item plan added above it. Read as one column for three, its
// rows had given no unit and misleading `no-unit` errors; fengong says it cannot read the table.
describe('a -layout table whose header has a group cell over a second row of role names', () => {
  it('is an unreadable-table error at its header, not rows read a column off', () => {
    const { matrix, messages } = notice('group-header-two-rows');
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1']);
    expect(messages.filter((m) => m.fatal === true).map((m) => [m.ruleId, m.line])).toEqual([['unreadable-table', 8]]);
  });
});
