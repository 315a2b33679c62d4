import type { Role } from '../matrix/types.js';
import { fold, folds } from './fold.js';

/**
 * What a label or a table column names: a role, a deadline, leaders (people), the body that oversees the task
 * (`督办责任单位：县政府督查室`: no role of the contract's), or nothing of the plan's.
 */
export type LabelKind = Role | 'deadline' | 'leaders' | 'oversight';

/**
 * Role labels of matrix-format.md "Roles", longest first so that `牵头责任单位` wins over `责任单位`. Matched on
 * folded (simplified) text; a label is followed by `：` or `:`.
 */
const LABELS: Array<[string, LabelKind]> = [
  ['牵头负责领导', 'leaders'],
  // The leaders who answer for a task, by the level of government they belong to (probe 13: `牵头县领导：张卫东`).
  ...['牵头', '联系', '包联', '挂点'].flatMap((verb) => ['省', '市', '州', '县', '区'].map((level): [string, LabelKind] => [`${verb}${level}领导`, 'leaders'])),
  ['包联领导', 'leaders'],
  // More of the people who answer for a task (probe 27: `督办领导：` between marker lines split an item in two).
  ['督办领导', 'leaders'],
  ['包案领导', 'leaders'],
  ['包保领导', 'leaders'],
  ['挂包领导', 'leaders'],
  ...['分管', '责任'].flatMap((word) => ['省', '市', '县', '区'].map((level): [string, LabelKind] => [`${word}${level}领导`, 'leaders'])),
  ['挂点领导', 'leaders'],
  ['联系领导', 'leaders'],
  // The body that oversees the task, not one that does it (`督办责任单位：县政府督查室` under `牵头单位：`, a 督办清单:
  // probe 41; `其他责任单位` and `主要责任单位` are still responsible).
  ['督办责任单位', 'oversight'],
  ['督办单位', 'oversight'],
  ['督查单位', 'oversight'],
  ['督导单位', 'oversight'],
  ['牵头责任单位', 'lead'],
  ['具体责任单位', 'responsible'],
  ['协同责任单位', 'support'],
  ['责任(配合)单位', 'responsible'],
  ['责任（配合）单位', 'responsible'],
  ['牵头单位', 'lead'],
  ['牵头部门', 'lead'],
  ['牵头处室', 'lead'],
  ['牵头科室', 'lead'],
  // A county department's own divisions are its 股室 (`〔责任股室：基础教育股、教研室〕`, probe 35), as a city's are 科室.
  ['牵头股室', 'lead'],
  // The unit that answers first for a task (`（主责单位：市发改委；协同单位：市财政局）`, probe 22): its lead.
  ['主责单位', 'lead'],
  ['主责部门', 'lead'],
  // The unit that takes the work on in a 督办通知 (probe 27); not after 主办单位 (see labelStandsAt: a web page's footer).
  ['承办单位', 'responsible'],
  ['承办部门', 'responsible'],
  // Not in a web page's footer (see labelStandsAt).
  ['主办单位', 'lead'],
  ['主办部门', 'lead'],
  ['牵头领导', 'leaders'],
  ['责任单位', 'responsible'],
  ['责任部门', 'responsible'],
  ['负责单位', 'responsible'],
  ['负责部门', 'responsible'],
  ['责任科室', 'responsible'],
  ['责任处室', 'responsible'],
  ['责任股室', 'responsible'],
  ['配合单位', 'support'],
  ['配合部门', 'support'],
  ['配合处室', 'support'],
  ['配合科室', 'support'],
  ['配合股室', 'support'],
  // A township's offices are its 站所 (`责任站所`, `牵头站所`: probe 68), as a city's are 科室.
  ['牵头站所', 'lead'],
  ['责任站所', 'responsible'],
  ['配合站所', 'support'],
  // A group company's headquarters calls its departments 部室 (`牵头部室：财务管理部；配合部室：集团办公室`, probe 56).
  ['牵头部室', 'lead'],
  ['责任部室', 'responsible'],
  ['配合部室', 'support'],
  // A department's divisions under the other role words (`（主办处室：政策法规处；协办处室：厅办公室）`: a 厅's 工作要点,
  // probe 130, whose brackets had been lost, five of them in silence): 主办 and 主责 lead, 承办 is responsible, 协办,
  // 参与, 协同, 协助 and 会办 support. (主办 here is never a web page's footer, which says 主办单位.)
  // A 疾控中心's divisions are its 科 and 所, its 科所 (`牵头科所：急性传染病防制所` ⏎ `配合科所：检验中心`: probe 134, whose
  // 19 tasks had lost every unit, the labels read as prose); a 人大常委会's offices are its 委室, a court's its 庭室
  // (`（牵头领导：…；责任委室：常委会办公室、研究室）`, `牵头庭室 | 责任庭室` columns: probe 136, 31 tasks without a unit, 25 of
  // them in silence).
  ...(['科所', '委室', '庭室'] as const).flatMap((room): Array<[string, LabelKind]> => [[`牵头${room}`, 'lead'], [`责任${room}`, 'responsible'], [`配合${room}`, 'support']]),
  ...(['处室', '科室', '股室', '部室', '科所', '委室', '庭室'] as const).flatMap((room): Array<[string, LabelKind]> => [
    [`主办${room}`, 'lead'],
    [`主责${room}`, 'lead'],
    [`承办${room}`, 'responsible'],
    ...['协办', '参与', '协同', '协助', '会办'].map((word): [string, LabelKind] => [`${word}${room}`, 'support']),
  ]),
  ['协办单位', 'support'],
  // A 建议 or 提案 handed out (交办): its 会办单位 help the 主办单位 (support, as 协办 and `会同Y`), its 分办单位 each
  // handle their own part (responsible, as `分别负责`): probe 65, Jiangsu's and Shanghai's wording.
  ['会办单位', 'support'],
  ['会办部门', 'support'],
  ['分办单位', 'responsible'],
  ['分办部门', 'responsible'],
  ['参与单位', 'support'],
  ['协同单位', 'support'],
  ['协作单位', 'support'],
  ['协助单位', 'support'],
  // Each support word with 部门 too (`参与部门：`, probe 25: the units were dropped as a list's tail).
  ...['协办', '参与', '协同', '协作', '协助'].map((word): [string, LabelKind] => [`${word}部门`, 'support']),
  ['责任主体', 'responsible'],
  // The body that carries the work out (`（实施单位：县林业局、各乡镇人民政府）`), and the one in charge of its field
  // (`（主管部门：县林业局）`; only in a bracket or among lines of labels: a web page's footer names its 主管单位): a fresh
  // user's, both dropped in silence.
  ['实施单位', 'responsible'],
  ['实施部门', 'responsible'],
  ['主管部门', 'responsible'],
  ['主管单位', 'responsible'],
  // A 包保 list's units (`包保单位`, `包抓单位`, `帮包单位`: each answers for its project, probe 119) and a 专班's
  // (`牵头专班：新能源汽车产业链招商专班（市经信局）`); the members of a 专班 or 指挥部 set up by the notice help its lead
  // (`牵头单位：县发改委` ⏎ `成员单位：县财政局、…`), as 参与单位 do.
  ['包保单位', 'responsible'],
  ['包抓单位', 'responsible'],
  ['帮包单位', 'responsible'],
  ['牵头专班', 'lead'],
  ['责任专班', 'responsible'],
  ['配合专班', 'support'],
  ['成员单位', 'support'],
  // A line that shares the work out in the inline form (`部门分工：省发展改革委牵头，各地、各部门配合。`, under `分管省领导：`:
  // a Guangdong 政府工作报告 分工's every item, probe 116): its role words decide; names alone are responsible.
  ['部门分工', 'responsible'],
  ['责任分工', 'responsible'],
  ['任务分工', 'responsible'],
  ['单位分工', 'responsible'],
  ['责任领导', 'leaders'],
  ['分管领导', 'leaders'],
  ['完成时限', 'deadline'],
  ['时间节点', 'deadline'],
  ['完成时间', 'deadline'],
  ['时限要求', 'deadline'],
  ['完成期限', 'deadline'],
  ['整改时限', 'deadline'],
  ['整改期限', 'deadline'],
  // (A 整改方案's `整改时间：2024年9月底前`, probe 73.)
  ['整改时间', 'deadline'],
  ['办结时间', 'deadline'],
  ['办结期限', 'deadline'],
  ['办结时限', 'deadline'],
  ['办理时限', 'deadline'],
  ['截止时间', 'deadline'],
  ['时间要求', 'deadline'],
  ['时限', 'deadline'],
  // `时间：` only after another label of the same text (`（牵头单位：县林业局；时间：2024年12月底前）`: a fresh user's, whose
  // deadline was lost), see labelStandsAt; `会议时间：` is no label.
  ['时间', 'deadline'],
  ['责任人', 'leaders'],
  // Bare role words as labels (`（牵头：县发改局；配合：县财政局）`), only where a label can stand: see labelStandsAt.
  ['牵头', 'lead'],
  ['责任', 'responsible'],
  ['配合', 'support'],
  ['协办', 'support'],
  ['参与', 'support'],
  // (A 督办方案's `（主办：县交通运输局；协办：县财政局）`, probe 65; `主办：` only in a bracket, see labelStandsAt.)
  ['主办', 'lead'],
  ['会办', 'support'],
  // A 政协's or 人大's `（主办：财经委；承办：社会委；协办：…）` (probe 136), as 承办单位.
  ['承办', 'responsible'],
  // A plan whose legend says 主责 for the lead and 协同 for the support (`（主责：区食安办；协同：各镇（街道））`: probe 90).
  ['主责', 'lead'],
  ['协同', 'support'],
];


