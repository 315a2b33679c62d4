// npm run bench: the speed of fengong against references measured in the same run, as ratios (issue 7).
// Inputs are generated into bench/out/ from the fixtures with a fixed seed (bench/generate.mjs). Every case runs
// after a warm-up, several times; the table shows median, min and max (ms), the reference's median and the ratio.
// Results go to bench/results.json (the figures the README shows) for a full run, to bench/results.partial.json
// (not tracked) when BENCH_ONLY or BENCH_SCALE makes it a partial one. The big inputs (50 MB batch, 10 MB notice,
// 1,000 matrices) are scaled by BENCH_SCALE (default 1, full size: about 2 minutes on 2 cores once the inputs exist;
// 0.1 for a quick look). BENCH_RUNS sets the runs of the small cases (default 10; the big ones get a third, at least
// 2); BENCH_ONLY=startup,batch… picks case groups by name. Written in plain JavaScript so that it runs on the built
// CLI, as installed.
import stringWidth from 'string-width';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hostile, makeNotice, random } from './generate.mjs';
import { benchValidate } from './validate.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = join(root, 'bench', 'out');
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const BIG_RUNS = Math.max(2, Math.round(RUNS / 3));
const ONLY = process.env.BENCH_ONLY?.split(',');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const fengong = join(root, 'bin', 'fengong.js');
const node = process.execPath;

