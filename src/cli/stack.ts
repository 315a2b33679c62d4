import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';

/** A frame's place in the bundle: `…/dist/fengong.cjs:LINE:COLUMN` (1-based line and column). */
const BUNDLE_PLACE = /((?:file:\/\/)?[^\s()]*fengong\.cjs):(\d+):(\d+)/;
/** A whole frame line: `    at [async ]NAME (PLACE)` or `    at [async ]PLACE`. */
const FRAME = /^(\s*at (?:async )?)(?:(?:new )?[^\s()]+(?: \[as [^\]]+\])? \()?([^()]*fengong\.cjs:\d+:\d+)\)?$/;

/**
 * The stack of an internal error (exit 70, "please report it"), with the frames in the bundle mapped back to
 * fengong's sources. dist/fengong.cjs is minified, names too (scripts/bundle.mjs), so its frames read `at Xe
 * (…/dist/fengong.cjs:35:1234)`; they become `at src/notice/tasks.ts:231:12` (`at async …` stays async), through the source map the build
 * writes beside the bundle (dist/fengong.cjs.map, read only here, on this error path). Frames elsewhere (Node's,
 * a library's, the tsc output's), a bundle without its map and a map that does not parse are left as they are:
 * this never throws.
 * @param error what was thrown; a value that is not an Error gives its string.
 * @returns the text to print after "internal error (please report it): ".
 */
export function readableStack(error: unknown): string {
  const stack = (error as Error | undefined)?.stack;
  if (typeof stack !== 'string') return String(error);
  const file = BUNDLE_PLACE.exec(stack)?.[1];
  if (!file) return stack;
  let map: SourceMap;
  try {
    const path = file.startsWith('file://') ? new URL(file).pathname : file;
    map = new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8')));
  } catch {
    return stack;
  }
  return stack
    .split('\n')
    .map((line) => {
      const frame = FRAME.exec(line);
      const place = frame && BUNDLE_PLACE.exec(frame[2]);
      if (!frame || !place) return line;
      const entry = map.findEntry(Number(place[2]) - 1, Number(place[3]) - 1) as { originalSource?: string; originalLine?: number; originalColumn?: number };
      if (entry.originalSource === undefined || entry.originalLine === undefined || entry.originalColumn === undefined) return line;
      // The map names sources relative to dist/ (`../src/notice/tasks.ts`).
      const source = entry.originalSource.replace(/^(?:\.\.\/)+/, '').replace(/^file:\/\/.*?\/(src\/)/, '$1');
      return `${frame[1]}${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    })
    .join('\n');
}
