import { describe, expect, it } from 'vitest';
import { readNumberMarker } from '../../src/notice/numbering.js';
import { parseText, roles } from '../helpers/parse.js';

describe('parts, chapters, sections and articles (第一部分, 第一章, 第一节, 第一条)', () => {
  it('reads them as markers when white space or punctuation follows, never when text does', () => {
    const read = (t: string) => {
      const m = readNumberMarker(t);
      return m && [m.style, m.number, m.marker, t.slice(m.end)];
    };
    expect(read('第一条　持续破除市场准入壁垒。')).toEqual(['art', 1, '第一条', '持续破除市场准入壁垒。']);
    expect(read('第十二条 支持民营企业')).toEqual(['art', 12, '第十二条', '支持民营企业']);
    expect(read('第二章　总则')).toEqual(['chap', 2, '第二章', '总则']);
    expect(read('第三部分：保障措施')).toEqual(['part', 3, '第三部分：', '保障措施']);
    expect(read('第一节 重点任务')).toEqual(['sect', 1, '第一节', '重点任务']);
    expect(read('第一条生产线建成投产。')).toBeNull();
    expect(read('第一批试点县名单')).toBeNull();
    expect(read('第二十一条、第二十二条规定的情形，依法处理。')).toBeNull();
    expect(read('第十五条 规定的事项，由县政府审定。')).toBeNull();
    expect(read('第一部分 是公路沿线整治，第二部分 是城区整治。')).toBeNull();
    // The opening article of a 办法 (a new user's probe: it vanished from the outline).
    expect(read('第一条　为了加强河湖管理，制定本规则。')).toEqual(['art', 1, '第一条', '为了加强河湖管理，制定本规则。']);
  });

  it('number the items of a 若干措施 written in articles, under its chapters', () => {
    const notice = [
      '某市促进民营经济发展若干措施',
      '',
      '第一章　市场准入',
      '',
      '第一条　持续破除市场准入壁垒。（责任单位：市发展改革委、市市场监管局）',
      '',
      '第二条　支持民营企业参与重大项目建设。（牵头单位：市发展改革委；配合单位：市交通运输局）',
      '',
      '第二章　附则',
      '',
      '第三条　本措施自印发之日起施行。',
      '',
    ].join('\n');
    const { matrix } = parseText(notice);
    expect(matrix.outline.map((i) => [i.id, i.marker, i.title, i.children.map((c) => c.id)])).toEqual([
      ['1', '第一章', '市场准入', ['1.1', '1.2']],
      ['2', '第二章', '附则', ['2.3']],
    ]);
    expect(matrix.tasks.map((t) => [t.id, t.marker, t.path, roles(t)])).toEqual([
      ['1.1', '第一条', ['市场准入'], { lead: [], responsible: ['市发展改革委', '市市场监管局'], support: [] }],
      ['1.2', '第二条', ['市场准入'], { lead: ['市发展改革委'], responsible: [], support: ['市交通运输局'] }],
    ]);
  });
});

describe('a notice without numbered items', () => {
  it('gives its marked paragraphs as #k tasks, as before a first item (probe 13: it exited 2)', () => {
    const { matrix } = parseText('某县2024年稳增长措施分工\n\n加快推进重大项目建设。（牵头单位：县发改局；责任单位：县财政局）\n\n强化要素保障。（县自然资源局负责）\n');
    expect(matrix.outline).toEqual([]);
    expect(matrix.tasks.map((t) => [t.id, t.text, roles(t)])).toEqual([
      ['#1', '加快推进重大项目建设。', { lead: ['县发改局'], responsible: ['县财政局'], support: [] }],
      ['#2', '强化要素保障。', { lead: [], responsible: ['县自然资源局'], support: [] }],
    ]);
  });

  it('without markers either is still not a notice this tool reads', () => {
    expect(() => parseText('某县工作总结\n\n今年以来，全县上下共同努力。\n')).toThrow(/neither a numbered outline/);
  });
});

describe('a digit after a marker (probes 24 and 25)', () => {
  it.each([
    ['一、2021年主要预期目标', 'cn', false],
    ['（二）2024年重点任务', 'pcn', false],
    ['1.2024年全县实施项目160个', 'ar', false],
    ['3.5亿元以上', 'ar', true],
    ['3、5月完成', 'ar', true],
    ['一、二级公路比重达到60%', 'cn', true],
    ['一、加强组织领导', 'cn', false],
  ])('%s: %s, digit after %s', (text, style, digitAfter) => {
    const m = readNumberMarker(text);
    expect([m?.style, m?.digitAfter]).toEqual([style, digitAfter]);
  });

  it('reads 一、2021年… as item 1 and a category row 四、2025年… in a table (probe 24: the rows under it were lost)', () => {
    expect(parseText(['一、2021年主要预期目标', '（一）地区生产总值增长8%。（县发改局牵头）', '二、2021年重点工作', '（一）推进项目建设。（县住建局牵头）'].join('\n')).matrix.tasks.map((t) => t.id)).toEqual(['1.1', '2.1']);
    const tsv = ['序号\t工作任务\t牵头单位', '一、2024年重点项目\t\t', '1\t建设学校。\t县教育局', '二、2025年十件民生实事\t\t', '2\t建设医院。\t县卫健局'].join('\n');
    expect(parseText(tsv).matrix.tasks.map((t) => [t.id, t.lead])).toEqual([['1.1', ['县教育局']], ['2.2', ['县卫健局']]]);
  });

  it('reads 一、二级公路养护 opening the outline as its first item (probe 26)', () => {
    const { matrix } = parseText(['某县2024年公路养护工作要点', '', '一、二级公路养护', '1.完成大中修50公里。（县交通运输局牵头）', '二、三级公路提质改造', '1.改造30公里。（县交通运输局牵头，各乡镇配合）'].join('\n'));
    expect(matrix.tasks.map((t) => t.id)).toEqual(['1.1', '2.1']);
  });

  it('joins a wrapped line that starts 一、二级… to the line before it (probe 25)', () => {
    const { matrix } = parseText(['一、总体要求', '二、重点任务', '（一）提升路网。推进国省道改造，进一步提高国省道中', '一、二级公路比重。（县交通运输局牵头）', '（二）加强养护。（县公路中心负责）'].join('\n'));
    expect(matrix.tasks.map((t) => [t.id, t.lead, t.text])).toEqual([
      ['2.1', ['县交通运输局'], '提升路网。推进国省道改造，进一步提高国省道中一、二级公路比重。'],
      ['2.2', [], '加强养护。'],
    ]);
  });
});
