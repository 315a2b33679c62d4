/**
 * The brackets and quotes a notice nests: every opener and every closer, in any width. Unit lists are never split
 * inside them, a wrapped line that leaves one open goes on, and a marker bracket may be closed by any closer (the
 * seed closes `〔` with `]`).
 */
export const OPENERS = '〔【［（([「《“';
export const CLOSERS = '〕】］）)]」》”';

/** For each UTF-16 code: 1 for an opener above, -1 for a closer, 0 otherwise (one lookup per character in scans). */
export const BRACKET_STEP = new Int8Array(0x10000);
for (const c of OPENERS) BRACKET_STEP[c.charCodeAt(0)] = 1;
for (const c of CLOSERS) BRACKET_STEP[c.charCodeAt(0)] = -1;
