import type { Command } from 'commander';

/** `fengong report MATRIX -o report.html`: one self-contained HTML page to look at. */
export function registerReport(program: Command): void {
  program
    .command('report')
    .description('生成 HTML 报告（目录树、单位×章节热力图、按单位和职责筛选） · one self-contained HTML page: outline tree, unit × section heat map, filters by unit and role')
    .argument('<matrix>', 'a matrix file (.yaml .yml .json) written by fengong parse')
    .option('-o, --output <file>', 'write the page to FILE (atomically) instead of standard output')
    .option('--units <registry>', 'resolve unit aliases through a unit registry (units.yaml)')
    .option('--expand', 'give each member of a collective name its own row and tasks (needs --units)')
    .option('--today <date>', 'colour due dates against this day, YYYY-MM-DD (default: today)')
    .option('--soon <days>', 'due within this many days counts as soon', '30')
    .option('--force', 'overwrite an existing file')
    .addHelpText('after', `
The page needs no network: style and script are inline. Its headings follow --lang (zh or en).
Exit codes: 0 written, 2 the matrix or registry could not be read, or a bad option.

Examples:
  fengong report fixtures/notices/lezhi-2023-61.matrix.yaml -o report.html
  fengong --lang en report fixtures/notices/lezhi-2023-61.matrix.yaml -o report-en.html
  fengong report fixtures/matrices/sheets/county-plan.matrix.yaml --today 2024-06-10 --soon 60 -o county.html
  fengong report fixtures/notices/lezhi-2023-61.matrix.yaml --units fixtures/units/lezhi.units.yaml --expand -o expanded.html`)
    .action(async (matrix: string, options: Record<string, unknown>) => {
      const { runReport } = await import('../report.js');
      process.exitCode = await runReport(matrix, options as never);
    });
}
