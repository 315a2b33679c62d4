import type { Command } from 'commander';

/** `fengong check NOTICE...`: proofread notices (parse without writing), findings and a summary of each. */
export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('校对公文（解析但不输出矩阵）：缺少责任单位、重复编号、括号未闭合、单位名称写法不一 · proofread a notice without writing a matrix: missing responsible unit, repeated number, unclosed bracket, one unit spelled two ways')
    .argument('<notice...>', 'notice files (.txt .md .markdown .docx .xlsx .csv), folders, globs, or - for standard input')
    .option('--units <registry>', 'check every unit against a unit registry (units.yaml); unknown ones are errors')
    .option('-r, --reporter <name>', 'stylish (default, with the summary), json, github, junit or sarif')
    .option('--max-size <size>', 'refuse inputs larger than this (bytes, or 512KB, 50MB; default 50MB)')
    .option('--strict', 'warnings fail the run too (exit 1)')
    .option('--no-strict', 'warnings do not fail the run (overrides strict: true in .fengongrc.yaml)')
    .option('-q, --quiet', 'print errors only, and no summary')
    .addHelpText('after', `
Without --units, names that differ only in a leading 县/市/区 one has and the other not (县科协 and 科协) are
reported (rule unit-variant; white space and bracket width inside a name are made one as the notice is read); with it,
every unit the registry does not know (rule unknown-unit).
Defaults for --reporter, --strict, --units and --max-size come from .fengongrc.yaml when there is one.
Several notices (files, folders, globs) are checked in one report, a summary for each; one that cannot be read
is named on stderr and the others are still checked.
Exit codes: 0 no errors (warnings allowed), 1 errors found (with --strict, warnings too), 2 a notice or the
registry could not be read.

Examples:
  fengong check fixtures/notices/lezhi-2023-61.md
  fengong check fixtures/notices/lezhi-2023-61.md --units fixtures/units/lezhi.units.yaml
  fengong --lang en check fixtures/notices/lezhi-2023-61.md --reporter json
  fengong check fixtures/notices --reporter junit > proofread.xml`)
    .action(async (notices: string[], options: Record<string, unknown>) => {
      const { runCheck } = await import('../check.js');
      process.exitCode = await runCheck(notices, options as never);
    });
}
