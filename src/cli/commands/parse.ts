import { Command, Option } from 'commander';

/** `fengong parse NOTICE...`: compile notices into responsibility matrices. */
export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('解析公文，输出责任矩阵 · compile notices into responsibility matrices')
    .argument('<notice...>', 'notice files (.txt .md .markdown .docx .xlsx .csv), globs, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the ending of -o FILE, else yaml)').choices(['yaml', 'json']))
    .option('-o, --output <file>', 'write the matrix to FILE (atomically) instead of standard output')
    .option('--out-dir <dir>', 'batch mode: one matrix per notice under DIR')
    .option('--units <registry>', 'resolve unit aliases through a unit registry (units.yaml)')
    .option('--max-size <size>', 'refuse inputs larger than this (bytes, or 512KB, 50MB; default 50MB)')
    .option('-q, --quiet', 'print errors only')
    .option('-j, --jobs <n>', 'batch mode: notices compiled at once, in worker threads (default: the number of cores)')
    .addHelpText('after', `
Examples:
  fengong parse fixtures/notices/lezhi-2023-61.md
  fengong parse fixtures/notices/lezhi-2023-61.md --format json -o lezhi.json
  cat fixtures/notices/lezhi-2023-61.md | fengong parse -
  fengong parse "fixtures/notices/*.md" --out-dir matrices --format json

Batch mode (several notices, a folder, a glob, or --out-dir) needs --out-dir: each matrix is written at the
notice's path relative to the notices' common folder, ending replaced (a/notice.txt -> DIR/a/notice.yaml).
A notice that fails is reported on one line and the others go on; a summary line ends the run. A progress bar
is shown on a terminal for more than 5 notices (not with --quiet).
Exit codes: 0 done, 1 a matrix has error-level findings, 2 a notice could not be read or a usage error
(in a batch, the highest of the notices' codes).`)
    .action(async (notices: string[], options: Record<string, unknown>) => {
      const { runParse } = await import('../parse.js');
      process.exitCode = await runParse(notices, options as never);
    });
}
