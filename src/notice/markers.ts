import type { Bilingual } from '../i18n.js';
import type { Role } from '../matrix/types.js';
import { BRACKET_STEP } from './brackets.js';
import { endBeforeTrailingPunctuation, isWhiteSpace } from './chars.js';
import { isTimePhrase } from './deadline.js';
import { fold } from './fold.js';
import { memoize } from './memo.js';
import { foldLabels, isOtherLevel, LABEL_RE, labelKind, labelStandsAt, LEVEL_PREFIXES, nextLabel, UNIT_WORDS } from './labels.js';
import { BY_DUTIES, isClause, splitUnits } from './units.js';
import { append } from '../lists.js';

/** A finding inside one paragraph; `offset` is in characters from the paragraph's start. */
export interface ParagraphDiagnostic {
  ruleId: string;
  severity: 'error' | 'warning' | 'info';
  message: Bilingual;
  offset: number;
}

/** The units of one marker group (a bracket, a run of labelled lines, an inline phrase, a 由X会同Y负责 sentence). */
export interface MarkerGroup {
  kind: 'bracket' | 'lines' | 'inline' | 'sentence' | 'cell';
  start: number;
  end: number;
  lead: string[];
  responsible: string[];
  support: string[];
  deadline: string | null;
  leaders: string[];
  /** Set by the assembly when the group's units went into a task (for the accounting pass). */
  used?: boolean;
}

/** An empty marker group of a kind, over `[start, end)` of its paragraph. */
export function newGroup(kind: MarkerGroup['kind'], start: number, end: number): MarkerGroup {
  return { kind, start, end, lead: [], responsible: [], support: [], deadline: null, leaders: [] };
}

/** The result of {@link scanMarkers}: the groups, the paragraph's text with the groups removed, findings. */
export interface MarkerScan {
  groups: MarkerGroup[];
  text: string;
  /** The paragraph folded for matching ({@link foldLabels}), for the accounting pass to reuse. */
  folded: string;
  diagnostics: ParagraphDiagnostic[];
}

/** Context for {@link scanMarkers}. */
export interface MarkerContext {
  /** Rank of the plan's own level of government (国家 0 … 县/区 3); labels of a higher level are context. */
  planLevel: number | null;
  /**
   * Whether the paragraph is an item's numbered line: only there does a closing `由X牵头，Y配合。` / `由X负责。` mark it,
   * and only in the plan (not the covering letter) does a phrase inside a paragraph (probe 26: `…由各乡镇负责。` in a
   * second paragraph split an item in two; a covering letter's note became a task).
   */
  numbered?: boolean;
  /**
   * Whether a line naming an event's organisers (`主办单位：…`) stands just above: a `承办单位：` line under it names
   * who hosts the event, not a unit responsible for a task (probes 28, 30).
   */
  organisers?: boolean;
  /**
   * Whether the paragraph stands among lines of labels that assign work (`会办单位：`, `完成时限：`, `督办领导：` just
   * above or below, no `承办单位：`): a `主办单位：` line there names the lead, not a web page's host (probe 65).
   */
  inBlock?: boolean;
  /**
   * Whether the paragraph is the first under an item's numbered line that is a heading with no marker (`二、强化考核激励`
   * ⏎ `将人居环境整治纳入考核。由区委农办负责。`): its closing `由X负责。` / `X负责。` marks it as it would mark the numbered
   * line (a fresh user's, lost in silence). Under a numbered line that carries its own markers it does not (probe 26).
   */
  underHeading?: boolean;
}

const MARKER_BRACKETS: Record<string, string> = { '〔': '〕', '【': '】', '［': '］', '（': '）', '(': ')', '[': ']' };
const BRACKET_CLOSE = '〕】］）)]';
/**
 * A word between a list's last name and its role verb (`县总工会积极配合`, `各乡镇纪委协同配合`, `县公安局等单位密切配合`,
 * `县委办、县政府办总牵头`, `县财政局按职责配合`, `县直各单位抓好落实`, `县林业局抓落实`: a Party office's wording, probe 100, where it had
 * stayed in the last name, in silence): no part of a name, nor of the role. Not after a demand (`各乡镇要积极配合` is
 * one on someone, which ends a list: probe 30).
 */
const VERB_ADVERB = '(?<![要应须需])(?:积极|主动|密切|全力|协同|认真|切实|大力|共同|做好|抓好|抓(?=落实)|(?:按照?|依照?|根据|依据)(?:各自的?)?(?:职能)?职(?:责|能)(?:分工)?|总(?=牵头))';
/** The role verbs of {@link INLINE_VERB}'s plain form (before `组织`, `负责`, `落实`… that may follow them). */
const ROLE_VERBS = '牵头|负责|配合|协助|参与|协办|主责|协同|主办|会办|主抓';
/** The word before the role verb it qualifies (not `协同` of `协同推进`, itself the verb). */
const VERB_ADVERB_HEAD = new RegExp(`^${VERB_ADVERB}(?=${ROLE_VERBS}|落实)`);
/**
 * A role verb closing a clause: 牵头 / 负责 / 配合 / 协助 / 参与 / 协办 (主责 / 协同, 主办 / 会办 of a 督办 list: probes 90
 * and 92), alone or with the action it takes on
 * (`牵头负责`, `牵头抓总`, `牵头组织实施`, `负责落实`, `配合推进`; `（由县发改局牵头实施）` heads a section of 苍南县's
 * 若干政策, 2023), and `按职责分工负责` ({@link BY_DUTIES}), `分别负责`, `落实`; the lead worded `主抓`, `负总责`, or `为牵头
 * 单位` right after a body's name (`X为牵头单位，Y为配合单位`; not the note `标☆的为牵头单位`, `第一责任单位为牵头单位`).
 */
const INLINE_VERB = new RegExp(`(${BY_DUTIES}|分别负责|具体负责|具体落实|具体实施|共同负责|负总责|负责(?:指导|协调|督促|监管)|统筹(?:协调|推进)?|(?<=[局委办部厅会院心府司队所站处室社行馆团联组署科股区县市镇乡门协校台]|(?<![一首]|责任|牵头|配合)单位)为(?:牵头|责任|配合|协办|参与)(?:单位|部门)|${VERB_ADVERB}?(?:(?:${ROLE_VERBS})(?:组织)?(?:负责|落实|实施|推进|抓总)?|落实))(?=[\\s\\u3000]*(?:[，,；;、。]|$)|(?<=牵头)[\\s\\u3000]*[县市区省州][^\\s\\u3000，,；;。（）()]{1,60}(?:配合|协助|参与|协办)[\\s\\u3000]*(?:[，,；;、。）)]|$))`, 'g');
const HAS_INLINE_VERB = new RegExp(INLINE_VERB.source);
/** `按职责分工负责` and its kin anywhere: a list's end, never a clause of its own after a label. */
const BY_DUTIES_IN = new RegExp(BY_DUTIES);
/** {@link LABEL_RE} again, for the labels inside one group while scanMarkers' own scan is paused at the group. */
const LABELS_IN_GROUP = new RegExp(LABEL_RE.source, 'g');
/**
 * The note that the first unit of each list is its lead (matrix-format.md "Roles"): `排在第一位的为牵头单位`,
 * `列第一位的…为牵头单位`, `第一个为牵头单位`, `…为牵头责任单位`, `排在第一位的单位牵头`, `列第一位的为工作牵头单位或汇总单位`
 * (湖州's 2024 责任分解, probe 80), `第一责任单位为牵头单位`, `首位为牵头单位` (厦门's 2019 若干措施, probe 85); a department's
 * plan says 牵头科室 or
 * 牵头股室 (probe 35). Matched on folded text. The
 * note is not a marker itself, in brackets or not.
 */
export const FIRST_IS_LEAD = new RegExp(`(?:排在|排名|排序|列在|列|排)(?:第一|首)(?:位|个)?的?[^。；]{0,12}?(?:为(?:工作|主要)?牵头(?:责任)?(?:${UNIT_WORDS})|(?:${UNIT_WORDS})牵头)|第一个(?:${UNIT_WORDS})?为(?:工作|主要)?牵头(?:责任)?(?:${UNIT_WORDS})|(?:第一(?:责任)?(?:${UNIT_WORDS})|首位(?:${UNIT_WORDS})?)为(?:工作|主要)?牵头(?:责任)?(?:${UNIT_WORDS})`);
/**
 * {@link FIRST_IS_LEAD} in `text`, or null. Every wording of the note holds `第一` or `首`: a text without either is
 * not searched (most are not), and the pattern is compiled only for a notice that may have the note.
 */
export function firstIsLeadNote(text: string): RegExpExecArray | null {
  return text.includes('第一') || text.includes('首') ? FIRST_IS_LEAD.exec(text) : null;
}

/**
 * The mark of the note that marked units lead (`标☆的为牵头单位，下同`, `带★的为牵头单位`, `★为牵头单位`: a Zhejiang
 * county's 2025 人工智能+ plan, probe 80), in folded text; null when the notice has no such note.
 */
export function leadMarkOf(text: string): string | null {
  return LEAD_MARK_NOTE.exec(text)?.[1] ?? null;
}

/** Marks a notice may put before its leads' names. */
export const LEAD_MARKS = '☆★▲△◆◇●○※＊*';
const LEAD_MARK_NOTE = new RegExp(`(?:标有|标注|标|带有|带|加|注有|有)?([${LEAD_MARKS}])号?(?:的|者)?(?:单位|部门)?(?:为|是)(?:工作)?牵头(?:责任)?(?:单位|部门)`);
/**
 * The name of a body as units are written (`市应急管理局`, `各县（市、区）人民政府`: a level of government first, a
 * kind of body last): a unit, not a note in brackets (`含乡镇卫生院`, `报市老龄办`, `联席会议办公室设在市民政局`).
 */
const BODY_NAME = /^(?![报由向在含设经按请交送抄此])(?:各|中共|国家|国网|人行|团|[\u4e00-\u9fff]{0,6}?(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道))[\u4e00-\u9fff（）()]*?(?:局|委|办|厅|部|院|会|中心|政府|公司|办公室|管委会|集团|法院|检察院|分行|支行|分局|署|委员会|所|站|队|处|科|股|馆|室|组)$/;

/** A clause opening with a body's name ({@link BODY_NAME} at its start): `市交通运输局加强督促指导`. */
const BODY_FIRST = new RegExp(BODY_NAME.source.replace(/\$$/, ''));

/**
 * The last sentence or clause of a paragraph, `由X牵头[，Y配合][，<time>]` or `由X负责`, with its closing punctuation and
 * white space (group 1); after a `。；` or a `，` (`…全面排查燃气安全隐患，由县住建局牵头，县应急管理局配合。`, probe 25).
 */
const LEAD_SENTENCE = /(?:^|[。；;，,：:]|^[\s\u3000]*(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．]))[\s\u3000]*(?:此项工作|该项工作|本项工作|上述工作|以上工作)?由[^。；;，,由]{2,40}?(?:牵头|负责|负总责|主抓|主办)[^。；;]{0,80}?([。；;]?[\s\u3000]*)$/;

