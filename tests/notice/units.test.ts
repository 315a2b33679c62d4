import { describe, expect, it } from 'vitest';
import { parseText } from '../helpers/parse.js';
import { splitUnits } from '../../src/notice/units.js';
import { dueDate, isTimePhrase } from '../../src/notice/deadline.js';

describe('unit lists', () => {
  it.each([
    ['县委宣传部、县经科信局，各乡镇（街道）人民政府（办事处）', ['县委宣传部', '县经科信局', '各乡镇（街道）人民政府（办事处）']],
    ['各镇(街道)人民政府；县科协;县妇联', ['各镇（街道）人民政府', '县科协', '县妇联']],
    ['州委編辦及州直相關單位', ['州委編辦', '州直相關單位']],
    ['各乡镇（街道）以及县直有关单位', ['各乡镇（街道）', '县直有关单位']],
    // `县直` names no body: `县直及驻县各单位` is one (probe 24).
    ['县直及驻县各单位', ['县直及驻县各单位']],
    ['市直及驻市有关单位，各县区', ['市直及驻市有关单位', '各县区']],
    // probe 15: traditional forms of what a list's end drops, and of a collective's levels.
    ['州法院、州公安局按職責分工負責', ['州法院', '州公安局']],
    ['各縣市人民政府分別負責', ['各縣市人民政府']],
    ['各自治區、直轄市人民政府', ['各自治區、直轄市人民政府']],
    ['各市、州、县人民政府，省政府各部门', ['各市、州、县人民政府', '省政府各部门']],
    ['各辖市、区人民政府', ['各辖市、区人民政府']],
    ['各省、自治区、直辖市人民政府', ['各省、自治区、直辖市人民政府']],
    ['各区、县级市人民政府', ['各区、县级市人民政府']],
    ['各新区、区直各部门', ['各新区', '区直各部门']],
    ['各县（区）政府、管委会', ['各县（区）政府', '管委会']],
    ['区财政局、区水务局等部门', ['区财政局', '区水务局']],
    ['各县区人民政府 （管委会）', ['各县区人民政府（管委会）']],
    ['市商务局。以下均需按时报送', ['市商务局']],
    ['市发改委、不再逐一列出', ['市发改委']],
  ])('%s', (raw, want) => {
    expect(splitUnits(raw).units).toEqual(want);
  });
  it('splits on line breaks only in table cells', () => {
    expect(splitUnits('市行政审批局\n市司法局', { lineBreaks: true }).units).toEqual(['市行政审批局', '市司法局']);
  });

  it('reads a line break in a cell as a break between names, unless the next line is a name\'s ending alone or the line before is levels alone (probes 13, 14)', () => {
    const cell = (text: string) => splitUnits(text, { lineBreaks: true }).units;
    expect(cell('县财政局\n县生态环境局\n各镇人民政府')).toEqual(['县财政局', '县生态环境局', '各镇人民政府']);
    expect(cell('发改委\n财政局')).toEqual(['发改委', '财政局']);
    expect(cell('各县（市、区）\n市级相关单位')).toEqual(['各县（市、区）', '市级相关单位']);
    expect(cell('刘建华副市长\n陈志刚副市长')).toEqual(['刘建华副市长', '陈志刚副市长']);
    // Names whose endings no list knows, and names that start with a character some names end in.
    expect(cell('县科协\n县一中\n县实验小学')).toEqual(['县科协', '县一中', '县实验小学']);
    expect(cell('派出所\n司法所\n组织办')).toEqual(['派出所', '司法所', '组织办']);
    expect(cell('各镇街\n区直各部门')).toEqual(['各镇街', '区直各部门']);
    // Wrapped inside a name.
    expect(cell('县农业农村\n局、县乡村振兴局')).toEqual(['县农业农村局', '县乡村振兴局']);
    expect(cell('县人民政府\n办公室')).toEqual(['县人民政府办公室']);
    expect(cell('县\n自然资源局')).toEqual(['县自然资源局']);
    expect(cell('县应急管理局、县市\n场监管局')).toEqual(['县应急管理局', '县市场监管局']);
  });
});

describe('event deadlines (probes 24 and 26)', () => {
  it.each([['秋季开学前完成', true], ['汛期前', true], ['力争2024年6月底前完成', true], ['确保年底前建成', true], ['确保提前完成', false], ['提前完成', false], ['目前', false], ['县教体局', false]])('%s is a time phrase: %s', (text, want) => {
    expect(isTimePhrase(text)).toBe(want);
  });
});

describe('deadlines', () => {
  it.each([
    ['2024年12月底前', '2024-12-31'],
    ['2024年6月', '2024-06-30'],
    ['2024年上半年', '2024-06-30'],
    ['2024年下半年', '2024-12-31'],
    ['2025年', '2025-12-31'],
    ['2024年三季度', '2024-09-30'],
    ['2024年第4季度', '2024-12-31'],
    ['2024年2月', '2024-02-29'],
    ['6月底完成', '2020-06-30'],
    ['年底前完成', '2020-12-31'],
    ['2023年—2025年', '2025-12-31'],
    ['長期堅持', null],
    ['持续推进', null],
    ['每季度', null],
    ['全年', null],
  ])('%s → %s', (text, due) => {
    expect(dueDate(text, 2020)).toBe(due);
  });
  it('gives null for a date without a year when the plan has none', () => {
    expect(dueDate('6月底完成', null)).toBeNull();
  });
  it('tells time phrases from unit names', () => {
    for (const t of ['6月底完成', '年底前完成', '持續推進', '每季度通報', '2022年9月底', '长期坚持']) expect(isTimePhrase(t), t).toBe(true);
    for (const u of ['县科协', '州直相關單位', '各县（区）政府', '市12345热线办']) expect(isTimePhrase(u), u).toBe(false);
  });
});

