import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, lstatSync, mkdirSync, openSync, readlinkSync, renameSync, rmdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { errnoWords, FengongError } from '../errors.js';
import type { Bilingual } from '../i18n.js';
import { cliLang } from './lang.js';
import { standardError } from './stdout.js';

/**
 * Writes a file whole or not at all: the data goes to a temporary file beside the target, which is then renamed
 * over it. An existing symbolic link to a file is replaced, never followed; a pipe, a socket, a block device or a
 * link to one is never replaced (as root, `-o /dev/null` would have replaced the device with a file; probe 18). A
 * character device (`/dev/null`) is written directly, and so is a link to an open descriptor (`/dev/stdout`), at its
 * end: there is nothing to replace.
 * @throws FengongError when the directory cannot be written, when the target is a folder, a pipe, a socket or a link
 * to one, when a device refuses the bytes (`/dev/full`), or
 * when `overwrite` is false and the file exists.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, options: { overwrite?: boolean } = {}): void {
  finishWritesOnSignals();
  const kind = kindOf(path);
  if (kind === 'folder') throw new FengongError(cannotWrite(path, Object.assign(new Error('EISDIR'), { code: 'EISDIR' })));
  // A character device (`-o /dev/null`, as curl and most tools take it) is written as it is: nothing to replace, and
  // nothing half-written to leave behind (probe 58: it had been refused).
  if (kind === 'device' || kind === 'descriptor') {
    let fd: number | undefined;
    try {
      // A descriptor of this process (`-o /dev/stdout` redirected to a file, `>>` too) is written at its end, never
      // truncated or replaced.
      fd = openSync(path, kind === 'descriptor' ? 'a' : 'w');
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    } catch (error) {
      throw new FengongError(cannotWrite(path, error as NodeJS.ErrnoException));
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return;
  }
  if (kind === 'special') {
    throw new FengongError({
      en: `${path}: cannot write: this is a pipe, a socket or a block device, not a file (give a file's path, or leave -o out to write to standard output)`,
      zh: `${path}：无法写入：这是管道、套接字或块设备，不是文件（请给出文件路径，或去掉 -o 输出到标准输出）`,
    });
  }
  if (options.overwrite === false && exists(path)) {
    throw new FengongError({ en: `${path}: exists already (use --force to overwrite)`, zh: `${path}：文件已存在（用 --force 覆盖）` });
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let off = 0;
    while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, path);
    filesWritten++;
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    // The temporary file may never have been made (ENOTDIR: a part of the path is a file): nothing to remove.
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing was written there.
    }
    const e = error as NodeJS.ErrnoException;
    // (With the system's code, for a batch to tell a cause every later notice meets too.)
    throw Object.assign(new FengongError(cannotWrite(path, e)), { code: e.code });
  }
}

/** `--out-dir` names a file, not a folder (a batch of matrices, `tasks --all`). */
/**
 * Checks an `--out-dir` before anything is compiled: one that is a file or a symbolic link (also written with a
 * trailing slash, as tab completion writes it: `linkout/`), or whose path cannot be looked at (a part of it a file, a
 * loop of links), is one line (a fresh user's `--out-dir linkout/` and `afile/sub` had been internal errors, exit 70).
 * @throws FengongError saying what is wrong.
 */
export function checkOutDir(dir: string): void {
  const plain = dir.length > 1 ? dir.replace(/[\\/]+$/, '') || dir : dir;
  let st;
  try {
    st = lstatSync(plain, { throwIfNoEntry: false });
  } catch (error) {
    const why = errnoWords(error as NodeJS.ErrnoException);
    throw new FengongError({ en: `--out-dir ${dir}: cannot be used (${why.en})`, zh: `--out-dir ${dir}：无法使用（${why.zh}）` });
  }
  if (st && !st.isDirectory()) throw outDirIsFile(plain);
}

export function outDirIsFile(dir: string): FengongError {
  // A link is never written through (a link to a folder had been called a file: a fresh user's find).
  if (lstatSync(dir, { throwIfNoEntry: false })?.isSymbolicLink()) {
    return new FengongError({ en: `--out-dir ${dir}: is a symbolic link, which fengong does not write through: give the folder it points to`, zh: `--out-dir ${dir}：这是符号链接，fengong 不经链接写入：请给出它指向的文件夹` });
  }
  return new FengongError({ en: `--out-dir ${dir}: is a file, not a folder`, zh: `--out-dir ${dir}：这是文件，不是文件夹` });
}

