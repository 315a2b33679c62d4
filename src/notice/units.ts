import { BRACKET_STEP } from './brackets.js';
import { fold } from './fold.js';
import { memoize } from './memo.js';

/** Options of {@link splitUnits}. */
export interface SplitUnitsOptions {
  /** A line break separates names (table cells: `市行政审批局<br>市司法局` is two units, b05). */
  lineBreaks?: boolean;
}

/** A split unit list: the names, and the text dropped at its end (a clause, not a name), if any. */
export interface UnitList {
  units: string[];
  dropped: string | null;
}

const LEVEL = '(?:自治区|直辖市|县级市|自治州|自治县|自治旗|苏木|省|市|州|盟|县|区|旗|乡|镇)';
// (A level in 〔〕 as in （）: `各市〔州〕、县〔市、区〕人民政府`, the bracket official style sets inside a bracket: probe 154.)
const COLLECTIVE_HEAD = new RegExp(`^各.*${LEVEL}(?:[（〔][^（）〔〕]*[）〕])?$`);
const LEVEL_ONLY = new RegExp(`^${LEVEL}(?:[（〔][^（）〔〕]*[）〕])?(?:人民政府|政府)?$`);
/**
 * `按职责分工负责` and the ways offices word it (`按各自职责负责`, `依职责负责`, `根据职责分工负责`, `按职能职责落实`,
 * probe 22): who acts, by their duties. So are `按属地负责` (each place for its own ground) and `按照"三管三必须"要求负责`
 * (a safety plan's, by the rule quoted), which had stayed in a name or emptied a list (probes 110 and 113). A pattern's
 * source, for the unit lists here and the inline verbs of markers.ts.
 */
export const BY_DUTIES = '(?:(?:按照?|依照?|根据|依据)(?:各自的?)?(?:职能)?职(?:责|能)(?:分工)?|(?:按照?|依照?)?属地(?:管理)?(?:职责)?|(?:按照?|依照?|根据)[“"][^“”"]{1,16}[”"]的?要求)(?:分别|共同)?(?:负责|落实)';
/** The same at the end of a list's element (`各行业主管部门按照"三管三必须"要求负责`): taken off before it is tested for a clause. */
const BY_DUTIES_END = new RegExp(`(?<=.)${BY_DUTIES}$`);
/**
 * What ends a list without being a name: `等` and `等部门` (`等10个部门`, `等群团组织`, `等负有安全生产监管职责的部门`:
 * probe 150; a department's divisions as a whole too, `等相关科室`, `等相关股室`: probe 146), `按职责分工负责`, `负责`,
 * and the adverbs `共同` / `分别` left before a verb read apart (`X、Y分别牵头`, `Y分别配合`: probe 50).
 */
