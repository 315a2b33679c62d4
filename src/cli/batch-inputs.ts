import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import type { Bilingual } from '../i18n.js';
import { closedFolders, statPath } from './walk.js';

/** The endings `fengong parse` reads (src/read/read-notice.ts `formatOf`), without the dot. */
const NOTICE_ENDINGS = ['txt', 'text', 'md', 'markdown', 'docx', 'xlsx', 'csv'];
const NOTICE_GLOB = `**/*.{${NOTICE_ENDINGS.join(',')}}`;
const IGNORE = ['**/node_modules/**', '**/.git/**'];
/**
 * Documents a clerk's folder often holds beside its notices that fengong does not read: a batch names them (by
 * ending) instead of passing over them in silence, so that a folder of 30 .docx and 10 .pdf notices does not
 * read as 30 notices done.
 */
const UNREAD_DOCUMENTS = ['pdf', 'doc', 'wps', 'ofd', 'rtf', 'xls', 'et', 'odt', 'ods', 'htm', 'html', 'mht'];
const UNREAD_GLOB = `**/*.{${UNREAD_DOCUMENTS.join(',')}}`;

/** What the arguments of a batch named: the notices in order, and the arguments that named nothing. */
export interface BatchInputs {
  /** Notice paths, each once, in the order given (a directory's or a glob's matches sorted). */
  files: string[];
  /** One line per argument that matched no notice (a glob or folder with none); each makes the exit code 2. */
  problems: Bilingual[];
  /**
   * One line per folder or glob that held documents of a kind fengong does not read (`.pdf`, `.doc`…), with their
   * count by ending, and the argument (`path`); the exit code is not changed by them.
   */
  skipped: Array<Bilingual & { path: string }>;
  /**
   * The folders the arguments name, absolute: a folder as given, a glob's folders before its first wildcard, a
   * notice's own folder. The matrices mirror the tree under their common folder ({@link outputPaths}).
   */
  roots: string[];
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
  const skipped: Array<Bilingual & { path: string }> = [];
  const roots: string[] = [];
  const noteSkipped = (arg: string, others: string[]) => {
    if (!others.length) return;
    const count = new Map<string, number>();
    for (const f of others) {
      const ending = extname(f).toLowerCase();
      count.set(ending, (count.get(ending) ?? 0) + 1);
    }
    const kinds = [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const en = kinds.map(([e, n]) => `${n} ${e}`).join(', ');
    const zh = kinds.map(([e, n]) => `${n} 个 ${e}`).join('，');
    skipped.push({
      path: arg,
      en: `${arg}: skipped ${others.length} document${others.length === 1 ? '' : 's'} of a kind fengong does not read (${en}); save them as .docx or .txt to parse them`,
      zh: `${arg}：跳过 ${others.length} 个不能读取的文件（${zh}）；另存为 .docx 或 .txt 后即可解析`,
    });
  };
  const add = (file: string) => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };
  /** A folder that cannot be listed: said, never passed over (its notices had gone in silence, exit 0). */
  const unreadable = (folder: string) => problems.push({ en: `${folder}: cannot read this folder (permission denied): the notices in it are not parsed`, zh: `${folder}：无法读取此文件夹（没有权限）：其中的公文未解析` });
  for (const arg of args) {
    // A loop of links, a path through a file, a folder that may not be looked into: one line, and the others go on.
    const { stat, why } = statPath(arg);
    if (why) {
      problems.push({ en: `${arg}: cannot read (${why.en})`, zh: `${arg}：无法读取（${why.zh}）` });
      continue;
    }
    if (stat?.isDirectory()) {
      const closed = closedFolders(arg);
      for (const folder of closed) unreadable(folder);
      if (closed[0] === arg) continue;
      // Links inside the folder are not followed: one to a folder above it (`up -> ..`) had the batch parse everything
      // around it (a fresh user's find).
      const found = globSync(NOTICE_GLOB, { cwd: arg, ignore: IGNORE, caseSensitiveMatch: false, followSymbolicLinks: false }).filter(isDocument).sort();
      const endings = NOTICE_ENDINGS.map((e) => `.${e}`).join(' ');
      if (found.length === 0) problems.push({ en: `${arg}: no notice (${endings}) in this folder`, zh: `${arg}：此文件夹中没有公文（${endings}）` });
      for (const f of found) add(join(arg, f));
      if (found.length) roots.push(resolve(arg));
      noteSkipped(arg, globSync(UNREAD_GLOB, { cwd: arg, ignore: IGNORE, caseSensitiveMatch: false, followSymbolicLinks: false }).filter(isDocument));
    } else if (!stat && isDynamicPattern(arg)) {
      // An absolute pattern gives absolute paths, as the user wrote it (tinyglobby gives paths relative to the working folder).
      // Links are not followed, as in a folder (`**` through `up -> ..` had parsed notices twice and more).
      const matched = globSync(literalFolders(arg), { ignore: IGNORE, expandDirectories: false, absolute: isAbsolute(arg), followSymbolicLinks: false }).filter(isDocument);
      const found = matched.filter((f) => NOTICE_ENDINGS.includes(extname(f).slice(1).toLowerCase())).sort();
      if (found.length === 0) problems.push({ en: `${arg}: no notice matches this pattern`, zh: `${arg}：没有与此模式匹配的公文` });
      for (const f of found) add(f);
      if (found.length) roots.push(resolve(globRoot(arg)));
      noteSkipped(arg, matched.filter((f) => UNREAD_DOCUMENTS.includes(extname(f).slice(1).toLowerCase())));
    } else {
      add(arg);
      if (stat) roots.push(resolve(dirname(arg)));
    }
  }
  return { files, problems, skipped, roots };
}

