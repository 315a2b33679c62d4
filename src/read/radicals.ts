/**
 * The radicals of the CJK Radicals Supplement drawn as a whole character (`⻋` as `车`, `⻔` as `门`, `⻓` as `长`,
 * each with the character it is drawn as): a PDF's text layer gives them for those characters. (The Supplement's
 * components, `⻈` for 讠 or `⻌` for 辶, are no characters of a text, and are left.)
 */
const SUPPLEMENT = '⺟母⺠民⻁虎⻄西⻅见⻆角⻉贝⻋车⻑長⻓长⻔门⻘青⻙韦⻚页⻛风⻜飞⻝食⻢马⻣骨⻤鬼⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟';
const ORDINARY = new Map<string, string>();
for (let i = 0; i + 1 < SUPPLEMENT.length; i += 2) ORDINARY.set(SUPPLEMENT[i], SUPPLEMENT[i + 1]);
/** A character a PDF's text layer may give for an ordinary one: the Kangxi Radicals, and the Supplement's above. */
const RADICAL = new RegExp(`[\\u2f00-\\u2fd5${[...ORDINARY.keys()].join('')}]`);
const RADICALS = new RegExp(RADICAL.source, 'g');
/**
 * The half-width forms of CJK punctuation (`｡` `｢` `｣` `､`, U+FF61–FF64), which OCR gives for `。「」、`
 * (`县财政局､各乡镇人民政府`: probe 135, where lists stayed one name and brackets of names were not read): their
 * compatibility forms (NFKC), said nowhere (they are the same marks).
 */
const HALF_WIDTH = /[\uff61-\uff64]/g;
/** Either kind of character, for the one search of a text that holds none. */
const EITHER = new RegExp(`[\\uff61-\\uff64${RADICAL.source.slice(1, -1)}]`);

/** Where a text's radicals were read as ordinary characters: how many, and the first one's line and column (1-based, in characters). */
export interface RadicalRepair {
  count: number;
  line: number;
  column: number;
}

/**
 * Reads the radicals a PDF's text layer gives for ordinary characters as those characters: `⼀、` for `一、`,
 * `各乡镇⼈民政府`, `2026年1⽉16⽇`, `⻋辆` (probe 106: the items' numbers were not seen, the date not read, a deadline
 * taken for a unit, and nothing said). Each of the Kangxi Radicals (U+2F00–U+2FD5) is its compatibility form (NFKC),
 * each of the Supplement's above the character it is drawn as: one character for one, so every offset stays.
 * So are the half-width punctuation marks of {@link HALF_WIDTH}, silently.
 * @returns the text, and where its radicals were repaired (undefined when it holds none).
 */
export function ordinaryCharacters(text: string): { text: string; repair?: RadicalRepair } {
  if (!EITHER.test(text)) return { text };
  const marks = text.replace(HALF_WIDTH, (c) => c.normalize('NFKC'));
  return ordinaryRadicals(marks);
}

function ordinaryRadicals(text: string): { text: string; repair?: RadicalRepair } {
  const at = text.search(RADICAL);
  if (at < 0) return { text };
  let count = 0;
  const out = text.replace(RADICALS, (c) => {
    count++;
    return ORDINARY.get(c) ?? c.normalize('NFKC');
  });
  // Lines end at CRLF, CR or LF, as the readers take them.
  let line = 1;
  let start = 0;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) {
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      line++;
      start = i + 1;
    }
  }
  return { text: out, repair: { count, line, column: at - start + 1 } };
}
