// Benchmark of `fengong validate` against ajv-cli on the same 1,000 seed-size matrices (issue 4, issue 7).
// Usage: npm run build && node bench/validate.mjs [runs]; or `benchValidate()` from the benchmark runner. Inputs
// are generated deterministically from the seed's matrix into bench/out/validate/ (different line numbers, units
// and text lengths; a fixed seed). Both commands run alternately in one session after a warm-up round; the result
// is the median, min and max wall time of fengong, the median of ajv-cli, and the ratio of the medians.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { parse, stringify } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const out = `${root}bench/out/validate`;
const seed = parse(readFileSync(`${root}fixtures/notices/lezhi-2023-61.matrix.yaml`, 'utf8'));

/**
 * Generates the inputs and times both commands.
 * @returns wall times in milliseconds: fengong's median, min and max, ajv-cli's median, and their ratio.
 */
export function benchValidate(runs = 5) {
  let state = 20231010;
  const random = () => ((state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const units = ['县教体局', '县科协', '县财政局', '县卫健局', '县农业农村局', '县文广旅局', '团县委', '县妇联'];
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (let i = 0; i < 1000; i++) {
    const m = structuredClone(seed);
    const shift = Math.floor(random() * 40);
    m.tasks = m.tasks.filter(() => random() > 0.15);
    for (const task of m.tasks) {
      task.source = { line: task.source.line + shift, endLine: task.source.endLine + shift };
      task.text = task.text.repeat(1 + Math.floor(random() * 2));
      for (const role of ['responsible', 'support']) {
        if (random() < 0.3) {
          const extra = units[Math.floor(random() * units.length)];
          if (!task.lead.includes(extra) && !task.responsible.includes(extra) && !task.support.includes(extra)) task[role].push(extra);
        }
      }
    }
    writeFileSync(`${out}/m${String(i).padStart(4, '0')}.yaml`, stringify(m, { defaultStringType: 'PLAIN', lineWidth: 0 }).replace(/^(\s*(?:date|due): )(\d{4}-\d\d-\d\d)$/gm, '$1"$2"'));
  }

  const cases = {
    fengong: [process.execPath, [`${root}bin/fengong.js`, 'validate', `${out}/*.yaml`, '--reporter', 'json']],
    'ajv-cli': [process.execPath, [`${root}node_modules/ajv-cli/dist/index.js`, 'validate', '--spec=draft2020', '-c', 'ajv-formats', '-s', `${root}schemas/matrix.schema.json`, '-d', `${out}/*.yaml`]],
  };
  const times = { fengong: [], 'ajv-cli': [] };
  for (let r = -1; r < runs; r++) {
    for (const [name, [cmd, args]] of Object.entries(cases)) {
      const start = performance.now();
      const result = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 28 });
      const ms = performance.now() - start;
      if (result.status !== 0) throw new Error(`${name} exited ${result.status}: ${(result.stderr || result.stdout).slice(0, 2000)}`);
      if (r >= 0) times[name].push(ms); // the first round warms the disk cache
    }
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return {
    case: 'validate 1,000 seed-size matrices vs ajv-cli',
    median: median(times.fengong),
    min: Math.min(...times.fengong),
    max: Math.max(...times.fengong),
    referenceMedian: median(times['ajv-cli']),
    ratio: median(times.fengong) / median(times['ajv-cli']),
  };
}

if (import.meta.url === new URL(process.argv[1], 'file:').href) {
  const r = benchValidate(Number(process.argv[2] ?? 5));
  console.log(`${r.case}: fengong median ${r.median.toFixed(0)} ms (min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)}), ajv-cli median ${r.referenceMedian.toFixed(0)} ms, ratio ${r.ratio.toFixed(2)}`);
}