/**
 * Folds a text for label matching: {@link fold} (traditional → simplified), and a label set in brackets instead of
 * followed by a colon (`【牵头单位】县发改局【配合单位】县财政局`) rewritten as ` 牵头单位：`, character for character,
 * so that offsets stay those of the original text.
 */
export function foldLabels(text: string): string {
  // What the text holds that a rewrite below needs, in one pass with the test for traditional characters (most
  // paragraphs need nothing). None of these characters is folded, or folded to. (A bracketed label rewritten brings a
  // space.)
  let traditional = false;
  let bracket = false;
  let qualifier = false;
  let semicolon = false;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (folds(c)) traditional = true;
    else if (c === 0x3011 || c === 0x5d || c === 0xff3d) bracket = true; // 】 ] ］
    else if (c === 0x5176 || c === 0x76f8 || c === 0x6709 || c === 0x4e3b) qualifier = true; // 其 相 有 主
    else if (c === 0xff1b || c === 0x3b) semicolon = true; // ； ;
    else if (c === 0x20 || c === 0x3000) space = true;
  }
  let f = traditional ? fold(text) : text;
  if (bracket) f = f.replace(BRACKETED, (_m, prefix: string | undefined, label: string) => ` ${prefix ?? ''}${label}：`);
  // A word that qualifies a label without changing its role (`其他责任单位：`, `主要责任单位：`: 华容县's 2021 scheme,
  // probe 24) is blanked, character for character. (In LABEL_RE itself, an optional word before its other optional
  // prefix made V8 take 6 ms to compile it, at every start-up.)
  if (qualifier && (f.includes('其他') || f.includes('其它') || f.includes('相关') || f.includes('有关') || f.includes('主要'))) f = f.replace(QUALIFIED, (q) => (q.length === 2 ? '  ' : ' '.repeat(q.length)));
  // A label whose colon OCR read as a semicolon, at a line's start (`责任单位；县城管局，各乡镇人民政府`, a scanned
  // notice: probe 94, where the units had been lost in silence); a label of four characters or more only.
  if (semicolon) {
    const at = semicolonAfterLabel(f);
    if (at >= 0) f = `${f.slice(0, at)}：${f.slice(at + 1)}`;
  }
  // A label spaced out letter by letter (`牵 头 单 位：`, Word's distributed alignment in a PDF's text: probe 27) closed
  // up, its spaces moved before the colon; also spaced in part (`牵 头 单` ⏎ `位：`, a wrap joined: probe 82).
  if ((space || bracket) && SPACED_HINT.test(f)) f = f.replace((spacedLabels ??= new RegExp(`(?:${plainLabels(3).map((l) => [...l].join('[ \\u3000]*')).join('|')})(?=[ \\u3000]*[：:])`, 'g')), (m) => {
    const closed = m.replace(/[ \u3000]+/g, '');
    return closed + ' '.repeat(m.length - closed.length);
  });
  return f;
}

