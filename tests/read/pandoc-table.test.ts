import remarkGfm from 'remark-gfm';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { readGridTable } from '../../src/read/grid-table.js';
import { findPandocTables } from '../../src/read/pandoc-table.js';
import { readMarkdown } from '../../src/read/markdown.js';

// Pandoc's multiline and simple tables (`pandoc notice.docx -o notice.md`, probes 63 and 64), laid out here by
// hand as pandoc lays them out: columns by display width, a CJK character two columns wide.

const parseMd = (text: string) => parseNotice(readMarkdown(text, remarkGfm, { pandoc: findPandocTables })).matrix;

const MULTILINE = [
  '# 某县2024年基层党建重点任务清单',
  '',
  '  ------------------------------------------------------------------------',
  '  序号   重点任务               牵头单位     责任单位           完成时限',
  '  ------ ---------------------- ------------ ------------------ ----------',
  '  一、强化政治引领',
  '',
  '  1      深入学习贯彻党的二十大 县委组织部   县委宣传部、县委党 2024年10月',
  '         精神，抓好教育培训。                校                 底前',
  '',
  '  2      开展党纪学习教育。     县纪委监委   各镇党委           长期坚持',
  '  ------------------------------------------------------------------------',
  '',
  '县委组织部',
].join('\n');

describe('pandoc tables in Markdown', () => {
  it('reads a multiline table: rows set apart by blank lines, a cell\'s lines joined, a category row opening a section', () => {
    const matrix = parseMd(MULTILINE);
    expect(matrix.tasks.map((t) => [t.id, t.text, t.lead, t.responsible, t.deadline?.text ?? null])).toEqual([
      ['1.1', '深入学习贯彻党的二十大精神，抓好教育培训。', ['县委组织部'], ['县委宣传部', '县委党校'], '2024年10月底前'],
      ['1.2', '开展党纪学习教育。', ['县纪委监委'], ['各镇党委'], '长期坚持'],
    ]);
  });

  it('reads a simple table: a row per line, ending at a blank line', () => {
    const text = ['某县方案', '', '  序号   重点任务       牵头单位   完成时限', '  ------ -------------- ---------- ------------', '  1      推进农田建设   县农业局   2024年6月', '  2      发展特色产业   县商务局   长期坚持', '', '以上任务请认真落实。'].join('\n');
    expect(parseMd(text).tasks.map((t) => [t.id, t.lead, t.deadline?.text])).toEqual([
      ['1', ['县农业局'], '2024年6月'],
      ['2', ['县商务局'], '长期坚持'],
    ]);
  });

  it('keeps the lines of a cell the writer broke (room left on the line) apart: two names', () => {
    const text = ['某县方案', '', '  ------------------------------------------', '  序号   重点任务       配合单位', '  ------ -------------- ------------------', '  1      推进农田建设   县财政局', '                        县水利局', '  ------------------------------------------'].join('\n');
    expect(parseMd(text).tasks[0].support).toEqual(['县财政局', '县水利局']);
  });

  it('leaves a rule under a header that names no role alone (a layout, not a task table)', () => {
    const lines = ['  姓名   职务', '  ------ ------', '  张三   主任'];
    expect(findPandocTables(lines)).toEqual([]);
  });

  it('keeps each cell at the line and column (characters) of its first line', () => {
    const [table] = findPandocTables(MULTILINE.split('\n'));
    expect([table.start, table.end]).toEqual([3, 12]);
    expect(table.rows[2].cells.map((c) => [c.text, c.line, c.column])).toEqual([
      ['1', 8, 3],
      ['深入学习贯彻党的二十大精神，抓好教育培训。', 8, 10],
      ['县委组织部', 8, 22],
      ['县委宣传部、县委党校', 8, 30],
      ['2024年10月底前', 8, 40],
    ]);
  });
});

