import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The regular expressions a notice's compile runs again and again, compiled to machine code once, before the first
 * notice is read, instead of twice while it is parsed.
 *
 * V8 runs a regular expression first as bytecode and compiles it again to machine code at its second run (its
 * "tier-up"), unless the text it first runs on is 1,000 characters or longer: then it compiles machine code at once
 * (src/regexp/regexp.cc, "Forcing tier-up for very long strings"). The notice stage runs some 170 patterns twice or
 * more on lines and paragraphs of Chinese text, far shorter than that, so a start compiled each of them twice; and
 * the bytecode is the dearer of the two compiles for these patterns (about 15 against 8 ms for them all on this
 * machine, docs/benchmark.md "What changed in session 26"). V8 keeps one compiled form per pattern and flags, shared
 * by every regular expression object of that source (its compilation cache), so running a copy of each once on a
 * long text compiles the parser's own objects too.
 *
 * Which patterns: the list `npm run build` wrote beside the bundle (dist/fengong.cjs.regexps, JSON `[source, flags][]`,
 * scripts/code-cache.mjs), of those its fixture compiles ran twice or more on two-byte text; none is taken from a list
 * older than the bundle (another build's patterns). Without the list (the tsc output, a build that could not write
 * it) nothing is done. This changes no result, only when the compiling happens: what the list misses tiers up as before,
 * and what it holds that a notice never runs costs its compile (about 0.05 ms a pattern).
 */
export function warmRegExps(): void {
  if (warmed) return;
  warmed = true;
  // Only in the bundle the list was recorded from: its patterns are spelt as there (scripts/bundle.mjs escapes the
  // non-ASCII characters of dist/fengong.cjs), and V8 shares compiled code only between the same source text. The
  // worker threads' chunks (a batch) spell them with the characters themselves: warming there compiled each
  // pattern a third time.
  if (!import.meta.url.endsWith('/fengong.cjs')) return;
  warmRegExpsFrom(fileURLToPath(new URL('./fengong.cjs.regexps', import.meta.url)), fileURLToPath(new URL('./fengong.cjs', import.meta.url)));
}

/**
 * Runs each `[source, flags]` pattern of the JSON list `file` once on a long two-byte text (`warmRegExps`), unless the
 * list is missing, unreadable, not such a list, or older than `bundle` (the build it was recorded from).
 * @returns how many patterns were compiled (entries that are not a pair of strings, or that no longer compile, are
 *   passed over). Never throws.
 */
export function warmRegExpsFrom(file: string, bundle: string): number {
  let list: unknown;
  try {
    if (statSync(file).mtimeMs < statSync(bundle).mtimeMs) return 0;
    list = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return 0;
  }
  if (!Array.isArray(list)) return 0;
  let warmedNow = 0;
  for (const entry of list) {
    if (!Array.isArray(entry) || typeof entry[0] !== 'string' || typeof entry[1] !== 'string') continue;
    try {
      new RegExp(entry[0], entry[1]).test(LONG_TEXT);
      warmedNow++;
    } catch {
      // a pattern or flags this Node does not take: nothing to warm
    }
  }
  return warmedNow;
}

let warmed = false;

/**
 * A text long enough for V8 to compile machine code at the first run (1,000 characters), and two-byte as a notice's
 * Chinese text is (V8 compiles a pattern for one-byte and for two-byte text apart). U+FFFF, a noncharacter, is
 * among no pattern's own characters, so most fail at once at each position; the build leaves out any pattern
 * whose run over it is slow (a leading `[^…]*`, which matches it).
 */
const LONG_TEXT = '\uffff'.repeat(1000);
