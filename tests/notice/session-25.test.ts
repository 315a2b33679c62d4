import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of session 25: a 常务会议纪要 checked by hand against the contract (matrix-format.md).

const MINUTES = [
  '临澧县人民政府常务会议纪要',
  '〔2025〕第5次',
  '',
  '　　2025年4月2日，县长主持召开县人民政府第5次常务会议。现将会议议定事项纪要如下：',
  '　　一、关于2025年防汛抗旱工作',
  '　　（一）由县水利局牵头，县应急管理局、县自然资源局配合，5月底前完成病险水库除险加固扫尾工作。',
  '　　（二）县财政局负责统筹安排防汛抗旱资金1200万元，确保4月中旬前拨付到位。',
  '　　（三）各乡镇人民政府要落实属地责任，汛前完成山洪灾害危险区巡查。',
  '　　二、关于城区背街小巷提质改造工作',
  '　　（一）县住建局、县城管局要会同县财政局抓紧完善项目清单。',
  '　　（二）会议要求各单位负责同志亲自抓。',
  '　　三、关于项目推进',
  '　　县发改局负责做好项目前期工作。',
  '　　（一）加快审批。（县行政审批局负责）',
].join('\n');

describe('a 纪要 whose decisions give the work in prose', () => {
  const { matrix, messages } = parseText(MINUTES);

  it('reads only the markers the contract names (由X牵头，Y配合; an item-final （X负责）)', () => {
    expect(matrix.tasks.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['县水利局'], responsible: [], support: ['县应急管理局', '县自然资源局'] }],
      ['3.1', { lead: [], responsible: ['县行政审批局'], support: [] }],
    ]);
  });

  it('says of each numbered item that names bodies before 负责, 牵头 or 会同 and makes no task that it makes none', () => {
    const notes = messages.filter((m) => m.ruleId === 'ignored-marker');
    expect(notes.map((m) => [m.line, m.reason])).toEqual([
      [7, 'Item 1.2 gives its work in prose (`县财政局负责…`), which is no marker: it makes no task; add a marker if it is one'],
      [10, 'Item 2.1 gives its work in prose (`县住建局、县城管局要会同…`), which is no marker: it makes no task; add a marker if it is one'],
    ]);
    // Not an item whose subject is no body (`各乡镇人民政府要落实…` has no role verb; `会议要求…负责同志`), nor one a task is
    // under (三、's `县发改局负责…` is a paragraph of an item whose child has its marker).
    // Notes (info: VFileMessage's `fatal` undefined), which fail no run.
    expect(notes.map((m) => m.fatal)).toEqual([undefined, undefined]);
  });
});
