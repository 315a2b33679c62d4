import { describe, expect, it } from 'vitest';
import { parseText, roles } from '../helpers/parse.js';

// Cases of the twenty-fifth round (session 18: probes 106 to 108, the southern and northern provinces' mix and
// 政务公开 / 放管服 要点), each checked by hand against the contract (matrix-format.md).

const parsed = (text: string) => parseText(text, 'text');
const tasks = (text: string) => parsed(text).matrix.tasks;

describe("a department's divisions named in its own notice (probe 108: a 厅's 政务公开要点)", () => {
  it('reads `（养老保险处负责）` closing a run-in clause inside the paragraph, as the item-final bracket is read', () => {
    const [task] = tasks([
      '一、重点任务',
      '（二）做好社会保险待遇调整信息公开。一是及时公布城乡居民基本养老保险基础养老金调整方案，确保调整资金按时足额发放到位（养老保险处负责）；二是公开工伤保险待遇调整标准（工伤保险处、省社会保险服务中心负责）。',
    ].join('\n'));
    // 养老保险处 had been lost in silence (no place before it: not taken for a body's name inside a paragraph).
    expect(roles(task)).toEqual({ lead: [], responsible: ['养老保险处', '工伤保险处', '省社会保险服务中心'], support: [] });
  });

  it('reads `由办公室负责` and `由政策法规处会同信息中心负责` in run-in clauses', () => {
    const [task] = tasks(['一、重点任务', '（三）规范政府信息公开。一是完善依申请公开办理流程，由厅办公室负责；二是做好政策解读，由政策法规处会同信息中心负责。'].join('\n'));
    expect(roles(task)).toEqual({ lead: [], responsible: ['厅办公室', '政策法规处'], support: ['信息中心'] });
  });

  it('still leaves prose in a bracket with 负责 alone (`（资金缺口由县级财政负责）`, probe 26)', () => {
    const { matrix } = parsed(['一、重点任务', '（一）建设养老服务设施。建成服务站10个（资金缺口由县级财政负责），年底前投入使用。（县民政局牵头）'].join('\n'));
    expect(matrix.tasks.map((t) => roles(t))).toEqual([{ lead: ['县民政局'], responsible: [], support: [] }]);
  });
});

describe('a WeChat article copied with its byline (probe 108)', () => {
  const article = (byline: string) =>
    [
      '重磅！海门“一网通办”2024年工作要点来了→',
      '',
      byline,
      '',
      '点击蓝字  关注我们',
      '',
      '近日，区政府办公室印发《2024年海门区政务服务“一网通办”工作要点》，聚焦企业群众办事的难点堵点，推出一系列务实举措。一起来看',
      '',
      '一、深化“一件事一次办”',
      '1.推出企业开办、不动产登记等高频“一件事”20个。（区政务办牵头，区市场监管局、区自然资源局配合）',
    ].join('\n');

  it('drops the byline and the call to follow: no page break is joined in an article that has no pages', () => {
    const { matrix, messages } = parsed(article('原创 海门政务服务 海门政务服务 2024-03-20 18:05 江苏'));
    // Two `page-break-join` warnings had joined the byline with the lines after it across blank lines.
    expect(messages.map((m) => m.ruleId)).toEqual([]);
    expect(roles(matrix.tasks[0])).toEqual({ lead: ['区政务办'], responsible: [], support: ['区市场监管局', '区自然资源局'] });
  });

  it('keeps a web page metadata line with its colons (`文号：…　发布日期：…`): it is no byline', () => {
    const { matrix } = parsed(article('文号：海政办发〔2024〕5号 发布日期：2024-03-20 10:00'));
    expect(matrix.document.docNumber).toBe('海政办发〔2024〕5号');
  });
});
