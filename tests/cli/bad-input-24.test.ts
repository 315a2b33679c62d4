import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkMatrixSchema } from '../../src/matrix/schema.js';
import { readDocx } from '../../src/read/docx.js';
import { readXlsx } from '../../src/read/xlsx.js';
import { parseNotice } from '../../src/notice/parse-notice.js';
import { readCsv } from '../../src/read/csv.js';
import { fengongError } from '../read/fengong-error.js';
import { parseText } from '../helpers/parse.js';

// What a fresh user's hostile inputs found in session 24 (one line and exit 2, never an internal error; nothing read
// changed in silence), each checked by hand.

const fengong = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, ['bin/fengong.js', '--lang', 'en', ...args], { input, encoding: 'utf8', maxBuffer: 1 << 26 });
const dir = mkdtempSync(join(tmpdir(), 'fengong-bad-'));

describe('a unit that is a mark or a symbol alone', () => {
  it('is no unit: the matrix keeps its schema, the task is said to name none', () => {
    for (const parsed of [
      parseNotice(readCsv('序号,重点任务,牵头单位,责任单位,完成时限\n1,开展科普活动,县科协,※,2024年底前\n2,建设科普基地,＊＊,县财政局,2024年底前', 'star.csv')),
      parseText('某县方案\n一、任务\n（一）开展科普活动。（牵头单位：县科协、*）\n（二）开展宣传。（县科协牵头，*配合）\n（三）建设基地。（牵头单位：◆）\n（四）做好培训。（牵头单位：•；责任单位：（））'),
    ]) {
      expect(checkMatrixSchema(parsed.matrix)).toEqual([]);
      for (const t of parsed.matrix.tasks) for (const u of [...t.lead, ...t.responsible, ...t.support]) expect(u).toMatch(/[\p{L}\p{N}]/u);
    }
    const text = parseText('某县方案\n一、任务\n（一）建设基地。（牵头单位：◆）\n（二）做好培训。（牵头单位：•；责任单位：（））');
    expect(text.messages.filter((m) => m.ruleId === 'no-unit').map((m) => [m.line, m.reason])).toEqual([
      [3, 'Task 1.1\'s markers name no unit (a mark or a symbol alone is none): add its units by hand'],
      [4, 'Task 1.2\'s markers name no unit (a mark or a symbol alone is none): add its units by hand'],
    ]);
  });

  it('reads N/A and 0 in a unit cell as an empty cell', () => {
    const { matrix } = parseNotice(readCsv('序号,重点任务,牵头单位,责任单位,完成时限\n1,开展科普活动,县科协,N/A,2024年底前\n2,建设科普基地,县财政局,0,2024年底前', 'na.csv'));
    expect(matrix.tasks.map((t) => [t.lead, t.responsible])).toEqual([[['县科协'], []], [['县财政局'], []]]);
  });

  it('gives exit 1 with the finding from the command, not an internal error', () => {
    const file = join(dir, 'star.csv');
    writeFileSync(file, '序号,重点任务,牵头单位,责任单位,完成时限\n1,开展科普活动,※,※,2024年底前\n');
    const run = fengong(['parse', file, '-q']);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.status).toBe(1);
  });
});

describe('a damaged Office file', () => {
  /** A .docx whose document.xml is stored unpacked, one character of it then changed in the zip's bytes. */
  async function damagedDocx(): Promise<Uint8Array> {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>DAMAGE大力加强科普阵地建设</w:t></w:r></w:p></w:body></w:document>', { compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const at = Buffer.from(bytes).indexOf('DAMAGE');
    expect(at).toBeGreaterThan(0);
    bytes[at] = 'X'.charCodeAt(0);
    return bytes;
  }

  it('is refused when a part unpacks to other bytes than the zip says (its checksum), not read changed', async () => {
    await expect(readDocx(await damagedDocx(), 'd.docx')).rejects.toThrow(fengongError('d.docx: damaged: word/document.xml does not unpack to what the file says it holds; save it again from Word, Excel or WPS'));
  });

  it('refuses a sheet the zip says unpacks to more than 256 MB before exceljs unpacks it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('表').getCell('A1').value = '序号';
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    // The central directory's record of the sheet: its uncompressed size (offset 24) made 512 MB.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    let at = -1;
    for (let i = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02])); i >= 0; i = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), i + 4)) {
      if (bytes.subarray(i + 46, i + 46 + name.length).equals(name)) at = i;
    }
    expect(at).toBeGreaterThan(0);
    bytes.writeUInt32LE(512 * 2 ** 20, at + 24);
    await expect(readXlsx(new Uint8Array(bytes), 'big.xlsx')).rejects.toThrow(fengongError('big.xlsx: not read: xl/worksheets/sheet1.xml unpacks to 512 MB, more than any notice holds (at most 256 MB): a damaged or hostile file'));
  });

  it('is one line and exit 2 from the command', async () => {
    const file = join(dir, 'damaged.docx');
    writeFileSync(file, await damagedDocx());
    const run = fengong(['parse', file]);
    expect([run.status, run.stdout, run.stderr]).toEqual([2, '', `fengong: ${file}: damaged: word/document.xml does not unpack to what the file says it holds; save it again from Word, Excel or WPS\n`]);
  });
});

