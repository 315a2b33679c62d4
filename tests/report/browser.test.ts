import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Matrix } from '../../src/matrix/types.js';
import { runCli } from '../helpers/run-cli.js';
import { launchChromium } from './chromium.js';

const SEED = 'fixtures/notices/lezhi-2023-61.matrix.yaml';
const dir = mkdtempSync(join(tmpdir(), 'fengong-report-'));
let browser: Browser;
const requests: string[] = [];

async function open(args: string[], name: string): Promise<Page> {
  const file = join(dir, name);
  const run = await runCli([...args, '-o', file]);
  expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(file).href);
  return page;
}

const shownIds = (page: Page): Promise<string[]> =>
  page.locator('article.task:not([hidden])').evaluateAll((cards) => cards.map((card) => (card as HTMLElement).dataset.id ?? ''));

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

// Chromium shares the machine with the rest of the suite: give each step time on a loaded machine.
describe('the HTML report in headless Chromium', { timeout: 120_000 }, () => {
  it('shows the seed: title, header, 36 tasks, the heat map, the outline tree', async () => {
    const page = await open(['--lang', 'zh', 'report', SEED, '--today', '2024-06-10'], 'lezhi.html');
    expect(await page.title()).toBe('乐至县全民科学素质行动分工方案 · 责任矩阵报告');
    expect(await page.locator('h1').textContent()).toBe('乐至县全民科学素质行动分工方案');
    expect(await page.locator('header.doc dl').innerText()).toContain('乐府发〔2023〕61号');
    expect(await page.locator('article.task').count()).toBe(36);
    expect(await page.locator('article.task:visible').count()).toBe(36);
    expect(await page.locator('#shown').textContent()).toBe('显示 36 / 36 项任务');
    // 34 units (fengong units lists 34 for the seed); 各乡镇（街道）人民政府（办事处） is on all 36 tasks.
    expect(await page.locator('table.heat tbody tr').count()).toBe(34);
    expect(await page.locator('table.heat tbody tr').first().locator('td.sum').textContent()).toBe('36');
    // The sections' headers stand, each a few characters high (in writing-mode: vertical-rl they measured 0 px high
    // with the CJK font this machine has, and the headers were blank: a fresh user's find).
    const heights = await page.locator('table.heat thead tr + tr th span').evaluateAll((spans) => spans.map((s) => s.getBoundingClientRect().height));
    expect(heights).toHaveLength(15);
    for (const h of heights) expect(h).toBeGreaterThan(40);
    await page.locator('nav.outline a', { hasText: '实施科技创新后备人才培养计划' }).click();
    expect(await page.evaluate(() => location.hash)).toBe('#item-2.2.3');
    await page.screenshot({ path: join(dir, 'lezhi.png') });
    expect(statSync(join(dir, 'lezhi.png')).size).toBeGreaterThan(50_000);
    await page.close();
  });

  it('keeps only a unit\'s tasks when the unit is clicked, and only its roles when roles are unticked', async () => {
    const page = await open(['--lang', 'zh', 'report', SEED], 'filter.html');
    // By hand from the matrix: 县妇联 is lead on 2.2.4, 2.3.2 and 2.4.1, and on no other task.
    await page.locator('table.heat button.pick[data-unit="县妇联"]').click();
    expect(await page.locator('#unit-filter').inputValue()).toBe('县妇联');
    expect(await shownIds(page)).toEqual(['2.2.4', '2.3.2', '2.4.1']);
    expect(await page.locator('#shown').textContent()).toBe('显示 3 / 36 项任务');
    expect(await page.locator('article.task:visible button.unit.hit').allTextContents()).toEqual(['县妇联', '县妇联', '县妇联']);
    // 县总工会: lead on 2.4.1 and 2.4.2, responsible on 2.4.3 and 2.4.4.
    await page.locator('#unit-filter').selectOption('县总工会');
    expect(await shownIds(page)).toEqual(['2.4.1', '2.4.2', '2.4.3', '2.4.4']);
    await page.locator('input[name=role][value=responsible]').uncheck();
    await page.locator('input[name=role][value=support]').uncheck();
    expect(await shownIds(page)).toEqual(['2.4.1', '2.4.2']);
    // The heat map counts the ticked roles only: 县总工会 leads 2 tasks, both in （四） of 二、.
    expect(await page.locator('table.heat tr[data-unit="县总工会"] td.sum').textContent()).toBe('2');
    // Sections with nothing left are hidden: 三、重点任务 has no task of 县总工会.
    expect(await page.locator('#item-3').isHidden()).toBe(true);
    expect(await page.locator('#item-2\\.4').isVisible()).toBe(true);
    await page.locator('#item-2\\.4').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(dir, 'filtered.png') });
    await page.locator('#unit-filter').selectOption('');
    await page.locator('input[name=role][value=responsible]').check();
    await page.locator('input[name=role][value=support]').check();
    expect(await page.locator('article.task:visible').count()).toBe(36);
    await page.close();
  });

  it('colours due dates by urgency and has English headings with --lang en', async () => {
    const page = await open(['--lang', 'en', 'report', 'fixtures/matrices/sheets/county-plan.matrix.yaml', '--today', '2024-06-10'], 'county.html');
    expect(await page.locator('h2#heat').textContent()).toBe('Load by unit and section');
    const badge = (id: string) => page.locator(`article.task[data-id="${id}"] .due .badge`);
    expect(await badge('1.1.2').textContent()).toBe('Overdue'); // 2024-05-31
    expect(await badge('1.1.1').textContent()).toBe('Due soon'); // 2024-06-30
    expect(await badge('2#1').textContent()).toBe('Not yet due'); // 2024-12-31
    expect(await badge('1.1.2').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(220, 38, 38)');
    expect(await badge('1.1.1').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(217, 119, 6)');
    await page.close();
  });

  it('shows a unit named like markup as text and runs none of it', async () => {
    const matrix = parse(readFileSync(SEED, 'utf8')) as Matrix;
    const hostile = '<img/src=x/onerror=window.pwned=1></script><script>window.pwned=2</script>';
    for (const task of matrix.tasks) task.lead = task.lead.map((unit) => (unit === '县妇联' ? hostile : unit));
    writeFileSync(join(dir, 'hostile.json'), JSON.stringify(matrix));
    const page = await open(['report', join(dir, 'hostile.json')], 'hostile.html');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('table.heat button.pick').filter({ hasText: 'onerror' }).textContent()).toBe(hostile);
    expect(await page.locator('article.task').count()).toBe(36);
    await page.close();
  });

  it('asks for nothing over the network', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
  });
});
