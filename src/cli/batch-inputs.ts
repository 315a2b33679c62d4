import { statSync } from 'node:fs';
import { dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { Bilingual } from '../i18n.js';

/** The endings `fengong parse` reads (src/read/read-notice.ts `formatOf`), without the dot. */
const NOTICE_ENDINGS = ['txt', 'text', 'md', 'markdown', 'docx', 'xlsx'];
const NOTICE_GLOB = `**/*.{${NOTICE_ENDINGS.join(',')}}`;
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/** What the arguments of a batch named: the notices in order, and the arguments that named nothing. */
export interface BatchInputs {
  /** Notice paths, each once, in the order given (a directory's or a glob's matches sorted). */
  files: string[];
  /** One line per argument that matched no notice (a glob or folder with none); each makes the exit code 2. */
  problems: Bilingual[];
}

/**
 * Expands the arguments of `fengong parse` in batch mode. A path that exists as a file is kept whatever its ending
 * (reading it will say what is wrong); a directory is searched recursively for notices; a glob (tinyglobby syntax)
 * keeps only notice endings. A plain path that does not exist is kept too, so that it is reported in its place.
 */
export function expandNotices(args: readonly string[]): BatchInputs {
  const seen = new Set<string>();
  const files: string[] = [];
  const problems: Bilingual[] = [];
  const add = (file: string) => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  for (const arg of args) {
    const stat = statSync(arg, { throwIfNoEntry: false });
    if (stat?.isDirectory()) {
      const found = globSync(NOTICE_GLOB, { cwd: arg, ignore: IGNORE, caseSensitiveMatch: false }).sort();
      const endings = NOTICE_ENDINGS.map((e) => `.${e}`).join(' ');
      if (found.length === 0) problems.push({ en: `${arg}: no notice (${endings}) in this folder`, zh: `${arg}：此文件夹中没有公文（${endings}）` });
      for (const f of found) add(join(arg, f));
    } else if (!stat && isDynamicPattern(arg)) {
      const found = globSync(arg, { ignore: IGNORE, expandDirectories: false })
        .filter((f) => NOTICE_ENDINGS.includes(extname(f).slice(1).toLowerCase()))
        .sort();
      if (found.length === 0) problems.push({ en: `${arg}: no notice matches this pattern`, zh: `${arg}：没有与此模式匹配的公文` });
      for (const f of found) add(f);
    } else {
      add(arg);
    }
  }
  return { files, problems };
}

/**
 * Where each notice's matrix goes: its path relative to the notices' common folder, under `outDir`, with the
 * ending replaced by `.yaml` or `.json`. `a/notice.txt` and `b/notice.txt` become `a/notice.yaml` and
 * `b/notice.yaml`; paths that do not exist are left out of the common folder. Two notices of one folder that differ only in their ending (`x.txt`, `x.md`) keep it
 * (`x.txt.yaml`, `x.md.yaml`) rather than overwrite each other.
 * @returns one path per file, in the same order.
 */
export function outputPaths(files: readonly string[], outDir: string, format: 'yaml' | 'json'): string[] {
  const absolute = files.map((f) => resolve(f));
  // A path that does not exist gets no matrix, and must not move the others' common folder.
  const existing = absolute.filter((f) => statSync(f, { throwIfNoEntry: false }));
  const common = commonFolder((existing.length ? existing : absolute).map((f) => dirname(f)));
  const stems = absolute.map((f) => {
    const rel = relative(common, f);
    return rel.slice(0, rel.length - extname(rel).length);
  });
  const count = new Map<string, number>();
  for (const s of stems) count.set(s.toLowerCase(), (count.get(s.toLowerCase()) ?? 0) + 1);
  return stems.map((stem, i) => {
    const name = count.get(stem.toLowerCase())! > 1 ? relative(common, absolute[i]) : stem;
    return join(outDir, `${name}.${format}`);
  });
}

/** The deepest folder holding all the given absolute folders. */
export function commonFolder(folders: readonly string[]): string {
  if (folders.length === 0) return process.cwd();
  let parts = folders[0].split(sep);
  for (const folder of folders.slice(1)) {
    const other = folder.split(sep);
    let n = 0;
    while (n < parts.length && n < other.length && parts[n] === other[n]) n++;
    parts = parts.slice(0, n);
  }
  const joined = parts.join(sep);
  return joined === '' || !isAbsolute(joined) ? sep : joined;
}