/** A clause of a sentence naming who acts, without 由: names, then a role verb (`县发改局、县财政局牵头`), no more. */
const BARE_CLAUSE = /^[^由：:（()）要的是]{2,60}?(?:牵头|负责|负总责|主抓|配合|协助|参与|落实|为(?:牵头|责任|配合|协办|参与)(?:单位|部门))$/;

/** A bracket that is a note on the tasks below (`以下各项任务均需…负责落实，不再一一列出`), from its start. */
const NOTE_ON_TASKS = /^(?:以下|下列|上述|本方案|各项(?:任务|工作))[^。]{0,30}?(?:均需|均由|均要|不再|下同)/;
/** A note closing an inline phrase that is not part of it (`（县委宣传部牵头，县文明办负责，下同）`, `以下均需…`). */
const LIST_NOTE = /^(?:下同|以下同|同上|以下均同|不再(?:逐一)?列出|以下不再(?:逐一)?列出)$|^(?:以下|下同|不再|均需|均要)/;
/** An exhortation closing an inline phrase, with no time in it (`（X牵头，Y配合，确保提前完成）`): no deadline, not a unit. */
const EXHORTATION = /^(?:确保|力争|争取|务必|按时|按期|如期)[\u4e00-\u9fff]{0,8}(?:完成|到位|办结|见效|落实|建成|落地)$/;
/**
 * A body that oversees rather than carries out (`市政府督查室督导`, `省发展改革委指导`: probe 29): no role of the
 * contract's, and no unit's name. (Not `X统筹`: the body that coordinates the work leads it, `（X统筹，Y配合）`, as a clerk
 * reads it: probe 98.)
 */
const OVERSIGHT = /^[\u4e00-\u9fff（）()、]{2,40}?(?:督导|指导|督办|督促|监督|督查)$/;
/**
 * Whether a name is a body that oversees ({@link OVERSIGHT}); if so, the info that it is no unit goes into
 * `diagnostics`, at the offset `at` gives (asked only then: finding it may take a search of the list).
 */
function oversees(name: string, at: () => number, diagnostics: ParagraphDiagnostic[]): boolean {
  if (!OVERSIGHT.test(fold(name))) return false;
  diagnostics.push({ ruleId: 'ignored-marker', severity: 'info', offset: at(), message: { en: `\`${name}\` names a body that oversees, not a unit`, zh: `“${name}”是督导方，不是责任单位` } });
  return true;
}
/** Whether the text after an inline phrase's last verb is a note, an exhortation or an oversight it may end with. */
const endsPhrase = (tail: string) => {
  const f = fold(tail);
  return LIST_NOTE.test(f) || EXHORTATION.test(f) || OVERSIGHT.test(f) || isClause(f);
};
/**
 * The posts of the 河长制 and its kin (`各级河湖长`, `县级总河长`, `仙阳湖县级湖长唐志刚`, `各级田长`: probe 59), the heads
 * of an office, a school or a hospital (`处长`, `校长`, `院长`), and a body's leaders as a group (`县委班子成员`,
 * `各股室负责人`: probe 64), and cadres (`包村干部`, `县级领导干部`: probe 115): people, never units.
 */
const CHIEFS = '(?:总|副总)?(?:河湖长|河长|湖长|林长|田长|山长|路长|街长|河段长|湖段长|警长)';
const HEADS = '院长|校长|处长|科长|队长|所长|站长|行长|厂长|董事长|总经理|班子成员|负责人|负责同志|干部|网格员';
/**
 * The posts of government, of the Party and of the army's local commands, which a name may follow (`县长赵某某`);
 * `军分区政委`, `副司令员` lead 双拥, 征兵 and 防灭火 work as posts (probe 81).
 */
const GOVERNMENT_POSTS = '省长|市长|州长|县长|区长|旗长|书记|秘书长|主任|部长|局长|常委|政委|政治委员|司令员|参谋长|检察长|院长|庭长|主席|厅长|处长';
/**
 * A leaders' list whose posts all belong to the person its last element names (`责任领导：县委常委、副县长 何建平`,
 * `县委常委、县纪委书记、县监委主任 李振华`: probe 126, one leader split into two or three): one leader, the posts joined
 * with `、` as written. Posts without a name after the last (`县委常委、县委办主任`) stay apart.
 */
function onePersonsPosts(list: string[]): string[] {
  if (list.length < 2) return list;
  const last = fold(list[list.length - 1]);
  const named = NAMED_POST.exec(last);
  if (!named || !list.slice(0, -1).every((p) => POST_ONLY.test(fold(p)))) return list;
  return [list.join('、')];
}
/** A post and a person's name after it (`副县长何建平`, `县监委主任李振华`). */
const NAMED_POST = new RegExp(`(?:${GOVERNMENT_POSTS}|常委|委员)[\u4e00-\u9fff]{2,3}$`);
/** A post alone (`县委常委`, `县纪委书记`, `副县长`). */
const POST_ONLY = new RegExp(`(?:常务副|副)?(?:${GOVERNMENT_POSTS}|常委|委员)$`);

/**
 * A person or a post (`县委常委`, `组织部部长`, `分管副县长`: probe 25), or a post and a person's name after it
 * (`县委副书记陈某某`, `县长赵某某`: probe 42, a 党委 plan), never a unit. A body named after a post (`市长热线办`) is one.
 */
/** Whether a name is a person or a post ({@link PERSON}), matched on its folded text. */
export const isPerson: (name: string) => boolean = memoize((name) => PERSON.test(fold(name)));
// A post ends the name (`县委班子成员`, `各股室负责人`); a name may follow a government post or a chief's
// (`湖长唐志刚`), never the head of an office (`中国银行长沙分行` is a bank's branch, not a 行长).
const PERSON = new RegExp(`(?:常务副|副)?(?:${GOVERNMENT_POSTS}|同志|领导|${CHIEFS}|${HEADS})$|(?:${GOVERNMENT_POSTS}|${CHIEFS})(?:[\\u4e00-\\u9fff]某某|[\\u4e00-\\u9fff]{1,3}(?<![局委办厅部院会心府司处科股馆站所队线组室行店场园]))$`);

/**
 * Finds the responsibility markers of one paragraph (matrix-format.md "Roles"): bracket groups opening with a
 * label (`〔牵头单位：…；责任单位：…〕` in 〔〕【】［］（）() and closed by any closer: the seed closes `〔` with `]`),
 * labelled lines (`牵头单位：…` to the paragraph's end), the item-final inline phrase `（X牵头，Y配合）`, and the
 * sentence `由X会同Y负责`. Role words in prose (`各牵头单位要…`, `主要负责同志`) are not markers.
 * @param text the paragraph as written (traditional characters are matched through {@link fold}).
 */
