import { crc32 } from 'node:zlib';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { FengongError } from '../errors.js';
import type { Bilingual } from '../i18n.js';

/**
 * An XML element as a small tree: `name` is `w:local` for the WordprocessingML namespace (transitional or strict
 * OOXML, whatever prefix the file used), `mc:local` for markup compatibility, `r:local` for the document's
 * relationships (`r:id`), `x:local` for anything else (an attribute of no namespace too: a relationship's `x:Id`).
 * Attributes are named the same way. Children keep document order; text nodes are strings.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: Array<XmlElement | string>;
}

const PREFIXES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
};

/**
 * Parses XML (saxes, strict and namespace-aware) into an {@link XmlElement} tree.
 * @throws Error (saxes's) when the XML is not well-formed.
 */
export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attrs[qualify(a.uri, a.local)] = a.value;
    const el: XmlElement = { name: qualify(tag.uri, tag.local), attrs, children: [] };
    stack[stack.length - 1].children.push(el);
    if (!tag.isSelfClosing) stack.push(el);
  });
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) stack.pop();
  });
  parser.on('text', (text) => stack[stack.length - 1].children.push(text));
  parser.on('cdata', (text) => stack[stack.length - 1].children.push(text));
  parser.write(xml).close();
  if (failure) throw failure;
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new Error('no root element');
  return top;
}

function qualify(uri: string | undefined, local: string | undefined): string {
  return `${(uri && PREFIXES[uri]) || 'x'}:${local ?? ''}`;
}

/** The element children of `el`, optionally only those named `name`. */
export function elements(el: XmlElement, name?: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));
}

/** The first element child named `name`, or undefined. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  return el?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The `w:val` of the child `name` (`<w:numId w:val="3"/>` → `"3"`), or undefined when there is no such child. */
export function valOf(el: XmlElement | undefined, name: string): string | undefined {
  return child(el, name)?.attrs['w:val'];
}

/**
 * Whether an on/off property (`<w:vanish/>`, `<w:isLgl w:val="0"/>`) is on: present and not `0`/`false`/`off`
 * (ECMA-376 Part 1 §17.17.4, ST_OnOff).
 */
export function isOn(el: XmlElement | undefined, name: string): boolean {
  const c = child(el, name);
  return c !== undefined && !['0', 'false', 'off'].includes(c.attrs['w:val'] ?? 'true');
}

/** The text content of an element (all its text nodes, in order). */
export function textContent(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textContent(c))).join('');
}

/**
 * Opens the bytes of an Office file as a zip (jszip).
 * @param what how a message names the expected kind of file, in both languages (`a Word .docx file`).
 *   Messages are bilingual (src/i18n.ts).
 * @throws FengongError `file: not <what> (…)` when the bytes are not a zip; for an OLE compound file (an old
 *   `.doc`/`.xls`, or an Office file protected by a password, which Office also stores that way) the message says
 *   so and how to fix it.
 */
export async function openZip(bytes: Uint8Array, file: string, what: Bilingual): Promise<JSZip> {
  if (OLE.every((b, i) => bytes[i] === b)) {
    throw new FengongError({
      en: `${file}: not ${what.en} (an old binary Office file such as .doc or .xls, or one protected by a password: save it as .docx or .xlsx without a password)`,
      zh: `${file}：不是${what.zh}（是 .doc、.xls 等旧式二进制 Office 文件，或设了密码的文件：请另存为不设密码的 .docx 或 .xlsx）`,
    });
  }
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    // jszip's message goes on with a question and a link to its documentation: keep the finding only.
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\s*:?\s*is this a zip file.*$/is, '');
    throw new FengongError({ en: `${file}: not ${what.en} (not a zip archive: ${reason})`, zh: `${file}：不是${what.zh}（不是 zip 压缩包）` });
  }
}

/** The signature of an OLE compound file (MS-CFB §2.2). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The most an XML part may unpack to: 256 MB, some twenty times the document.xml of the largest real notice seen
 * (16,000 paragraphs: about 10 MB).
 */
const MAX_PART_BYTES = 256 * 2 ** 20;

/**
 * Reads and parses one XML part of an opened zip; undefined when the part is missing.
 * @throws FengongError `file: not <what> (part: …)` when the part is not well-formed XML, `file: not read: … unpacks to
 *   N MB` when the zip's directory gives it more than 256 MB, `file: too large to read` when it unpacks to more than
 *   a string holds.
 */
