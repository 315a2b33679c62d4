// Times one compiler in this process, for the throughput and scaling cases of bench/run.mjs:
//   node bench/measure.mjs fengong|remark|remark-gfm FILE ITERATIONS WARMUP
// prints the milliseconds of each iteration after the warm-up as a JSON array. `fengong` is the whole compile of
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
const times = [];
for (let i = 0; i < Number(warmup) + Number(iterations); i++) {
  const t = performance.now();
  await run();
  if (i >= Number(warmup)) times.push(performance.now() - t);
}
process.stdout.write(JSON.stringify(times));