describe('a pandoc multiline table with no header row (pandoc 2.17 of a Word table, `-t markdown`: probe 78)', () => {
  it('reads its first rows as the header (责任单位 over 牵头单位 and 配合单位) and the rows under it', () => {
    // Pandoc's own output (one line per row and a blank line between rows); the units and dates read off by hand.
    const text = [
      '# 德清县2019年重点工作任务分解',
      '',
      '**三、持续增进民生福祉**',
      '',
      '  ---------- -------------------------------------------------------- -------------- ---------------------------------------- ---------------- ----------------',
      '  **序号**   **工作任务**                                             **责任单位**                                            **完成时限**     **分管县领导**',
      '',
      '                                                                      **牵头单位**   **配合单位**                                              ',
      '',
      '  1          新增城镇就业8000人以上，城镇登记失业率控制在2.5%以内。   县人力社保局   县财政局、县经信局                       全年             陈晓东',
      '',
      '  2          新建改扩建中小学、幼儿园6所，新增学位2700个。            县教育局       县发改局、县财政局、县自然资源和规划局   2019年8月底前    ',
      '',
      '  3          深化县域医共体建设，县域就诊率达到90%以上。              县卫生健康局   县医保局、县财政局                       持续推进         ',
      '',
      '  4          新建居家养老服务照料中心15家，改造提升农村敬老院3家。    县民政局       各镇（街道）                             2019年12月底前   ',
      '  ---------- -------------------------------------------------------- -------------- ---------------------------------------- ---------------- ----------------',
    ].join('\n');
    expect(parseMd(text).tasks.map((t) => [t.id, t.lead, t.support, t.deadline?.text, t.leaders ?? []])).toEqual([
      ['3.1', ['县人力社保局'], ['县财政局', '县经信局'], '全年', ['陈晓东']],
      ['3.2', ['县教育局'], ['县发改局', '县财政局', '县自然资源和规划局'], '2019年8月底前', []],
      ['3.3', ['县卫生健康局'], ['县医保局', '县财政局'], '持续推进', []],
      ['3.4', ['县民政局'], ['各镇（街道）'], '2019年12月底前', []],
    ]);
  });
});

describe('a pandoc simple table with no header row (pandoc 2.17 `-t markdown` of a web page\'s table: probe 142)', () => {
  it('reads a row per line between its two rules, the first the header', () => {
    // pandoc's layout (columns by display width); the units and dates read off by hand.
    const text = [
      '**某县2024年重点任务分工方案**',
      '',
      '  -------- ------------ -------------- ----------------',
      '  **序号** **重点任务** **牵头单位**   **完成时限**',
      '  1        任务一       县发改局       2024年6月底前',
      '  2        任务二       县财政局       2024年7月底前',
      '  -------- ------------ -------------- ----------------',
    ].join('\n');
    expect(parseMd(text).tasks.map((t) => [t.id, t.text, t.lead, t.deadline?.due])).toEqual([
      ['1', '任务一', ['县发改局'], '2024-06-30'],
      ['2', '任务二', ['县财政局'], '2024-07-31'],
    ]);
  });
});

describe('a pandoc grid table whose narrow 序号 column a CJK character overflows (pandoc 2.17 of a Word table: probe 78)', () => {
  it('reads each row\'s cells by their bars (`| 序 |` past `+---+`), and `* *序号* *` as the 序号 header', () => {
    // Pandoc's own output; the units and dates read off by hand.
    const text = [
      '# 德清县2019年重点工作任务分解',
      '',
      "**一、聚力发展实体经济**",
      "",
      "+---+--------------------------+----------+-------------+------+-----+",
      "| * | **工作任务**             | **责     |             | **完 | *   |",
      "| * |                          | 任单位** |             | 成时 | *分 |",
      "| 序 |                         |          |             | 限** | 管  |",
      "| 号 |                         |          |             |      | 县  |",
      "| * |                          |          |             |      | 领  |",
      "| * |                          |          |             |      | 导  |",
      "|   |                          |          |             |      | **  |",
      "+---+--------------------------+----------+-------------+------+-----+",
      "|   |                          | **牵     | *           |      |     |",
      "|   |                          | 头单位** | *配合单位** |      |     |",
      "+---+--------------------------+----------+-------------+------+-----+",
      "| 1 | 深入实施\"亩              | 县经信局 | 县自然资    | 20   | 沈  |",
      "|   | 均论英雄\"改革，完成低效  |          | 源和规划局  | 19年 | 国  |",
      "|   | 工业用地整治3000亩以上， |          |             | 12月 | 平  |",
      "|   | 盘活存量建设用地1500亩。 |          | 县生        | 底前 |     |",
      "|   |                          |          | 态环境分局  |      |     |",
      "|   |                          |          |             |      |     |",
      "|   |                          |          | 各          |      |     |",
      "|   |                          |          | 镇人民政府  |      |     |",
      "+---+--------------------------+----------+-------------+------+-----+",
      "| 2 | 加快地理信息小镇建设，   | 县地     | 县科技局    | 20   |     |",
      "|   | 全年引进地信企业50家以上 | 理信息小 | 、县商务局  | 19年 |     |",
      "|   | ，地信产业产值增长25%。  | 镇管委会 |             | 12月 |     |",
      "|   |                          |          |             | 底前 |     |",
      "+---+--------------------------+----------+-------------+------+-----+",
    ].join('\n');
    expect(parseNotice(readMarkdown(text, remarkGfm, { grid: readGridTable, pandoc: findPandocTables })).matrix.tasks.map((t) => [t.id, t.lead, t.support, t.deadline?.text, t.leaders ?? []])).toEqual([
      ['1.1', ['县经信局'], ['县自然资源和规划局', '县生态环境分局', '各镇人民政府'], '2019年12月底前', ['沈国平']],
      ['1.2', ['县地理信息小镇管委会'], ['县科技局', '县商务局'], '2019年12月底前', []],
    ]);
  });
});