const TRAILING = new RegExp(`(?:等(?:[\\d一二三四五六七八九十两]+个)?[\\u4e00-\\u9fff]{0,14}?(?:部门|单位|组织|机构|处室|科室|股室|部室|站所|科所|委室|庭室)|${BY_DUTIES}|分别负责|共同负责|负责|共同|分别|等)$`);
// (…and a principle the bodies act by, `按照属地管理原则，各区县人民政府…负责`: probe 154.)
const LEAD_IN = /^(?:预期性|约束性|定量|定性|考核)?指标$|^(?:预期性|约束性)$|^(?:按照?|依照?|根据|坚持)[\u4e00-\u9fff“”"]{1,12}原则$/;
/** A clause, not a name: a note's verbs, or a field of its own (`督办单位：…`, `联系人：…`: a name holds no colon). */
/** …and the note that the first unit leads (`列第一位的为牵头单位` closing a list, probe 20). */
/** …a demand on someone (`各乡镇要落实属地责任`, `主要负责同志要亲自过问`: probe 30), and the rest named as a whole (`其余单位按职责分工配合`). */
/** …and a drafter's remark after the names (`各县（市、区）参照执行`, `所需资金从…中列支`, `各地可结合实际出台配套政策`: probe 154, where the task had been lost). */
const CLAUSE = /(?:均需|均要|需要|不再|列出|下同|抓好|确保|要求|第一位|为牵头|参照执行|结合实际|因地制宜|先行先试|列支|分担|有效期|配套政策|配套措施|另行制定|[：:])|(?:要|应当|应|须|必须)(?:亲自|落实|积极|加强|切实|做好|认真|严格|按照|及时|主动|配合|全力|统筹|强化|建立|完善|履行|承担|督促|加大)|^(?:其余|其他|其它)(?:单位|部门|成员单位)/;

/**
 * A cell or element that stands for nothing (`/`, `—`, `无`, `暂无`, `N/A`, `0`: how an office fills a cell it leaves
 * empty; probes 64, 66), or a mark alone (`√`, `●`: a schedule's tick, probe 83): no unit's name, no deadline.
 */
const PLACEHOLDER = /^(?:[/／\\—–\-－_~～·…。.、]+|[√✓✔●○◎★☆▲△■□×✗]+|无|暂无|空|不涉及|[Nn]\/?[Aa]|0)$/;

/** Whether a cell's text (trimmed) is a placeholder for an empty cell (see {@link PLACEHOLDER}). */
export function isPlaceholder(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/** Whether an element of a unit list is a clause rather than a name (see {@link splitUnits}). */
export function isClause(element: string): boolean {
  return CLAUSE.test(fold(element));
}

/**
 * Splits a unit list as matrix-format.md "Unit names" says: on `、` `，` `,` `；` `;` (and line breaks in cells),
 * on `及` between two names, never inside parentheses; `各市、州、县人民政府` stays one collective name (an element
 * that is a bare administrative level continues an element `各…<level>`; nothing else does: `各乡镇党委、政府` is two
 * units, the second the truncated collective as written, as b10's `各县（区）政府、管委会` is); a trailing `等` / `等部门` / `负责` is not
 * part of a name (nor `等群团组织`, `等10个部门` and the like); the list ends at `。` or at the first element that is
 * a clause. White space inside a name is
 * removed and ASCII parentheses become full-width; nothing else changes (traditional characters stay).
 */
export function splitUnits(raw: string, options: SplitUnitsOptions = {}): UnitList {
  const list = options.lineBreaks ? splitCell(raw) : splitList(raw);
  // A copy: callers take units off the list they get.
  return { units: list.units.slice(), dropped: list.dropped };
}

const splitList = memoize((raw) => readUnitList(raw, false));
const splitCell = memoize((raw) => readUnitList(raw, true));

function readUnitList(raw: string, lineBreaks: boolean): UnitList {
  let dropped: string | null = null;
  if (raw.includes('@')) raw = withoutMentions(raw);
  const stop = firstAtDepthZero(raw, '。');
  if (stop >= 0) {
    dropped = raw.slice(stop + 1).trim() || null;
    raw = raw.slice(0, stop);
  }
  const parts = splitAtDepthZero(raw, lineBreaks);
  const units: string[] = [];
  let prevCollective = false;
  for (let i = 0; i < parts.length; i++) {
    const { text, sep } = parts[i];
    const spaced = splitAtSpaces(text);
    if (spaced.length > 1) {
      parts.splice(i, 1, ...spaced.map((t, k) => ({ text: t, sep: k === 0 ? sep : ' ' })));
    }
    let name = clean(parts[i].text);
    if (!name || PLACEHOLDER.test(name)) continue;
    // (`要求负责` would read as a clause: the way a body acts is no part of its name.)
    const duty = name.includes('要求') ? BY_DUTIES_END.exec(fold(name)) : null;
    if (duty) name = name.slice(0, duty.index);
    const f = fold(name);
    if (CLAUSE.test(f) || name.length > 40) {
      // As written, its separators kept (probe 33: `排在第一位的为牵头单位，下同` was quoted without its `，`).
      dropped = parts.slice(i).map((p, k) => (k > 0 ? p.sep : '') + p.text).join('').trim();
      break;
    }
    // A lead-in such as `预期性指标，` (a 政府工作报告 table's note before its units) is not a unit.
    if (LEAD_IN.test(f)) continue;
    // (Its trailing `负责` or `按职责分工负责` aside: a 责任单位 cell `各市（州）、县（市、区）人民政府按职责分工负责`, probe 39.)
    const bare = prevCollective && units.length ? stripTrailing(name) : name;
    if (prevCollective && units.length && bare && LEVEL_ONLY.test(bare === name ? f : fold(bare))) {
      units[units.length - 1] += joiner(sep) + bare;
      continue;
    }
    name = stripTrailing(name);
    // A separator and then `以及` or `及` (`县财政局，以及县审计局`, a fresh user's: `以及县审计局` had been a unit): the `及`
    // between two names, as matrix-format.md splits on, with a comma before it.
    if (name.charCodeAt(0) === 0x53ca || name.startsWith('以及')) name = name.replace(LEADING_JI, '');
    if (!name) continue;
    for (const named of splitSlash(name)) for (const piece of splitJi(named)) units.push(piece);
    prevCollective = COLLECTIVE_HEAD.test(fold(units[units.length - 1])) || (prevCollective && LEVEL_ONLY.test(f));
  }
  return { units, dropped };
}

/**
 * What joins two parts of one collective name: the separator written between them, none for a line break (a wrap:
 * `各乡` ⏎ `镇人民政府`, probe 19; a name holds no white space), `、` when there was none.
 */
function joiner(sep: string): string {
  return sep === '' ? '、' : /\s/.test(sep) ? '' : sep;
}

/** A leading `以及` or `及` before a name of two characters or more. */
const LEADING_JI = /^(?:以及|及)(?=[\u4e00-\u9fff（(]{2})/;
const SPACE = /[ \u3000\u00a0]/;
/** The characters a body's name ends in (`局`, `委`, `中心`, `人民政府`, `街道`, a level `县`…). */
export const NAME_END_CHARS = '局委办部厅会院中心府司队所站处室社行馆团联组署区县市镇乡街道';
const UNIT_END = new RegExp(`[${NAME_END_CHARS}]$`);

/**
 * Splits an element at white space when both sides are whole names (a PDF table cell flattened to
 * `县发改局 县财政局`); white space before `（` or inside a name cut mid-word is not a separator
 * (`各县区人民政府 （管委会）` is one name, a03).
 */
function splitAtSpaces(text: string): string[] {
  if (!SPACE.test(text)) return [text];
  const words = text.trim().split(/[ \u3000\u00a0]+/);
  if (words.length < 2) return [text];
  const out = [words[0]];
  for (const w of words.slice(1)) {
    const prev = out[out.length - 1];
    if (UNIT_END.test(fold(prev)) && prev.length >= 3 && /^[\u4e00-\u9fff]/.test(w) && w.length >= 2 && !/^[等及和与]/.test(w) && !goesOnAfterSpace(fold(prev), fold(w))) out.push(w);
    else out[out.length - 1] = prev + w;
  }
  return out;
}

/** The one-character levels of government a place's name ends in. */
const LEVEL_CHARS = '省市州县区旗盟乡镇';
const PLACE_START = new RegExp(`^[${LEVEL_CHARS}各]`);
const PLACE_END = new RegExp(`[${LEVEL_CHARS}]$`);
/** A unit under a body, named without its place (`交警大队` of 县公安局, `城关派出所`). */
const SUB_UNIT = /(?:大队|中队|支队|派出所|分局)$/;

/**
 * Whether the word after white space goes on with the name before it rather than naming a unit of its own (probe 17,
 * names a PDF or web page spaced out): a name's ending alone (`市政府 办公室`); a body after a place that is no body
 * (`国网霞浦县 供电公司`, `霞浦县 财政局`; never a second place: `霞浦县 柘荣县`); a unit under a body, named without
 * a place (`县公安局 交警大队`). Two whole names (`县农业农村局 县林草局`) stay two.
 */
function goesOnAfterSpace(prev: string, word: string): boolean {
  if (ENDING_ALONE.test(word)) return true;
  if (PLACE_START.test(word)) return false;
  if (PLACE_END.test(prev) && !prev.startsWith('各')) return !PLACE_END.test(word);
  return SUB_UNIT.test(word);
}

/**
 * Removes white space and the invisible format characters (a soft hyphen, zero-width spaces and joiners, the word
 * joiner U+2060, a BOM: what a web page pasted into Word leaves inside a name, probe 141, where `区教\u2060育局` had
 * broken the matrix's schema and stopped the run with an internal error), and makes ASCII parentheses full-width, as
 * unit names are written in the matrix.
 */
export function cleanName(s: string): string {
  if (!NEEDS_CLEANING.test(s)) return s;
  return s.replace(INVISIBLE, '').replace(/\(/g, '（').replace(/\)/g, '）');
}

/**
 * White space, the invisible format characters and the control characters (Word's cell-end mark U+0007, an escape
 * pasted from a terminal; the marks that turn text's direction, U+202A–U+202E and U+2066–U+2069, which a fresh user's
 * `县\u202e财政局` had carried into the matrix, reversed on every screen; the Hangul filler, variation selectors), as a
 * character class's body.
 */
const INVISIBLE_CHARS = String.raw`\s\u0000-\u001f\u007f\u3000\u00a0\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u3164\ufe00-\ufe0f\ufeff`;
// (…and the tag characters U+E0000–U+E007F, a pair of surrogates each.)
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]+|\udb40[\udc00-\udc7f]`, 'g');
const NEEDS_CLEANING = new RegExp(`[${INVISIBLE_CHARS}()]|\udb40[\udc00-\udc7f]`);

/**
 * A note in parentheses at the end of a list, not a part of the name: `县财政局（排名第一的为牵头单位）`; a short name the
 * text defines, `省发展和改革委员会（以下简称省发展改革委）` (probe 84).
 */
const NOTE = /[（(][^（）()]*(?:为牵头|排名|排在|列第|下同|按职责|分别|负责|以下简称|下称)[^（）()]*[）)]$/;

/**
 * The number of a list's entry before a name (`责任单位：（1）县教育局；（2）县卫健局`, probe 36; a cell of `1.市发展改革委` ⏎
 * `2.市财政局`, probe 152): no part of it.
 */
const ENTRY_NUMBER = /^(?:（\d{1,2}）|[①-⑳]|\d{1,2}[.．、](?=[\u4e00-\u9fff]))/;

/**
 * A list with its mentions read: a person mentioned beside a unit in an online document (`区人社局 @周晓峰`, `（@王一帆）`:
 * probe 52), a name of two to five characters, is no part of it; a body mentioned (`@县司法局`, `@县市场监管局
 * @县应急管理局`: probe 155, where a short body's name had been dropped as a person's and the rest kept their `@`) is
 * named, without its `@`.
 */
function withoutMentions(raw: string): string {
  return raw.replace(/[（(]?@([\u4e00-\u9fffA-Za-z·（）()]{2,30})[）)]?/g, (whole: string, name: string) => {
    const inBrackets = /^[（(]/.test(whole);
    const bare = inBrackets ? name.replace(/[）)]$/, '') : name;
    if (PLACE_START.test(bare) || UNIT_END.test(fold(bare)) || bare.length > 5) return inBrackets ? whole.replace('@', '') : bare;
    return whole.replace(/@[\u4e00-\u9fffA-Za-z·]{2,5}/, '').replace(/^[（(][）)]$/, '');
  });
}

function clean(s: string): string {
  let name = cleanName(s.includes('**') ? s.replace(/\*\*/g, '') : s);
  const first = name.charCodeAt(0);
  if ((first === 0xff08 || (first >= 0x2460 && first <= 0x2473) || (first >= 0x30 && first <= 0x39)) && ENTRY_NUMBER.test(name)) name = name.replace(ENTRY_NUMBER, '');
  const last = name[name.length - 1];
  if (last !== '）' && last !== ')') return name;
  name = name.replace(NOTE, '');
  return withoutClosingNote(name);
}

/**
 * A name without a note in brackets that closes the list, brackets inside it and all (`各市（州）人民政府（以下均需各市
 * （州）人民政府落实，不再逐一列出）`, probe 50): the note is a clause ({@link CLAUSE}), the name before it stays.
 */
function withoutClosingNote(name: string): string {
  if (name[name.length - 1] !== '）') return name;
  let depth = 0;
  for (let i = name.length - 1; i > 0; i--) {
    const step = BRACKET_STEP[name.charCodeAt(i)];
    if (step === -1) depth++;
    else if (step === 1 && --depth === 0) return CLAUSE.test(fold(name.slice(i + 1, -1))) ? name.slice(0, i) : name;
  }
  return name;
}

function stripTrailing(name: string): string {
  for (let i = 0; i < 3; i++) {
    const f = fold(name);
    const m = TRAILING.exec(f);
    if (!m || m.index === 0) break;
    name = name.slice(0, m.index);
  }
  return name;
}

/**
 * `州委编办及州直相关单位` → two names (b12), `各乡镇（街道）以及县直有关单位` too (probe 15: `以` stayed on the first);
 * `及` inside parentheses or at an edge stays, and after a bare `县直` (`县直及驻县各单位`).
 */
function splitJi(name: string): string[] {
  const at = firstAtDepthZero(name, '及');
  if (at < 2 || name.length - at - 1 < 2) return [name];
  const before = name[at - 1] === '以' && at >= 3 ? at - 1 : at;
  // `县直及驻县各单位` (probe 24): `县直` names no body; the two words qualify one 各单位.
  if (/^[省市州县区]直$/.test(name.slice(0, before))) return [name];
  // Nor does a part that does not end as a name ends: `及` inside a name (`香港特区政府创新科技及工业局`, `澳门特区政府经济及
  // 科技发展局`, `商务及经济发展局`: the bureaus of Hong Kong and Macao, probe 81), not between two.
  if (!JI_LEFT_END.test(fold(name.slice(0, before)))) return [name];
  return [name.slice(0, before), ...splitJi(name.slice(at + 1))];
}

/**
 * `县林业局/各乡镇人民政府` → two names, as a clerk writes two units in a cell (a fresh user's: one unit of that name, on a
 * sheet of its own, in silence). matrix-format.md lists no `/` among a list's separators; between two names it can mean
 * nothing else. A `/` inside parentheses stays, and one whose left part does not end as a name ends (`A/B类`).
 */
function splitSlash(name: string): string[] {
  let at = firstAtDepthZero(name, '/');
  if (at < 0) at = firstAtDepthZero(name, '／');
  if (at < 2 || name.length - at - 1 < 2 || !JI_LEFT_END.test(fold(name.slice(0, at)))) return [name];
  return [name.slice(0, at), ...splitSlash(name.slice(at + 1))];
}

function firstAtDepthZero(s: string, ch: string): number {
  // Character codes, not s[i]: indexing a string makes a new one-character string for every CJK character.
  const code = ch.charCodeAt(0);
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const step = BRACKET_STEP[s.charCodeAt(i)];
    if (step === 1) depth++;
    else if (step === -1) {
      if (depth > 0) depth--;
    } else if (depth === 0 && s.charCodeAt(i) === code) return i;
  }
  return -1;
}