describe('white space between whole names', () => {
  it.each([
    ['县发改局 县财政局　县住建局', ['县发改局', '县财政局', '县住建局']],
    ['各县区人民政府 （管委会）', ['各县区人民政府（管委会）']],
    ['县委 宣传部', ['县委宣传部']],
    ['国网二连浩特供电 公司', ['国网二连浩特供电公司']],
    // probe 17: a name spaced out, against two whole names.
    ['县公安局 交警大队', ['县公安局交警大队']],
    ['国网霞浦县 供电公司', ['国网霞浦县供电公司']],
    ['市政府 办公室', ['市政府办公室']],
    ['霞浦县 财政局', ['霞浦县财政局']],
    ['霞浦县 柘荣县　福安市', ['霞浦县', '柘荣县', '福安市']],
    ['县农业农村局 县林草局', ['县农业农村局', '县林草局']],
    ['县公安局 县交警大队', ['县公安局', '县交警大队']],
    ['各乡镇 县直各部门', ['各乡镇', '县直各部门']],
  ])('%s', (raw, want) => expect(splitUnits(raw).units).toEqual(want));
});

describe('a note closing a list', () => {
  it('ends the list at 列第一位的为牵头单位, which makes the first unit the lead (probe 20)', () => {
    expect(splitUnits('县住建局、县财政局，列第一位的为牵头单位').units).toEqual(['县住建局', '县财政局']);
    // What ends the list is kept as written, its separators too (probe 33).
    expect(splitUnits('县住建局、县财政局，排在第一位的为牵头单位，下同').dropped).toBe('排在第一位的为牵头单位，下同');
    const { matrix } = parseText('一、重点任务\n1.推进老旧小区改造。（责任单位：县住建局、县财政局，列第一位的为牵头单位）\n2.建立机制。\n责任单位：县住建局（牵头单位）、县财政局（配合单位）\n');
    expect(matrix.tasks.map((t) => [t.lead, t.responsible, t.support])).toEqual([
      [['县住建局'], ['县财政局'], []],
      [['县住建局'], [], ['县财政局']],
    ]);
  });
});

describe('lead-ins', () => {
  it('drops 预期性指标 before the units', () => {
    expect(splitUnits('预期性指标，市发改委、市统计局').units).toEqual(['市发改委', '市统计局']);
  });
});

describe('a collective followed by a kind of body', () => {
  // matrix-format.md "Unit names": only an element that is as a whole another administrative level continues a
  // collective `各…<level>`; a kind of body after it is a unit of its own, truncated as written (b10's gold:
  // `各县（区）政府、管委会` → [各县（区）政府, 管委会]; probe 57: `各乡镇党委、政府`).
  it('splits 各乡镇党委、政府 and 省直各委、办、厅、局 on 、 as written', () => {
    expect(splitUnits('各乡镇党委、政府，县直各部门').units).toEqual(['各乡镇党委', '政府', '县直各部门']);
    expect(splitUnits('各乡镇党委、人民政府，各街道党工委、办事处').units).toEqual(['各乡镇党委', '人民政府', '各街道党工委', '办事处']);
    expect(splitUnits('各市人民政府，省直各委、办、厅、局，省财政厅').units).toEqual(['各市人民政府', '省直各委', '办', '厅', '局', '省财政厅']);
    expect(parseText('某县方案\n\n各乡镇党委、政府，县直各部门：\n\n一、任务\n1.办好活动。（县科协牵头）\n').matrix.document.recipients).toEqual(['各乡镇党委', '政府', '县直各部门']);
    expect(splitUnits('县委、政府').units).toEqual(['县委', '政府']);
    // A level after a collective of levels still continues it.
    expect(splitUnits('各市、州、县人民政府，各乡镇党委').units).toEqual(['各市、州、县人民政府', '各乡镇党委']);
  });
});

describe('lists read once', () => {
  // splitUnits keeps the lists it has split (a notice names the same lists again and again); its callers take a time
  // off a list's end (`…，年底前完成`), which must not change what the next caller of the same list gets.
  it('gives each caller a list of its own', () => {
    const first = splitUnits('县财政局、县审计局、年底前完成');
    expect(first.units).toEqual(['县财政局', '县审计局', '年底前完成']);
    first.units.pop();
    first.units.push('县统计局');
    expect(splitUnits('县财政局、县审计局、年底前完成').units).toEqual(['县财政局', '县审计局', '年底前完成']);
    // A cell's line breaks separate names; the same text read as a list does not split at them.
    expect(splitUnits('县财政局\n县审计局', { lineBreaks: true }).units).toEqual(['县财政局', '县审计局']);
    expect(splitUnits('县财政局\n县审计局').units).toEqual(['县财政局县审计局']);
  });
});
