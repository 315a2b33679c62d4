import stringWidth from 'string-width';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { noticeSummary } from '../../src/cli/summary.js';
import { finding } from '../../src/matrix/finding.js';
import { loadMatrix } from '../../src/matrix/read.js';
import { runCli } from '../helpers/run-cli.js';

const SEED = 'fixtures/notices/lezhi-2023-61.md';
const matrix = loadMatrix('fixtures/notices/lezhi-2023-61.matrix.yaml');
// The seed's findings as parse reports them: 10 page-break joins and 4 mismatched closers, all warnings.
const at = (line: number, rule: string) => finding('…', { line, column: 1 }, rule, 'warning', SEED);
const messages = [
  ...[28, 40, 48, 60, 82, 104, 112, 124, 134, 146].map((line) => at(line, 'page-break-join')),
  ...[48, 82, 112, 124].map((line) => at(line, 'mismatched-closer')),
];

describe('the summary after parse', () => {
  it('in Chinese: document, counts, leading units, findings by kind, where the matrix went', () => {
    // By hand from the seed's matrix: 4 first-level items, 52 outline items in all, 36 tasks, 34 units
    // (fengong units); leads: 县科协 16, 县教体局 7, 县经科信局 6, then 县委组织部 and 县人社局 with 4.
    expect(noticeSummary(matrix, { lang: 'zh', file: SEED, messages, output: 'lezhi.yaml' })).toBe(
      [
        '摘要 fixtures/notices/lezhi-2023-61.md',
        '  标题      乐至县全民科学素质行动分工方案',
        '  发文字号  乐府发〔2023〕61号',
        '  成文日期  2023-10-10',
        '  提纲      4 个一级条目，共 52 个编号条目',
        '  任务      36 项',
        '  单位      34 个',
        '  牵头最多  县科协（16）、县教体局（7）、县经科信局（6）',
        '  发现      警告 14：page-break-join 10、mismatched-closer 4',
        '  矩阵      已写入 lezhi.yaml',
        '',
      ].join('\n'),
    );
  });

  it('in English, the same figures', () => {
    expect(noticeSummary(matrix, { lang: 'en', file: SEED, messages, output: '-' })).toBe(
      [
        'Summary fixtures/notices/lezhi-2023-61.md',
        '  Title       乐至县全民科学素质行动分工方案',
        '  Doc number  乐府发〔2023〕61号',
        '  Date        2023-10-10',
        '  Outline     4 top-level items, 52 numbered items in all',
        '  Tasks       36',
        '  Units       34',
        '  Lead most   县科协 (16), 县教体局 (7), 县经科信局 (6)',
        '  Findings    14 warnings: page-break-join 10, mismatched-closer 4',
        '  Matrix      written to standard output',
        '',
      ].join('\n'),
    );
  });

  it('aligns the values by display width, counts errors apart, and says when nothing was written', () => {
    const bare = { ...matrix, document: { ...matrix.document, docNumber: null, date: null } };
    const errors = [finding('…', { line: 3, column: 5 }, 'unclosed-bracket', 'error', SEED), ...messages.slice(0, 2)];
    const out = noticeSummary(bare, { lang: 'zh', file: SEED, messages: errors, top: 1 });
    const lines = out.trimEnd().split('\n').slice(1);
    // Every value starts at the same display column: 2 + 8 (牵头最多, the widest label) + 2.
    for (const line of lines) expect(stringWidth(/^ {2}\S*\s+/.exec(line)![0])).toBe(12);
    expect(out).toContain('  发文字号  无\n');
    expect(out).toContain('  牵头最多  县科协（16）\n');
    expect(out).toContain('  发现      错误 1：unclosed-bracket 1\n            警告 2：page-break-join 2\n');
    expect(out).toContain('  矩阵      未写入（仅检查）\n');
  });
});

describe('parse prints the summary on a terminal only', () => {
  const tty = process.stderr.isTTY;
  const noColor = process.env.NO_COLOR;
  beforeEach(() => {
    process.env.NO_COLOR = '1';
  });
  afterEach(() => {
    process.stderr.isTTY = tty;
    if (noColor === undefined) delete process.env.NO_COLOR;
    else process.env.NO_COLOR = noColor;
  });

  it('on stderr when it is a TTY, in the run\'s language', async () => {
    process.stderr.isTTY = true;
    const zh = await runCli(['--lang', 'zh', 'parse', SEED]);
    expect(zh.stderr).toContain('摘要 fixtures/notices/lezhi-2023-61.md\n  标题      乐至县全民科学素质行动分工方案\n');
    expect(zh.stderr).toContain('矩阵      已输出到标准输出');
    expect(zh.stdout).not.toContain('摘要');
    const en = await runCli(['--lang', 'en', 'parse', SEED]);
    expect(en.stderr).toContain('Findings    14 warnings: page-break-join 10, mismatched-closer 4');
  });

  it('not when stderr is piped, nor with --quiet', async () => {
    process.stderr.isTTY = false;
    expect((await runCli(['--lang', 'zh', 'parse', SEED])).stderr).not.toContain('摘要');
    process.stderr.isTTY = true;
    expect((await runCli(['--lang', 'zh', 'parse', SEED, '--quiet'])).stderr).toBe('');
  });
});

describe('the summary of a notice with one item', () => {
  it('says `1 top-level item, 1 numbered item in all` (it had said `1 top-level items`: a fresh user\'s)', () => {
    const one = { ...matrix, outline: [{ ...matrix.outline[0], children: [] }] };
    expect(noticeSummary(one, { lang: 'en', file: SEED, messages: [] })).toContain('  Outline     1 top-level item, 1 numbered item in all\n');
  });
});