/** The labels of `min` characters or more, without brackets (`责任(配合)单位` is matched as written only). */
const plainLabels = (min: number): string[] => LABELS.filter(([l]) => l.length >= min && !/[()（）]/.test(l)).map(([l]) => l);
/**
 * The offset of the semicolon (`；` or `;`) that follows a label of four characters or more at a folded text's start
 * (white space, an optional level prefix: `  县责任单位；…`), or -1 (probe 94). The labels are a set looked up, not one
 * alternation of them in a pattern: V8 took 8–14 ms to compile that pattern at its first test, at every start-up
 * of a notice with a `；` in it.
 */
function semicolonAfterLabel(f: string): number {
  const at = f.search(/[；;]/);
  if (at < 4) return -1;
  // (trimStart takes the characters of `\s`: white space and line ends, U+3000 among them.)
  const head = f.slice(0, at).trimStart();
  const labels = (semicolonLabels ??= new Set(plainLabels(4)));
  if (labels.has(head)) return at;
  for (const level of LEVEL_LIST) if (head.startsWith(level) && labels.has(head.slice(level.length))) return at;
  return -1;
}
/** The labels of four characters or more; made on first need. */
let semicolonLabels: Set<string> | undefined;
/** Two CJK characters with a space between them, then a colon later: maybe a spaced-out label. */
const SPACED_HINT = /[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff][^：:]{0,12}[：:]/;
/** The labels of three or more characters, spaced out; made on first need (most notices never need it). */
let spacedLabels: RegExp | undefined;