/** Runs a command; returns its wall time (ms), peak RSS (MB, when /usr/bin/time is there) and exit code. */
function run(cmd, args, options = {}) {
  const argv = TIME ? [TIME, ['-f', '%M %U %S', cmd, ...args]] : [cmd, args];
  const t = process.hrtime.bigint();
  const r = spawnSync(argv[0], argv[1], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const [kb, user, sys] = TIME ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [];
  return { ms, rss: TIME ? kb / 1024 : undefined, cpu: TIME ? (user + sys) * 1000 : undefined, code: r.status, stderr: r.stderr };
}

/** Times commands in turn (so that both sides see the same load): warm-up, then `runs` rounds. */
function interleave(commands, runs, warmup = 1) {
  const samples = commands.map(() => ({ ms: [], rss: [], cpu: [] }));
  for (let i = 0; i < warmup + runs; i++) {
    commands.forEach(([cmd, args], j) => {
      const r = run(cmd, args);
      if (r.code !== 0 && r.code !== 1) throw new Error(`${cmd} ${args.join(' ')}: exit ${r.code}\n${r.stderr.slice(0, 2000)}`);
      if (i >= warmup) {
        samples[j].ms.push(r.ms);
        if (r.rss !== undefined) samples[j].rss.push(r.rss);
        if (r.cpu !== undefined) samples[j].cpu.push(r.cpu);
      }
    });
  }
  return samples;
}

/**
 * Times two compilers in this machine's other processes (bench/measure.mjs), in turn: two rounds, each a fresh process
 * that compiles the file `WARMUP` times before the timed iterations. Throughput is the steady speed of a long batch:
 * V8 keeps optimising the parser over its first iterations of a 1 MB notice (on this machine the first took 470–1,190
 * ms, the second about 350, the third to fifth 130–260, from about the sixth on 80–160), so one warm-up had measured
 * mostly that. Both sides get the same warm-up.
 */
const WARMUP = 5;
function inProcess(pairs, iterations) {
  const samples = pairs.map(() => ({ ms: [], cpu: [] }));
  for (let round = 0; round < 2; round++) {
    pairs.forEach(([mode, file], j) => {
      const r = spawnSync(node, [join(root, 'bench', 'measure.mjs'), mode, file, String(Math.ceil(iterations / 2)), String(WARMUP)], { cwd: root, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`measure ${mode} ${file}: ${r.stderr}`);
      const { ms, cpu } = JSON.parse(r.stdout);
      samples[j].ms.push(...ms);
      samples[j].cpu.push(...cpu);
    });
  }
  return samples;
}

/** The ratio of CPU times (user + system), less swayed than wall time by other work on the machine. */
const cpuRatio = (a, b) => (a.cpu.length && b.cpu.length ? { cpuRatio: stats(a.cpu).median / stats(b.cpu).median } : {});
const stats = (a) => {
  const s = [...a].sort((x, y) => x - y);
  return { median: s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2, min: s[0], max: s[s.length - 1] };
};

const results = [];
/** Records a case: its samples, the reference's, the ratio and whether it meets the target. */
function record(name, samples, ref, target, extra = {}, unit = 'ms') {
  // Samples, or the statistics a case module computed itself (bench/validate.mjs).
  const s = Array.isArray(samples) ? stats(samples) : samples;
  const r = ref.samples ? stats(ref.samples) : { median: ref.value };
  const ratio = s.median / r.median;
  const pass = target.max !== undefined ? ratio <= target.max : true;
  results.push({ case: name, unit, median: s.median, min: s.min, max: s.max, runs: Array.isArray(samples) ? samples.length : samples.runs, reference: ref.name, referenceMedian: r.median, ratio, target: target.text, pass, ...extra });
  const f = unit === 'MB' ? (v) => `${v.toFixed(0)} MB` : ms;
  const note = [extra.cpuRatio ? `cpu ${extra.cpuRatio.toFixed(2)}×` : '', extra.peakRssMB ? `${extra.peakRssMB.toFixed(0)} MB` : ''].filter(Boolean).join(', ');
  console.log(row([name, f(s.median), f(s.min), f(s.max), `${f(r.median)} ${ref.name}`, ratio.toFixed(2), target.text, pass ? 'ok' : 'MISSED', note]));
}
/** Megabytes for a label: `50`, `5`, `0.5`. */
const mb = (bytes) => (bytes >= 10e6 ? (bytes / 1e6).toFixed(0) : (bytes / 1e6).toFixed(1).replace(/\.0$/, ''));
const ms = (v) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(v < 100 ? 1 : 0)} ms`);
const WIDTHS = [38, 9, 9, 9, 36, 6, 20, 7, 8];
// Padded by display width (string-width): a CJK character takes two columns (`牵头单位：、、、…`).
const row = (cells) => cells.map((c, i) => String(c) + ' '.repeat(Math.max(0, WIDTHS[i] - stringWidth(String(c))))).join(' ').trimEnd();
const wanted = (name) => !ONLY || ONLY.some((p) => name.startsWith(p));
/** Runs a group of cases; one that breaks is reported and the others still run. */
function group(name, body) {
  if (!wanted(name)) return;
  try {
    body();
  } catch (error) {
    console.log(`${name}: could not run: ${String(error.message ?? error).split('\n').slice(0, 3).join(' ')}`);
    results.push({ case: name, error: String(error.message ?? error).slice(0, 2000), pass: false });
  }
}

// --- inputs --------------------------------------------------------------------------------------------------
function write(path, text) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}
/** A folder of notices of 5 to 200 KB, text and Markdown, about `bytes` in all. */
function batch(dir, bytes, seed) {
  rmSync(dir, { recursive: true, force: true });
  const r = random(seed);
  let total = 0;
  let n = 0;
  while (total < bytes) {
    const md = r.next() < 0.25;
    const text = makeNotice(seed * 100_000 + n, r.int(5_000, 190_000), md ? 'markdown' : 'text');
    write(join(dir, `d${String(n % 20).padStart(2, '0')}`, `notice-${String(n).padStart(5, '0')}.${md ? 'md' : 'txt'}`), text);
    total += Buffer.byteLength(text);
    n++;
  }
  return { files: n, bytes: total };
}

const loadBefore = loadavg()[0];
console.log(`fengong bench: ${cpus()[0]?.model ?? '?'} × ${availableParallelism()}, node ${process.version}, scale ${SCALE}, load average ${loadBefore.toFixed(1)}\n`);
const t0 = performance.now();
mkdirSync(out, { recursive: true });
const seedSize = Buffer.byteLength(readFileSync(join(root, 'fixtures/notices/lezhi-2023-61.md')));
write(join(out, 'seed.txt'), makeNotice(1, seedSize));
write(join(out, 'seed.md'), makeNotice(2, seedSize, 'markdown'));
write(join(out, 'through.txt'), makeNotice(3, 1_000_000));
write(join(out, 'through.md'), makeNotice(4, 1_000_000, 'markdown'));
write(join(out, 'scale-1x.txt'), makeNotice(5, 100_000));
write(join(out, 'scale-10x.txt'), makeNotice(6, 1_000_000));
console.log(row(['case', 'median', 'min', 'max', 'reference (median)', 'ratio', 'target', '', 'cpu time ratio, peak RSS']));

// --- start-up --------------------------------------------------------------------------------------------------
group('startup', () => {
  const [base, version, txt, md] = interleave([
    [node, ['-e', '0']],
    [node, [fengong, '--version']],
    [node, [fengong, 'parse', join(out, 'seed.txt'), '-q']],
    [node, [fengong, 'parse', join(out, 'seed.md'), '-q']],
  ], RUNS, 2);
  const ref = { name: 'node -e 0', samples: base.ms };
  record('startup: --version', version.ms, ref, { max: 1.3, text: '≤ 1.3×' }, cpuRatio(version, base));
  record('startup: parse seed-size .txt', txt.ms, ref, { max: 1.6, text: '≤ 1.6×' }, cpuRatio(txt, base));
  record('startup: parse seed-size .md', md.ms, ref, { max: 2.3, text: '≤ 2.3×' }, cpuRatio(md, base));
});

// --- throughput and scaling in one process ---------------------------------------------------------------------
group('throughput', () => {
  const [ft, rt] = inProcess([['fengong', join(out, 'through.txt')], ['remark', join(out, 'through.txt')]], RUNS / 2);
  record('throughput: 1 MB .txt (--format json)', ft.ms, { name: 'unified+remark-parse', samples: rt.ms }, { max: 0.2, text: '≤ 0.2× (5× faster)' }, cpuRatio(ft, rt));
  const [fm, rm] = inProcess([['fengong', join(out, 'through.md')], ['remark-gfm', join(out, 'through.md')]], RUNS / 2);
  record('throughput: 1 MB .md (--format json)', fm.ms, { name: 'unified+remark-parse+gfm', samples: rm.ms }, { max: 1.25, text: '≤ 1.25× (80% speed)' }, cpuRatio(fm, rm));
});
group('scaling', () => {
  const [one, ten] = inProcess([['fengong', join(out, 'scale-1x.txt')], ['fengong', join(out, 'scale-10x.txt')]], RUNS / 2);
  record('scaling: 1 MB .txt vs 100 KB', ten.ms, { name: '100 KB .txt', samples: one.ms }, { max: 11, text: '≤ 11×' }, cpuRatio(ten, one));
});

// --- batches, memory --------------------------------------------------------------------------------------------
group('batch', () => {
  const small = batch(join(out, 'batch-5mb'), 5_000_000 * SCALE, 11);
  const large = batch(join(out, 'batch-50mb'), 50_000_000 * SCALE, 12);
  console.log(`   (batches: ${small.files} notices, ${(small.bytes / 1e6).toFixed(1)} MB; ${large.files} notices, ${(large.bytes / 1e6).toFixed(1)} MB)`);
  const args = (dir) => ['parse', join(out, dir), '--out-dir', join(out, `${dir}-matrices`), '--format', 'json', '-q'];
  const [s, l] = interleave([[node, [fengong, ...args('batch-5mb')]], [node, [fengong, ...args('batch-50mb')]]], BIG_RUNS, 0);
  const rss = Math.max(...l.rss);
  record(`scaling: batch ${mb(large.bytes)} MB vs ${mb(small.bytes)} MB`, l.ms, { name: `batch ${mb(small.bytes)} MB`, samples: s.ms }, { max: 11, text: '≤ 11×' }, { peakRssMB: rss, ...cpuRatio(l, s) });
  record(`memory: batch ${mb(large.bytes)} MB, peak RSS`, l.rss, { name: 'limit', value: 250 }, { max: 1, text: '≤ 250 MB' }, {}, 'MB');
});
group('memory', () => {
  write(join(out, 'single-10mb.txt'), makeNotice(13, 10_000_000 * SCALE));
  const [m] = interleave([[node, [fengong, 'parse', join(out, 'single-10mb.txt'), '--format', 'json', '-q', '-o', join(out, 'single-10mb.json')]]], BIG_RUNS, 0);
  record(`memory: one ${mb(10_000_000 * SCALE)} MB .txt, peak RSS`, m.rss, { name: 'limit', value: 600 }, { max: 1, text: '≤ 600 MB' }, { wallMs: stats(m.ms).median }, 'MB');
});

// --- validate ---------------------------------------------------------------------------------------------------
group('validate', () => {
  // The validate command's own benchmark (bench/validate.mjs): 1,000 matrices varied from the seed's, always full size.
  const r = benchValidate(BIG_RUNS);
  record('validate: 1000 seed-size matrices', { median: r.median, min: r.min, max: r.max, runs: BIG_RUNS }, { name: 'ajv-cli validate', value: r.referenceMedian }, { max: 1, text: '≤ 1.0× (aim 0.5×)' });
});

// --- hostile inputs (issue 6) -------------------------------------------------------------------------------------
group('hostile', () => {
  const kinds = ['brackets', 'parens', 'numbers', 'commas', 'wrapped', 'markers', 'names'];
  for (const kind of kinds) write(join(out, `hostile-${kind}.txt`), hostile(kind, 1_000_000));
  const samples = interleave(kinds.map((k) => [node, [fengong, 'parse', join(out, `hostile-${k}.txt`), '--format', 'json', '-q']]), Math.max(3, RUNS / 2), 1);
  const label = { brackets: '〔〔〔…', parens: '（（（…', numbers: '1.1.1.…', commas: '牵头单位：、、、…', wrapped: 'lines wrapped with no full stop', markers: 'one paragraph of marker brackets', names: 'one label of distinct names' };
  kinds.forEach((k, i) => record(`hostile: 1 MB of ${label[k]}`, samples[i].ms, { name: 'limit (whole process)', value: 1000 }, { max: 1, text: '< 1 s' }));
});

// The load average says how busy the machine was: ratios hold up under load better than times, not entirely.
const machine = { nproc: availableParallelism(), cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: `${process.platform} ${process.arch}`, loadAverage: { before: loadBefore, after: loadavg()[0] } };
const seconds = (performance.now() - t0) / 1000;
const resultsFile = ONLY || SCALE !== 1 ? 'results.partial.json' : 'results.json';
writeFileSync(join(root, 'bench', resultsFile), `${JSON.stringify({ date: new Date().toISOString(), machine, scale: SCALE, runs: RUNS, seconds, cases: results }, null, 2)}\n`);
console.log(`\n${results.filter((r) => r.pass).length}/${results.length} cases meet their target; ${seconds.toFixed(0)} s; bench/${resultsFile} written.`);