/** Why a file cannot be written, in words a clerk reads (the system's code kept for the rest). */
export function cannotWrite(path: string, e: NodeJS.ErrnoException): Bilingual {
  switch (e.code) {
    case 'ENOENT':
      // (A folder that exists and takes no files: /proc, a fresh user's find.)
      return exists(dirname(path))
        ? { en: `${path}: cannot write: its folder takes no new files`, zh: `${path}：无法写入：所在文件夹不能新建文件` }
        : { en: `${path}: cannot write: its folder does not exist (create it first)`, zh: `${path}：无法写入：所在文件夹不存在（请先创建）` };
    case 'EEXIST':
    case 'ENOTDIR':
      return { en: `${path}: cannot write: a part of its folder path is a file, not a folder`, zh: `${path}：无法写入：所在路径中有一部分是文件而不是文件夹` };
    case 'EISDIR':
      return { en: `${path}: cannot write: this is a folder (give a file name)`, zh: `${path}：无法写入：这是一个文件夹（请给出文件名）` };
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { en: `${path}: cannot write: permission denied`, zh: `${path}：无法写入：没有权限` };
    case 'ENOSPC':
      return { en: `${path}: cannot write: the disk is full`, zh: `${path}：无法写入：磁盘已满` };
    default:
      return { en: `${path}: cannot write (${e.code ?? e.message})`, zh: `${path}：无法写入（${e.code ?? e.message}）` };
  }
}

/**
 * Creates a folder and the folders above it that are missing, one level at a time. (Node 20's own
 * `mkdirSync(dir, { recursive: true })` never returns under a folder that exists but takes no new folders, /proc:
 * it spun at full CPU, a fresh user's find.)
 * @returns the folders it created, outermost first (none when the folder was there), for a caller that removes
 *   them again when it wrote nothing into them ({@link removeEmptyFolders}).
 * @throws FengongError naming the folder and why, in words (no permission, a folder that takes no new folders); an
 *   error with code ENOTDIR when the folder or a part of its path is a file (the caller says which it was given).
 */
export function makeFolder(dir: string): string[] {
  const missing: string[] = [];
  for (let d = resolve(dir); !exists(d); d = dirname(d)) {
    missing.push(d);
    if (dirname(d) === d) break;
  }
  for (const d of missing.reverse()) {
    try {
      mkdirSync(d);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && kindOf(d) === 'folder') continue;
      if (code === 'EEXIST' || code === 'ENOTDIR') throw Object.assign(error as NodeJS.ErrnoException, { code: 'ENOTDIR' });
      const why: Bilingual =
        code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
          ? { en: 'permission denied', zh: '没有权限' }
          : code === 'ENOENT'
            ? { en: 'the folder above it takes no new folders', zh: '上一级文件夹不能新建文件夹' }
            : code === 'ENOSPC'
              ? { en: 'the disk is full', zh: '磁盘已满' }
              : { en: String(code), zh: String(code) };
      // (With the system's code, for a batch to tell a cause every later notice meets too.)
      throw Object.assign(new FengongError({ en: `${dir}: cannot create the output directory: ${why.en}`, zh: `${dir}：无法创建输出目录：${why.zh}` }), { code });
    }
  }
  if (kindOf(resolve(dir)) !== 'folder') throw Object.assign(new Error(`${dir}: not a folder`), { code: 'ENOTDIR' });
  return missing;
}

/**
 * Removes folders that {@link makeFolder} created, innermost first, each only while it is empty (rmdir): what a run
 * that wrote nothing leaves (a batch whose every notice failed had left an empty output folder: a fresh user's
 * find). A folder something was written into stays, and the ones above it with it.
 */
export function removeEmptyFolders(created: readonly string[]): void {
  for (const d of [...created].reverse()) {
    try {
      rmdirSync(d);
    } catch {
      return;
    }
  }
}

let signalsHandled = false;
/** The files this run has written (renamed into place), for the line an interruption prints. */
let filesWritten = 0;

