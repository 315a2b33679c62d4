// Times one compiler in this process, for the throughput and scaling cases of bench/run.mjs:
//   node bench/measure.mjs fengong|remark|remark-gfm FILE ITERATIONS WARMUP
// prints the wall and CPU milliseconds of each iteration after the warm-up as JSON, `{ ms: [...], cpu: [...] }` (CPU
// time is the process's, user + system, its garbage collector's threads included). `fengong` is the whole compile of
// `fengong parse --format json` (read, decode, parse, schema check, JSON text: dist/cli/parse.js compileFile);
// `remark` is reading the file and unified().use(remarkParse).parse(text); `remark-gfm` adds remark-gfm.
import { readFileSync } from 'node:fs';

const [mode, file, iterations = '5', warmup = '1'] = process.argv.slice(2);
let run;
if (mode === 'fengong') {
  const { compileFile } = await import('../dist/cli/parse.js');
  run = () => compileFile(file, 'json', 1 << 30);
} else {
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const processor = unified().use(remarkParse);
  if (mode === 'remark-gfm') processor.use((await import('remark-gfm')).default);
  run = () => processor.parse(readFileSync(file, 'utf8'));
}
const ms = [];
const cpu = [];
for (let i = 0; i < Number(warmup) + Number(iterations); i++) {
  const t = performance.now();
  const c = process.cpuUsage();
  await run();
  const used = process.cpuUsage(c);
  if (i >= Number(warmup)) {
    ms.push(performance.now() - t);
    cpu.push((used.user + used.system) / 1000);
  }
}
process.stdout.write(JSON.stringify({ ms, cpu }));
