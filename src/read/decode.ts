import { isUtf8, transcode } from 'node:buffer';
import { createRequire } from 'node:module';
import type iconvLite from 'iconv-lite';
import type chardetModule from 'chardet';
import { FengongError } from '../errors.js';

// Loaded on first use: a UTF-8 notice (most of them) needs neither, and they cost start-up time.
const require = createRequire(import.meta.url);
let iconvCache: typeof iconvLite | undefined;
const iconv = (): typeof iconvLite => (iconvCache ??= require('iconv-lite') as typeof iconvLite);
const chardet = (): typeof chardetModule => require('chardet') as typeof chardetModule;

/** The result of {@link decodeNotice}: the text (BOM removed) and the encoding it was read as. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | string;
}

/** Multi-byte encodings a Chinese notice can be in, besides UTF-8/16 and GB18030, as chardet names them. */
const CJK = new Set(['big5', 'shift_jis', 'euc-jp', 'euc-kr']);
/** Private-use characters: what bytes in GB18030's user-defined areas decode to, and Big5 read as GB18030 gives. */
const PRIVATE_USE = /[\ue000-\uf8ff]/;

/**
 * Decodes the bytes of a notice, deciding the encoding from the bytes, never blindly (issue 3, "Files"):
 * a BOM (UTF-8, UTF-16 LE/BE), strictly decoded; else strict UTF-8; else GB18030 when the bytes are valid GB18030
 * (iconv-lite decodes them without a replacement character) and hold no private-use character; else the detector
 * chardet, whose answer counts only when it is a Chinese, Japanese or Korean multi-byte encoding (Big5 for
 * traditional characters) that decodes cleanly; else GB18030 with its private-use characters, or with a replacement
 * character here and there (three, or at most one in 500 characters: a stray byte). On short Chinese
 * text a detector alone mistakes GBK for Japanese encodings, which is why it comes after GB18030. Line ends are
 * left as they are (CRLF, CR and LF are all ends of a line to the readers).
 * @param bytes the file's bytes.
 * @param file the path, for messages.
 * @returns the text without its BOM, and the encoding it was read as (lower case).
 * @throws FengongError naming the file when the bytes are an Office document (a zip, or an old .xls / .doc), when
 *   they are binary (NUL bytes without a UTF-16 BOM, UTF-16 without its BOM named as such, or many control
 *   characters), when a BOM's encoding does not decode, or when no encoding above decodes them (single-byte
 *   encodings such as windows-1252 would only give mojibake for a Chinese notice).
 */
export function decodeNotice(bytes: Uint8Array, file: string): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return checked({ text: strict('utf-8', buf.subarray(3), file), encoding: 'utf-8' }, file);
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return checked({ text: strict('utf-16le', buf.subarray(2), file), encoding: 'utf-16le' }, file);
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return checked({ text: strict('utf-16be', buf.subarray(2), file), encoding: 'utf-16be' }, file);
  }
  // An Office file under another name (`任务表.xlsx` saved as `.csv`, a `.doc` renamed `.txt`: probe 66) is named as
  // what it is, so that the clerk knows what to do with it.
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) {
    throw new FengongError({ en: `${file}: an Office document (.xlsx or .docx, a zip), not text: give it its own ending (.xlsx, .docx) to read it`, zh: `${file}：是 Office 文档（.xlsx 或 .docx，zip 格式），不是文本：改回原来的扩展名（.xlsx、.docx）即可读取` });
  }
  if (buf.length >= 8 && buf[0] === 0xd0 && buf[1] === 0xcf && buf[2] === 0x11 && buf[3] === 0xe0) {
    throw new FengongError({ en: `${file}: an old Office document (.xls or .doc), not text: save it as .xlsx or .docx in Excel or Word (or WPS) to read it`, zh: `${file}：是旧版 Office 文档（.xls 或 .doc），不是文本：请在 Excel、Word 或 WPS 中另存为 .xlsx 或 .docx 后再读取` });
  }
  if (buf.includes(0)) {
    // UTF-16 without its byte-order mark: named as such, with what to do (a fresh user's had been told only "binary").
    const order = utf16Order(buf);
    if (order) throw new FengongError({ en: `${file}: looks like UTF-16 (${order === 'le' ? 'little' : 'big'}-endian) text without a byte-order mark, which is not read: save it as UTF-8 (or as UTF-16 with its BOM)`, zh: `${file}：看起来是不带 BOM 的 UTF-16（${order === 'le' ? '小端' : '大端'}）文本，无法读取：请另存为 UTF-8（或带 BOM 的 UTF-16）` });
    throw new FengongError({ en: `${file}: a binary file, not a text notice (it holds NUL bytes)`, zh: `${file}：是二进制文件，不是文本公文（含有 NUL 字节）` });
  }
  if (isUtf8(buf)) return checked({ text: utf8Text(buf), encoding: 'utf-8' }, file);
  // UTF-8 with a byte or two damaged (a file cut short in its last character, a stray byte: a fresh user's, which had
  // been read as GB18030 mojibake and refused as no notice): UTF-8 still, the damage as U+FFFD, reported where it
  // stands; at most one replacement character in 500 (GB18030 text read as UTF-8 gives one for nearly every Chinese
  // character; a short text of a few invalid sequences is not read as UTF-8).
  const utf8 = buf.toString('utf8');
  const damaged = countReplacements(utf8);
  if (damaged > 0 && damaged * 500 <= utf8.length && /[\u4e00-\u9fff]/.test(utf8)) return checked({ text: utf8, encoding: 'utf-8' }, file);
  const gb = iconv().decode(buf, 'gb18030');
  const gbValid = !gb.includes('\ufffd');
  if (gbValid && !PRIVATE_USE.test(gb)) return checked({ text: gb, encoding: 'gb18030' }, file);
  // chardet looks at a sample: enough for a decision, and linear in a bounded prefix.
  const guess = chardet().detect(buf.subarray(0, 64 * 1024));
  if (guess && CJK.has(guess.toLowerCase()) && iconv().encodingExists(guess)) {
    const text = iconv().decode(buf, guess);
    if (!text.includes('\ufffd') && !PRIVATE_USE.test(text)) return checked({ text, encoding: guess.toLowerCase() }, file);
  }
  // A few bytes that are no GB18030 among many that are (a stray byte, a replacement character saved as such:
  // probe 45) do not make the rest unreadable: they stay U+FFFD, and parse reports each (undecodable-character).
  if (gbValid || fewReplacements(gb)) return checked({ text: gb, encoding: 'gb18030' }, file);
  throw new FengongError({
    en: `${file}: not readable text (neither UTF-8, UTF-16 with a BOM, GB18030 nor Big5${guess ? `; the detector's guess, ${guess}, would give mojibake` : ''})`,
    zh: `${file}：不是可读的文本（既不是 UTF-8、带 BOM 的 UTF-16、GB18030，也不是 Big5${guess ? `；检测器猜的 ${guess} 只会得到乱码` : ''}）`,
  });
}

