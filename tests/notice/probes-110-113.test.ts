import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the twenty-sixth round (session 19: probes 110 to 113, safety and flood notices with 纪要, sectoral plans
// of 厅 and 局, development zones, 乡村振兴), each checked by hand against the contract (matrix-format.md).

const parsed = (text: string) => parseText(text, 'text');
const tasks = (text: string) => parsed(text).matrix.tasks;

describe('a 纪要 that gives work out with `由X负责，Y配合，…` (probe 110)', () => {
  it('reads X as responsible and Y as support when the work itself follows, as for `由X牵头，Y配合，…`', () => {
    const list = tasks(
      [
        '一、会议议定事项',
        '（一）对排查发现存在结构安全隐患的自建房，要立即采取停止使用、人员撤离等管控措施，由各街道负责，区城管局配合，依法依规整治到位。',
        '（二）由区消防救援大队负责，各街道配合，8月底前完成住宅小区电动自行车集中充电设施建设和清理整治。',
      ].join('\n'),
    );
    // Both had been lost in silence: the rest after the names was neither a time nor led by a 牵头.
    expect(list.map((t) => [t.id, roles(t)])).toEqual([
      ['1.1', { lead: [], responsible: ['各街道'], support: ['区城管局'] }],
      ['1.2', { lead: [], responsible: ['区消防救援大队'], support: ['各街道'] }],
    ]);
  });

  it('reads it in a paragraph under a heading too, the leader who leads voiding only his own role', () => {
    const { matrix, messages } = parsed(
      [
        '四、关于电动自行车安全隐患全链条整治',
        '',
        '会议同意区消防救援大队提出的工作安排。由刘振华副区长牵头，区消防救援大队、区市场监管局按职责分工负责，各街道配合，8月底前完成住宅小区电动自行车集中充电设施建设和“飞线充电”“进楼入户”清理整治。',
      ].join('\n'),
    );
    expect(matrix.tasks.map((t) => roles(t))).toEqual([{ lead: [], responsible: ['区消防救援大队', '区市场监管局'], support: ['各街道'] }]);
    expect(messages.some((d) => d.ruleId === 'ignored-marker')).toBe(true);
  });

  it('leaves `由X负责` followed by what X does alone as prose (`由县政府负责组织实施`)', () => {
    const { matrix } = parsed(['一、保障措施', '', '全县各级各部门要高度重视。本方案由县政府负责组织实施，确保各项任务落到实处。'].join('\n'));
    expect(matrix.tasks).toEqual([]);
  });
});

describe('a bracket of bare names with `有关县（市、区）` (probe 110, under the first-is-lead note)', () => {
  it('reads the bracket: the collective of the places concerned is a body as `各县（市、区）` is', () => {
    const list = tasks(
      [
        '各项任务中排在第一位的为牵头单位。',
        '一、重点任务',
        '16. 加强尾矿库安全管理。开展尾矿库隐患排查治理。（市应急管理局、市生态环境局、市水利局，有关县（市、区），2026年6月底前完成）',
        '17. 加强危化品管理。（市应急管理局、相关县区）',
      ].join('\n'),
    );
    // The whole task had been lost in silence.
    expect(list.map((t) => [t.id, roles(t), t.deadline?.text ?? null])).toEqual([
      ['1.16', { lead: ['市应急管理局'], responsible: ['市生态环境局', '市水利局', '有关县（市、区）'], support: [] }, '2026年6月底前完成'],
      ['1.17', { lead: ['市应急管理局'], responsible: ['相关县区'], support: [] }, null],
    ]);
  });
});

describe('how a body acts, after its name: `按属地负责`, `按照"三管三必须"要求负责` (probes 110 and 113)', () => {
  it('takes them off the name, as `按职责分工负责` is, in labelled lists and in the inline form', () => {
    const list = tasks(
      [
        '一、专项整治',
        '（一）开展排查。全面排查隐患。（牵头单位：县安委办；责任单位：各行业主管部门按照“三管三必须”要求负责）',
        '（二）整治垃圾。推进整治。（牵头单位：县农业农村局；责任单位：县住建局，各镇人民政府按属地负责；完成时限：2022年11月底前）',
        '（三）推进改厕。完成改厕任务。（县农业农村局牵头，各镇（街道）按属地负责）',
        '（四）开展督查。加强督查。（县农业农村局牵头，各镇（街道）属地负责）',
      ].join('\n'),
    );
    // 各行业主管部门 had been read as a clause (an empty list, `empty-unit-list`), 各镇人民政府按属地 kept as a name.
    expect(list.map((t) => roles(t))).toEqual([
      { lead: ['县安委办'], responsible: ['各行业主管部门'], support: [] },
      { lead: ['县农业农村局'], responsible: ['县住建局', '各镇人民政府'], support: [] },
      { lead: ['县农业农村局'], responsible: ['各镇（街道）'], support: [] },
      { lead: ['县农业农村局'], responsible: ['各镇（街道）'], support: [] },
    ]);
  });

  it('still ends a list at a demand (`各乡镇要按照要求落实`)', () => {
    const { matrix, messages } = parsed(['一、重点任务', '（一）开展排查。（牵头单位：县安委办；责任单位：县住建局，各乡镇要按照要求落实）'].join('\n'));
    expect(roles(matrix.tasks[0])).toEqual({ lead: ['县安委办'], responsible: ['县住建局'], support: [] });
    expect(messages.some((d) => d.ruleId === 'list-tail')).toBe(true);
  });
});

describe('the title of a joint notice whose issuers stand two to a line (probe 111)', () => {
  const notice = (issuers: string[]) =>
    [
      '鲁发改社会〔2021〕356号',
      '',
      ...issuers,
      '关于印发《山东省深化产教融合推动职业教育',
      '高质量发展行动方案（2021—2023年）》的通知',
      '',
      '各市发展改革委、教育（教体）局：',
      '现将《山东省深化产教融合推动职业教育高质量发展行动方案（2021—2023年）》印发给你们，请认真组织实施。',
      '',
      '山东省发展和改革委员会　　山东省教育厅',
      '2021年4月16日',
      '',
      '山东省深化产教融合推动职业教育高质量发展行动方案（2021—2023年）',
      '',
      '一、重点任务',
      '（一）建设产教融合实训基地。（牵头单位：省教育厅；配合单位：省财政厅）',
    ].join('\n');
  const whole = '山东省发展和改革委员会山东省教育厅山东省财政厅山东省人力资源和社会保障厅关于印发《山东省深化产教融合推动职业教育高质量发展行动方案（2021—2023年）》的通知';

  it('keeps every issuer in `document.notice`', () => {
    // The first line had been dropped: the notice began with 山东省财政厅.
    expect(parsed(notice(['山东省发展和改革委员会　山东省教育厅', '山东省财政厅　山东省人力资源和社会保障厅'])).matrix.document.notice).toBe(whole);
    expect(parsed(notice(['山东省发展和改革委员会　山东省教育厅　山东省财政厅　山东省人力资源和社会保障厅'])).matrix.document.notice).toBe(whole);
  });

  it('does not take a heading that names the issuer again for a co-issuer', () => {
    const text = ['山东省教育厅', '山东省教育厅关于印发《全省教育系统安全生产专项整治方案》的通知', '', '各市教育（教体）局：', '现将方案印发给你们。', '', '一、重点任务', '（一）开展排查。（牵头单位：省教育厅）'].join('\n');
    expect(parsed(text).matrix.document.notice).toBe('山东省教育厅关于印发《全省教育系统安全生产专项整治方案》的通知');
  });
});
