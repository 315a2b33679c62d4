import { Command, Option } from 'commander';

/** `fengong export MATRIX`: the whole 任务分工表. */
export function registerExport(program: Command): void {
  program
    .command('export')
    .description('导出任务分工表 · the whole task table (任务分工表) as xlsx, docx, csv or md')
    .argument('<matrix>', 'a matrix file (.yaml .yml .json) written by fengong parse')
    .addOption(new Option('-f, --format <format>', 'output format (default: from -o, else md)').choices(['xlsx', 'docx', 'csv', 'md']))
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output (xlsx and docx: to a pipe or a file, not a terminal)')
    .option('--units <registry>', 'resolve unit aliases through a unit registry (units.yaml)')
    .option('--expand', 'list the members of collective names instead of the collective (needs --units)')
    .option('--today <date>', 'mark due dates against this day, YYYY-MM-DD (default: today)')
    .option('--soon <days>', 'due within this many days counts as soon', '30')
    .option('--no-bom', 'csv: leave out the UTF-8 byte order mark')
    .option('--force', 'overwrite an existing file')
    .addHelpText('after', `
Examples:
  fengong export fixtures/notices/lezhi-2023-61.matrix.yaml -o 任务分工表.xlsx
  fengong export fixtures/notices/lezhi-2023-61.matrix.yaml --format docx -o 任务分工表.docx
  fengong export fixtures/matrices/sheets/county-plan.matrix.yaml --today 2024-06-10 --format csv --no-bom`)
    .action(async (matrix: string, options: Record<string, unknown>) => {
      const { runExport } = await import('../export.js');
      process.exitCode = await runExport(matrix, options as never);
    });
}
