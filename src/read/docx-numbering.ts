import type { ListNumber } from './types.js';
import type { DocxStyles, ParagraphProps } from './docx-styles.js';
import { child, elements, isOn, valOf, type XmlElement } from './ooxml.js';
import { formatNumber } from './number-format.js';

/** One level of a Word list definition (`w:lvl`, ECMA-376 Part 1 §17.9.6). */
interface Level {
  start: number;
  format: string;
  text: string;
  /**
   * `w:lvlRestart`: 0 never restarts; k restarts after a paragraph at a level up to k (1-based); undefined: after
   * any higher level.
   */
  restart?: number;
  legal: boolean;
  suffix: string;
  style?: string;
}

/** A list instance (`w:num`): its abstract definition, its level overrides, and the counter set it counts in. */
interface Instance {
  levels: Array<Level | undefined>;
  counter: string;
  startAt: Array<number | undefined>;
}

/**
 * Word's automatic numbering, recovered from `word/numbering.xml` (and the paragraph styles of `word/styles.xml`):
 * mammoth and every text export drop it, yet in a notice typed in Word the `一、` and `（一）` of the outline are often
 * exactly this. Call {@link DocxNumbering.next} for every paragraph in document order (table cells included), as
 * Word counts them.
 *
 * How counting works, with an example: a list `%1、` / `（%1）` (levels 0 and 1, chineseCounting) over paragraphs
 * at levels 0, 1, 1, 0, 1 renders `一、` `（一）` `（二）` `二、` `（一）`: counting a level resets every deeper level
 * (unless its `w:lvlRestart` says otherwise), and `%2` in a level's text is the current counter of level 1,
 * written in that level's own format (or decimal under `w:isLgl`). Instances (`w:num`) of one abstract definition
 * continue one another, as Word shows them, except an instance with a `w:startOverride`, which counts on its own
 * from the override.
 */
export class DocxNumbering {
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, Array<number | undefined>>();

  /**
   * @param numbering the root of `word/numbering.xml`, when the file has one.
   * @param styles the document's styles (a `w:numStyleLink` goes through a numbering style).
   */
  constructor(numbering: XmlElement | undefined, styles: DocxStyles) {
    const abstracts = new Map<string, XmlElement>();
    for (const a of numbering ? elements(numbering, 'w:abstractNum') : []) abstracts.set(a.attrs['w:abstractNumId'], a);
    const nums = numbering ? elements(numbering, 'w:num') : [];
    const numAbstract = new Map(nums.map((n) => [n.attrs['w:numId'], valOf(n, 'w:abstractNumId') ?? '']));
    // A w:numStyleLink points through a numbering style to the w:num that holds the real levels.
    const resolve = (id: string, seen = new Set<string>()): XmlElement | undefined => {
      const a = abstracts.get(id);
      const link = valOf(a, 'w:numStyleLink');
      if (!a || link === undefined || seen.has(id)) return a;
      seen.add(id);
      const viaNum = styles.numIdOf(link);
      const target = viaNum === undefined ? undefined : numAbstract.get(viaNum);
      return target === undefined ? a : resolve(target, seen);
    };
    for (const n of nums) {
      const abstract = resolve(valOf(n, 'w:abstractNumId') ?? '');
      // Lists linked to one definition through a numbering style count together, as instances of it do.
      const abstractId = abstract?.attrs['w:abstractNumId'] ?? '';
      const levels: Array<Level | undefined> = [];
      for (const lvl of abstract ? elements(abstract, 'w:lvl') : []) levels[Number(lvl.attrs['w:ilvl'] ?? 0)] = readLevel(lvl);
      const startAt: Array<number | undefined> = [];
      let own = false;
      for (const o of elements(n, 'w:lvlOverride')) {
        const i = Number(o.attrs['w:ilvl'] ?? 0);
        const lvl = child(o, 'w:lvl');
        if (lvl) levels[i] = readLevel(lvl);
        const start = valOf(o, 'w:startOverride');
        if (start !== undefined) startAt[i] = Number(start);
        own ||= start !== undefined || lvl !== undefined;
      }
      this.instances.set(n.attrs['w:numId'], { levels, startAt, counter: own ? `num:${n.attrs['w:numId']}` : `abstract:${abstractId}` });
    }
  }

  /**
   * Counts one paragraph and returns its rendered number with the level's suffix (`一、`, `（二）`, `1.\t`), or ''
   * when the paragraph is not numbered (no `w:numPr`, `w:numId` 0, a bullet, a `none` format).
   * @param props the paragraph's properties, its style chain's filling what it leaves out ({@link DocxStyles}).
   */
  next(props: ParagraphProps & { styleId?: string }): ListNumber | null {
    const instance = props.numId === undefined ? undefined : this.instances.get(props.numId);
    if (!instance) return null;
    // A style that carries a list without a level: the level that names the style (w:pStyle), else the first.
    const ilvl = props.ilvl ?? Math.max(0, instance.levels.findIndex((l) => l?.style !== undefined && l.style === props.styleId));
    const level = instance.levels[ilvl];
    if (!level) return null;
    let counters = this.counters.get(instance.counter);
    if (!counters) this.counters.set(instance.counter, (counters = []));
    const first = (i: number) => instance.startAt[i] ?? instance.levels[i]?.start ?? 1;
    counters[ilvl] = counters[ilvl] === undefined ? first(ilvl) : counters[ilvl]! + 1;
    for (let d = ilvl + 1; d < 9; d++) {
      const restart = instance.levels[d]?.restart;
      if (restart === undefined || (restart !== 0 && ilvl < restart)) counters[d] = undefined;
    }
    if (level.format === 'bullet' || level.format === 'none') return null;
    const text = level.text.replace(/%([1-9])/g, (_, k: string) => {
      const i = Number(k) - 1;
      const n = counters![i] ?? first(i);
      const format = level.legal ? 'decimal' : (instance.levels[i]?.format ?? 'decimal');
      return formatNumber(n, format);
    });
    return text ? { marker: text + level.suffix, level: ilvl, number: counters[ilvl]! } : null;
  }
}

function readLevel(lvl: XmlElement): Level {
  const restart = valOf(lvl, 'w:lvlRestart');
  const suff = valOf(lvl, 'w:suff') ?? 'tab';
  return {
    start: Number(valOf(lvl, 'w:start') ?? 0),
    format: numFmtOf(lvl),
    text: valOf(lvl, 'w:lvlText') ?? '',
    restart: restart === undefined ? undefined : Number(restart),
    legal: isOn(lvl, 'w:isLgl'),
    suffix: suff === 'nothing' ? '' : suff === 'space' ? ' ' : '\t',
    style: valOf(lvl, 'w:pStyle'),
  };
}

/** `w:numFmt`, also when Word 2010+ wrapped it in `mc:AlternateContent` (the fallback is the classic format). */
function numFmtOf(lvl: XmlElement): string {
  const direct = valOf(lvl, 'w:numFmt');
  if (direct !== undefined) return direct;
  const alt = child(lvl, 'mc:AlternateContent');
  return valOf(child(alt, 'mc:Fallback'), 'w:numFmt') ?? 'decimal';
}
