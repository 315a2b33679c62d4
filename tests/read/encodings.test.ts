import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { fengongError } from './fengong-error.js';
import { decodeNotice } from '../../src/read/decode.js';
import { readNoticeBytes } from '../../src/read/read-notice.js';

const NOTICE = '某县2024年工作方案\n\n一、推进项目建设\n牵头单位：县发改局\n';
const LINES = [
  [1, '某县2024年工作方案'],
  [3, '一、推进项目建设'],
  [4, '牵头单位：县发改局'],
];

const bytes = (...parts: Array<number[] | Buffer>) => new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
const linesOf = async (input: Uint8Array, file = 'n.txt') => {
  const read = await readNoticeBytes(input, file, 'text');
  return { encoding: read.encoding, lines: read.blocks.flatMap((b) => b.lines.map((l) => [l.line, l.text])) };
};

describe('decoding a text notice', () => {
  it('reads UTF-8 without and with a BOM', async () => {
    expect(await linesOf(bytes(Buffer.from(NOTICE)))).toEqual({ encoding: 'utf-8', lines: LINES });
    expect(await linesOf(bytes([0xef, 0xbb, 0xbf], Buffer.from(NOTICE)))).toEqual({ encoding: 'utf-8', lines: LINES });
  });

  it('reads GB18030 (and so GBK), including a character outside GBK', async () => {
    expect(await linesOf(bytes(iconv.encode(NOTICE, 'gb18030')))).toEqual({ encoding: 'gb18030', lines: LINES });
    const rare = '一、𠀾县𬌗乡人民政府\n';
    expect(decodeNotice(iconv.encode(rare, 'gb18030'), 'r.txt')).toEqual({ text: rare, encoding: 'gb18030' });
  });

  it('reads UTF-16 LE and BE with a BOM', async () => {
    const le = Buffer.from(NOTICE, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(await linesOf(bytes([0xff, 0xfe], le))).toEqual({ encoding: 'utf-16le', lines: LINES });
    expect(await linesOf(bytes([0xfe, 0xff], be))).toEqual({ encoding: 'utf-16be', lines: LINES });
  });

  it('reads UTF-8 exactly, characters outside the BMP and odd white space included, and not invalid UTF-8', () => {
    const text = '县科协𠀀（扩展B）😀\u3000\u00a0牵头单位：县科协\r\n';
    expect(decodeNotice(Buffer.from(text), 'a.txt')).toEqual({ text, encoding: 'utf-8' });
    // An encoded surrogate (ED A0 80) is not UTF-8: read as another encoding or refused, never as UTF-8.
    const bad = Buffer.concat([Buffer.from('一、任务'), Buffer.from([0xed, 0xa0, 0x80])]);
    let encoding: string | undefined;
    try {
      encoding = decodeNotice(bad, 'b.txt').encoding;
    } catch {
      encoding = undefined;
    }
    expect(encoding).not.toBe('utf-8');
  });

  it('ends lines at CRLF and at CR alone', async () => {
    expect(await linesOf(bytes(Buffer.from(NOTICE.replace(/\n/g, '\r\n'))))).toEqual({ encoding: 'utf-8', lines: LINES });
    expect(await linesOf(bytes(Buffer.from(NOTICE.replace(/\n/g, '\r'))))).toEqual({ encoding: 'utf-8', lines: LINES });
    const gbCr = bytes(iconv.encode(NOTICE.replace(/\n/g, '\r'), 'gb18030'));
    expect(await linesOf(gbCr)).toEqual({ encoding: 'gb18030', lines: LINES });
  });

  it('reads Markdown with CRLF line ends', async () => {
    const read = await readNoticeBytes(bytes(Buffer.from('# 方案\r\n\r\n一、推进\r\n')), 'n.md', 'markdown');
    expect(read.blocks.map((b) => [b.kind, b.lines[0].line, b.lines[0].text])).toEqual([
      ['heading', 1, '方案'],
      ['text', 3, '一、推进'],
    ]);
  });

  it('rejects a binary file with an error naming it', async () => {
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    await expect(readNoticeBytes(png, 'logo.txt', 'text')).rejects.toThrow(fengongError('logo.txt: a binary file, not a text notice (it holds NUL bytes)', 'logo.txt：是二进制文件，不是文本公文（含有 NUL 字节）'));
    const controls = bytes(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    await expect(readNoticeBytes(controls, 'ctl.txt', 'text')).rejects.toThrow(/^ctl\.txt: a binary file, not a text notice \(\d+ control characters/);
  });

  // A fresh user's (session 26): UTF-16 without its BOM had been called only "a binary file".
  it('names UTF-16 text without a byte-order mark as such, with what to do, in either byte order', async () => {
    for (const [encoding, order, zh] of [['utf-16le', 'little', '小端'], ['utf-16be', 'big', '大端']] as const) {
      const u16 = bytes(iconv.encode(NOTICE, encoding));
      expect(u16[0] === 0xff || u16[0] === 0xfe).toBe(false);
      await expect(readNoticeBytes(u16, 'u16.txt', 'text')).rejects.toThrow(fengongError(`u16.txt: looks like UTF-16 (${order}-endian) text without a byte-order mark, which is not read: save it as UTF-8 (or as UTF-16 with its BOM)`, `u16.txt：看起来是不带 BOM 的 UTF-16（${zh}）文本，无法读取：请另存为 UTF-8（或带 BOM 的 UTF-16）`));
    }
    // With its BOM it is read (as the README says).
    expect(await linesOf(bytes([0xff, 0xfe], iconv.encode(NOTICE, 'utf-16le')))).toEqual({ encoding: 'utf-16le', lines: LINES });
    // An executable's bytes, NULs at even and odd offsets alike, stay "binary".
    const elf = bytes(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 20))));
    await expect(readNoticeBytes(elf, 'a.out', 'text')).rejects.toThrow(/^a\.out: a binary file, not a text notice \(it holds NUL bytes\)$/);
  });

  it('rejects bytes that no encoding decodes, rather than giving mojibake', async () => {
    // 0x80 and 0xFF start no GB18030 or UTF-8 character; a single-byte guess (windows-1252) is refused.
    const junk = bytes(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0xff : 0x80)));
    await expect(readNoticeBytes(junk, 'junk.txt', 'text')).rejects.toThrow(/^junk\.txt: not readable text \(neither UTF-8, UTF-16 with a BOM, GB18030 nor Big5/);
  });

  it('rejects a BOM whose encoding does not decode', () => {
    expect(() => decodeNotice(bytes([0xef, 0xbb, 0xbf, 0xc3, 0x28]), 'bad.txt')).toThrow(fengongError('bad.txt: starts with a UTF-8 byte order mark but is not valid UTF-8'));
    // A lone high surrogate (D800) in UTF-16 LE.
    expect(() => decodeNotice(bytes([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), 'bad16.txt')).toThrow(fengongError('bad16.txt: starts with a UTF-16 byte order mark but is not valid UTF-16'));
  });

  it('reads Big5 through the detector when GB18030 would give private-use characters', () => {
    const text = '一、各鄉鎮人民政府要加強組織領導，認真落實責任。\n二、縣發展和改革局牽頭，縣財政局配合。\n';
    expect(decodeNotice(iconv.encode(text, 'big5'), 'big5.txt')).toEqual({ text, encoding: 'big5' });
  });
});

