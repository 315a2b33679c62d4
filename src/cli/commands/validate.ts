import type { Command } from 'commander';

/** `fengong validate PATH_OR_GLOB...`: check matrices against the schema and the format's rules. */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('检查责任矩阵 · check responsibility matrices (YAML/JSON) against the schema and the format\'s rules')
    .argument('<path...>', 'matrix files (.yaml .yml .json), directories (searched recursively) or globs')
    .option('-r, --reporter <name>', 'stylish (default), json, github (default under GitHub Actions), junit or sarif')
    .option('--strict', 'warnings fail the run too (exit 1)')
    .option('--no-strict', 'warnings do not fail the run (overrides strict: true in .fengongrc.yaml)')
    .option('-q, --quiet', 'report errors only, not warnings')
    .option('--units <registry>', 'check every unit against a unit registry (units.yaml); unknown ones are errors')
    .option('-j, --jobs <n>', 'threads to check files on (default: the number of cores)')
    .option('--max-size <size>', 'refuse files larger than this: bytes, or with a unit (512KB, 50MB)')
    .addHelpText('after', `
Defaults come from .fengongrc.yaml in this directory or the nearest one above it (reporter, strict, maxSize,
registry). Rule ids and what they mean: README.md, "Checking matrices".
Exit codes: 0 all files valid (warnings allowed), 1 errors found, 2 a path could not be read or a bad option.

Examples:
  fengong validate fixtures/matrices/valid/small.yaml
  fengong validate fixtures/matrices/valid --strict
  fengong validate "fixtures/matrices/**/*.yaml" --reporter json
  fengong validate "fixtures/matrices/invalid/*.yaml" --reporter sarif > fengong.sarif
`)
    .action(async (paths: string[], options: Record<string, unknown>) => {
      const { runValidate } = await import('../validate.js');
      process.exitCode = await runValidate(paths, options);
    });
}
