// Deterministic notices for the benchmark, made from the seed notice (fixtures/notices/lezhi-2023-61.md) and the
// unit registry (fixtures/units/lezhi.units.yaml) with a seeded random generator: each notice has its own number,
// date, numbering style, bracket and label wording, units, deadlines and length; none is a copy of another.
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const seedText = readFileSync(new URL('fixtures/notices/lezhi-2023-61.md', root), 'utf8');
const registry = readFileSync(new URL('fixtures/units/lezhi.units.yaml', root), 'utf8');

/** Sentences of the seed's task paragraphs (markers and Markdown marks removed), the stock text is drawn from. */
const SENTENCES = [...new Set(seedText
  .replace(/[〔（(][^〔〕（）()]*(?:牵头|责任|配合)[^〕）)\]]*[〕）)\]]/g, '')
  .replace(/\*\*/g, '')
  .split(/\n+/)
  .filter((l) => l.length > 40)
  .map((l) => l.replace(/^\s*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．])\s*/, ''))
  .flatMap((l) => l.split('。'))
  .map((s) => s.trim())
  .filter((s) => s.length >= 8 && !/[〔〕\[\]]/.test(s)))];
/** Canonical unit names of the registry. */
const UNITS = [...registry.matchAll(/^\s*- name: (\S+)/gm)].map((m) => m[1]).filter((u) => !/[（(]/.test(u));
const HEADINGS = ['开展科普宣传活动', '加强基础设施建设', '提升基层服务能力', '强化人才队伍建设', '推进数字化转型', '深化交流合作', '健全工作机制', '完善监测评估'];
const COUNTIES = ['乐至县', '安岳县', '雁江区', '简阳市', '中江县', '射洪市'];

/** mulberry32: a small seeded generator, so that every run writes the same bytes. */
export function random(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    some: (list, lo, hi) => {
      const n = lo + Math.floor(next() * (hi - lo + 1));
      const copy = [...list];
      const out = [];
      while (out.length < n && copy.length) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
      return out;
    },
  };
}

const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1 → 一, 12 → 十二, 35 → 三十五, 105 → 一百零五 (up to 999). */
function cn(n) {
  if (n >= 100) {
    const rest = n % 100;
    return `${CN[Math.floor(n / 100)]}百${rest === 0 ? '' : rest < 10 ? `零${CN[rest]}` : rest < 20 ? `一${cn(rest)}` : cn(rest)}`;
  }
  if (n <= 10) return CN[n];
  if (n < 20) return `十${CN[n - 10]}`;
  return `${CN[Math.floor(n / 10)]}十${CN[n % 10]}`;
}

/**
 * One notice of about `bytes` UTF-8 bytes (never less than one section), as plain text or Markdown.
 * @param seed the generator's seed: the same seed gives the same notice.
 */