/** The last name of a unit list's text: after its last separator or line break. */
export function lastName(list: string): string {
  return list.split(/[、，,；;\n]/).pop()!;
}

/**
 * Whether a line break in a table cell falls inside a name rather than between two (matrix-format.md: a line break
 * between names splits a list): the line after it is a name's ending alone (`县农业农村` ⏎ `局`, `县人民政府` ⏎
 * `办公室`, `县财政局、县发改` ⏎ `局，…`) or a bracket (`县委政法委` ⏎ `（县综治中心）`), or the line before it is levels
 * alone (`县` ⏎ `自然资源局`). Any other
 * break separates names, whatever they end in (`县科协` ⏎ `县一中`, `派出所` ⏎ `司法所`; probe 14).
 */
export function wrapsName(before: string, after: string): boolean {
  // A line that opens with a bracket goes on with the name above it: `县委政法委` ⏎ `（县综治中心）` is one name (probe 57),
  // as `县委政法委（县综治中心）` written on one line is; not a list's number (`（1）县财政局` ⏎ `（2）县自然资源局`).
  return LEVELS_ONLY.test(before.trim()) || ENDING_ALONE.test(fold(after.trimStart())) || BRACKET_LINE.test(after.trimStart()) || cutMidName(before, after);
}

/**
 * A name cut mid-word where a converted sheet kept its wraps (`县经信局、县商` ⏎ `务局、县人社局`, `国网肥西县供电` ⏎
 * `公司`: a PDF turned into Excel, probe 152): the line before ends in no name's ending, and the line after opens with a
 * short piece that ends as a name does and starts with no level or 各 (no name of its own).
 */