/** A qualifier before a role label (not 具体 or 协同: `具体责任单位` and `协同责任单位` are labels of their own). */
const QUALIFIED = /(?:其他|其它|相关|有关|主要)(?=(?:牵头|责任|配合|参与|协办|协同|协作|协助|负责|承办|主责)(?:单位|部门|处室|科室|股室)[ \t\u3000]*[：:])/g;

/** What someone must do after a label (`要按照…`, `应当…`), not a name that starts so (`要素保障专班`, `应急管理局`: probe 119). */
const OBLIGATION = /^[\s\u3000]*(?:要(?![素点件])|应当|应(?!急)|须|必须|务必|切实)/;

/** What a web page's footer holds beside its 主办单位 or 承办单位 (probe 26). */
const FOOTER_WORDS = /网站|技术支持|备案|ICP|版权|地址|电话|邮箱|标识码|联系我们/;

// (Not 主办: labelStandsAt decides it before, in a bracket or a block only.)
const BARE = new Set(['牵头', '责任', '配合', '协办', '参与', '会办', '主责', '协同', '承办']);

/** The end of a bracket that gives an item's units (`（县绿化委员会办公室负责）。`, `（牵头单位：…）`), before a `时间：`. */
const AFTER_UNITS_BRACKET = /[（(〔【［](?:[^（()）〔〕【】［］]*?)(?:牵头|负责|配合|协助|参与|协办|单位|部门)[^（()）〔〕【】［］]*[）)〕】］][\s\u3000]*[。；;，,]?[\s\u3000]*$/;

/** The heads of a body being made up (`组长：`, `副指挥长：`, `总指挥：`, `召集人：`), before its `成员单位：`. */
const MAKE_UP = /(?:组长|指挥长|总指挥|召集人)[ \t\u3000]*[：:]/;

/**
 * Whether a match of {@link LABEL_RE} is a label: always for the full labels (`牵头单位：`), `主办单位：` in a
 * bracket or (`inBlock`) among lines of labels that assign work, `承办单位：` but in a web page's footer; for a bare role word
 * (`牵头：`) only at the start of the text or right after an opening bracket, a separator or white space, so that
 * prose such as `加强配合：` is not read as one.
 */
