import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the twenty-second round (session 16: probes 96 and 97: a year's mix of notices from the provinces'
// websites, and plans whose numbering the drafter got wrong), each checked by hand against the contract
// (matrix-format.md).

const tasks = (text: string) => parseText(text, 'text').matrix.tasks;

describe('run-in clauses, one of them 由X会同Y负责 (probe 96)', () => {
  it('reads every clause: 由X负责 beside 由Y会同Z负责', () => {
    const [task] = tasks(['一、任务', '（一）强化考核。一是纳入考核，由县委组织部负责；二是开展评价，由县发改局会同县统计局负责。'].join('\n'));
    // 县委组织部 had been lost: the 会同 sentence alone was read.
    expect(roles(task)).toEqual({ lead: [], responsible: ['县委组织部', '县发改局'], support: ['县统计局'] });
  });

  it('reads the 会同 sentence once', () => {
    const [task] = tasks(['一、任务', '（一）强化考核。由县发改局会同县统计局负责。'].join('\n'));
    expect(roles(task)).toEqual({ lead: [], responsible: ['县发改局'], support: ['县统计局'] });
  });
});

describe('a 、 after a bracketed number (probe 97)', () => {
  it('is no part of the title or the text, and the marker stays as written', () => {
    const [task] = tasks(['一、任务', '（五）、持续优化营商环境。深化“放管服”改革。（县发改局牵头）'].join('\n'));
    expect(task.id).toBe('1.5');
    expect(task.marker).toBe('（五）');
    expect(task.title).toBe('持续优化营商环境');
    expect(task.text).toBe('持续优化营商环境。深化“放管服”改革。');
  });
});

describe('a numbered first line of a wrapped PDF paste, its indent dropped (probe 97)', () => {
  it('goes on on the next line when it is up to two characters short of the wrap and holds a comma', () => {
    const wrapped = [
      '3.加强招标投标领域监管。',
      // 26 characters under a wrap of 28: the paragraph's first line, its two characters of indent dropped.
      '⑴全面推行工程建设项目招标投标全流程电子化，推广远程',
      '异地评标，实现招标投标“不见面”交易。（牵头单位：县发展',
      '和改革局；责任单位：县公共资源交易中心；完成时限：2024年',
      '8月底前）',
    ];
    // Lines of the plan at the wrap's width (28 characters), so that the wrap is known.
    const filler = [
      '一、重点任务',
      '1.清理妨碍统一市场和公平竞争的政策措施。对县本级出台',
      '的涉及经营主体经济活动的规范性文件开展全面清理，及时废止',
      '或修订含有地方保护、市场分割等内容的政策措施。（牵头单位：',
      '县市场监管局；责任单位：县司法局，县直各相关单位；完成时',
      '限：2024年11月底前）',
      '2.规范涉企行政检查。推行“综合查一次”和“非现场监管”，',
      '严禁重复检查、多头检查，除投诉举报、转办交办等情形外，同',
      '一部门对同一企业年度检查原则上不超过2次。（牵头单位：县',
      '司法局；责任单位：县直各行政执法单位；完成时限：长期坚持）',
    ];
    const found = tasks([...filler, ...wrapped].join('\n')).find((t) => t.id === '1.3.1');
    expect(found?.title).toBeNull();
    expect(found?.text).toBe('全面推行工程建设项目招标投标全流程电子化，推广远程异地评标，实现招标投标“不见面”交易。');
    expect(roles(found!)).toEqual({ lead: ['县发展和改革局'], responsible: ['县公共资源交易中心'], support: [] });
  });

  it('stays a heading when it is shorter than that', () => {
    const found = tasks(['一、重点任务', '1.清理妨碍统一市场和公平竞争的政策措施。对县本级出台', '的涉及经营主体经济活动的规范性文件开展全面清理，及时废止', '或修订含有地方保护、市场分割等内容的政策措施。（牵头单位：', '县市场监管局；责任单位：县司法局，县直各相关单位；完成时', '限：2024年11月底前）', '2.加强监管，强化执法', '开展专项检查行动。（县市场监管局负责）'].join('\n')).find((t) => t.id === '1.2');
    expect(found?.title).toBe('加强监管，强化执法');
  });
});

describe('lead marks in an item-final bracket of names (a fresh user\'s)', () => {
  const plan = (bracket: string, note = true) => [...(note ? ['标☆的为牵头单位。', ''] : []), '一、强化要素保障', '1.落实减税降费政策。（区税务局负责）', `2.保障用地需求。${bracket}`].join('\n');

  it('reads the names, a marked one the lead under the note, the mark before or after it', () => {
    // The task had been lost in silence: `☆区自然资源局` read as no body's name.
    for (const bracket of ['（☆区自然资源局、区发改局）', '（区自然资源局☆、区发改局）']) {
      const task = tasks(plan(bracket)).find((t) => t.id === '1.2');
      expect(task && roles(task)).toEqual({ lead: ['区自然资源局'], responsible: ['区发改局'], support: [] });
    }
  });

  it('without the note, keeps the units where they stand, without the mark', () => {
    const task = tasks(plan('（区自然资源局★、区发改局）', false)).find((t) => t.id === '1.2');
    expect(task && roles(task)).toEqual({ lead: [], responsible: ['区自然资源局', '区发改局'], support: [] });
  });
});

describe('the last sentence of an item naming who acts, without 由 (a fresh user\'s)', () => {
  it('reads `X牵头，Y配合。` and `X负责。` closing a numbered item', () => {
    const found = tasks(['一、重点任务', '（一）落实减税降费政策。（区税务局负责）', '（二）保障用地需求。区自然资源局牵头，区发改局配合。', '（三）保障用能需求。区发改局负责。'].join('\n'));
    expect(found.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: [], responsible: ['区税务局'], support: [] }],
      ['1.2', { lead: ['区自然资源局'], responsible: [], support: ['区发改局'] }],
      ['1.3', { lead: [], responsible: ['区发改局'], support: [] }],
    ]);
  });

  it('leaves prose alone: what the bodies do after their names, a sentence of its own, a person', () => {
    const found = tasks(['一、重点任务', '（一）保障用地需求。区自然资源局牵头，建立联席会议制度。', '（二）区发改局负责。', '（三）保障用能需求。王某某副区长负责。', '（四）落实减税降费政策。（区税务局负责）'].join('\n'));
    expect(found.map((t) => t.id)).toEqual(['1.4']);
  });
});