function cutMidName(before: string, after: string): boolean {
  const last = before.trimEnd();
  if (!/[\u4e00-\u9fff]$/.test(last) || LINE_NAME_END.test(fold(last))) return false;
  const piece = /^[\u4e00-\u9fff]{1,4}(?=[、，,；;\s]|$)/.exec(after.trimStart());
  return piece !== null && !PLACE_START.test(piece[0]) && LINE_NAME_END.test(fold(piece[0]));
}

/**
 * Whether a row that a wrap cut (a PDF's or a narrow sheet's column: the row after it continues it) was cut
 * between two names: the text before the cut ends as a name does and the text after it does not go on with a
 * name's ending. Else the name was cut (`县财政局、县发改` ⏎ `局`, `县应急管理局、县市` ⏎ `场监管局`; probe 13).
 */
export function breaksNames(before: string, after: string): boolean {
  const t = before.trim().replace(/\\$/, '');
  // (`…发展中` ⏎ `心`: a 中心 cut in two, not a 一中: probe 47.)
  return t === '' || (!LEVELS_ONLY.test(t) && LINE_NAME_END.test(fold(t)) && !NAME_GOES_ON.test(fold(after.trimStart())) && !(t.endsWith('中') && after.trimStart().startsWith('心')));
}

/** A bracket opening a line that is no list's number (`（县综治中心）`, not `（2）县自然资源局`). */
const BRACKET_LINE = /^[（(](?![\s\u3000\d一二三四五六七八九十]+[）)])/;

