import { lstatSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { loadConfig } from '../config.js';
import { FengongError } from '../errors.js';
import { ROLES, type Role } from '../matrix/types.js';
import { loadRegistry } from '../registry/load.js';
import type { UnitRegistry } from '../registry/registry.js';
import type { DueOptions } from '../sheets/sheet.js';
import { cannotWrite, checkOutDir, makeFolder, outDirIsFile, writeFileAtomic } from './io.js';
import { hasConfigFile } from './lang.js';
import { standardOutput } from './stdout.js';

/** Options the sheet commands (units, tasks, export) share, as commander parses them. */
export interface SheetCommandOptions {
  units?: string;
  expand?: boolean;
  today?: string;
  soon?: string;
  bom?: boolean;
  force?: boolean;
  output?: string;
}

/**
 * The registry named by `--units`, else by `registry:` of `.fengongrc.yaml`, or null.
 * @throws FengongError when `--expand` is given without a registry, or the registry or configuration cannot be read.
 */
export function registryOption(options: SheetCommandOptions): UnitRegistry | null {
  if (!options.units && hasConfigFile(process.cwd())) options = { ...options, units: loadConfig(process.cwd()).registry };
  if (options.expand && !options.units) throw new FengongError({ en: '--expand needs a unit registry (--units FILE)', zh: '--expand 需要单位名录（--units 文件）' });
  return options.units ? loadRegistry(options.units) : null;
}

/**
 * `--today` (default: today in local time) and `--soon` (default 30) as due options.
 * @throws FengongError when `--today` is not a real `YYYY-MM-DD` date or `--soon` not a whole number of days.
 */
export function dueOptions(options: SheetCommandOptions): Required<DueOptions> {
  const now = new Date();
  const local = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  const today = options.today ?? local;
  const parsed = new Date(`${today}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new FengongError({ en: `--today ${today}: expected a date as YYYY-MM-DD`, zh: `--today ${today}：应为 YYYY-MM-DD 格式的日期` });
  // The form is right and the day is not (`2025-02-30`): say so, not that the form is wrong (a fresh user's).
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== today) {
    throw new FengongError({ en: `--today ${today}: no such day (correct the month or the day)`, zh: `--today ${today}：没有这一天（请改正月或日）` });
  }
  const soon = options.soon ?? '30';
  if (!/^\d{1,5}$/.test(soon)) throw new FengongError(/^\d+$/.test(soon) ? { en: `--soon ${soon}: at most 99999 days`, zh: `--soon ${soon}：最多 99999 天` } : { en: `--soon ${soon}: expected a number of days, 0 or more`, zh: `--soon ${soon}：应为天数（0 或正整数）` });
  return { today, soonDays: Number(soon) };
}

/**
 * `--role lead,support` (repeatable) as roles; all three when not given.
 * @throws FengongError for a role that is not lead, responsible or support.
 */
export function rolesOption(values: string[] | undefined): Role[] {
  if (!values || values.length === 0) return [...ROLES];
  const roles = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  for (const role of roles) {
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new FengongError({ en: `--role ${role}: expected lead, responsible or support`, zh: `--role ${role}：应为 lead（牵头）、responsible（责任）或 support（配合）` });
    }
  }
  return ROLES.filter((role) => roles.includes(role));
}

/**
 * Writes to `-o FILE` (atomically; an existing file only with `--force`) or to standard output (`-o -` too), binary
 * data (xlsx, docx) only when that is not a terminal.
 * @param outDir whether the command also takes `--out-dir` (tasks does, export does not), for the message.
 * @throws FengongError for binary data without `-o` on a terminal, or when the file cannot be written.
 */
export function emit(data: string | Uint8Array, options: SheetCommandOptions, outDir = false): void {
  if (options.output) {
    writeFileAtomic(options.output, data, { overwrite: Boolean(options.force) });
  } else if (typeof data === 'string' || !process.stdout.isTTY) {
    // A workbook or a document to a pipe or a redirect (`> 分工表.xlsx`) as well: only a terminal gets no bytes.
    // (process.stdout is made only here: it loads node:tty or node:net, which the other paths do without.)
    standardOutput.write(data);
  } else if (outDir) {
    throw new FengongError({ en: 'xlsx and docx are not written to a terminal: give an output file (-o FILE or --out-dir DIR), or redirect standard output', zh: 'xlsx 和 docx 不输出到终端：请指定输出文件（-o 文件 或 --out-dir 目录），或重定向标准输出' });
  } else {
    throw new FengongError({ en: 'xlsx and docx are not written to a terminal: give an output file (-o FILE), or redirect standard output', zh: 'xlsx 和 docx 不输出到终端：请指定输出文件（-o 文件），或重定向标准输出' });
  }
}

/**
 * Writes files into `dir` (created when missing), all or none: every target is checked first, so that an
 * existing file without `--force`, or a name that would leave `dir`, stops the batch before anything is written.
 * An existing symbolic link is never followed: it is refused, or with `--force` replaced by the file.
 * @param files file names (already made safe) and their bytes.
 * @returns the paths written. Ctrl-C (SIGINT) or SIGTERM stops it between two files, each written whole.
 */
export async function writeIntoDir(dir: string, files: ReadonlyArray<{ name: string; data: string | Uint8Array }>, force: boolean): Promise<string[]> {
  checkOutDir(dir);
  try {
    makeFolder(dir);
  } catch (error) {
    throw (error as NodeJS.ErrnoException).code === 'ENOTDIR' ? outDirIsFile(dir) : error;
  }
  const root = resolve(dir);
  const targets = files.map(({ name }) => {
    const path = join(dir, name);
    if (dirname(resolve(path)) !== root) throw new FengongError({ en: `${name}: not a plain file name inside ${dir}`, zh: `${name}：不是 ${dir} 中的普通文件名` });
    const found = lstatSync(path, { throwIfNoEntry: false });
    if (found && !force) throw new FengongError({ en: `${path}: exists already (use --force to overwrite)`, zh: `${path}：文件已存在（用 --force 覆盖）` });
    // A folder is not overwritten even with --force: found here, before the first file, not half-way (a fresh user's:
    // 9 of 15 sheets had been written).
    if (found?.isDirectory()) throw new FengongError(cannotWrite(path, { code: 'EISDIR' } as NodeJS.ErrnoException));
    return path;
  });
  for (let i = 0; i < files.length; i++) {
    writeFileAtomic(targets[i], files[i].data, { overwrite: true });
    // Ctrl-C stops between two files (the handler runs when the event loop turns), not after all of them (probe 18:
    // 1,500 sheets were all written after a SIGINT at the 163rd).
    if (i + 1 < files.length) await new Promise((done) => setImmediate(done));
  }
  return targets;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
