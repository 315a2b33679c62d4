import type { Document, Node } from 'yaml';
import type { Place } from './finding.js';
import { yamlModule } from './yaml-module.js';

/** One step of a path into a matrix: a key of a mapping or an index of a sequence. */
export type PathSegment = string | number;

/**
 * Finds where a value (or its key) starts in the original text.
 * @param path keys and indexes from the root, e.g. `['tasks', 3, 'lead', 0]`.
 * @param target `'key'` for the key of the last step (an unknown key), `'value'` (default) for its value.
 * @returns the place of the deepest node of `path` that exists (the root's start when none does).
 */
export type Locator = (path: readonly PathSegment[], target?: 'key' | 'value') => Place;

/**
 * Makes a {@link Locator} over a parsed YAML or JSON document: positions come from the yaml package's node ranges
 * in `text` itself (no re-serialisation), so they are right for JSON, flow and block YAML alike. Lines and columns
 * are 1-based, columns counted in code points (a CJK character or an emoji is one column).
 */
export function createLocator(doc: Document, text: string): Locator {
  const toPlace = placeFinder(text);
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlModule();
  return (path, target = 'value') => {
    let node: unknown = doc.contents;
    let offset = rangeStart(node) ?? 0;
    for (let i = 0; i < path.length; i++) {
      if (isAlias(node)) node = node.resolve(doc);
      const segment = path[i];
      let next: unknown;
      let keyNode: unknown;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        keyNode = pair?.key;
        next = pair?.value;
      } else if (isSeq(node)) {
        next = node.items[Number(segment)];
      }
      const last = i === path.length - 1;
      const start = last && target === 'key' && keyNode ? rangeStart(keyNode) : (rangeStart(next) ?? rangeStart(keyNode));
      if (start === undefined) break;
      offset = start;
      node = next;
    }
    return toPlace(offset);
  };
}

/** Turns a 0-based offset into a {@link Place}; the table of line starts is built on first use. */
export function placeFinder(text: string): (offset: number) => Place {
  let starts: number[] | undefined;
  return (offset) => {
    starts ??= lineStarts(text);
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    let column = 1;
    for (let i = starts[lo]; i < offset; i++) {
      const code = text.charCodeAt(i);
      // The high half of a surrogate pair starts a character; the low half does not.
      if (code < 0xdc00 || code > 0xdfff) column++;
    }
    return { line: lo + 1, column, offset };
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function rangeStart(node: unknown): number | undefined {
  return node && typeof node === 'object' && 'range' in node ? (node as Node).range?.[0] : undefined;
}