export function labelStandsAt(folded: string, match: RegExpExecArray, inBlock = false): boolean {
  // A label followed by what someone must do is prose (`分管县领导：要按照…抓好…`, `相关责任单位：要结合…`: probe 28).
  if (OBLIGATION.test(folded.slice(match.index + match[0].length, match.index + match[0].length + 6))) return false;
  // The last of the fields a sentence names before the table or list it introduces (`…明确牵头单位、配合单位和整改时限：`,
  // `明确整改时限和责任单位：`: probe 121, an unaccounted-marker error and exit 1 on a plan read whole): prose.
  if (match.index > 0 && /^[\s\u3000]*$/.test(folded.slice(match.index + match[0].length)) && /(?:[和与及]|(?:单位|部门|时限|时间|领导)、)$/.test(folded.slice(Math.max(0, match.index - 3), match.index))) return false;
  // `（主办单位：X；协办单位：Y）` and `承办单位：X` assign work (probes 24, 27); `主办单位：…` on a line of its own, or with
  // 承办单位, 网站, 备案 or 地址 beside it, is a web page's footer or an event's organisers (probe 26).
  // A division's (`（主办处室：疾控科；承办处室：区疾控中心）`, a fresh user's: the 承办 unit had been lost) is never an
  // event's host.
  if (match[2].startsWith('承办') && match[2] !== '承办') return (!/主办/.test(folded) || /室$/.test(match[2])) && !FOOTER_WORDS.test(folded);
  // `主办单位：X　　协办单位：Y` on a line of its own is a web page's footer too (probe 26), not `（主办单位：X；协办单位：Y）`.
  if (match[2].startsWith('协办') && /^[\s\u3000]*主办(?:单位|方)[\s\u3000]*[：:]/.test(folded)) return false;
  // `主办部门：` on a line of its own is a 海关's or 税务's lead (probe 61: it was dropped, its `协办部门：` line kept); a
  // web page's footer says 主办单位.
  // (Its footer's words looked for from the label on, and not after a bracket or a `；`: an item's own prose, `…备案审查
  // 制度。（主办部门：政策法规处）`, names no footer: probe 130.)
  if (match[2] === '主办部门') return opensGroup(folded, match.index) || !FOOTER_WORDS.test(folded.slice(match.index));
  // In a block of lines that assign work (`主办单位：…` ⏎ `会办单位：…` ⏎ `完成时限：…` under a 建议's item: probe 65), it
  // names the lead.
  // After an item's sentence, with a 协办 or 会办 label after it (`（四）加强政府网站管理。主办单位：县政府办；协办单位：
  // 县融媒体中心。`: a fresh user's, whose 协办 had been read and 主办 dropped), it names the lead too.
  if (match[2] === '主办单位' || match[2] === '主办') {
    if (opensGroup(folded, match.index) || (inBlock && !FOOTER_WORDS.test(folded))) return true;
    const before = folded.slice(0, match.index).trimEnd();
    // (The footer's words looked for in the labels' part only: the item's own sentence may speak of a 网站.)
    const labels = folded.slice(match.index);
    return before.endsWith('。') && /(?:协办|会办)(?:单位|部门)?[\s\u3000]*[：:]/.test(labels) && !FOOTER_WORDS.test(labels);
  }
  // The members of a 专班 or 指挥部 help its lead where lines of labels assign the work (`牵头单位：X` ⏎ `成员单位：Y` ⏎
  // `时间节点：…`, probe 119), or in a bracket; not a 指挥部's make-up under 组织领导 (probe 89), nor `…各成员单位：`
  // closing a 主送 line (probe 81).
  if (match[2] === '成员单位') {
    const before = folded.slice(0, match.index);
    if (before.trimEnd().endsWith('各')) return false;
    // A body's make-up, its heads named before its members in one sentence (`成立创建工作领导小组，组长：县长；副组长：副县长；
    // 成员单位：县卫健局、…。`, a fresh user's: a task with the members as support, and `check` then failed it for want
    // of a lead), as it is on lines of their own under 组织领导 (probe 89).
    if (MAKE_UP.test(before)) return false;
    return opensGroup(folded, match.index) || inBlock;
  }
  if (match[2] === '主管部门' || match[2] === '主管单位') return opensGroup(folded, match.index) || (inBlock && !FOOTER_WORDS.test(folded));
  // `时间：` right after another label's list (`；时间：`, `　时间：`), or after the bracket of an item's units
  // (`开展义务植树活动（县绿化委员会办公室负责）。时间：4月15日前。`, a fresh user's, whose deadline had stayed in the
  // text); never a text's first label.
  if (match[2] === '时间') {
    const before = folded.slice(0, match.index);
    if (match[1]) return false;
    return (/[\s\u3000；;，,]$/.test(before) && /(?:单位|部门|牵头|责任|配合|科室|处室|股室)[\s\u3000]*[：:]/.test(before)) || AFTER_UNITS_BRACKET.test(before);
  }
  if (!BARE.has(match[2]) || match[1]) return true;
  const before = match.index > 0 ? folded[match.index - 1] : '';
  return before === '' || /[\s\u3000〔【［（(\[；;，,、]/.test(before);
}

/** Whether a label at `index` opens a bracket's group or follows another's `；` (white space between aside). */
function opensGroup(folded: string, index: number): boolean {
  return /[〔【［（(\[；;]$/.test(folded.slice(0, index).trimEnd());
}

/** The labels of a deadline (`完成时限`, `时间节点`, `办结时限`…), longest first as in {@link LABELS}. */
export const DEADLINE_LABELS = LABELS.filter(([, kind]) => kind === 'deadline').map(([label]) => label);

/**
 * The people who answer for a task named by the body they lead rather than a level (a court's `分管院领导：王立新副院长`,
 * a 公安局's `分管局领导：`, a school's `责任校领导：`: probes 55, 57), and the chiefs of the 河长制 and its kin
 * (`县级责任河长：覃建军`, `河段长：`: probe 59), and by any level, 旗, 盟 and `…级` too (`责任旗领导：`, `责任州级领导：`, an
 * Inner Mongolian 旗's and a 自治州's plans: probe 101, where the line had stayed in the task's text), and a township's
 * leaders and cadres who answer for a 片, a 村 or a 管区 (`包片领导：王涛`, `包村领导：`, Shandong's `包靠领导：`, `包村干部：`:
 * probe 143, where the bracket's first label had been left in each task's text and made its title): leaders. One
 * factored alternative of {@link LABEL_RE} rather than a hundred labels in {@link LABELS}, which would cost its
 * compilation at every start-up.
 */
const BODY_LEADERS = '(?:分管|责任|牵头|联系|包联|挂点)(?:院|局|校|厅|委|行|省|市|州|盟|县|区|旗)级?领导|包[片村靠点组抓挂联保案](?:领导|干部)|(?:总|副总)?(?:责任)?(?:河湖长|河长|湖长|林长|田长|河段长|湖段长)';
const BODY_LEADER = new RegExp(`^${BODY_LEADERS}$`);

const escape = (s: string) => s.replace(/[()（）]/g, (c) => `\\${c}`);
/**
 * The levels of government a label or a column's name may open with (`省牵头单位：`), as alternatives of a regular
 * expression, longest first ({@link levelRank} ranks them). `市县` and the like name two lower levels at once
 * (`市县责任单位：`, probe 26: `市` was read as a unit); `市直` the departments of a level (`（市直牵头单位：…；市直责任单位：…）`,
 * `省直责任单位：`: probe 76, where `市直` became a unit); the autonomous regions' levels too: `自治区牵头部门` over a
 * 盟's own `盟牵头单位`, `旗` (probe 77); a district's `区级牵头单位` (probe 95: `区级` had been read as text, each item's
 * labels a `#k` task of their own).
 */
export const LEVEL_PREFIXES = '国家|中央|自治区|省直|市直|县直|区直|省级|省|市县|县市|市级|市|州级|州|盟|县区|区县|县级|县|区级|区|旗';
const PREFIX = `(${LEVEL_PREFIXES})?`;
const LEVEL_LIST = LEVEL_PREFIXES.split('|');
/** A label with an optional level prefix (`省牵头单位：`), then `：`/`:`. Global: use with lastIndex. */
export const LABEL_RE = new RegExp(`${PREFIX}(${BODY_LEADERS}|${LABELS.map(([l]) => escape(l)).join('|')})(?:[（(][^（()）]{1,6}[）)])?[ \\t\\u3000]*[：:]`, 'g');
/**
 * The most characters a match of {@link LABEL_RE} spans before the white space ahead of its colon: the longest level
 * (`自治区`), the longest label (`责任（配合）单位`; of the body leaders' labels, `副总责任河段长`) and a note in brackets
 * (`（…）`, at most 8).
 */
const LABEL_REACH = Math.max(...LEVEL_LIST.map((l) => l.length)) + Math.max(7, ...LABELS.map(([l]) => l.length)) + 8;

/**
 * The next match of `re` (a global copy of {@link LABEL_RE}) in a folded text at or after `from`, or null; `re.lastIndex`
 * is after it, as `re.exec` leaves it. Every label ends at a colon, at most {@link LABEL_REACH} characters after its
 * start (white space before the colon aside): the scan starts there instead of at `from` (most of a paragraph is text
 * before its first colon, which a scan of the pattern's hundred labels tried character by character).
 */
export function nextLabel(folded: string, from: number, re: RegExp = LABEL_RE): RegExpExecArray | null {
  let colon = nextOf(FULL, folded, from);
  const ascii = nextOf(ASCII, folded, from);
  if (colon < 0 || (ascii >= 0 && ascii < colon)) colon = ascii;
  if (colon < 0) {
    re.lastIndex = 0;
    return null;
  }
  let end = colon;
  while (end > from && isLabelSpace(folded.charCodeAt(end - 1))) end--;
  re.lastIndex = Math.max(from, end - LABEL_REACH);
  return re.exec(folded);
}

/**
 * The next `：` or `:` of the text last searched, kept while the search moves on through it: a paragraph of thousands
 * of labels, all with `：`, would otherwise be searched to its end for a `:` at each one (quadratic: the benchmark's
 * hostile paragraph of marker brackets took half as long again).
 */
interface ColonSearch {
  char: string;
  text: string;
  /** Where the search started, and what it found there: the offset, or -1 for none after it. */
  from: number;
  at: number;
}
const FULL: ColonSearch = { char: '：', text: '', from: 0, at: -1 };
const ASCII: ColonSearch = { char: ':', text: '', from: 0, at: -1 };

function nextOf(search: ColonSearch, text: string, from: number): number {
  if (search.text !== text || from < search.from || (search.at >= 0 && search.at < from)) {
    search.text = text;
    search.from = from;
    search.at = text.indexOf(search.char, from);
  }
  return search.at;
}

/** The white space LABEL_RE allows before a label's colon: space, tab, U+3000. */
function isLabelSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x3000;
}

/** Whether a folded text can hold a label at all: every label ends in `：` or `:` (a cheap test before the scan). */
export function mayHoldLabel(folded: string): boolean {
  return folded.includes('：') || folded.includes(':');
}

const BRACKETED = new RegExp(`[【\\[［]${PREFIX}((?:${LABELS.map(([l]) => escape(l)).join('|')}))[】\\]］]`, 'g');
const KIND = new Map(LABELS.map(([l, k]) => [l, k]));

/** Whether a folded text is a label's name, whole (`牵头单位`, `完成时限`). */
export function isLabelName(folded: string): boolean {
  return KIND.has(folded) || BODY_LEADER.test(folded);
}

/** The kind of a matched label text (group 2 of {@link LABEL_RE}). */
export function labelKind(label: string): LabelKind {
  // (Every match of LABEL_RE is one or the other.)
  return KIND.get(label) ?? 'leaders';
}

/** Whether a label or column kind is one of the three roles (lead, responsible, support). */
export function isRole(kind: string): kind is Role {
  return kind === 'lead' || kind === 'responsible' || kind === 'support';
}

/**
 * Whether a level prefix (`省`, `国家`, `市级`) names another level of government than the plan's (matrix-format.md
 * "Roles": context, not a role of this plan): a higher one; with the plan's level unknown, 省 and above.
 */
export function isOtherLevel(prefix: string, planLevel: number | null): boolean {
  const rank = levelRank(prefix);
  return planLevel === null ? rank <= 1 : rank < planLevel;
}

/** Rank of a level of government: 国家 0, 省 and 自治区 1, 市/州/盟 2, 县/区/旗 3. */
export function levelRank(prefix: string): number {
  if (/国家|中央/.test(prefix)) return 0;
  if (prefix.startsWith('省') || prefix === '自治区') return 1;
  if (prefix.startsWith('市') || prefix.startsWith('州') || prefix === '盟') return 2;
  return 3;
}

/**
 * The words that name who is assigned in a label or a column heading: a body (`单位`, `部门`) or its divisions, a
 * city's 处室 and 科室, a county department's 股室, a group company's 部室, a township's 站所 (probes 35, 56, 68).
 */
export const UNIT_WORDS = '单位|部门|处室|科室|股室|部室|站所|科所|委室|庭室|专班';
const UNIT_WORD = new RegExp(UNIT_WORDS);

/**
 * Classifies a table header cell by its words (white space and parenthesised notes removed first, so
 * `分 管 县领导` and `重点工作任务（杭州市2项配合工作）` read right): number, task text, a role, deadline, leaders,
 * category (`类别`: a column holding the sections, `一、强化安全责任`, merged over their rows), or `other` (备注 and the
 * like).
 */
export function columnKind(header: string): LabelKind | 'number' | 'task' | 'category' | 'other' {
  // Without Markdown bold (`| **序号** |`: pandoc's bold header row, probe 34), also when a grid table's narrow
  // column cut its marks apart (`* *序号* *`, probe 78): white space out first.
  const h = header.replace(/[\s\u3000]+/g, '').replace(/\*\*|__/g, '').replace(/[（(][^）)]*[）)]/g, '');
  // A label with its value (`牵头单位：镇爱卫办`, a line of labels set apart by tabs: probe 40) heads no column.
  if (/[：:]./.test(h)) return 'other';
  if (/^(序号|编号|序|号)$/.test(h)) return 'number';
  // A bare role word under a merged 责任单位 / 责任分工 cell (`| 牵头 | 配合 |` in the header's second row).
  if (/^(?:牵头|主办|主责)$/.test(h)) return 'lead';
  // (`协同` too: a 一件事 list's `责任部门` over `牵头 | 协同`, probe 62.)
  if (/^(?:配合|协办|协助|参与|协同|协作|会办)$/.test(h)) return 'support';
  if (/^(?:责任|负责)$/.test(h)) return 'responsible';
  // (Any kind of category, `责任类别`, `责任类型`, `问题类别` too: a 主体责任清单's column merged over its rows, probe 147, whose
  // sections had been dropped from every path.)
  if (/^(?:类别|类型|分类|领域|重点领域|板块|方面|[\u4e00-\u9fff]{2,4}(?:类别|类型|分类))$/.test(h)) return 'category';
  // A leader column that names a unit role too (`牵头县领导（牵头单位）`, `县领导及牵头单位`, `责任领导/牵头单位`: its cells
  // `孙立新（县发改局）`, probe 128, where every lead had gone into leaders): the role's column; the people in its cells are
  // leaders (see table.ts personAndUnits).
  if (/领导/.test(h)) {
    const role = /(牵头|主责|责任|配合)(?:单位|部门)/.exec(header.replace(/[\s\u3000]+/g, ''));
    return role ? (role[1] === '配合' ? 'support' : role[1] === '责任' ? 'responsible' : 'lead') : 'leaders';
  }
  // 督办单位, 督办责任单位: who oversees the task (see LABELS), no role; 督办事项 is the task.
  if (/督办|督查|督导/.test(h) && UNIT_WORD.test(h)) return 'other';
  // 主责单位, and 主办单位 beside 协办单位 (a column, never a web page's footer line).
  if (/牵头|主责|主办/.test(h) && UNIT_WORD.test(h)) return 'lead';
  if (/(配合|协办|参与|协同|会办)/.test(h) && UNIT_WORD.test(h)) return 'support';
  if (/(责任|负责|承办|分办)/.test(h) && (UNIT_WORD.test(h) || h.includes('主体'))) return 'responsible';
  // A 包保 list's units, a 专班 or 指挥部's members (see LABELS; probe 119: a 包保单位 column had given no task at all).
  if (/包保|包抓|帮包/.test(h) && UNIT_WORD.test(h)) return 'responsible';
  if (/^成员(?:单位|部门)$/.test(h)) return 'support';
  if (/(时限|时间|节点|期限)/.test(h)) return 'deadline';
  // A count (`牵头任务数`, `任务数量`: a summary an AI assistant adds under the table, probe 93) is no task's text.
  if (/(?:数|数量|个数|项数)$/.test(h)) return 'other';
  // `民生实事`, `改革事项`, `问题清单`, `整改问题` (a new user's table: 民生实事 was read as no column); a 交办 list's
  // `建议标题`, `提案标题`, `案由` (probe 92: every task's text had been empty).
  // A name of the work (`工程名称`, `活动名称`: a fresh user's table had lost its 就业促进工程), not a unit's (`单位名称`).
  // A 创建 table's standard to meet (`标准要求`, `测评标准`, `达标要求`: probe 138, whose rows under one merged 项目 had
  // been folded into one task, their deadlines lost).
  if (/(任务|措施|内容|事项|目标|工作|举措|要点|指标|项目|实事|问题|清单)|(?:标题|案由|题目|标准|要求)$/.test(h) || (/名称$/.test(h) && !UNIT_WORD.test(h))) return 'task';
  return 'other';
}