describe('a file nested deeper than any notice', () => {
  it('is one line and exit 2, not an internal error: a .docx of nested paragraphs, Markdown of nested quotes', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    zip.file('word/document.xml', `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${'<w:p>'.repeat(20000)}<w:r><w:t>一、任务</w:t></w:r>${'</w:p>'.repeat(20000)}</w:body></w:document>`);
    const docx = join(dir, 'deep.docx');
    writeFileSync(docx, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    const md = join(dir, 'deep.md');
    writeFileSync(md, `${'>'.repeat(20000)} 一、任务（县科协负责）\n`);
    for (const file of [docx, md]) {
      const run = fengong(['parse', file]);
      expect([run.status, run.stdout, run.stderr]).toEqual([2, '', `fengong: ${file}: not read: it nests deeper than any notice does (a damaged or hostile file)\n`]);
    }
  });
});

describe('input with no size to check first', () => {
  it('stops reading standard input at the limit', () => {
    const run = fengong(['parse', '-', '--max-size', '1KB'], '一、重点任务\n'.repeat(200));
    expect([run.status, run.stdout, run.stderr]).toEqual([2, '', 'fengong: <stdin>: more than the limit of 1024 bytes (raise it with --max-size)\n']);
    // Under the limit, read whole.
    expect(fengong(['parse', '-', '-q'], '某县方案\n一、任务\n（一）开展活动。（县科协负责）\n').stdout).toContain('responsible: [县科协]');
  });

  it('stops reading a device at the limit, for parse and validate', () => {
    const run = fengong(['parse', '/dev/zero', '--max-size', '1MB']);
    expect([run.status, run.stderr]).toEqual([2, 'fengong: /dev/zero: more than the limit of 1048576 bytes (raise it with --max-size)\n']);
    const validate = fengong(['validate', '/dev/zero', '--max-size', '1MB', '--reporter', 'json']);
    expect(JSON.parse(validate.stdout).map((f: { ruleId: string }) => f.ruleId)).toEqual(['file-too-large']);
  });
});

describe('characters that hide in a unit\'s name', () => {
  it('are taken out of a notice\'s names: the marks that turn text\'s direction, the Hangul filler, tags', () => {
    const { matrix } = parseText('某县方案\n一、任务\n（一）开展活动。（牵头单位：县\u202e财政局；责任单位：县\u2067科协\u2069、团\u3164县委、县\udb40\udc41教育局）');
    expect(matrix.tasks.map((t) => [t.lead, t.responsible])).toEqual([[['县财政局'], ['县科协', '团县委', '县教育局']]]);
  });

  it('break a hand-edited matrix\'s schema (unit-name)', () => {
    const file = join(dir, 'shy.yaml');
    const seed = spawnSync(process.execPath, ['bin/fengong.js', 'parse', 'fixtures/notices/lezhi-2023-61.md', '-q'], { encoding: 'utf8' }).stdout;
    writeFileSync(file, seed.replace('[县科协]', '[县\u00ad科协]'));
    const run = fengong(['validate', file, '--reporter', 'json']);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).map((f: { ruleId: string }) => f.ruleId)).toContain('unit-name');
  });
});

describe('one matrix named two ways', () => {
  it('is counted once by units', () => {
    const folder = join(dir, 'um');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.yaml'), spawnSync(process.execPath, ['bin/fengong.js', 'parse', 'fixtures/notices/lezhi-2023-61.md', '-q'], { encoding: 'utf8' }).stdout);
    const total = (args: string[]) => JSON.parse(spawnSync(process.execPath, ['bin/fengong.js', 'units', ...args, '-f', 'json'], { encoding: 'utf8' }).stdout).find((u: { unit: string }) => u.unit === '县科协').total;
    // The seed names 县科协 in 31 tasks (16 as lead, 15 as responsible: docs of the seed's matrix).
    expect(total([join(folder, 'a.yaml')])).toBe(31);
    expect(total([folder, join(folder, 'a.yaml'), `${folder}/./a.yaml`])).toBe(31);
  });
});

describe('a sheet written over the matrix it is read from', () => {
  it('is refused, however the path names it, and the matrix is left whole', () => {
    const file = join(dir, 'self.json');
    const matrix = spawnSync(process.execPath, ['bin/fengong.js', 'parse', 'fixtures/notices/lezhi-2023-61.md', '-q', '--format', 'json'], { encoding: 'utf8' }).stdout;
    writeFileSync(file, matrix);
    for (const args of [['tasks', file, '--unit', '县科协', '-o', file, '--force'], ['export', file, '-o', join(dir, '.', 'self.json'), '--force', '--format', 'md']]) {
      const run = fengong(args);
      expect([run.status, run.stderr]).toEqual([2, `fengong: ${args[args.indexOf('-o') + 1]}: is the file being read; write to another file\n`]);
    }
    expect(readFileSync(file, 'utf8')).toBe(matrix);
  });
});
