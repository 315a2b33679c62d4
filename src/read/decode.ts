import iconv from 'iconv-lite';
import chardet from 'chardet';
import { FengongError } from '../errors.js';

/** The result of {@link decodeNotice}: the text (BOM removed) and the encoding it was read as. */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | string;
}

/**
 * Decodes the bytes of a notice, deciding the encoding from the bytes, never blindly:
 * a BOM (UTF-8, UTF-16 LE/BE); else strict UTF-8; else GB18030 when the bytes are valid GB18030 (iconv-lite
 * decodes without a replacement character); else the detector chardet, whose answer must decode cleanly too.
 * On short Chinese text a detector alone mistakes GBK for Japanese encodings, which is why it comes last.
 * @param file the path, for messages.
 * @throws FengongError when the bytes are binary (NUL bytes outside UTF-16) or decode to nothing sensible.
 */
export function decodeNotice(bytes: Uint8Array, file: string): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: strict('utf-8', buf.subarray(3), file), encoding: 'utf-8' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  if (buf.includes(0)) throw new FengongError(`${file}: a binary file, not a text notice (it holds NUL bytes)`);
  try {
    return checked({ text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' }, file);
  } catch (error) {
    if (error instanceof FengongError) throw error;
  }
  const gb = iconv.decode(buf, 'gb18030');
  if (!gb.includes('\ufffd')) return checked({ text: gb, encoding: 'gb18030' }, file);
  // chardet looks at a sample: enough for a decision, and linear in a bounded prefix.
  const guess = chardet.detect(buf.subarray(0, 64 * 1024));
  if (guess && iconv.encodingExists(guess)) {
    const text = iconv.decode(buf, guess);
    if (!text.includes('\ufffd')) return checked({ text, encoding: guess.toLowerCase() }, file);
  }
  throw new FengongError(`${file}: not readable text (neither UTF-8, UTF-16 with BOM nor GB18030)`);
}

function strict(encoding: 'utf-8', buf: Buffer, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(buf);
  } catch {
    throw new FengongError(`${file}: starts with a UTF-8 byte order mark but is not valid UTF-8`);
  }
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
    throw new FengongError(`${file}: a binary file, not a text notice (${control} control characters in its first ${sample.length})`);
  }
  return decoded;
}