export function scanMarkers(text: string, context: MarkerContext): MarkerScan {
  const folded = foldLabels(text);
  const groups: MarkerGroup[] = [];
  const diagnostics: ParagraphDiagnostic[] = [];
  const spans: Array<[number, number]> = [];

  // 1. Labels: inside a bracket that opens with one, or running to the end of the paragraph.
  // The furthest end of a span so far: a label after it stands in none (the scan moves on past each span it reads,
  // and a check of every span made a paragraph of thousands of brackets quadratic).
  let spanEnd = 0;
  // The first bracket group at or after a place, kept: the answer for a later place until it is passed (a paragraph of
  // thousands of labelled sentences would search its rest again at each).
  let bracket: { from: number; at: number | undefined } | undefined;
  const bracketAfter = (from: number): number | undefined => {
    if (!bracket || bracket.from > from || (bracket.at !== undefined && bracket.at < from)) bracket = { from, at: bracketGroupAfter(folded, from, context.inBlock) };
    return bracket.at;
  };
  for (let m = nextLabel(folded, 0); m; m = nextLabel(folded, LABEL_RE.lastIndex)) {
    if (m.index < spanEnd && spans.some(([s, e]) => m!.index >= s && m!.index < e)) continue;
    if (!labelStandsAt(folded, m, context.inBlock)) continue;
    if (context.organisers && m[2].startsWith('承办')) {
      diagnostics.push({ ruleId: 'ignored-marker', severity: 'info', offset: m.index, message: { en: `\`${m[0]}\` under \`主办单位\` names an event's host, not a responsible unit`, zh: `“主办单位”之下的“${m[0]}”是活动的承办方，不是责任单位` } });
      continue;
    }
    const open = openerBefore(folded, m.index);
    let start: number;
    let end: number;
    let bodyEnd: number;
    let kind: MarkerGroup['kind'];
    if (open >= 0) {
      const close = findClose(folded, open);
      start = open;
      kind = 'bracket';
      if (close < 0) {
        end = bodyEnd = text.length;
        diagnostics.push({ ruleId: 'unclosed-bracket', severity: 'error', offset: open, message: { en: `Unclosed bracket \`${text[open]}\`: the units up to the paragraph's end were read; check where it should close`, zh: `括号“${text[open]}”没有闭合：已读到段末的单位，请核对括号应在何处结束` } });
      } else {
        end = close + 1;
        bodyEnd = close;
        const want = MARKER_BRACKETS[text[open]];
        if (text[close] !== want) {
          diagnostics.push({ ruleId: 'mismatched-closer', severity: 'warning', offset: close, message: { en: `\`${text[open]}\` is closed by \`${text[close]}\`; read as \`${want}\``, zh: `“${text[open]}”由“${text[close]}”闭合，已按“${want}”读取` } });
        }
      }
    } else {
      // A bracketed label (`【牵头单位】`) starts at its bracket, a qualified one (`其他责任单位：`) at its qualifier: what
      // foldLabels blanked.
      start = m.index;
      while (start > 0 && folded[start - 1] === ' ' && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
      // To the paragraph's end, or to a bracket that opens with a label after it (`牵头单位：X；完成时限：…。建设站点〔牵头单位：
      // Y；配合单位：Z〕。`: a group of its own; its labels had run into this one's, its closer into a name: a fresh user's).
      end = bodyEnd = bracketAfter(LABEL_RE.lastIndex) ?? text.length;
      kind = 'lines';
      // A label after inline clauses in one bracket (`（市城管局负责；完成时限：2023年三季度）`): the bracket is the
      // group, its clauses read like the inline form, its labels as labels.
      const enclosing = openerEnclosing(folded, m.index);
      const close = enclosing >= 0 ? findClose(folded, enclosing) : -1;
      if (close > m.index) {
        const lead = newGroup('bracket', enclosing, close + 1);
        const clauses = readClauses(text, folded, enclosing + 1, m.index, lead, diagnostics);
        if (clauses.found && !clauses.tail) {
          const labelled = readLabelled(text, folded, m.index, close, 'bracket', enclosing, close + 1, context, diagnostics);
          for (const role of ['lead', 'responsible', 'support', 'leaders'] as const) for (const unit of labelled[role]) lead[role].push(unit);
          lead.deadline = labelled.deadline;
          groups.push(lead);
          spans.push([enclosing, close + 1]);
          spanEnd = Math.max(spanEnd, close + 1);
          LABEL_RE.lastIndex = close + 1;
          continue;
        }
        bodyEnd = close;
      }
    }
    const group = readLabelled(text, folded, m.index, bodyEnd, kind, start, end, context, diagnostics);
    groups.push(group);
    // (Labelled lines may end before `end`: at the full stop of their last value, prose after it.)
    spans.push([start, group.end]);
    spanEnd = Math.max(spanEnd, group.end);
    LABEL_RE.lastIndex = group.end;
  }

  // A time in a bracket of its own right after a bracket of labels (`（牵头单位：…）（2023年底前）`) is that bracket's deadline.
  const time = trailingTime(text, folded);
  const labelled = time ? groups.find((g) => g.kind === 'bracket' && g.end === time.after) : undefined;
  if (time && labelled && !spans.some(([s, e]) => time.open < e && time.end > s)) {
    labelled.deadline ??= time.text;
    spans.push([time.open, time.end]);
    labelled.end = time.end;
  }
  // 2. The item-final inline phrase: （X牵头，Y配合） / （X负责）.
  if (!groups.some((g) => g.kind === 'bracket' && g.end >= endBeforeTrailingPunctuation(text))) {
    let inline = time ? readInlineBefore(text, folded, time, diagnostics, context.planLevel) : readInline(text, folded, diagnostics, context.planLevel, context.numbered === true);
    // The phrase's bracket left open at the paragraph's end (`…摸清底数（县应急局牵头，县公安局配合`: a fresh user's, whose
    // units were lost and `check` said no problems): read as closed there, and said, as a label's open bracket is.
    const open = inline || time ? -1 : unclosedPhrase(folded);
    if (open >= 0) {
      const closedTime = trailingTime(`${text}）`, `${folded}）`);
      inline = closedTime ? readInlineBefore(`${text}）`, `${folded}）`, closedTime, diagnostics, context.planLevel) : readInline(`${text}）`, `${folded}）`, diagnostics, context.planLevel);
      if (inline) {
        inline.end = Math.min(inline.end, text.length);
        diagnostics.push({ ruleId: 'unclosed-bracket', severity: 'error', offset: open, message: { en: `Unclosed bracket \`${text[open]}\`: the units up to the paragraph's end were read; check where it should close`, zh: `括号“${text[open]}”没有闭合：已读到段末的单位，请核对括号应在何处结束` } });
      }
    }
    if (inline && !spans.some(([s, e]) => inline.start < e && inline.end > s)) {
      groups.push(inline);
      spans.push([inline.start, inline.end]);
    }
    // …or after a dash closing a numbered line (`（一）扎实推进农村厕所革命——县农业农村局`, probe 90).
    const dashed = !inline && context.numbered === true && folded.includes('——') ? readDashTail(text, folded, diagnostics) : null;
    if (dashed && !spans.some(([s, e]) => dashed.start < e && dashed.end > s)) {
      groups.push(dashed);
      spans.push([dashed.start, dashed.end]);
    }
  }

  // The same phrase closing a sentence or clause inside the paragraph (`…森林乡村。（县林业局负责）开展…`, `一是…（市委
  // 人才办负责）；二是…`; probes 22, 24, 25): the item's units too, with those at its end.
  // (Only when a bracket closes before the paragraph's end: most paragraphs end in their only one.)
  if (context.numbered !== undefined && closesInside(folded) && (folded.includes('牵头') || folded.includes('配合') || folded.includes('负责'))) readInnerPhrases(text, folded, groups, spans, diagnostics);

  // 3. The sentence 由X会同Y负责 (prose stays in the text).
  // Not 负责人 or 负责同志 (`由督导室会同基础教育股对学校负责人进行约谈` is prose: probe 35). (`本预案由X会同Y负责解释`
  // is the contract's form to the letter, and read: probe 25's gold; probe 44's would not have it.)
  const sentence = /由([^，,。；;由]{2,40}?)会同([^。；;]{2,80}?)负责(?![人同])/g;
  for (let m = folded.includes('会同') ? sentence.exec(folded) : null; m; m = sentence.exec(folded)) {
    if (spans.some(([s, e]) => m!.index >= s && m!.index < e)) continue;
    const x = text.substr(m.index + 1, m[1].length);
    const y = text.substr(m.index + 1 + m[1].length + 2, m[2].length);
    const group = newGroup('sentence', m.index, m.index);
    readHuitong(x, y, group);
    // Helpers named after it in the same sentence (`由城建办会同城管中队负责，各社区配合。`: probe 156, whose 各社区 had
    // been lost in silence).
    const next = /^[\s\u3000]*[，,]([^。；;，,]*)/.exec(folded.slice(m.index + m[0].length));
    const help = next ? HELP_CLAUSE.exec(next[1]) : null;
    if (help) {
      const at = m.index + m[0].length + next![0].length - next![1].length + help[0].indexOf(help[1]);
      const helpers = splitUnits(text.substr(at, help[1].length)).units;
      if (helpers.length && helpers.every(isBody)) append(group.support, helpers);
    }
    groups.push(group);
  }

  // 4. The sentence `由X牵头，Y、Z配合。` or `由X负责。` (`此项工作由X牵头…`, probes 22, 25 and 41), when nothing else marks
  // the paragraph but such sentences: run-in items may word one clause `由X会同Y负责` and the others `由Z负责` (probe 96:
  // `一是…，由县委组织部负责；二是…，由县发改局会同县统计局负责。` had lost 县委组织部).
  // A time limit labelled after them (`…。由县农业农村局负责。完成时限：2025年11月底前。`) names no unit: the sentences are
  // still read (a fresh user's: the units had been lost, with an error that blamed the item above).
  if (groups.every((g) => g.kind === 'sentence' || namesNoUnit(g)) && (folded.includes('牵头') || folded.includes('负责') || folded.includes('主办') || folded.includes('主抓') || folded.includes('负总责'))) readLeadSentences(text, folded, context, groups, spans, diagnostics);

  // 5. A 纪要's assignment with the work between who leads and who helps, on a numbered item that names no one else.
  // …or in a paragraph of the item under its heading line (a 纪要's `四、关于森林防灭火工作` ⏎ `…。责成县应急管理局牵头，县林业局
  // 配合，立即开展…`: probe 153, where three of seven decisions had been lost in silence), where what it names must be
  // shared out (someone helps, or a body is asked to lead).
  if (context.numbered !== undefined && groups.length === 0 && (folded.includes('牵头') || folded.includes('负责'))) readWorkSentences(text, folded, groups);

  if (groups.length > 1) groups.sort((a, b) => a.start - b.start);
  // The groups outlive the paragraph (in its item's chunks): exact-size lists, without the room push leaves.
  for (const g of groups) {
    if (g.lead.length) g.lead = g.lead.slice();
    if (g.responsible.length) g.responsible = g.responsible.slice();
    if (g.support.length) g.support = g.support.slice();
    if (g.leaders.length) g.leaders = g.leaders.slice();
  }
  return { groups: groups.length ? groups.slice() : groups, text: removeSpans(text, spans), diagnostics, folded };
}

/** Whether a marker group names no unit and no leader: a time limit alone (`完成时限：2025年11月底前`). */
const namesNoUnit = (g: MarkerGroup) => g.lead.length + g.responsible.length + g.support.length + g.leaders.length === 0;

/**
 * The sentences `由X牵头[，Y配合][，<time>]` / `由X负责` that name who acts and nothing more but a time (prose stays in
 * the text, as for 由X会同Y负责; the time is no deadline: matrix-format.md "Deadlines" takes them from markers only):
 * - on an item's numbered line, its last sentence or clause, and each clause a `；` closes (`一是加快易涝点改造，由县住建局
 *   负责；二是…，由县公安局交警大队负责。`, a 纪要's run-in items: probe 41);
 * - a paragraph that is nothing but such a sentence (`由县发改局牵头，县财政局、县卫健局配合。` under an item, probe 41),
 *   anywhere in the plan: a marker line, taken out of the text like a labelled one;
 * - in any paragraph of the plan, a last sentence that leads and names support (`由X牵头，Y配合，…`), and the clauses of
 *   run-in items (`一是…，由X负责；二是…，由Y负责。`).
 * Only bodies' names (see {@link allBodies}); after a comma only `由X牵头`, `由X负责，Y配合` or a bare `由X负责`
 * (`…，由县政府负责组织实施。` closes many a sentence of prose).
 */
function readLeadSentences(text: string, folded: string, context: MarkerContext, groups: MarkerGroup[], spans: Array<[number, number]>, diagnostics: ParagraphDiagnostic[]): void {
  const runIn = folded.includes('一是') && folded.includes('二是');
  const huitong = groups.slice();
  /** Whether a sentence of the paragraph has shared the work out (`由X牵头，Y配合，…` read). */
  let sharing = false;
  let start = 0;
  while (start < folded.length) {
    let end = start;
    while (end < folded.length && folded[end] !== '；' && folded[end] !== ';' && folded[end] !== '。') end++;
    if (end < folded.length) end++;
    // (A clause read as 由X会同Y负责 above is not read again; the parts of its sentence before it may name others.)
    const beside = huitong.find((g) => g.start >= start && g.start < end);
    if (beside) readBesideHuitong(text, folded, start, beside.start, groups, diagnostics);
    const m = beside ? null : LEAD_SENTENCE.exec(folded.slice(start, end));
    const whole = m !== null && start === 0 && m.index === 0 && !/^[\s\u3000]*[（(]?[一二三四五六七八九十\d]/.test(m[0]) && end === folded.length;
    const afterComma = m !== null && (m[0][0] === '，' || m[0][0] === ',');
    // Elsewhere in the plan, a sentence that leads and names support (`…。由县应急管理局牵头，各成员单位配合，4月底前组织
    // 开展…`), or the clauses of run-in items (`一是…，由X负责；二是…，由Y负责`): a 纪要's assignments (probe 41).
    // (`由X负责，Y配合，…` gives the work out as `由X牵头，Y配合` does: a 纪要's, probe 110.)
    const strong = m !== null && /牵头|主办|负责/.test(m[0]) && /配合|协助|参与|会办/.test(m[0]);
    // After such a sentence in the same paragraph, the next `由X负责，<work>` shares the work out too (a 纪要's item:
    // `…。由区住建局牵头，区自然资源局配合，…。由区城管执法局负责，加强占道停车整治…。`, a second fresh user's, whose
    // 区城管执法局 had been lost in silence).
    const after = m !== null && sharing && /^[。；;]?[\s\u3000]*由/.test(m[0]);
    if (m && (context.numbered || context.underHeading || whole || strong || runIn || after) && (!afterComma || /牵头|配合|协助|主办|会办/.test(m[0]) || /由[^。；;，,]+负责[。；;\s\u3000]*$/.test(m[0]))) {
      const from = start + m.index + m[0].indexOf('由');
      const to = start + m.index + m[0].length - m[1].length;
      const group = newGroup('sentence', from, from);
      const clauses = readClauses(text, folded, from, to, group, diagnostics);
      // What follows the names is a time, or the work itself when the sentence leads and names support (`由X牵头，Y配合，
      // 4月底前组织开展一次防汛应急演练`); `由县政府负责组织实施` stays prose.
      // In an item's own paragraph, a clause of another body after the names (`由各县（市、区）人民政府负责，市交通运输局加强
      // 督促指导。`, probe 50) leaves them theirs; what X goes on to do (`由县政府牵头，建立联席会议制度`) is prose.
      const tail = !clauses.tail || isTimePhrase(clauses.tail) || (group.lead.length + group.responsible.length > 0 && (group.support.length > 0 || after)) || (context.numbered === true && clauses.apart && BODY_FIRST.test(fold(clauses.tail)));
      if (clauses.found && tail && group.lead.length + group.responsible.length && allBodies(group)) {
        if (strong && group.support.length > 0) sharing = true;
        groups.push(group);
        if (whole && (!clauses.tail || isTimePhrase(clauses.tail))) spans.push([0, folded.length]);
      }
    } else if (!m && (end === folded.length || timeAlone(folded.slice(end)) || onlyTimeLabelled(folded, end, groups)) && (context.numbered === true || context.underHeading === true ? start > 0 && folded[start - 1] === '。' : start === 0)) {
      // The last sentence of a numbered item that is nothing but who acts, without 由 (`…保障用地需求。区自然资源局牵头，区发改
      // 局配合。`, `…。县住建局负责。`, `…。县委组织部为牵头单位，县人社局为配合单位。`: fresh users', lost in silence), or a
      // paragraph that is only such a sentence (`县司法局、县法院按各自职责负责。` under an item: a marker line): read as
      // `由X牵头，Y配合` is, bodies' names only and nothing after them.
      let from = start;
      while (from < end && isWhiteSpace(folded.charCodeAt(from))) from++;
      let to = end;
      while (to > from && (isWhiteSpace(folded.charCodeAt(to - 1)) || '。；;'.includes(folded[to - 1]))) to--;
      // A time closing the sentence (`县税务局牵头，县财政局配合，2024年6月底前完成。`) is no deadline, as in a 由 sentence:
      // matrix-format.md "Deadlines" takes them from markers only; it stays in the text (a fresh user's: the task had
      // been lost in silence).
      const comma = Math.max(folded.lastIndexOf('，', to), folded.lastIndexOf(',', to));
      const timed = comma > from && isTimePhrase(trimPunct(folded.slice(comma + 1, to)));
      const names = timed ? comma : to;
      // (Each clause names and a role verb, nothing else: `各乡镇、各部门要认真落实…，主要负责同志要亲自…` is prose, probe 57.)
      if (names - from >= 4 && names - from <= 120 && folded.slice(from, names).split(/[，,]/).every((c) => BARE_CLAUSE.test(c) || OVERSIGHT.test(c))) {
        const group = newGroup('sentence', from, from);
        const found: ParagraphDiagnostic[] = [];
        const clauses = readClauses(text, folded, from, names, group, found);
        if (clauses.found && !clauses.tail && group.lead.length + group.responsible.length && allBodies(group)) {
          groups.push(group);
          for (const d of found) diagnostics.push(d);
          if (start === 0 && !timed && end === folded.length) spans.push([0, folded.length]);
        }
      }
    }
    start = end;
  }
}

/**
 * A sentence of a 纪要's numbered item that gives the work to a body, its work between the body and those who help:
 * `由县财政局负责落实经费保障，县林业局配合。`, `请县林业局牵头，县公安局配合，开展专项整治。`, `责成县林业局牵头开展专项整治。`
 * (a fresh user's 纪要, whose items had given no task and no finding). `由`, `请` or `责成`, bodies' names only, then 牵头
 * (lead) or 负责 (responsible); a clause of names and 配合 / 协助 / 参与 after it names the support; the rest is the work,
 * which stays in the text. After 由, only with those who help.
 */
function readWorkSentences(text: string, folded: string, groups: MarkerGroup[]): void {
  const runIn = folded.includes('一是') && folded.includes('二是');
  let start = 0;
  while (start < folded.length) {
    let end = start;
    while (end < folded.length && folded[end] !== '。' && folded[end] !== '；' && folded[end] !== ';') end++;
    const m = WORK_SENTENCE.exec(folded.slice(start, end));
    if (m) {
      const at = start + m.index + m[0].length - m[2].length - m[3].length - m[4].length;
      const names = splitUnits(text.substr(at, m[2].length)).units;
      const group = newGroup('sentence', at, at);
      if (m[3] === '牵头') group.lead = names;
      else group.responsible = names;
      let clause = start + m.index + m[0].length - m[4].length;
      for (const part of m[4].split(/[，,]/)) {
        const help = HELP_CLAUSE.exec(part);
        if (help) append(group.support, splitUnits(text.substr(clause + (part.length - part.trimStart().length), help[1].length)).units);
        clause += part.length + 1;
      }
      // (With those who help; or asked to lead, `请X牵头…`, `责成X牵头…`. `由县政府负责组织实施`, `由县政府牵头，建立联席会议
      // 制度` alone stay prose: probe 22.)
      // (`请X负责<work>` too, in a run of `一是…；二是…` decisions: probe 153.)
      if (names.length && (group.support.length || (m[1] !== '由' && (group.lead.length || runIn))) && allBodies(group)) groups.push(group);
    }
    start = end + 1;
  }
}
/** The head of such a sentence: an item's number, a lead-in, 由 / 请 / 责成 (1), the names (2), 牵头 or 负责 (3), and the rest (4). */
const WORK_SENTENCE = /^[\s\u3000]*(?:(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十\d]{1,3}[、.．])[\s\u3000]*)?(?:会议(?:同意|要求|决定|明确|议定|指出|强调)[，,：:]?)?(?:[一二三四五六七八九十]是)?(由|请|责成)([^。；;，,由请]{2,40}?)(牵头|负责)(?![人同])([^。；;]{0,120})$/;
/**
 * A clause of names and a helper's verb (`县公安局、县应急管理局配合`), or with the help it gives after it (`…、浯溪街道办事处
 * 配合做好相关工作`: probe 153, whose helpers had been lost): the names (1).
 */
const HELP_CLAUSE = /^[\s\u3000]*([^。；;，,：:]{2,60}?)(?:积极|密切)?(?:配合|协助|参与)(?:做好|抓好|开展|落实|推进|完成)?[^。；;，,：:]{0,20}?[\s\u3000]*$/;
/** The places or bodies concerned, as a collective opens (`涉及的县（市、区）政府`, `有关的部门`). */
const CONCERNED = /^(?:涉及|相关|有关)的/;
/** What opens a clause of who acts and is no part of the names: `由`, or a body asked (`请`, `责成`). */
const LEAD_IN_ASK = /^[\s\u3000，,；;]*(?:由|请|责成)/;

/**
 * The parts of a sentence before its `由Y会同Z负责` clause, between commas, that each give a part of the work to a body
 * with `由X负责` (`苗木调运由县林业局负责，造林用水由县水务局会同各乡镇人民政府负责协调解决。`, probe 98: X had been lost): read as
 * that clause is, with a short topic before 由 and nothing after 负责. Alone, `日常工作由县住建局负责。` stays prose (probe
 * 25); beside a 会同 clause, the sentence shares the work out.
 */
function readBesideHuitong(text: string, folded: string, from: number, to: number, groups: MarkerGroup[], diagnostics: ParagraphDiagnostic[]): void {
  let at = from;
  while (at < to) {
    let next = at;
    while (next < to && folded[next] !== '，' && folded[next] !== ',') next++;
    const part = BESIDE_HUITONG.exec(folded.slice(at, next));
    if (part && next < to) {
      const by = at + part.index + part[0].indexOf('由');
      const group = newGroup('sentence', by, by);
      const found: ParagraphDiagnostic[] = [];
      const clauses = readClauses(text, folded, by, at + part.index + part[0].length, group, found);
      if (clauses.found && !clauses.tail && group.responsible.length && allBodies(group)) {
        groups.push(group);
        for (const d of found) diagnostics.push(d);
      }
    }
    at = next + 1;
  }
}
/** A part of a sentence `<topic>由X负责`: a topic of at most 12 characters, no more after 负责. */
const BESIDE_HUITONG = /^[\s\u3000]*[^由。；;：:（()）]{0,12}由[^由]{2,40}?负责$/;

/** Whether a text is one sentence of a time alone (`2024年6月底前。`), after the sentence that names who acts. */
/**
 * Whether all that follows `end` in a paragraph is marker groups that name no unit (`完成时限：2025年12月底前。` after
 * `县教育局牵头，县财政局配合。`), and white space or stops between and after them.
 */
function onlyTimeLabelled(folded: string, end: number, groups: MarkerGroup[]): boolean {
  let at = end;
  for (const g of groups) {
    if (g.kind === 'sentence' || g.end <= end) continue;
    if (g.start < end || !namesNoUnit(g) || trimPunct(folded.slice(at, g.start)) !== '') return false;
    at = g.end;
  }
  return at > end && trimPunct(folded.slice(at)) === '';
}

function timeAlone(rest: string): boolean {
  const t = trimPunct(rest);
  return t !== '' && !/[。；;]/.test(t) && isTimePhrase(t);
}

function readLabelled(
  text: string,
  folded: string,
  from: number,
  to: number,
  kind: MarkerGroup['kind'],
  start: number,
  end: number,
  context: MarkerContext,
  diagnostics: ParagraphDiagnostic[],
): MarkerGroup {
  const group = newGroup(kind, start, end);
  const re = LABELS_IN_GROUP;
  re.lastIndex = from;
  const hits: Array<{ at: number; after: number; prefix: string; label: string }> = [];
  // A person named in brackets after a unit (`镇农业综合服务中心（责任人：张伟）、各村（社区）`, probe 40): the person is
  // a leader, and the brackets are cut out of the list, which goes on after them.
  const notes: Array<[number, number]> = [];
  for (let m = re.exec(folded); m && m.index < to; m = re.exec(folded)) {
    if (!labelStandsAt(folded, m, context.inBlock)) continue;
    const opener = m.index - 1;
    if (hits.length && labelKind(m[2]) === 'leaders' && (folded[opener] === '（' || folded[opener] === '(')) {
      const close = findClose(folded, opener);
      if (close > 0 && close < to) {
        append(group.leaders, splitUnits(text.slice(m.index + m[0].length, close)).units);
        notes.push([opener, close + 1]);
        re.lastIndex = close + 1;
        continue;
      }
    }
    hits.push({ at: m.index, after: m.index + m[0].length, prefix: m[1] ?? '', label: m[2] });
  }
  hits.forEach((hit, i) => {
    let valueEnd = i + 1 < hits.length ? hits[i + 1].at : to;
    // The last value of labelled lines ends at a full stop with prose after it (`完成时限：2024年5月31日前。建设站点`): the
    // prose stays in the item's text (matrix-format.md "Unit names": text after a `。` is no name, nor a time's).
    if (kind === 'lines' && i === hits.length - 1) {
      const stop = folded.indexOf('。', hit.after);
      if (stop >= 0 && stop < valueEnd && /[^\s\u3000。；;]/.test(folded.slice(stop + 1, valueEnd))) {
        valueEnd = stop;
        group.end = stop + 1;
      }
    }
    // Up to the next label, without the white space before it (a bracketed label `【配合单位】` folds to ` 配合单位：`),
    // nor a pipe set between the two (`**牵头单位**：区发展改革局 | **责任单位**：…`, an AI assistant's line: probe 93).
    while (valueEnd > hit.after && /[\s\u3000|｜]/.test(folded[valueEnd - 1])) valueEnd--;
    const value = notes.length ? withoutNotes(text, hit.after, valueEnd, notes) : text.slice(hit.after, valueEnd);
    const labelKindOf = labelKind(hit.label);
    if (hit.prefix && isOtherLevel(hit.prefix, context.planLevel)) {
      diagnostics.push({ ruleId: 'ignored-marker', severity: 'info', offset: hit.at, message: otherLevel(text.slice(hit.at, hit.after)) });
      return;
    }
    if (labelKindOf === 'deadline') {
      group.deadline = trimPunct(value) || null;
      return;
    }
    if (labelKindOf === 'leaders') {
      // A time after the names (`责任人：王磊；每月5日前`, `包片领导：王涛，3月底前完成`: probe 156, where it had become a
      // leader) is the group's deadline.
      const named = splitUnits(value).units.filter((u) => !(isTimePhrase(u) && (group.deadline ??= u)));
      append(group.leaders, onePersonsPosts(named));
      return;
    }
    if (labelKindOf === 'oversight') {
      diagnostics.push({ ruleId: 'ignored-marker', severity: 'info', offset: hit.at, message: { en: `\`${text.slice(hit.at, hit.after)}\` names who oversees the task, not a unit of it`, zh: `“${text.slice(hit.at, hit.after)}”指的是督办单位，不是任务的承担单位` } });
      return;
    }
    // A labelled list written with inline verbs (`责任单位：县发改局牵头，县财政局配合`; `配合单位：市规划局，各县（市、区）人民
    // 政府负责落实`, probe 72) reads as those clauses.
    const valueFolded = folded.slice(hit.after, valueEnd);
    const verb = /牵头|配合|协助|参与|协办|主办|会办/.test(valueFolded) || (valueFolded.includes('负责') && !valueFolded.includes('。') && !BY_DUTIES_IN.test(valueFolded)) ? HAS_INLINE_VERB.exec(valueFolded) : null;
    if (verb) {
      // Names before a comma with no verb of their own are the label's (`责任单位：县公安局、县司法局，各乡镇人民政府配合`,
      // probe 30); the clauses start after it.
      const comma = Math.max(valueFolded.lastIndexOf('，', verb.index), valueFolded.lastIndexOf(',', verb.index));
      const from = hit.after + (comma > 0 ? comma + 1 : 0);
      if (comma > 0) append(group[labelKindOf], splitUnits(text.slice(hit.after, hit.after + comma)).units);
      const clauses = readClauses(text, folded, from, valueEnd, group, diagnostics);
      if (clauses.found) {
        const rest = clauses.tail ? splitUnits(clauses.tail) : { units: [], dropped: null };
        if (rest.units.length && isTimePhrase(rest.units[rest.units.length - 1])) group.deadline = rest.units.pop()!;
        append(group[labelKindOf], rest.units);
        return;
      }
    }
    const list = splitUnits(value);
    let units = list.units;
    // A body that oversees (`县政府督查室督导` in a 牵头单位 list: a new user's notice) is no unit, as in a phrase.
    units = units.filter((u) => !oversees(u, () => hit.after + Math.max(0, value.indexOf(u)), diagnostics));
    // A person or a post after a role label (`牵头单位：局党组书记`, `责任部门：各股室负责人`: probe 64) is one of the
    // task's leaders, never a unit.
    const people = units.filter(isPerson);
    if (people.length) {
      append(group.leaders, people);
      units = units.filter((u) => !people.includes(u));
    }
    // Time phrases closing the bracket are its deadline (b12: `…，6月底完成）`; `…，2024年10月底前完成方案制定，
    // 12月底前启动实施` is one deadline of two clauses).
    let timed = units.length;
    while (timed > 0 && isTimePhrase(units[timed - 1])) timed--;
    if (timed < units.length) {
      // As written, from its first clause on (`6月底前启动、年底前完成` keeps its `、`).
      const at = value.lastIndexOf(units[timed]);
      const written = at >= 0 ? trimPunct(value.slice(at).split('。')[0]) : '';
      group.deadline = written && units.slice(timed + 1).every((u) => written.includes(u)) ? written : units.slice(timed).join('，');
      units = units.slice(0, timed);
    } else if (list.dropped && isTimePhrase(list.dropped)) {
      group.deadline = trimPunct(list.dropped);
    } else if (list.dropped && leadMarkOf(list.dropped) === null) {
      diagnostics.push({ ruleId: 'list-tail', severity: 'info', offset: valueEnd - 1, message: { en: `\`${list.dropped}\` ends the list of \`${hit.label}\` and is not read as a unit`, zh: `“${list.dropped}”位于“${hit.label}”名单末尾，不是单位名称，未读入` } });
    }
    if (!units.length) {
      diagnostics.push({ ruleId: 'empty-unit-list', severity: 'warning', offset: hit.at, message: { en: `\`${hit.label}\` names no unit`, zh: `“${hit.label}”后没有单位` } });
    }
    append(group[labelKindOf], units);
  });
  return group;
}

/** `text[from, to)` without the ranges of `notes` inside it. */
function withoutNotes(text: string, from: number, to: number, notes: Array<[number, number]>): string {
  let out = '';
  let at = from;
  for (const [s, e] of notes) {
    if (s < from || e > to) continue;
    out += text.slice(at, s);
    at = e;
  }
  return out + text.slice(at, to);
}

/** The finding for a label naming another level of government (`省牵头单位：` in a city's plan, b09). */
export function otherLevel(label: string): Bilingual {
  return { en: `\`${label}\` names another level of government: context, not a role of this plan`, zh: `“${label}”属于另一级政府，仅作背景，不是本方案的分工` };
}

/** The opener of the bracket a label stands at the start of (white space between allowed), or -1. */
export function openerBefore(folded: string, at: number): number {
  let i = at - 1;
  while (i >= 0 && /[\s\u3000]/.test(folded[i])) i--;
  return i >= 0 && folded[i] in MARKER_BRACKETS ? i : -1;
}

/**
 * The opener of the first marker bracket at or after `from` that opens with a label standing there (a bracket group
 * of {@link scanMarkers}), or undefined.
 */
function bracketGroupAfter(folded: string, from: number, inBlock: boolean | undefined): number | undefined {
  const re = LABELS_AFTER;
  for (let m = nextLabel(folded, from, re); m; m = nextLabel(folded, re.lastIndex, re)) {
    const open = openerBefore(folded, m.index);
    // (Not a person in brackets after a unit, `镇农业综合服务中心（责任人：张伟）、各村（社区）`: the list goes on after it,
    // probe 40.)
    if (open >= from && labelStandsAt(folded, m, inBlock) && labelKind(m[2]) !== 'leaders') return open;
  }
  return undefined;
}
/** {@link LABEL_RE} for {@link bracketGroupAfter} (its own lastIndex: scanMarkers' scan is under way). */
const LABELS_AFTER = new RegExp(LABEL_RE.source, 'g');

/** The opener of the innermost bracket still open at `at` (a label inside it, not at its start), or -1. */
function openerEnclosing(folded: string, at: number): number {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    const step = BRACKET_STEP[folded.charCodeAt(i)];
    if (step === -1) depth++;
    else if (step === 1) {
      if (depth === 0) return folded[i] in MARKER_BRACKETS ? i : -1;
      depth--;
    }
  }
  return -1;
}

