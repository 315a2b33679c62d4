import { Command, Option } from 'commander';

/** `fengong units MATRIX...`: every unit and its load, sorted by load. */
export function registerUnits(program: Command): void {
  program
    .command('units')
    .description('列出各单位承担的任务数 · every unit with how many tasks it leads / is responsible for / supports')
    .argument('<matrix...>', 'matrix files (.yaml .yml .json) written by fengong parse, folders or globs of them; counts are summed over them, each file once')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'csv', 'json']).default('table'))
    .option('--units <registry>', 'resolve unit aliases through a unit registry (units.yaml)')
    .option('--expand', 'count the tasks of a collective name (各成员单位) for each of its members (needs --units)')
    .option('--no-bom', 'csv: leave out the UTF-8 byte order mark')
    .addHelpText('after', `
Examples:
  fengong units fixtures/matrices/sheets/county-plan.matrix.yaml
  fengong units fixtures/notices/lezhi-2023-61.matrix.yaml --format csv > units.csv
  fengong units fixtures/notices/lezhi-2023-61.matrix.yaml --units fixtures/units/lezhi.units.yaml --expand
  fengong units fixtures/matrices/sheets`)
    .action(async (matrices: string[], options: Record<string, unknown>) => {
      const { runUnits } = await import('../units.js');
      process.exitCode = await runUnits(matrices, options as never);
    });
}