const LEVELS_ONLY = new RegExp(`^[${LEVEL_CHARS}]+$`);

/** How a name (a body, a collective, a post) ends: {@link UNIT_END} and `单位`, `部门`, `科协`, `一中`, `人大`, `企业`, `机构`, `海关`, `市长`, `书记`, `主任`, `）`… */
/** How the name before a `及` that parts two names ends (a unit's ending, a village, a bracket: `各村（社区）及…`). */
const JI_LEFT_END = new RegExp(`[${NAME_END_CHARS}位门科园校厂场台长员协学业构关村户）)]$`);
const LINE_NAME_END = new RegExp(`[${NAME_END_CHARS}位门科园校厂场台长记任员志协学大业构关）)]$`);

/** Endings of a name that can stand at the start of a line a wrap cut off (`局`, `办公室`, `中心`). */
const ENDINGS = '办公室|中心|分局|支队|大队|局|委|办|厅|院|会|部|处|科|所|室|站|队|司|府|组';
const NAME_GOES_ON = new RegExp(`^(?:${ENDINGS}|（|\\()`);

/** A name's ending standing alone before a separator or the end (`局`, `办公室`, `局，各街道办事处`). */
const ENDING_ALONE = new RegExp(`^(?:委员会|管委会|人民政府|政府|${ENDINGS})(?=[、，,；;\\s]|$)`);