/** The closer matching the opener at `open`, counting nested brackets of any kind; -1 when unclosed. */
export function findClose(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const step = BRACKET_STEP[s.charCodeAt(i)];
    if (step === 1) depth++;
    else if (step === -1) {
      depth--;
      if (depth === 0) return BRACKET_CLOSE.includes(s[i]) ? i : -1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

/**
 * Whether every unit of a group names a body as units are written ({@link BODY_NAME}) or a collective of places
 * (`各乡镇（街道）`, `各县（市、区）人民政府`): what a phrase read outside a bracket's labels must name.
 */
function allBodies(group: MarkerGroup): boolean {
  for (const role of ['lead', 'responsible', 'support'] as const) {
    for (const unit of group[role]) if (!isBody(unit)) return false;
  }
  return true;
}

/** Lead marks before or after a name (`☆区自然资源局`, `区发改局★`). */
const MARKS_AROUND = new RegExp(`^[${LEAD_MARKS}]+|[${LEAD_MARKS}]+$`, 'g');

/** Whether a name carries a lead's mark ({@link LEAD_MARKS}) before or after it (`☆经信局`, `经信局☆`). */
export function hasLeadMark(name: string): boolean {
  return name.length > 0 && (LEAD_MARKS.includes(name[0]) || LEAD_MARKS.includes(name[name.length - 1]));
}

/** A name without the lead marks before and after it. */
export function withoutLeadMarks(name: string): string {
  return name.replace(MARKS_AROUND, '');
}

/** The first character of a note rather than a name (as {@link BODY_NAME} excludes them; not 经 or 交: 经开区, 交通运输部). */
const NOT_A_NAME = /^[报由向在含设按请送抄此]/;

/** The last character of a body's name (`…局`, `…办公厅`, `…中心`): a bracket after it explains the name. */
const NAME_ENDING = /[局委办部厅会院心府司队所站处室社行馆团联组署科股]/;

/** A note on where a document goes, in brackets after a notice's text: `此件发至县级`, `发至二级分行`, `抄送…`. */
const SENT_TO = /^此|发至|报送|抄送|印发|转发/;

/**
 * Whether a name is a body's, as units are written: {@link BODY_NAME}, a collective of places, an agency named
 * without its place, a people's organisation or the departments of a level (`县工商联`, `县直有关单位`), a town.
 */
export function isBody(unit: string): boolean {
  // A body's other name in brackets after it (`省市场监管局（省知识产权局）`, probe 39) is no part of the test, nor the
  // mark of a lead under the note 标☆的为牵头单位 (`（☆区自然资源局、区发改局）`: a fresh user's, whose task had been lost
  // in silence).
  // (A character the file's bytes did not decode, U+FFFD, reported where it stands, stands for one of the name's: `县��计局`
  // had lost its whole bracket of names, a fresh user's.)
  const folded = fold(unit);
  const marked = folded.includes('\ufffd') ? folded.replace(/\ufffd/g, '某') : folded;
  const full = hasLeadMark(marked) ? withoutLeadMarks(marked) : marked;
  const f = full.endsWith('）') && !full.startsWith('各') ? full.replace(/（[^（）]*）$/, '') : full;
  // (Not a note that starts as a sentence does: `报市老龄办`, `含乡镇卫生院`, `设在市民政局`.)
  if (NOT_A_NAME.test(f)) return false;
  // (Nor who oversees, `市政府督查室督办`, `县林业局负责督办`: a fresh user's, read as a unit of that name in silence.)
  if (OVERSIGHT.test(f) || /负责|牵头|配合/.test(f)) return false;
  if (BODY_NAME.test(f) || PLACES.test(f) || AGENCY.test(f) || OTHER_BODY.test(f) || TOWN.test(f)) return true;
  // A name's other name or qualifier in brackets anywhere in it is no part of the test either (`各县（市、区）住建局`,
  // `各市（地）政府（行署）`: probes 144 and 146, whose brackets of names had been dropped in silence).
  const bare = f.includes('（') ? f.replace(/（[^（）]*）/g, '') : f;
  if (bare !== f && bare.length >= 2 && (BODY_NAME.test(bare) || PLACES.test(bare) || AGENCY.test(bare) || OTHER_BODY.test(bare))) return true;
  return MORE_BODIES.test(bare);
}

/**
 * Bodies a county's or a province's plan names in its brackets that the patterns above do not end with (probes 144,
 * 146: each had made its bracket or its `由…负责` sentence no marker, the units lost in silence): the bodies under a
 * department as a whole (`局属各单位`, `委属各单位`, `市直各学校`), institutions as a whole (`各学校`, `各幼儿园`,
 * `各医疗机构`, `各定点医疗机构`), a school by its short name (`县一中`), and a city or county named alone, as a province
 * names it (`长沙市`, `株洲市`, `湘潭市人民政府` sharing one ending), not `全市` or `本县`; a township's own (`温泉社区`,
 * `钱冲村`, `综合执法队`, `驻村工作队`, `中心校`, `镇人大`, `妇联`, `团工委`: probe 156, whose `由…负责` sentences naming them
 * had been dropped in silence), not `全村`.
 */
const MORE_BODIES = /^(?!.*(?:[由的对将把向要在为从让使你我]|负责|牵头|配合))(?:[\u4e00-\u9fff]{0,6}?各[\u4e00-\u9fff]{0,8}?(?:部门|单位|处室|科室|股室|学校|幼儿园|医院|卫生院|机构|学区|中小学|企业|公司)|[\u4e00-\u9fff]{1,4}?[一二三四五六七八九十]中|(?![这那本该全每其此各])[\u4e00-\u9fff]{2,6}?(?:市|县|州|盟|旗|自治州|自治县)|(?![这那本该全每其此各])[\u4e00-\u9fff]{2,6}?(?:社区|村|居委会|村委会|中心校|中心学校|工作队|执法队|中队)|(?:镇|乡|街道)?(?:人大|妇联|团委|团工委|工会|武装部|党委|党工委|残联|科协|关工委))$/;

/**
 * A people's organisation, a school, a cooperative or the departments of a level, named with its level
 * (`县科协`, `县妇联`, `县工商联`, `县残联`, `县供销社`, `县第一中学`, `县委党校`, `县直各部门`: units of a county's
 * 纪要, probe 41), which {@link BODY_NAME} does not end with; a township's too (`乡妇联`, `镇科协`, `镇中心学校`, `镇直各单位`:
 * probe 122, whose `由乡妇联负责` had been dropped in silence).
 */
const OTHER_BODY = /^(?![报由向在含设经按请交送抄此])[\u4e00-\u9fff]{0,6}?(?:省|自治区|市|州|盟|县|区|旗|乡|镇|街道)[\u4e00-\u9fff（）]{0,12}?(?:协|联|社|校|学|团|台|部门|单位)$/;
/** A town or a street named (`龙溪镇`, `石桥乡`, `城东街道`, `城关镇人民政府`: probe 41), not `这个乡` or `全镇`. */
const TOWN = /^(?![这那本该全每其此各])[\u4e00-\u9fff]{2,5}?(?:镇|乡|街道)(?:人民政府|政府|办事处|党委)?$/;
/**
 * A collective of places: `各乡镇`, `各乡镇（街道）`, `各县（市、区）人民政府`, `各乡、镇人民政府`, `各村（社区）`,
 * `各市、州、县人民政府` (probe 39); `有关县（市、区）`, `相关县区` (a bracket of bare names, probe 110: the task had been lost).
 */
const PLACES = /^(?:各|有关|相关)(?:[\u4e00-\u9fff]{0,4}?(?:乡镇|街道|县|区|市|州|盟|旗|镇|乡|村|社区)(?:（[^（）]*）)?、?)+(?:人民政府|政府|党委|党工委|办事处)?$/;
/**
 * A body named without its place, as the State Council names its own (`财政部`, `人民银行`, `金融监管总局`,
 * `中国证监会`, `工业和信息化部`, `人民银行某省分行`), or the bodies as a whole (`各有关部门`, `各地区各部门`): a short
 * name ending as a body of government's does, with no word of a sentence in it (probe 39); or a division of a
 * department as the department's own notice names it (`养老保险处`, `厅办公室`, `信息中心`, `政策法规科`: probe 108, a
 * 厅's 政务公开要点, whose `（养老保险处负责）` inside a sentence had been lost in silence). Not `物业公司` or `你公司`
 * (probe 28): a company is named with its place. A township's stations named alone (`派出所`, `财政所`, `白马派出所`,
 * `农业服务站`: probe 122), not a `场所`. A customs house (`成都海关`), a company registered as one (`中国铁路南昌局集团有限
 * 公司`), a national people's organisation (`全国工商联`), the armed police's and the army's local commands (`武警甘肃总队`,
 * `省军区`) and a ministry's 司 (`综合规划司`): a 分工方案's brackets of names alone, probe 124, where each had lost its item.
 * A university or a school named alone (`齐齐哈尔大学`: probe 135, whose bracket of names had been dropped), a company's
 * branch (`中国移动永嘉分公司`), the armed police's 大队 and 中队 (`武警永嘉中队`), and companies as a whole (`各通信运营企业`,
 * `各通信运营商`): probe 137, whose `由县气象局负责，县融媒体中心、各通信运营企业配合。` had been dropped whole, in silence.
 */
const AGENCY = /^(?!.*(?:[由的对将把向要在为从让使你我]|负责|牵头|配合))(?:[\u4e00-\u9fff（）]{1,16}?(?:部|委|局|署|办|厅|院|会|行|海关)|[\u4e00-\u9fff（）]{2,30}?(?:有限(?:责任)?公司|集团)|全国[\u4e00-\u9fff]{1,8}(?:联|会|协)|[\u4e00-\u9fff]{1,10}?(?:总队|支队|大队|中队|军区|军分区|警备区)|[\u4e00-\u9fff]{2,8}(?<!公)司|[\u4e00-\u9fff]{2,16}?分公司|[\u4e00-\u9fff]{2,12}?(?:大学|学校|中学|小学)|各[\u4e00-\u9fff]{0,6}(?:企业|运营商|公司)|[\u4e00-\u9fff]{2,10}?(?:处|室|科|股|中心)|(?!.*场所$)[\u4e00-\u9fff]{1,8}?(?:所|站)|各[\u4e00-\u9fff]{0,6}(?:部门|单位|处室|科室|股室))$/;

/**
 * A phrase in round brackets with a role verb; a name in it may hold brackets of its own (`省市场监管局（省知识产权局）`,
 * probe 39); a remark may follow a full stop (`（…省工业和信息化厅牵头。明确牵头部门的，其他有关部门配合，不逐一列出，下同）`, a
 * Hunan 部门分工's: probe 116), with brackets of its own (`…按职责分工负责。以下各项均需各市（地）政府（行署）落实，不再列出）`,
 * a Heilongjiang 意见's: probe 144, whose two leads had been lost in silence).
 */
const INNER_PHRASE = /[（(](?:[^（()）。：:]|[（(][^（()）。：:]{1,12}[）)]){2,80}?(?:牵头|配合|负责)(?:[^（()）。：:]|[（(][^（()）。：:]{1,12}[）)]){0,60}(?:。(?:[^（()）]|[（(][^（()）]{1,12}[）)]){0,60})?[）)]/g;

/**
 * The offset of a round bracket opened in the paragraph and never closed, whose text after it names who acts (`牵头`,
 * `负责`, `配合`), or bodies alone, a time after them or not (`…20个。（县民政局、各乡镇人民政府`), or a time alone right after
 * a bracket (`（县民政局、县财政局）（2027年10月底前`: a fresh user's drafts, whose tasks had been lost with no word), and
 * holds no label; -1 when there is none.
 */
function unclosedPhrase(folded: string): number {
  const open = openerEnclosing(folded, folded.length);
  if (open < 0 || (folded[open] !== '（' && folded[open] !== '(')) return -1;
  const rest = trimPunct(folded.slice(open + 1));
  if (/[：:（(]/.test(rest) || rest.length > 120) return -1;
  if (/牵头|负责|配合/.test(rest)) return open;
  if (/[）)][\s\u3000]*$/.test(folded.slice(0, open)) && isTimePhrase(rest)) return open;
  return bodiesAlone(withoutTime(rest).list) ? open : -1;
}

/**
 * A list of names and the time after it, as a bracket of names alone writes them: after a `，` or `；`, and as a slip
 * of the keyboard after a `、` or a space too (`（县妇联、县卫健局、2027年9月底前）`, `（县发改局、县财政局　2027年6月底前）`:
 * a fresh user's drafts, whose tasks had been lost with no word).
 */
function withoutTime(list: string): { list: string; time: string | null } {
  const cut = Math.max(list.lastIndexOf('，'), list.lastIndexOf(','), list.lastIndexOf('；'), list.lastIndexOf(';'), list.lastIndexOf('、'), list.search(/[\s\u3000]+\S*$/));
  const tail = cut > 0 ? trimPunct(list.slice(cut + 1)) : '';
  return tail && isTimePhrase(tail) ? { list: list.slice(0, cut), time: tail } : { list, time: null };
}

/** Whether a round bracket closes before the paragraph's last character (where an item-final one stands). */
function closesInside(folded: string): boolean {
  const last = endBeforeTrailingPunctuation(folded) - 2;
  return folded.lastIndexOf('）', last) >= 0 || folded.lastIndexOf(')', last) >= 0;
}

/** The end of a bracket's body `[open + 1, close)` without the full stops closing it (`（X牵头，Y配合。）`, probe 22). */
function beforeFullStops(folded: string, open: number, close: number): number {
  let end = close;
  while (end > open + 1 && folded[end - 1] === '。') end--;
  return end;
}

/**
 * Reads each `（X牵头，Y配合）` / `（X负责）` that closes a sentence or a clause inside the paragraph (a `。；` before it,
 * or a `。；，` after it), outside the groups read so far, into a group of its own.
 */
function readInnerPhrases(text: string, folded: string, groups: MarkerGroup[], spans: Array<[number, number]>, diagnostics: ParagraphDiagnostic[]): void {
  const end = endBeforeTrailingPunctuation(folded);
  INNER_PHRASE.lastIndex = 0;
  for (let m = INNER_PHRASE.exec(folded); m; m = INNER_PHRASE.exec(folded)) {
    const at = m.index;
    const close = at + m[0].length;
    if (close >= end || spans.some(([s, e]) => at < e && close > s)) continue;
    let before = at - 1;
    while (before >= 0 && isWhiteSpace(folded.charCodeAt(before))) before--;
    if (before >= 0 && !'。；;'.includes(folded[before]) && !'。；;，,'.includes(folded[close] ?? '')) continue;
    let bodyEnd = beforeFullStops(folded, at, close - 1);
    // Text after a full stop in the bracket is no name (matrix-format.md "Unit names"): a time (`（X牵头。2025年底前完成）`)
    // is the deadline, anything else a remark, as in the item-final bracket (readInline).
    const stop = folded.indexOf('。', at);
    const after = stop >= 0 && stop < bodyEnd ? trimPunct(folded.slice(stop + 1, bodyEnd)) : '';
    if (stop >= 0 && stop < bodyEnd) bodyEnd = stop;
    const group = newGroup('inline', at, close);
    const clauses = readClauses(text, folded, at + 1, bodyEnd, group, []);
    // Only bodies' names (probe 26: `（资金缺口由县级财政负责）`, `（由监护人负责）`, `（谁主管、谁负责）` are prose).
    if (!clauses.found || !allBodies(group)) continue;
    if (clauses.tail && isTimePhrase(clauses.tail)) group.deadline = clauses.tail;
    else if (clauses.tail && !endsPhrase(clauses.tail)) continue;
    if (!group.deadline && after && isTimePhrase(after)) group.deadline = after;
    groups.push(group);
    spans.push([at, close]);
  }
}

/**
 * The last bracket of the paragraph, when it ends the paragraph and reads as `X牵头，Y配合` clauses (any marker
 * bracket), or as units alone (a parenthesis only).
 */
/**
 * The units after a dash that closes a numbered line (`（一）扎实推进农村厕所革命——县农业农村局`, `（四）整治提升村容村貌——
 * 县农业农村局牵头，各镇（街道）负责`: a heading's units, as a 鄄城 plan writes them, probe 90): read as the item-final
 * parenthesis is, its clauses with their role words, or names alone (every one a body's) as responsible units. Not a
 * dash inside a sentence (`…——这是…`): the tail has no `。` and ends the line.
 */
function readDashTail(text: string, folded: string, diagnostics: ParagraphDiagnostic[]): MarkerGroup | null {
  const end = endBeforeTrailingPunctuation(folded);
  const dash = folded.lastIndexOf('——', end);
  if (dash < 0 || end - dash > 82 || folded.slice(dash + 2, end).includes('。')) return null;
  const group = newGroup('inline', dash, end);
  const clauses = readClauses(text, folded, dash + 2, end, group, diagnostics);
  if (clauses.found) {
    if (clauses.tail && !isTimePhrase(clauses.tail)) return null;
    if (clauses.tail) group.deadline = clauses.tail;
    return group;
  }
  const units = bodiesAlone(text.slice(dash + 2, end));
  if (!units) return null;
  group.responsible = units;
  return group;
}

/**
 * The names of a list that names bodies only ({@link isBody}; not a note on where the document goes, `（此件发至二级
 * 分行）`, probes 56 and 61), or null: the units of a bracket or a dash's tail with no role word.
 */
function bodiesAlone(list: string): string[] | null {
  const units = splitUnits(list).units;
  return units.length && units.every((u) => isBody(u) && !SENT_TO.test(u)) ? units : null;
}

/**
 * A round bracket holding nothing but a time at the paragraph's end, right after another bracket (`（省交通运输厅牵头，…
 * 按职责分工负责）（2023年底前）`, `（省发展改革委、省财政厅）（持续推进）`: a Jiangxi 分工方案's every item, probe 124, where 10
 * tasks had been lost in silence and others had kept the time in their text): its text as written, its bracket's
 * `[open, end)`, and `after`, the end of the bracket before it (white space between them skipped). Else null.
 */
function trailingTime(text: string, folded: string): { text: string; open: number; end: number; after: number } | null {
  const end = endBeforeTrailingPunctuation(folded);
  if (end < 4 || (folded[end - 1] !== '）' && folded[end - 1] !== ')')) return null;
  const open = Math.max(folded.lastIndexOf('（', end - 2), folded.lastIndexOf('(', end - 2));
  if (open < 1 || end - open > 24) return null;
  const time = trimPunct(text.slice(open + 1, end - 1));
  let after = open;
  while (after > 0 && isWhiteSpace(folded.charCodeAt(after - 1))) after--;
  if (!time || !BRACKET_CLOSE.includes(folded[after - 1]) || !isTimePhrase(time)) return null;
  return { text: time, open, end, after };
}

/** The item-final phrase before a time in a bracket of its own ({@link trailingTime}), the time its deadline. */
function readInlineBefore(text: string, folded: string, time: NonNullable<ReturnType<typeof trailingTime>>, diagnostics: ParagraphDiagnostic[], planLevel: number | null): MarkerGroup | null {
  const group = readInline(text.slice(0, time.after), folded.slice(0, time.after), diagnostics, planLevel);
  if (group) {
    group.deadline ??= time.text;
    group.end = time.end;
  }
  return group;
}

function readInline(text: string, folded: string, diagnostics: ParagraphDiagnostic[], planLevel: number | null = null, numbered = false): MarkerGroup | null {
  const end = endBeforeTrailingPunctuation(folded);
  const close = end - 1;
  // In any marker bracket (`〔县农业农村局牵头，县水利局配合〕`, probe 15), as its labelled form is.
  if (close < 0 || !BRACKET_CLOSE.includes(folded[close])) return null;
  let depth = 0;
  let open = -1;
  for (let i = close; i >= 0; i--) {
    const step = BRACKET_STEP[folded.charCodeAt(i)];
    if (step === -1) depth++;
    else if (step === 1) {
      depth--;
      if (depth === 0) {
        open = i;
        break;
      }
    }
  }
  if (open < 0 || !(folded[open] in MARKER_BRACKETS)) return null;
  const round = folded[open] === '（' || folded[open] === '(';
  let bodyEnd = beforeFullStops(folded, open, close);
  let body = folded.slice(open + 1, bodyEnd);
  // The note on leads closing the bracket (`…各县市区人民政府按职责分工负责，排在第一位的为牵头单位，下同）`, a Hubei city's
  // first bracket: probe 76) is the notice's, read where it stands (FIRST_IS_LEAD); the clauses before it are the item's.
  const note = firstIsLeadNote(body);
  if (note && note.index > 0 && '，,。；;'.includes(body[note.index - 1])) {
    bodyEnd = open + note.index;
    body = folded.slice(open + 1, bodyEnd);
  }
  // Parts led by a level of government (`（市级：市人社局；县级：县人社局牵头，各乡镇人民政府配合）`, a county's plan copying
  // a city's: probe 95, where the colon had made the bracket no marker, 21 tasks lost with an error each): another
  // level's part is context, said so, and read as blank; this plan's lead-in is cut; the rest reads as the inline form.
  if (body.includes('级') && LEVEL_LEAD_IN.test(body)) {
    ({ text, folded } = withoutLevelParts(text, folded, open + 1, bodyEnd, planLevel, diagnostics));
    body = folded.slice(open + 1, bodyEnd);
  }
  // A full stop ends the phrase's sentence only before its time (`（X牵头，Y配合。2025年10月底前完成）`, probe 36).
  const stop = body.indexOf('。');
  // …or before a note (`…按职责分工负责。以下各项工作均需各地区落实，不再列出）`, probe 39).
  if (/[：:]/.test(body) || firstIsLeadNote(body) !== null) return null;
  // …or before a remark of the drafter's (`（组织二股牵头，各乡镇党委负责。此项工作纳入年度基层党建述职评议考核）`, `…配合。具体方案另行
  // 制定）`: probe 100, where the task had been lost): text after a `。` in a bracket is no name (matrix-format.md "Unit
  // names"), so the clauses before it are read, when they are nothing else (a department's own 股室 too: `组织二股`).
  const remark = stop >= 0 && (stop !== body.lastIndexOf('。') || !(isTimePhrase(body.slice(stop + 1)) || endsPhrase(body.slice(stop + 1))));
  if (remark) {
    bodyEnd = open + 1 + stop;
    body = body.slice(0, stop);
  }
  // A note on the tasks below, a bracket of its own (`（以下各项任务均需各县（市、区）人民政府负责落实，不再一一列出）` under
  // a heading: probe 72): no task's units, and said so, not an unaccounted marker.
  if (NOTE_ON_TASKS.test(body)) {
    diagnostics.push({ ruleId: 'ignored-marker', severity: 'info', offset: open, message: { en: 'A note on the tasks below, not the units of one: they are not added to each task', zh: '这是对以下各项任务的说明，不是某项任务的单位：未加入各项任务' } });
    return null;
  }
  const group = newGroup('inline', open, close + 1);
  if (remark) {
    const found: ParagraphDiagnostic[] = [];
    const clauses = readClauses(text, folded, open + 1, bodyEnd, group, found);
    if (!clauses.found || clauses.tail || group.lead.length + group.responsible.length === 0) return null;
    for (const d of found) diagnostics.push(d);
    return group;
  }
  const clauses = readClauses(text, folded, open + 1, bodyEnd, group, diagnostics);
  if (!clauses.found) {
    // (Round, or 【】 as a web page's copy closes its items: `…【市安委办】`, `【市应急管理局，2023年6月底前】`, probe 90.)
    if (!round && folded[open] !== '【') return null;
    // Units alone in the item-final parenthesis (`（市应急管理局、市工业和信息化局）`, a 若干措施 whose note says the
    // first is the lead): every element names a body, so they are the item's responsible units.
    // Only after a sentence: `报市政府办公厅（市职转办、市营商办）` names who is meant, it assigns nothing (b05).
    let before = open - 1;
    while (before >= 0 && isWhiteSpace(folded.charCodeAt(before))) before--;
    // …or right after the sentence's last words when the item's full stop follows the bracket (`…增长10%以上（县发展改革委、
    // 县统计局）。`: probe 90), unless those words end in a body's name the bracket explains (`报市政府办公厅（市职转办）。`).
    const stopAfter = /^[\s\u3000]*[。；;]/.test(folded.slice(close + 1));
    // …or closing a numbered heading of no sentence (`（一）加强党的建设和干部队伍建设（机关党委、人事处）` over the item's
    // paragraphs: probe 146, a 住建局's 工作要点 whose two headings had made no task, in silence), as a role word there would.
    const heading = numbered && !/[。；;，,：:]/.test(folded.slice(0, open)) && end === folded.length;
    if (before >= 0 && !'。；;！'.includes(folded[before]) && !((stopAfter || heading) && !NAME_ENDING.test(folded[before]))) return null;
    // A time after the names is the deadline (`（市交通运输局、市发改委，2024年9月底前完成）`: the task had been lost in
    // silence, a fresh user's find).
    const { list, time } = withoutTime(text.slice(open + 1, bodyEnd));
    // (Each a body as a role word's names are: `县工商联`, `番城街道`, `县直有关单位`, `县财政局（县国资中心）` too. Under
    // BODY_NAME alone one such name had dropped the item in silence: probe 90, 6 of 40 tasks.)
    const units = bodiesAlone(list);
    if (!units) {
      // Who oversees the task, alone in the bracket (`（市政府督查室负责督办）`: a fresh user's, once read as a unit of that
      // name): said, not passed over, and no unit.
      const named = trimPunct(fold(list));
      if (OVERSIGHT.test(named)) diagnostics.push({ ruleId: 'ignored-marker', severity: 'info', offset: open, message: { en: `\`${trimPunct(list)}\` names who oversees the task, not a unit of it`, zh: `“${trimPunct(list)}”指的是督办单位，不是任务的承担单位` } });
      return null;
    }
    group.responsible = units;
    if (time) group.deadline = time;
    return group;
  }
  if (clauses.tail && isTimePhrase(clauses.tail)) group.deadline = clauses.tail;
  else if (clauses.tail && !endsPhrase(clauses.tail)) {
    // An oversight or a note before the time (`（各乡镇人民政府负责，市食安办指导，6月底前完成）`, probe 77): the time is
    // the deadline, the rest no unit.
    const parts = clauses.tail.split(/[，,]/);
    const time = parts.pop()!;
    if (!parts.length || !isTimePhrase(time) || !parts.every(endsPhrase)) return null;
    group.deadline = time;
  }
  // A body that oversees at the phrase's end (`（各乡镇负责，县直有关部门指导）`) is no unit: said, not passed over.
  for (const part of clauses.tail.split(/[，,]/)) oversees(part, () => group.start, diagnostics);
  return group;
}

/** A level's lead-in to a bracket's part (`市级：`, `县级：`). */
const LEVEL_LEAD = `[\\s\\u3000]*(${LEVEL_PREFIXES})级?[\\s\\u3000]*[：:]`;
/** {@link LEVEL_LEAD} at a bracket's start or after a `；`. */
const LEVEL_LEAD_IN = new RegExp(`(?:^|[；;])${LEVEL_LEAD}`);
/** {@link LEVEL_LEAD} at a part's start. */
const LEVEL_LEAD_AT_START = new RegExp(`^${LEVEL_LEAD}`);

/**
 * The text and its folded copy with the parts of `[from, to)` led by another level of government (`市级：市人社局；`)
 * blanked, with their separator, and the lead-in of this plan's level (`县级：`) blanked, character for character; an
 * info for each part of another level.
 */
function withoutLevelParts(text: string, folded: string, from: number, to: number, planLevel: number | null, diagnostics: ParagraphDiagnostic[]): { text: string; folded: string } {
  const blank = (s: string, a: number, b: number) => s.slice(0, a) + ' '.repeat(b - a) + s.slice(b);
  let start = from;
  while (start < to) {
    let end = start;
    let depth = 0;
    for (; end < to; end++) {
      const step = BRACKET_STEP[folded.charCodeAt(end)];
      if (step === 1) depth++;
      else if (step === -1) depth--;
      else if (depth === 0 && (folded[end] === '；' || folded[end] === ';')) break;
    }
    const m = LEVEL_LEAD_AT_START.exec(folded.slice(start, end));
    if (m) {
      if (isOtherLevel(m[1], planLevel)) {
        diagnostics.push({ ruleId: 'ignored-marker', severity: 'info', offset: start, message: otherLevel(text.slice(start, start + m[0].length).trim()) });
        const stop = Math.min(end + 1, to);
        text = blank(text, start, stop);
        folded = blank(folded, start, stop);
      } else {
        text = blank(text, start, start + m[0].length);
        folded = blank(folded, start, start + m[0].length);
      }
    }
    start = end + 1;
  }
  return { text, folded };
}

/**
 * Reads `X牵头，Y、Z配合` / `X负责` / `由X会同Y负责` clauses in `text[from, to)` into a group: each verb takes the
 * names written since the previous one (b02: `…区水务局等部门，区国投公司、各街道办事处配合` is all support).
 * @returns whether a clause named a unit, and the text after the last verb (a deadline, or what could not be read).
 */
function readClauses(text: string, folded: string, from: number, to: number, group: MarkerGroup, diagnostics: ParagraphDiagnostic[]): { found: boolean; tail: string; apart: boolean } {
  const body = folded.slice(from, to);
  const verbs = INLINE_VERB;
  verbs.lastIndex = 0;
  let at = 0;
  let found = false;
  for (let m = verbs.exec(body); m; m = verbs.exec(body)) {
    // (`X主责，Y协同`: a plan's legend for its lead and support, probe 90; a 督办 list's `X主办，Y会办`, probe 92; `X主抓`
    // and `X负总责，Y具体负责`, how some drafters name the lead: session 16.)
    // (`X为牵头单位，Y为配合单位`: the label's words as a verb.)
    const verb = m[1].startsWith('为') ? m[1].slice(1) : m[1].replace(VERB_ADVERB_HEAD, '');
    const role: Role = /^(?:牵头|主责|主办|主抓|负总责|统筹)/.test(verb) ? 'lead' : /^(?:配合|协助|参与|协办|协同|会办)/.test(verb) ? 'support' : 'responsible';
    const segment = text.slice(from + at, from + m.index);
    const segFolded = body.slice(at, m.index);
    at = m.index + m[1].length;
    const huitong = segFolded.indexOf('会同');
    if (huitong > 0 && role === 'responsible') {
      readHuitong(segment.slice(0, huitong), segment.slice(huitong + 2), group);
      found = true;
      continue;
    }
    // `（由县发改局牵头，…）`: the 由 that opens the clause is not part of the name.
    const units = splitUnits(segment.replace(LEAD_IN_ASK, '')).units;
    const people = units.filter((u) => PERSON.test(fold(u)));
    if (people.length) {
      diagnostics.push({ ruleId: 'ignored-marker', severity: 'info', offset: from + m.index, message: { en: `\`${people.join('、')}${m[1]}\` names a person or post, not a unit`, zh: `“${people.join('、')}${m[1]}”指的是个人或职务，不是单位` } });
    }
    // A time phrase among the names (`（2024年6月底前完成，县交通运输局负责）`, probe 25) is the deadline, never a unit.
    // Nor is a clause (`安全责任由学校和使用方`, probe 28: 由 or 的 inside is no name's).
    const real = units.filter((u) => {
      const f = fold(u);
      // A body that oversees (`县直有关部门指导`) is no unit, and said so (it had gone in silence).
      const overseer = oversees(u, () => from + m!.index, diagnostics);
      // (…but `涉及的县（市、区）政府` names the places concerned: probe 154, where it had been dropped in silence.)
      return !PERSON.test(f) && !(isTimePhrase(u) && (group.deadline ??= u)) && !/[由的]/.test(u.replace(CONCERNED, '')) && !overseer && !isClause(f);
    });
    if (real.length) found = true;
    append(group[role], real);
  }
  const rest = text.slice(from + at, to);
  return { found, tail: rest.replace(/^[\s\u3000，,；;。]+|[\s\u3000，,；;。]+$/g, ''), apart: /^[\s\u3000]*[，,；;]/.test(rest) };
}

/**
 * Reads a role cell of a table written as clauses (`医政医管股牵头，规划财务股配合`, a 责任单位 cell `市发改委牵头，
 * 市财政局、市统计局配合`) into a group, as the labelled line `责任单位：X牵头，Y配合` reads. Line breaks in the cell
 * separate clauses. Returns false, leaving the group as it was, when the text is not such clauses; what follows the
 * last verb goes to the cell's own role.
 */
export function readCellClauses(text: string, role: Role, group: MarkerGroup, diagnostics: ParagraphDiagnostic[]): boolean {
  const flat = text.replace(/\n/g, '，');
  const folded = foldLabels(flat);
  // (Also `X会同Y负责`, `X负总责，Y具体负责`, `X负责指导，Y负责落实`, `X负责，Y指导` in a cell: probe 98, where the verbs had
  // stayed in the names.)
  if (!HAS_INLINE_VERB.test(folded) || !/牵头|配合|协助|参与|协办|主办|会办|会同|主抓|负总责|统筹|负责(?:指导|落实)|指导$|指导[，,；;]/.test(folded)) return false;
  const clauses = readClauses(flat, folded, 0, flat.length, group, diagnostics);
  if (!clauses.found) return false;
  if (clauses.tail) {
    // A body that oversees after the last verb (`各区镇（街道）负责，区市场监管局指导`) is no unit of the cell's role.
    append(group[role], splitUnits(clauses.tail).units.filter((u) => !oversees(u, () => 0, diagnostics)));
  }
  return true;
}

/**
 * The units of `由X会同Y负责`: X responsible, Y support (matrix-format.md "Roles"); `由X牵头会同Y负责` makes X the lead,
 * and `共同` before 负责 (`会同Y共同负责`) is not part of Y's names.
 */
function readHuitong(x: string, y: string, group: MarkerGroup): void {
  const head = x.replace(LEAD_IN_ASK, '');
  const lead = /牵头$/.test(fold(head));
  append(group[lead ? 'lead' : 'responsible'], splitUnits(lead ? head.slice(0, -2) : head).units);
  append(group.support, splitUnits(y.replace(/共同$/, '')).units);
}

/** The text without the spans, white space at its end removed (found by character code, on the flat original). */
function removeSpans(text: string, spans: Array<[number, number]>): string {
  if (!spans.length) return text;
  const sorted = spans.length > 1 ? [...spans].sort((a, b) => a[0] - b[0]) : spans;
  // The kept ranges [from, to) of the text, in order.
  const kept: number[] = [];
  let at = 0;
  for (const [s, e] of sorted) {
    if (s < at) continue;
    kept.push(at, s);
    at = e;
  }
  kept.push(at, text.length);
  // Trailing white space may run back over several kept ranges.
  let last = kept.length - 2;
  for (; last >= 0; last -= 2) {
    let to = kept[last + 1];
    while (to > kept[last] && isWhiteSpace(text.charCodeAt(to - 1))) to--;
    kept[last + 1] = to;
    if (to > kept[last]) break;
  }
  let out = '';
  // The last character written, read from the text: reading it from `out`, a string being concatenated, would flatten it
  // at every range (quadratic on a paragraph of 30,000 brackets).
  let lastCode = -1;
  for (let i = 0; i <= last; i += 2) {
    // A marker between two full stops leaves one (`推动建设。（牵头单位：…）。` → `推动建设。`, not `。。`).
    const from = lastCode === 0x3002 && text.charCodeAt(kept[i]) === 0x3002 ? kept[i] + 1 : kept[i];
    if (from >= kept[i + 1]) continue;
    out += text.slice(from, kept[i + 1]);
    lastCode = text.charCodeAt(kept[i + 1] - 1);
  }
  return out;
}

function trimPunct(s: string): string {
  return s.replace(/^[\s\u3000：:，,；;]+|[\s\u3000，,；;。]+$/g, '');
}