describe('a GB18030 notice with a byte here and there that is not GB18030 (probe 45)', () => {
  it('is read, the bad bytes U+FFFD, and parse reports each where it stands', async () => {
    const { parseNotice } = await import('../../src/notice/parse-notice.js');
    // A stray 0xFF (no GB18030 byte) after 县, and U+FFFD saved as GB18030's own four bytes.
    const input = bytes(iconv.encode('某县2024年工作方案\n一、推进项目建设\n牵头单位：县', 'gb18030'), [0xff], iconv.encode('发改局\n二、推进改革\n牵头单位：县财政局\ufffd\n', 'gb18030'));
    const read = await readNoticeBytes(input, 'n.txt', 'text');
    expect(read.encoding).toBe('gb18030');
    const { matrix, messages } = parseNotice(read);
    expect(matrix.tasks.map((t) => t.lead)).toEqual([['县\ufffd发改局'], ['县财政局\ufffd']]);
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['undecodable-character', 3, 7], ['undecodable-character', 5, 10]]);
  });
  it('is still refused when replacement characters are many: no encoding it is read in', () => {
    const junk = new Uint8Array(Array.from({ length: 400 }, (_v, i) => (i % 2 ? 0xff : 0x41)));
    expect(() => decodeNotice(junk, 'x.txt')).toThrow(/not readable text/);
  });
});

describe('UTF-8 with a byte or two damaged (a fresh user\'s)', () => {
  it('is UTF-8 still, the damage a replacement character, when it is at most one character in 500', () => {
    const text = `某县2024年工作方案\n\n一、推进项目建设\n${'（一）加快重点项目建设，牵头单位：县发改局。\n'.repeat(30)}`;
    const whole = Buffer.from(text);
    // Cut short in the middle of its last character, as a copy or a download is.
    const cut = whole.subarray(0, whole.length - 3);
    const decoded = decodeNotice(cut, 'cut.txt');
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe(`${text.slice(0, -2)}\ufffd`);
  });
});