export function makeNotice(seed, bytes, format = 'text') {
  const r = random(seed);
  const md = format === 'markdown';
  const county = r.pick(COUNTIES);
  const year = r.int(2015, 2025);
  const topic = r.pick(['全民科学素质行动', '优化营商环境', '城乡环境综合治理', '政务公开工作', '安全生产专项整治']);
  const itemStyle = r.pick(['1.', '1．', '（1）']);
  const bracket = r.pick([['〔', '〕'], ['（', '）'], ['[', ']']]);
  const sentences = (lo, hi) => r.some(SENTENCES, lo, hi).join('。') + '。';
  // Each unit once per marker, as in a well-written notice: the matrices then pass `fengong validate`.
  const marker = () => {
    const style = r.int(0, 3);
    const pool = r.some(UNITS, 2, 6);
    const lead = pool.slice(0, style === 0 ? r.int(1, Math.min(2, pool.length - 1)) : 1).join('、');
    const rest = pool.slice(style === 0 ? lead.split('、').length : 1).join('、');
    if (style === 0) return `${bracket[0]}牵头单位：${lead}；责任单位：${rest}${bracket[1]}`;
    if (style === 1) return `${bracket[0]}责任单位：${pool.join('、')}${bracket[1]}`;
    if (style === 2) return `（${lead}牵头，${rest}配合）`;
    return `${bracket[0]}牵头单位：${lead}；配合单位：${rest}；完成时限：${year + 1}年${r.int(1, 12)}月底前${bracket[1]}`;
  };
  const head = md ? '## ' : '';
  const out = [
    `${county.slice(0, 2)}府发〔${year}〕${r.int(1, 120)}号`,
    '',
    md ? `# ${county}人民政府关于印发《${county}${topic}分工方案》的通知` : `${county}人民政府\n关于印发《${county}${topic}分工方案》的通知`,
    '',
    '各乡镇（街道）人民政府（办事处），县级各部门（单位）：',
    '',
    `经县政府同意，现将《${county}${topic}分工方案》印发你们，请结合实际认真组织实施。`,
    '',
    `${county}人民政府`,
    '',
    `${year}年${r.int(1, 12)}月${r.int(1, 28)}日`,
    '',
    `${county}${topic}分工方案`,
    '',
    sentences(1, 3),
    '',
    `${head}一、总体要求`,
    '',
    `（一）指导思想。${sentences(2, 4)}`,
    '',
  ];
  let size = Buffer.byteLength(out.join('\n'));
  let section = 2;
  do {
    const lines = [`${head}${cn(section)}、重点任务`, ''];
    const subs = r.int(2, 6 + Math.floor(bytes / 1e6));
    for (let s = 1; s <= subs && (s === 1 || size + Buffer.byteLength(lines.join('\n')) < bytes); s++) {
      lines.push(`（${cn(s)}）${r.pick(HEADINGS)}`, '');
      const items = r.int(2, 7);
      for (let i = 1; i <= items; i++) {
        const num = itemStyle === '（1）' ? `（${i}）` : `${i}${itemStyle.slice(1)}`;
        lines.push(`${md && itemStyle !== '（1）' ? `${i}\\${itemStyle.slice(1)}` : num}${sentences(1, 5)}${marker()}`, '');
      }
    }
    out.push(...lines);
    size += Buffer.byteLength(lines.join('\n'));
    section++;
  } while (size < bytes && section < 999);
  out.push(`${head}${cn(section)}、组织实施`, '', `（一）组织保障。${sentences(2, 3)}`, '');
  return out.join('\n');
}

/**
 * The text of a hostile input of about `bytes` bytes (issue 6): one task line whose body is a long run; `wrapped`
 * is lines of 100 characters with no full stop, each of which joins the paragraph before it (probe 18).
 */
export function hostile(kind, bytes) {
  if (kind === 'wrapped') {
    const line = `${'推进'.repeat(49)}工作\n`;
    return `一、任务\n1.办好活动。（牵头单位：县科协）\n${line.repeat(Math.ceil(bytes / Buffer.byteLength(line)))}`;
  }
  // One paragraph of thousands of closed marker brackets, and one label naming thousands of units (a fresh user's
  // finds, session 12: the first was quadratic, the second overflowed the call stack).
  if (kind === 'markers' || kind === 'names') {
    const head = kind === 'markers' ? '一、任务\n1.' : '一、任务\n1.办好活动。（牵头单位：';
    const parts = [];
    let size = 0;
    for (let i = 0; size < bytes; i++) {
      const part = kind === 'markers' ? `做好第${i}项工作（牵头单位：县科协${i}）。` : `县科协${i}、`;
      parts.push(part);
      size += Buffer.byteLength(part);
    }
    return `${head}${parts.join('')}${kind === 'names' ? '）' : ''}\n`;
  }
  const unit = { brackets: '〔', parens: '（', numbers: '1.', commas: '、' }[kind];
  const head = kind === 'commas' ? '一、任务\n1.办好活动。（牵头单位：' : '一、任务\n1.办好活动。';
  const run = unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit)));
  return `${head}${run}\n`;
}
