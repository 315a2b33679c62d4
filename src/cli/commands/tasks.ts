import { Command, Option } from 'commander';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** `fengong tasks MATRIX --unit NAME`: a unit's task list, or with `--all --out-dir DIR` one sheet per unit. */
export function registerTasks(program: Command): void {
  program
    .command('tasks')
    .description('输出单位任务清单（牵头 / 责任 / 配合） · the task list of a unit, grouped as lead / responsible / support')
    .argument('<matrix>', 'a matrix file (.yaml .yml .json) written by fengong parse')
    .option('-u, --unit <name>', 'the unit (repeat for several)', collect)
    .option('--all', 'every unit named in the matrix (with --out-dir: one file each)')
    .option('--role <role>', 'only lead, responsible or support (repeat or separate with commas)', collect)
    .addOption(new Option('-f, --format <format>', 'output format (default: from -o, else md; xlsx with --out-dir)').choices(['md', 'csv', 'xlsx', 'docx', 'json']))
    .option('-o, --output <file>', 'write to FILE (atomically) instead of standard output')
    .option('--out-dir <dir>', 'one file per unit in DIR, named after the unit')
    .option('--one-workbook', 'one xlsx with a worksheet per unit (-o FILE, or 各单位任务清单.xlsx in --out-dir)')
    .option('--units <registry>', 'resolve unit aliases through a unit registry (units.yaml)')
    .option('--expand', 'give each member of a collective name its own copy of the tasks (needs --units)')
    .option('--today <date>', 'mark due dates against this day, YYYY-MM-DD (default: today)')
    .option('--soon <days>', 'due within this many days counts as soon', '30')
    .option('--no-bom', 'csv: leave out the UTF-8 byte order mark')
    .option('--force', 'overwrite existing files')
    .addHelpText('after', `
Examples:
  fengong tasks fixtures/notices/lezhi-2023-61.matrix.yaml --unit 县科协
  fengong tasks fixtures/notices/lezhi-2023-61.matrix.yaml --unit 县科协 --role lead -o 县科协-牵头.xlsx
  fengong tasks fixtures/matrices/sheets/county-plan.matrix.yaml --all --out-dir sheets --format docx
  fengong tasks fixtures/matrices/sheets/county-plan.matrix.yaml --all --out-dir sheets --one-workbook --force
  fengong tasks fixtures/matrices/sheets/county-plan.matrix.yaml --units fixtures/units/lezhi.units.yaml --expand --unit 天池街道办事处`)
    .action(async (matrix: string, options: Record<string, unknown>) => {
      const { runTasks } = await import('../tasks.js');
      process.exitCode = await runTasks(matrix, options as never);
    });
}
