import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the thirty-first round (session 24: probes 149 to 153, 政府工作报告 分工 copied from web pages, plans
// extracted from PDFs, Word 工作要点, spreadsheets of 清单, 会议纪要 and 督办 notices), and of what session 23 left
// alone, each checked by hand against the contract (matrix-format.md).

const parsed = (text: string) => parseText(text, 'text');
const tasks = (text: string) => parsed(text).matrix.tasks;
const plan = (...lines: string[]) => ['某县工作方案', ...lines].join('\n');

describe('an inline phrase whose comma was lost (session 23\'s fresh user: `县发改局牵头县财政局配合`)', () => {
  it('reads who leads and who supports with no comma, or a space, between the clauses', () => {
    const list = tasks(plan('一、重点任务', '（一）加强组织领导。（县发改局牵头县财政局配合）', '（二）做好宣传。（县发改局牵头 县财政局、县教体局配合）', '（三）做好宣传。（由县委组织部牵头县直各部门协助）'));
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: ['县发改局'], responsible: [], support: ['县财政局'] }],
      ['1.2', { lead: ['县发改局'], responsible: [], support: ['县财政局', '县教体局'] }],
      ['1.3', { lead: ['县委组织部'], responsible: [], support: ['县直各部门'] }],
    ]);
  });

  it('leaves 牵头 inside a name or before prose alone', () => {
    // `牵头县` is no clause's end when no support verb closes what follows (`推动牵头县域…`), nor is a 牵头单位 label.
    const list = tasks(plan('一、重点任务', '（一）做好宣传。（牵头单位：县发改局；配合单位：县财政局）', '（二）推进改革。（县发改局牵头，县财政局配合）'));
    expect(list.map((t) => roles(t))).toEqual([
      { lead: ['县发改局'], responsible: [], support: ['县财政局'] },
      { lead: ['县发改局'], responsible: [], support: ['县财政局'] },
    ]);
  });
});
