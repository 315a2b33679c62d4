import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

// Each command loads only what it uses (issue 7): the built CLI (dist/cli, tsc output, where package names show in
// the paths) is run with a module hook that writes every module it loads to a log, ESM and CommonJS alike.
const dir = mkdtempSync(join(tmpdir(), 'fengong-loads-'));
const log = join(dir, 'loaded.log');
writeFileSync(join(dir, 'hooks.mjs'), `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(process.env.FENGONG_LOAD_LOG, url + '\\n'); return next(url, context); }
`);
writeFileSync(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(dir, 'hooks.mjs')).href)});\n`);
writeFileSync(join(dir, 'cjs.cjs'), `process.on('exit', () => require('node:fs').appendFileSync(process.env.FENGONG_LOAD_LOG, Object.keys(require('node:module')._cache).join('\\n') + '\\n'));\n`);
writeFileSync(join(dir, 'entry.mjs'), `import(${JSON.stringify(pathToFileURL(resolve('dist/cli/main.js')).href)}).then((m) => m.main(process.argv.slice(2)));\n`);

/** The packages (node_modules folder names) a CLI run loaded. */
function packagesLoaded(args: string[]): Set<string> {
  writeFileSync(log, '');
  const run = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, '-r', join(dir, 'cjs.cjs'), join(dir, 'entry.mjs'), ...args], {
    env: { ...process.env, FENGONG_LOAD_LOG: log },
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBeLessThanOrEqual(1);
  return new Set([...readFileSync(log, 'utf8').matchAll(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/g)].map((m) => m[1]));
}

const MARKDOWN = ['unified', 'remark-parse', 'remark-gfm', 'micromark', 'mdast-util-from-markdown'];
const OFFICE = ['exceljs', 'docx', 'mammoth', 'jszip'];

describe('what each command loads', () => {
  const notice = join(dir, 'notice.txt');
  writeFileSync(notice, '一、任务\n1.办好活动。（县科协牵头，县教体局配合）\n');

  it('parse of a .txt notice loads no Markdown, Office or encoding-detection library', () => {
    const loaded = packagesLoaded(['parse', notice, '-q', '-o', join(dir, 'out.yaml')]);
    expect(loaded.has('commander')).toBe(true);
    // The matrix is written by src/matrix/write.ts: not even the yaml package is loaded.
    for (const name of [...MARKDOWN, ...OFFICE, 'iconv-lite', 'chardet', 'ajv-cli', 'yaml']) expect(loaded.has(name), name).toBe(false);
  });

  it('parse of a .md notice loads remark (the hook sees it)', () => {
    const md = join(dir, 'notice.md');
    writeFileSync(md, '# 通知\n\n一、任务\n\n1\\.办好活动。（县科协牵头，县教体局配合）\n');
    const loaded = packagesLoaded(['parse', md, '-q', '-o', join(dir, 'out-md.yaml')]);
    expect(loaded.has('remark-parse')).toBe(true);
    // No table in it: remark-gfm is not needed, and not loaded.
    expect(loaded.has('remark-gfm')).toBe(false);
    for (const name of OFFICE) expect(loaded.has(name), name).toBe(false);
  });

  it('parse of a .md notice with a table loads remark-gfm', () => {
    const md = join(dir, 'table.md');
    writeFileSync(md, '# 分工表\n\n| 序号 | 工作任务 | 牵头单位 |\n| --- | --- | --- |\n| 1 | 办好活动。 | 县科协 |\n');
    const loaded = packagesLoaded(['parse', md, '-q', '-o', join(dir, 'out-table.yaml')]);
    expect(loaded.has('remark-gfm')).toBe(true);
  });

  it('validate loads neither remark nor exceljs nor docx', () => {
    const loaded = packagesLoaded(['validate', 'fixtures/notices/lezhi-2023-61.matrix.yaml', '--reporter', 'json']);
    for (const name of [...MARKDOWN, ...OFFICE]) expect(loaded.has(name), name).toBe(false);
  });
});
