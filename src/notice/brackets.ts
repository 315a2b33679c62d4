/**
 * The brackets and quotes a notice nests: every opener and every closer, in any width. Unit lists are never split
 * inside them, a wrapped line that leaves one open goes on, and a marker bracket may be closed by any closer (the
 * seed closes `〔` with `]`).
 */
export const OPENERS = '〔【［（([「《“';
export const CLOSERS = '〕】］）)]」》”';