/** The separators of a unit list: `、` `，` `,` `；` `;` (a line break too in a table cell). */
const SEPARATORS = new Set(Array.from('、，,；;', (c) => c.charCodeAt(0)));

/** A circled number (`②`) before a name, after a name (not after a separator or another number). */
function isCircledEntry(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 0x2460 && c <= 0x2473 && /[\u4e00-\u9fff）)]/.test(s[i - 1]) && /[\u4e00-\u9fff]/.test(s[i + 1] ?? '');
}

function splitAtDepthZero(s: string, lineBreaks: boolean): Array<{ text: string; sep: string }> {
  const out: Array<{ text: string; sep: string }> = [];
  let depth = 0;
  let start = 0;
  let sep = '';
  for (let i = 0; i < s.length; i++) {
    const step = BRACKET_STEP[s.charCodeAt(i)];
    if (step === 1) depth++;
    else if (step === -1) {
      if (depth > 0) depth--;
    } else if (depth === 0 && i > start && isCircledEntry(s, i)) {
      // An entry's circled number opens the next name (`①县委宣传部②县融媒体中心`), kept for clean to take off.
      out.push({ text: s.slice(start, i), sep });
      sep = '';
      start = i;
    } else if (depth === 0 && (SEPARATORS.has(s.charCodeAt(i)) || (lineBreaks && s.charCodeAt(i) === 10 && !wrapsName(s.slice(start, i), s.slice(i + 1, i + 12))))) {
      out.push({ text: s.slice(start, i), sep });
      sep = s[i];
      start = i + 1;
    }
  }
  out.push({ text: s.slice(start), sep });
  return out;
}