/**
 * Valid UTF-8 as a string. ICU's converter (buffer.transcode to UTF-16) and a UTF-16 read take about two thirds of
 * the time of V8's own UTF-8 decoding on Chinese text (1 MB: 4.5 against 6.7 ms); V8's is the fallback for a Node
 * built without ICU. The bytes were checked first (buffer.isUtf8: strict, as TextDecoder's fatal mode).
 */
function utf8Text(buf: Buffer): string {
  try {
    return transcode(buf, 'utf8', 'utf16le').toString('utf16le');
  } catch {
    return buf.toString('utf8');
  }
}

function strict(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', buf: Buffer, file: string): string {
  const name = encoding.toUpperCase().replace(/LE|BE/, '');
  try {
    // ignoreBOM: the BOM is already cut off; a second one would be a character of the text.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    throw new FengongError({ en: `${file}: starts with a ${name} byte order mark but is not valid ${name}`, zh: `${file}：以 ${name} 字节顺序标记（BOM）开头，但不是有效的 ${name}` });
  }
}

/** Whether a decoded text holds a replacement character here and there only: three, or at most one in 500 characters. */
function fewReplacements(text: string): boolean {
  const n = countReplacements(text);
  return n > 0 && (n <= 3 || n * 500 <= text.length);
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** Text full of control characters is binary that happened to decode. */
function checked(decoded: DecodedText, file: string): DecodedText {
  const sample = decoded.text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (sample.length > 0 && control / sample.length > 0.05) {
    throw new FengongError({
      en: `${file}: a binary file, not a text notice (${control} control characters in its first ${sample.length})`,
      zh: `${file}：是二进制文件，不是文本公文（前 ${sample.length} 个字符中有 ${control} 个控制字符）`,
    });
  }
  return decoded;
}

/**
 * The byte order of UTF-16 text without a BOM, judged on its first 4 KB: an even length, and four in five of its NUL
 * bytes (the high byte of ASCII characters: digits, line breaks; the low one of a CJK character such as 一, U+4E00)
 * at odd offsets (`le`) or at even ones (`be`); else null.
 */
function utf16Order(buf: Buffer): 'le' | 'be' | null {
  if (buf.length % 2 !== 0) return null;
  const n = Math.min(buf.length, 4096);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (buf[i] === 0) i % 2 === 0 ? even++ : odd++;
  if (even + odd < 4) return null;
  if (odd >= 0.8 * (even + odd)) return 'le';
  if (even >= 0.8 * (even + odd)) return 'be';
  return null;
}
