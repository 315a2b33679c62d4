import { endBeforeTrailingPunctuation } from './chars.js';
import { foldLabels, LABEL_RE, labelKind, labelStandsAt, nextLabel } from './labels.js';
import { firstIsLeadNote, type MarkerGroup } from './markers.js';
import type { Paragraph } from './paragraphs.js';

/** What the parser did with one paragraph: the marker groups it found, and where it reported findings. */
export interface ParagraphLedger {
  groups: MarkerGroup[];
  /** Offsets of findings reported in the paragraph (an ignored marker, an empty list, an unclosed bracket). */
  findings: number[];
  /** For a table row read under a header with role columns: whether a role cell held text. */
  roleCells?: boolean;
  /** The paragraph's text folded for label matching, when the parser computed it already. */
  folded?: string;
}

/** A responsibility keyword in marker position that is neither in a task nor in a finding. */
export interface Unaccounted {
  paragraph: Paragraph;
  offset: number;
  text: string;
}

/** A bracket's body, with round brackets one level deep inside (`各县（市、区）人民政府牵头`: probe 29). */
const BODY = '(?:[^（()）〔〕【】［］[\\]]|[（(][^（()）〔〕【】［］[\\]]*[）)])*';
const FINAL_PAREN_VERB = new RegExp(`[（(〔【［[]${BODY}(?:牵头|配合|协办|协助|负责|主办|主责|会办)${BODY}[）)〕】］\\]][\\s\\u3000。；;，,]*$`);

/** Whether the text's last character before white space and `。；;，,` closes a bracket (what FINAL_PAREN_VERB needs). */
function endsInParenthesis(text: string): boolean {
  const last = text[endBeforeTrailingPunctuation(text) - 1];
  return last === '）' || last === ')' || last === '〕' || last === '】' || last === '］' || last === ']';
}

/**
 * The no-silent-loss check (issue "Nothing silently lost"): every place where a role keyword stands in marker
 * position — a label followed by `：`/`:` (牵头单位：, 责任单位：, 完成时限：…), a role verb inside a paragraph-final
 * parenthesis (`（X牵头，Y配合）`), a filled role cell of a 任务分工表 — must end up in a task (a marker group the
 * parser used for one) or in a finding at that place. This pass finds those places on its own, over every paragraph
 * of the notice (the covering letter too), and returns the ones that ended up in neither.
 * @param ledgers what the parser recorded per paragraph; a paragraph it never read has no ledger.
 * @param addressed the 主送机关 paragraph, if any: its names may hold a label's words (`…，县级河长制责任单位：`, probe 59),
 *   and it assigns nothing.
 */
export function unaccountedMarkers(paragraphs: Paragraph[], ledgers: Map<Paragraph, ParagraphLedger>, addressed?: Paragraph): Unaccounted[] {
  const out: Unaccounted[] = [];
  for (const p of paragraphs) {
    if (p === addressed) continue;
    const ledger = ledgers.get(p);
    if (p.kind === 'row') {
      if (ledger?.roleCells && !ledger.groups.some((g) => g.used) && !ledger.findings.length) out.push({ paragraph: p, offset: 0, text: p.text.slice(0, 40) });
      if (ledger) continue;
    }
    const folded = ledger?.folded ?? foldLabels(p.text);
    const places: number[] = [];
    // A leaders label (`（责任领导：王立新）` on a heading, probe 34) names people, never a unit: no marker to lose.
    let lastLabel = -1;
    for (let m = nextLabel(folded, 0); m; m = nextLabel(folded, LABEL_RE.lastIndex)) {
      if (!labelStandsAt(folded, m)) continue;
      lastLabel = m.index;
      if (labelKind(m[2]) !== 'leaders') places.push(m.index);
    }
    const inline = endsInParenthesis(folded) ? FINAL_PAREN_VERB.exec(folded) : null;
    // The note `（排在第一位的为牵头单位）` is not a marker; a bracket of labels is no inline phrase.
    if (inline && !firstIsLeadNote(inline[0]) && lastLabel <= inline.index) places.push(inline.index);
    // (In order already: the labels as the scan met them, then the phrase, only when it comes after the last label.)
    if (!places.length) continue;
    const covers = coverage(ledger);
    places.forEach((at, i) => {
      const until = i + 1 < places.length ? places[i + 1] : p.text.length;
      if (!covers.used(at) && !covers.reported(at, until)) out.push({ paragraph: p, offset: at, text: p.text.slice(at, Math.min(until, at + 30)) });
    });
  }
  return out;
}

/**
 * What a paragraph's ledger accounts for, asked in time logarithmic in its groups and findings (a paragraph of
 * thousands of markers, a hostile input, made the accounting quadratic): whether a used group spans an offset, and
 * whether a finding stands in `[at, until]`.
 */
function coverage(ledger: ParagraphLedger | undefined): { used: (at: number) => boolean; reported: (at: number, until: number) => boolean } {
  const groups = ledger?.groups ?? [];
  const findings = ledger?.findings ?? [];
  // A paragraph of a few groups and findings (nearly all of them) is asked directly.
  if (groups.length + findings.length <= 16) {
    return {
      used: (at) => groups.some((g) => g.used && g.start <= at && Math.max(g.end, g.start + 1) > at),
      reported: (at, until) => findings.some((f) => f >= at && f <= until),
    };
  }
  return sortedCoverage(groups, findings);
}

/** {@link coverage} of many groups or findings, by binary search. */
function sortedCoverage(groups: MarkerGroup[], found: number[]): { used: (at: number) => boolean; reported: (at: number, until: number) => boolean } {
  // The used groups by start, with the furthest end of any group starting at or before each.
  const spans = groups.filter((g) => g.used).map((g) => [g.start, Math.max(g.end, g.start + 1)] as const).sort((a, b) => a[0] - b[0]);
  const reach: number[] = [];
  for (const [, end] of spans) reach.push(Math.max(end, reach[reach.length - 1] ?? -1));
  const findings = found.slice().sort((a, b) => a - b);
  /** The number of items of a sorted list that are at most `x` (by `key`). */
  const upTo = <T>(list: readonly T[], x: number, key: (item: T) => number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(list[mid]) <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    used: (at) => {
      const n = upTo(spans, at, (s) => s[0]);
      return n > 0 && reach[n - 1] > at;
    },
    reported: (at, until) => {
      const first = upTo(findings, at - 1, (f) => f);
      return first < findings.length && findings[first] <= until;
    },
  };
}