/**
 * Ctrl-C (SIGINT) or SIGTERM during a run that writes files: with a handler installed, the signal is taken
 * between two writes, never inside one (each write is synchronous: temporary file, fsync, rename), so an
 * interrupted batch leaves whole files and no temporary ones. Says so in one line on standard error, with the count
 * of files written (a fresh user's: an interrupted batch of 600 had printed nothing), and exits with 128 + the
 * signal's number. A batch of sheets calls it before it renders them, so that a signal then says `0 files written`
 * too (a fresh user's: a batch interrupted before its first file had ended in silence).
 */
export function finishWritesOnSignals(): void {
  if (signalsHandled) return;
  signalsHandled = true;
  const stop = (code: number) => () => {
    const n = filesWritten;
    // (On a terminal, under a progress bar's line.)
    if (process.stderr.isTTY) standardError.write('\n');
    standardError.write(cliLang() === 'zh' ? `fengong: 已中断：已写入 ${n} 个文件，每个都完整；其余未写入\n` : `fengong: interrupted: ${n} file${n === 1 ? '' : 's'} written, each whole; the rest not written\n`);
    process.exit(code);
  };
  process.once('SIGINT', stop(130));
  process.once('SIGTERM', stop(143));
}

/**
 * What is at a path, not following a symbolic link: nothing, a folder, a file (or a link to one, replaced when
 * written), a character device (`/dev/null`), a descriptor (a link into /proc or /dev/fd, `/dev/stdout`: written
 * through), or something special (a pipe, a socket, a block device, a link to one: refused).
 */
function kindOf(path: string): 'none' | 'folder' | 'file' | 'device' | 'descriptor' | 'special' {
  try {
    const st = lstatSync(path);
    if (st.isDirectory()) return 'folder';
    if (st.isCharacterDevice()) return 'device';
    // `/dev/stdout`, `/dev/fd/1`, `/proc/self/fd/1`: a descriptor of this process, whatever it is open on (a file
    // when standard output is redirected: the link had been replaced by a file, as root /dev/stdout itself; a new
    // user's test).
    if (st.isSymbolicLink() && isDescriptor(path)) return 'descriptor';
    // A link to a device, a pipe or a socket (`-o /dev/stdout`, a link to /proc/self/fd/1) is one too: replacing
    // the link would lose the output, and as root break /dev/stdout (a new user's test).
    if (st.isSymbolicLink()) return linksToSpecial(path) ? 'special' : 'file';
    return st.isFile() ? 'file' : 'special';
  } catch {
    return 'none';
  }
}

/** Whether a link names an open descriptor (`/dev/stdout`, `/proc/self/fd/1`): it is, or leads at its first step, into /proc or /dev/fd. */
function isDescriptor(path: string): boolean {
  const under = (p: string) => /^\/(?:proc|dev\/fd)\//.test(p);
  try {
    return under(resolve(path)) || under(resolve(dirname(path), readlinkSync(path)));
  } catch {
    return false;
  }
}

/** Whether a symbolic link leads to something that is neither a file nor a folder (a dangling link does not). */
function linksToSpecial(path: string): boolean {
  try {
    const st = statSync(path);
    return !st.isFile() && !st.isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Refuses to write the output over the file the command reads (`tasks m.json -o m.json --force`: a fresh user's, whose
 * matrix was replaced by a task list), whatever path names it (the same device and inode: links and `./` included).
 * @throws FengongError when they are one file.
 */
export function refuseOverwritingInput(input: string, output: string | undefined): void {
  if (!output || input === '-' || !sameFile(input, output)) return;
  throw new FengongError({ en: `${output}: is the file being read; write to another file`, zh: `${output}：这是正在读取的文件，请写到另一个文件` });
}

/** Whether two paths name one existing file (the same device and inode: links and `./` included). */
export function sameFile(a: string, b: string): boolean {
  try {
    const x = statSync(a, { throwIfNoEntry: false });
    const y = statSync(b, { throwIfNoEntry: false });
    return x !== undefined && y !== undefined && x.dev === y.dev && x.ino === y.ino;
  } catch {
    // A path that cannot be looked at (through a file, no permission) is said so where it is read or written.
    return false;
  }
}
