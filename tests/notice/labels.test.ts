import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldLabels, LABEL_RE, LEVEL_PREFIXES, nextLabel } from '../../src/notice/labels.js';

/** Every match of LABEL_RE in a text, as a plain scan finds them: [index, text]. */
function plainScan(folded: string): Array<[number, string]> {
  const re = new RegExp(LABEL_RE.source, 'g');
  const out: Array<[number, string]> = [];
  for (let m = re.exec(folded); m; m = re.exec(folded)) out.push([m.index, m[0]]);
  return out;
}

/** The same through nextLabel, which starts each search near the next colon. */
function colonScan(folded: string): Array<[number, string]> {
  const re = new RegExp(LABEL_RE.source, 'g');
  const out: Array<[number, string]> = [];
  for (let m = nextLabel(folded, 0, re); m; m = nextLabel(folded, re.lastIndex, re)) out.push([m.index, m[0]]);
  return out;
}

describe('nextLabel: the search for a label from the colon it ends at', () => {
  it('finds the longest labels, with a level, a note in brackets and white space before the colon', () => {
    const longest = LEVEL_PREFIXES.split('|').sort((a, b) => b.length - a.length)[0];
    const texts = [
      `推进工作。（${longest}责任（配合）单位（含各下属单位）　　：县财政局；完成时限：年底）`,
      `${longest}副总责任河段长（暂定） ：张某`,
      '县发改局：负责统筹。牵头单位：县发改局；配合单位:县财政局',
      '时间 8:30，地点：县会议室。（牵头单位：县委办）',
      '无冒号的段落',
      '：：：牵头单位：：',
    ];
    for (const t of texts) expect(colonScan(foldLabels(t))).toEqual(plainScan(foldLabels(t)));
    expect(colonScan(foldLabels(texts[0]))[0]).toEqual([6, `${longest}责任（配合）单位（含各下属单位）　　：`]);
  });

  it('finds the same when two texts are searched by turns, and a text again from its start (it keeps the next colon of the text last searched)', () => {
    const a = foldLabels('（牵头单位：县发改局；配合单位：县财政局）推进。责任单位:县委办');
    const b = foldLabels('地点：8:30。牵头单位：县科协');
    const re = new RegExp(LABEL_RE.source, 'g');
    const seen: string[] = [];
    let ma = nextLabel(a, 0, re);
    const ra = re.lastIndex;
    const mb = nextLabel(b, 0, re);
    seen.push(ma![0], mb![0]);
    ma = nextLabel(a, ra, re);
    seen.push(ma![0], nextLabel(a, 0, re)![0]);
    expect(seen).toEqual(['牵头单位：', '牵头单位：', '配合单位：', '牵头单位：']);
    expect(colonScan(a)).toEqual(plainScan(a));
    expect(colonScan(b)).toEqual(plainScan(b));
  });

  it('finds what a plain scan finds in every line of the corpus and the fixtures', () => {
    const files: string[] = [];
    const corpus = '../shared/corpus';
    if (existsSync(corpus)) for (const d of readdirSync(corpus)) for (const f of readdirSync(join(corpus, d))) if (/^notice\.(txt|md)$/.test(f)) files.push(join(corpus, d, f));
    for (const f of readdirSync('fixtures/notices/forms')) files.push(join('fixtures/notices/forms', f));
    files.push('fixtures/notices/lezhi-2023-61.md');
    let labels = 0;
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        const folded = foldLabels(line);
        const found = colonScan(folded);
        expect(found, `${file}: ${line}`).toEqual(plainScan(folded));
        labels += found.length;
      }
    }
    // (The seed alone holds dozens: the comparison compared something.)
    expect(labels).toBeGreaterThan(50);
  });
});

describe('foldLabels: a label whose colon OCR read as a semicolon (probe 94)', () => {
  /** What the rewrite did as one pattern until session 17 (V8 took 8–14 ms to compile it at a start-up). */
  const asPattern = (text: string): string => {
    const labels = ['牵头单位', '责任单位', '配合单位', '完成时限', '牵头部门', '责任部门', '协办单位'];
    const re = new RegExp(`^[\\s\\u3000]*(?:${LEVEL_PREFIXES})?(?:${labels.join('|')})(?=[；;])`);
    if (!re.test(text)) return text;
    const at = text.search(/[；;]/);
    return `${text.slice(0, at)}：${text.slice(at + 1)}`;
  };

  it('reads the semicolon as a colon after a label at the start, with white space and a level before it', () => {
    expect(foldLabels('  责任单位；县城管局，各乡镇人民政府')).toBe('  责任单位：县城管局，各乡镇人民政府');
    expect(foldLabels('\u3000\u3000县牵头单位;县水利局')).toBe('\u3000\u3000县牵头单位：县水利局');
    expect(foldLabels('自治区配合单位；区财政厅')).toBe('自治区配合单位：区财政厅');
    expect(foldLabels('完成时限；2024年底')).toBe('完成时限：2024年底');
  });

  it('leaves a semicolon that does not follow a whole label at the start', () => {
    for (const prose of ['明确责任单位；加强督导。', '牵头；县发改局', '时限；年底', '县县牵头单位；县水利局', '责任单位 ；县城管局', '；责任单位；县城管局', '牵头单位（县）；县水利局']) {
      expect(foldLabels(prose), prose).toBe(prose);
    }
  });

  it('does what the pattern did on every line of the corpus and the fixtures with a label before a semicolon', () => {
    const files: string[] = [];
    const corpus = '../shared/corpus';
    if (existsSync(corpus)) for (const d of readdirSync(corpus)) for (const f of readdirSync(join(corpus, d))) if (/^notice\.(txt|md)$/.test(f)) files.push(join(corpus, d, f));
    for (const f of readdirSync('fixtures/notices/forms')) files.push(join('fixtures/notices/forms', f));
    let lines = 0;
    for (const file of files) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        // Each line with its first colon made a semicolon: the labels of the corpus, as OCR might have read them.
        const damaged = line.replace(/[：:]/, '；');
        const expected = asPattern(damaged);
        if (expected === damaged) continue;
        lines++;
        expect(foldLabels(damaged), `${file}: ${damaged}`).toBe(foldLabels(expected));
      }
    }
    // (The corpus, beside the clone in CI, holds most of them; the fixtures alone a few.)
    expect(lines).toBeGreaterThan(existsSync(corpus) ? 20 : 3);
  });
});
