/** Device names Windows reserves in any directory, with or without an extension (`CON`, `con.txt`, `COM1`, `LPT9`). */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/**
 * Characters no file name may hold on Windows or POSIX (path separators, `:*?"<>|`), control characters (C0, DEL,
 * C1), and the bidirectional controls that can make `exe.txt` display as `txt.exe`.
 */
const UNSAFE = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/**
 * The most bytes (UTF-8) of a name before its extension: with the extension and what the atomic write adds for its
 * temporary file (`.NAME.PID.RANDOM.tmp`, about 30 bytes), within the 255 bytes of every file system (80 characters
 * of CJK, 240 bytes, had failed with ENAMETOOLONG for the temporary name: a fresh user's 111-character unit).
 */
const MAX_BYTES = 200;

/**
 * A file name for a unit's sheet: the unit name made safe, then the extension. Path separators, `:*?"<>|` and
 * control characters become `_`, so do runs of dots (`..`) and leading dots; trailing dots and spaces are dropped
 * (Windows drops them itself); a Windows device name (`CON`, `aux`) gets a leading `_`; an empty result is `unit`.
 * Chinese stays as it is: `县科协` → `县科协.xlsx`, `../x` → `__x.xlsx`, `=1+1` → `=1+1.xlsx` (harmless in a name).
 * The name is made unique against `taken` (compared without case, as on Windows and macOS) by `-2`, `-3`…, and
 * added to it.
 * @param extension with its dot, e.g. `.xlsx`.
 */
export function safeFileName(unit: string, extension: string, taken: Set<string>): string {
  let base = unit
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/^\.+/, '_')
    .replace(/[. ]+$/, '');
  if (Buffer.byteLength(base) > MAX_BYTES) {
    let bytes = 0;
    const kept: string[] = [];
    for (const c of base) {
      bytes += Buffer.byteLength(c);
      if (bytes > MAX_BYTES) break;
      kept.push(c);
    }
    base = kept.join('');
  }
  if (base === '') base = 'unit';
  if (WINDOWS_RESERVED.test(base)) base = `_${base}`;
  let name = `${base}${extension}`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}${extension}`;
  taken.add(name.toLowerCase());
  return name;
}