describe('how drafters word the lead (session 16)', () => {
  const roleOf = (bracket: string) => {
    const [task] = tasks(['一、任务', `1.推进工作。${bracket}`].join('\n'));
    return task ? roles(task) : null;
  };

  it('reads 主抓, 负总责 and `为牵头单位` as the lead, 具体负责 as responsible', () => {
    expect(roleOf('（县发改局主抓，县财政局配合）')).toEqual({ lead: ['县发改局'], responsible: [], support: ['县财政局'] });
    // `县发改局负总责` had been one unit's name.
    expect(roleOf('（县发改局负总责，县财政局具体负责）')).toEqual({ lead: ['县发改局'], responsible: ['县财政局'], support: [] });
    // An unaccounted-marker error before.
    expect(roleOf('（县发改局为牵头单位，县财政局为配合单位）')).toEqual({ lead: ['县发改局'], responsible: [], support: ['县财政局'] });
  });

  it('reads `X统筹` as the lead and `X负责指导` as X负责 (probe 98: both had been dropped in silence)', () => {
    expect(roleOf('（县发改局统筹，县财政局配合）')).toEqual({ lead: ['县发改局'], responsible: [], support: ['县财政局'] });
    expect(roleOf('（县农业农村局负责指导，各乡镇负责落实）')).toEqual({ lead: [], responsible: ['县农业农村局', '各乡镇'], support: [] });
  });

  it('says when a body that oversees is left out (`X指导`): it had gone in silence', () => {
    const { matrix, messages } = parseText(['一、任务', '1.推进工作。（各乡镇负责，县直有关部门指导）'].join('\n'), 'text');
    expect(matrix.tasks.map((t) => roles(t))).toEqual([{ lead: [], responsible: ['各乡镇'], support: [] }]);
    expect(messages.filter((m) => m.ruleId === 'ignored-marker').map((m) => m.reason)).toEqual(['`县直有关部门指导` names a body that oversees, not a unit']);
  });

  it('reads the same wordings in a table\'s role cell, no verb left in a name (probe 98)', () => {
    const rows = (cell: string) => tasks(['序号\t重点任务\t责任单位', `1\t推进工作\t${cell}`].join('\n'))[0];
    expect(roles(rows('各县（市、区）政府负总责，市经济和信息化局具体负责'))).toEqual({ lead: ['各县（市、区）政府'], responsible: ['市经济和信息化局'], support: [] });
    expect(roles(rows('区卫健委会同区财政局负责'))).toEqual({ lead: [], responsible: ['区卫健委'], support: ['区财政局'] });
    expect(roles(rows('市信访局负责指导，各县（市、区）政府负责落实'))).toEqual({ lead: [], responsible: ['市信访局', '各县（市、区）政府'], support: [] });
    expect(roles(rows('各区镇（街道）负责，区市场监管局指导'))).toEqual({ lead: [], responsible: ['各区镇（街道）'], support: [] });
  });
});

describe('assignments a fresh user found lost in silence (session 16)', () => {
  it('reads `X为牵头单位，Y为配合单位。` closing an item, and a paragraph that is only `X、Y按各自职责负责。`', () => {
    const found = tasks(['一、重点任务', '（一）开展干部培训。县委组织部为牵头单位，县人力资源社会保障局为配合单位。', '（二）加强法治保障。', '县司法局、县法院按各自职责负责。'].join('\n'));
    expect(found.map((t) => [t.id, roles(t), t.text])).toEqual([
      ['1.1', { lead: ['县委组织部'], responsible: [], support: ['县人力资源社会保障局'] }, '开展干部培训。县委组织部为牵头单位，县人力资源社会保障局为配合单位。'],
      // The paragraph of units is a marker line: out of the text.
      ['1.2', { lead: [], responsible: ['县司法局', '县法院'], support: [] }, '加强法治保障。'],
    ]);
  });

  it('leaves 具体 out of a name (`各乡镇具体落实`)', () => {
    const [task] = tasks(['一、任务', '（六）开展万企帮万村。（县工商联牵头，各乡镇具体落实）'].join('\n'));
    expect(roles(task)).toEqual({ lead: ['县工商联'], responsible: ['各乡镇'], support: [] });
  });

  it('reads a bracket of names one of which holds a character the bytes did not decode (U+FFFD)', () => {
    const [task] = tasks(['一、任务', '（一）开展工作。（县财政局、县\ufffd\ufffd计局、县统计局）'].join('\n'));
    // The task had been lost, its three units with it; the character is reported where it stands (undecodable-character).
    expect(roles(task)).toEqual({ lead: [], responsible: ['县财政局', '县\ufffd\ufffd计局', '县统计局'], support: [] });
  });
});