export async function readPart(zip: JSZip, path: string, file: string, what: Bilingual): Promise<XmlElement | undefined> {
  const xml = await readPartText(zip, path, file);
  if (xml === undefined) return undefined;
  try {
    return parseXml(xml);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new FengongError({ en: `${file}: not ${what.en} (${path}: ${reason})`, zh: `${file}：不是${what.zh}（${path}：${reason}）` });
  }
}

/**
 * The text of one part of an opened zip (UTF-8), undefined when the part is missing.
 * @throws FengongError as {@link readPart} does for a part too large, and as {@link readPartBytes} for a damaged one.
 */
export async function readPartText(zip: JSZip, path: string, file: string): Promise<string | undefined> {
  const bytes = await readPartBytes(zip, path, file);
  if (bytes === undefined) return undefined;
  try {
    return new TextDecoder().decode(bytes);
  } catch (error) {
    // A part that unpacks to more than a string can hold (a 1.6 MB file of 700,000 long paragraphs: a fresh user's
    // find, which had ended in an internal error).
    if (error instanceof RangeError) throw new FengongError({ en: `${file}: too large to read (${path} unpacks to more text than fengong can hold)`, zh: `${file}：文件过大，无法读取（${path} 解压后的文本超出可处理的长度）` });
    throw error;
  }
}

/**
 * The bytes of one part of an opened zip, undefined when the part is missing, checked against the size and the
 * checksum (CRC-32) the zip's directory gives for it.
 * @throws FengongError `file: not read: … unpacks to N MB` when the directory gives the part more than 256 MB (before
 *   anything is unpacked), `file: damaged: …` when it cannot be unpacked or unpacks to other bytes than it held (a
 *   fresh user's damaged copies: an internal error, or text read changed in silence, `大力` as `姧力`).
 */
export async function readPartBytes(zip: JSZip, path: string, file: string): Promise<Uint8Array | undefined> {
  const entry = zip.file(path);
  if (!entry) return undefined;
  // The size the zip's directory gives for the part, before it is unpacked: a 1 MB file whose document.xml unpacks
  // to 600 MB had taken 23 s and 1.6 GB of memory before it was refused (a fresh user's zip bomb).
  const data = (entry as unknown as { _data?: { uncompressedSize?: number; crc32?: number } })._data;
  const size = data?.uncompressedSize ?? 0;
  if (size > MAX_PART_BYTES) {
    const mb = Math.round(size / 2 ** 20);
    throw new FengongError({ en: `${file}: not read: ${path} unpacks to ${mb} MB, more than any notice holds (at most ${MAX_PART_BYTES / 2 ** 20} MB): a damaged or hostile file`, zh: `${file}：未读取：${path} 解压后达 ${mb} MB，超出任何公文的大小（最多 ${MAX_PART_BYTES / 2 ** 20} MB）：文件已损坏或有意构造` });
  }
  let bytes: Uint8Array;
  try {
    bytes = await entry.async('uint8array');
  } catch (error) {
    if (error instanceof RangeError) throw new FengongError({ en: `${file}: too large to read (${path} unpacks to more text than fengong can hold)`, zh: `${file}：文件过大，无法读取（${path} 解压后的文本超出可处理的长度）` });
    throw damaged(file, path);
  }
  if (typeof data?.crc32 === 'number' && crc32(bytes) !== data.crc32 >>> 0) throw damaged(file, path);
  return bytes;
}

/**
 * Checks every part of an opened zip that `wanted` names as {@link readPartBytes} reads one (its size before it is
 * unpacked, then its checksum), for a reader that unpacks the zip itself (exceljs).
 * @throws FengongError as readPartBytes does.
 */
export async function checkParts(zip: JSZip, file: string, wanted: (path: string) => boolean): Promise<void> {
  for (const path of Object.keys(zip.files)) if (!zip.files[path].dir && wanted(path)) await readPartBytes(zip, path, file);
}

function damaged(file: string, path: string): FengongError {
  return new FengongError({ en: `${file}: damaged: ${path} does not unpack to what the file says it holds; save it again from Word, Excel or WPS`, zh: `${file}：文件已损坏：${path} 解压后的内容与文件记录的不符，请用 Word、Excel 或 WPS 重新保存` });
}
