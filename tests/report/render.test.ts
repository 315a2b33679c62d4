import { describe, expect, it } from 'vitest';
import type { Matrix, Task } from '../../src/matrix/types.js';
import { escapeHtml, heatMap, renderReport, sectionOf } from '../../src/sheets/report/index.js';

const task = (id: string, units: Partial<Pick<Task, 'lead' | 'responsible' | 'support' | 'deadline'>>): Task => ({
  id,
  marker: null,
  path: [],
  title: null,
  text: `任务${id}`,
  lead: [],
  responsible: [],
  support: [],
  deadline: null,
  source: { line: 1, endLine: 1 },
  ...units,
});

const outline = [
  { id: '1', marker: '一、', title: '总体要求', line: 2, children: [] },
  {
    id: '2',
    marker: '二、',
    title: '重点任务',
    line: 3,
    children: [
      { id: '2.1', marker: '（一）', title: '科普', line: 4, children: [{ id: '2.1.1', marker: '1.', title: null, line: 5, children: [] }] },
      { id: '2.2', marker: '（二）', title: '教育', line: 6, children: [] },
    ],
  },
];

const matrix: Matrix = {
  schemaVersion: 1,
  document: { title: '某县<方案>', notice: null, docNumber: '某府发〔2024〕1号', issuer: null, date: '2024-01-02', recipients: [] },
  outline,
  tasks: [
    task('#1', { responsible: ['县科协'] }),
    task('2.1.1', { lead: ['县科协'], responsible: ['<script>alert(1)</script>'], deadline: { text: '2024年6月底前', due: '2024-06-30' } }),
    task('2.2', { lead: ['县教体局'], support: ['县科协'], deadline: { text: '2024年5月', due: '2024-05-31' } }),
    task('2#1', { responsible: ['县教体局', '县科协'], deadline: { text: '长期坚持', due: null } }),
  ],
};

describe('heat map', () => {
  it('puts tasks in second-level sections, or the first level, or outside', () => {
    expect(sectionOf('2.1.1', outline)).toBe('2.1');
    expect(sectionOf('2.2', outline)).toBe('2.2');
    expect(sectionOf('2#1', outline)).toBe('2');
    expect(sectionOf('2.1.1-2', outline)).toBe('2.1');
    expect(sectionOf('#1', outline)).toBe('');
    expect(sectionOf('9.1', outline)).toBe('');
  });

  it('counts each unit by section and role (checked by hand)', () => {
    const heat = heatMap(matrix);
    expect(heat.columns.map((c) => c.id)).toEqual(['', '2', '2.1', '2.2']);
    // 县科协: #1 responsible, 2.1.1 lead, 2.2 support, 2#1 responsible: 4 tasks.
    const kx = heat.rows.find((r) => r.load.unit === '县科协')!;
    expect(kx.load).toEqual({ unit: '县科协', lead: 1, responsible: 2, support: 1, total: 4 });
    expect(Object.fromEntries([...kx.cells].map(([id, l]) => [id, [l.lead, l.responsible, l.support]]))).toEqual({
      '': [0, 1, 0],
      '2': [0, 1, 0],
      '2.1': [1, 0, 0],
      '2.2': [0, 0, 1],
    });
    expect(heat.rows.map((r) => r.load.unit)).toEqual(['县科协', '县教体局', '<script>alert(1)</script>']);
    expect(heat.max).toBe(1);
  });
});

describe('renderReport', () => {
  const zh = renderReport(matrix, { lang: 'zh', today: '2024-06-10', soonDays: 30 });
  const en = renderReport(matrix, { lang: 'en', today: '2024-06-10', soonDays: 30 });

  it('escapes every text from the matrix: a unit named <script> stays text', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(zh).not.toContain('<script>alert(1)');
    expect(zh).toContain('data-unit="&lt;script&gt;alert(1)&lt;/script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;</button>');
    expect(zh).toContain('<title>某县&lt;方案&gt; · 责任矩阵报告</title>');
    expect(zh.match(/<script/g)).toHaveLength(1);
  });

  it('is self-contained: no external script, style sheet, font, image or link', () => {
    for (const html of [zh, en]) {
      expect(html).not.toMatch(/<link|<img|<iframe|@import|url\(|\bsrc=/i);
      expect(html).not.toMatch(/https?:\/\//);
    }
  });

  it('has its headings in the run\'s language', () => {
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('<h2 id="heat">单位 × 章节任务量</h2>');
    expect(zh).toContain('<dt>发文字号</dt><dd>某府发〔2024〕1号</dd>');
    // Sections: the outline's items 一、 二、 （一）, not 1. and （二）, which are tasks 2.1.1 and 2.2 with no item under them.
    expect(zh).toContain('3 个章节 · 4 项任务 · 3 个单位');
    expect(zh).toContain('显示 4 / 4 项任务');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h2 id="heat">Load by unit and section</h2>');
    expect(en).toContain('<dt>Document number</dt><dd>某府发〔2024〕1号</dd>');
    expect(en).toContain('3 sections · 4 tasks · 3 units');
    expect(en).toContain('Showing 4 of 4 tasks');
  });

  it('colours due dates by urgency against today', () => {
    const card = (id: string) => new RegExp(`<article class="task( due-\\w+)?" id="task-\\d+" data-id="${id.replace('.', '\\.')}">`).exec(zh)?.[1]?.trim();
    expect(card('2.1.1')).toBe('due-soon'); // 2024-06-30 is 20 days after 2024-06-10
    expect(card('2.2')).toBe('due-overdue'); // 2024-05-31 has passed
    expect(card('2#1')).toBe('due-none'); // 长期坚持: no date
    expect(card('#1')).toBeUndefined(); // no deadline
    expect(zh).toContain('2024年5月 (2024-05-31)<span class="badge">已逾期</span>');
    expect(en).toContain('2024年6月底前 (2024-06-30)<span class="badge">Due soon</span>');
  });

  it('places tasks in the outline, #k tasks under their item, and the outline tree links to the sections', () => {
    const order = [...zh.matchAll(/data-id="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['#1', '2#1', '2.1.1', '2.2']);
    expect(zh).toContain('<li><a href="#item-2">二、重点任务</a><span class="n">3</span>');
    expect(zh).toContain('<section class="item" id="item-2.1.1">');
  });

  it('gives a leaf item that is one task no heading of its own, but keeps the heading over its #k paragraphs', () => {
    // 2.2 is a leaf and the task 2.2 itself: its card is its heading. 1 is a leaf whose paragraphs 1#1, 1#2 are tasks.
    expect(zh).toContain('<section class="item" id="item-2.2"><article');
    const split = renderReport({ ...matrix, tasks: [task('1#1', { lead: ['县科协'] }), task('1#2', { lead: ['县科协'] })] }, { lang: 'zh' });
    expect(split).toContain('<section class="item" id="item-1"><h3>一、总体要求</h3><article');
  });
});