/** How many of a pattern's `/`-separated parts, before its last, come before its first wildcard. */
function literalDepth(parts: readonly string[]): number {
  let n = 0;
  while (n < parts.length - 1 && !/[*?[\]{}!]/.test(parts[n])) n++;
  return n;
}

/** A glob's folders before its first wildcard (`archive/2024/**\/*.txt` → `archive/2024`), or `.`. */
function globRoot(pattern: string): string {
  const parts = pattern.split('/');
  const n = literalDepth(parts);
  return n === 0 ? (pattern.startsWith('/') ? '/' : '.') : parts.slice(0, n).join('/') || '/';
}

/** Not the lock file Word and WPS leave beside an open document (`~$分工方案.docx`): no document of its own. */
function isDocument(path: string): boolean {
  return !basename(path).startsWith('~$');
}

/**
 * A pattern whose folders before its first wildcard are taken as written: their round brackets are no group
 * (`新建文件夹 (2)/*.txt`, the name Windows gives a copied folder; `规划 (2021-2025)/*.md` had matched nothing).
 */
function literalFolders(pattern: string): string {
  const parts = pattern.split('/');
  const n = literalDepth(parts);
  for (let i = 0; i < n; i++) parts[i] = parts[i].replace(/[()]/g, '\\$&');
  return parts.join('/');
}

/**
 * Where each notice's matrix goes: its path relative to the common folder of `roots` (the folders the arguments
 * named: {@link BatchInputs.roots}), or without them of the notices' own folders, under `outDir`, with the
 * ending replaced by `.yaml` or `.json`. `a/notice.txt` and `b/notice.txt` become `a/notice.yaml` and
 * `b/notice.yaml`; `parse archive --out-dir m` gives `archive/2024/三月/a.txt` the matrix `m/2024/三月/a.yaml`
 * whatever else the folder holds (it had been `m/a.yaml` while it was the only notice: a fresh user's); paths that
 * do not exist are left out of the common folder. Two notices of one folder that differ only in their ending (`x.txt`, `x.md`) keep it
 * (`x.txt.yaml`, `x.md.yaml`) rather than overwrite each other; a name that still meets another's (`x.docx` beside
 * `x.docx.txt`) gets `-2`, `-3`… in input order. No two notices share an output path.
 * @returns one path per file, in the same order.
 */
export function outputPaths(files: readonly string[], outDir: string, format: 'yaml' | 'json', roots: readonly string[] = []): string[] {
  const absolute = files.map((f) => resolve(f));
  // A path that does not exist gets no matrix, and must not move the others' common folder.
  const existing = absolute.filter((f) => statPath(f).stat);
  const common = commonFolder(roots.length ? roots : (existing.length ? existing : absolute).map((f) => dirname(f)));
  const stems = absolute.map((f) => {
    const rel = relative(common, f);
    return rel.slice(0, rel.length - extname(rel).length);
  });
  const count = new Map<string, number>();
  for (const s of stems) count.set(s.toLowerCase(), (count.get(s.toLowerCase()) ?? 0) + 1);
  // A name kept with its ending may still meet another notice's (`方案.docx` beside `方案.docx.txt`, a converter's
  // double ending: an archive office's find, where one matrix silently replaced the other): the later one, in input
  // order, takes `-2`, `-3`…
  const taken = new Set<string>();
  return stems.map((stem, i) => {
    const name = count.get(stem.toLowerCase())! > 1 ? relative(common, absolute[i]) : stem;
    let path = `${name}.${format}`;
    for (let k = 2; taken.has(path.toLowerCase()); k++) path = `${name}-${k}.${format}`;
    taken.add(path.toLowerCase());
    return join(outDir, path);
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
