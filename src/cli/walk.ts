import { readdirSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { errnoWords } from '../errors.js';
import type { Bilingual } from '../i18n.js';

/**
 * What is at a path named on the command line: its stat (links followed), nothing (`{}`: no such path), or why it
 * cannot be looked at (a loop of links, no permission, a path through a file), in words. Such a path had stopped a
 * batch, and `validate`, with an internal error (exit 70): a tester's find.
 */
export function statPath(path: string): { stat?: Stats; why?: Bilingual } {
  try {
    return { stat: statSync(path, { throwIfNoEntry: false }) };
  } catch (error) {
    return { why: errnoWords(error as NodeJS.ErrnoException) };
  }
}

/**
 * The folders under `root` (itself included) that cannot be listed, `root` first, the others in order; links are not
 * followed, and node_modules and .git are not entered. A search of the folder (tinyglobby) passes over them in
 * silence: a batch had skipped their notices with exit 0.
 */
export function closedFolders(root: string): string[] {
  const closed: string[] = [];
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      closed.push(dir);
      continue;
    }
    for (const e of entries) if (e.isDirectory() && e.name !== 'node_modules' && e.name !== '.git') stack.push(join(dir, e.name));
  }
  return closed.sort((a, b) => (a === root ? -1 : b === root ? 1 : a < b ? -1 : 1));
}
