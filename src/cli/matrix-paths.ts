import { extname, join, resolve } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { FengongError } from '../errors.js';
import type { Bilingual } from '../i18n.js';
import { closedFolders, statPath } from './walk.js';

const MATRIX_EXTENSIONS = new Set(['.yaml', '.yml', '.json']);
const IGNORE = ['**/node_modules/**', '**/.git/**'];

/**
 * The files named by paths, directories and globs, each once, in the order given (a directory's and a glob's
 * files sorted). Directories are searched recursively for `.yaml`, `.yml` and `.json`, in any case (node_modules and
 * .git skipped); a file named outright is read whatever its ending.
 * @param problems where a path that does not exist, or a directory or glob that holds no matrix file, is noted; without
 *   it, such a path throws.
 * @throws FengongError when a path does not exist or a directory or glob holds no matrix file, and `problems` is not
 *   given.
 */
export function expandPaths(paths: readonly string[], problems?: Array<Bilingual & { path?: string }>): string[] {
  const files = new Map<string, string>();
  let current = '';
  const problem = (text: Bilingual) => {
    if (!problems) throw new FengongError(text);
    problems.push({ ...text, path: current });
  };
  for (const path of paths) {
    current = path;
    // (A loop of links, no permission: one line, as for a notice; it had been an internal error, exit 70.)
    const { stat, why } = statPath(path);
    if (why) {
      problem({ en: `${path}: cannot read (${why.en})`, zh: `${path}：无法读取（${why.zh}）` });
      continue;
    }
    let found: string[];
    if (stat?.isDirectory()) {
      // A folder inside that cannot be listed is named, never passed over.
      const closed = closedFolders(path);
      for (const folder of closed) problem({ en: `${folder}: cannot read this folder (permission denied): the files in it are not read`, zh: `${folder}：无法读取此文件夹（没有权限）：其中的文件未读取` });
      if (closed[0] === path) continue;
      // (Links inside the folder are not followed, as `parse` does not: one to a folder above would take in all around it.)
      // (Endings in any case, `A.YAML`, `b.Yml`, as Windows tools write them: a fresh user's folder had passed green with
      // two broken matrices in it, never read; a file named outright or by a glob is read so too.)
      found = globSync('**/*.{yaml,yml,json}', { cwd: path, ignore: IGNORE, followSymbolicLinks: false, caseSensitiveMatch: false }).map((f) => join(path, f));
    } else if (stat) {
      found = [path];
    } else if (isDynamicPattern(path)) {
      found = globSync(path, { ignore: IGNORE, expandDirectories: false }).filter((f) => MATRIX_EXTENSIONS.has(extname(f).toLowerCase()));
    } else {
      problem({ en: `${path}: no such file or directory`, zh: `${path}：文件或目录不存在` });
      continue;
    }
    if (found.length === 0) problem({ en: `${path}: no .yaml, .yml or .json file found`, zh: `${path}：没有找到 .yaml、.yml 或 .json 文件` });
    // Each file once, however it was named (`um` and `./um/a.yaml`, a relative and an absolute path: a fresh user's
    // `units` had counted one matrix's tasks twice), under the first name it was given.
    for (const f of found.sort()) {
      const key = resolve(f);
      if (!files.has(key)) files.set(key, f);
    }
  }
  return [...files.values()];
}
