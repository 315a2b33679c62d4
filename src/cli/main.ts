import { Command, CommanderError, Help, Option } from 'commander';
import { errnoWords, FengongError } from '../errors.js';
import { helpDescription, helpText, helpTitle } from './help-zh.js';
import { commands, commandsByName } from './commands/index.js';
import { detectLang, type Lang } from '../i18n.js';
import { cliLang, setCliLang } from './lang.js';
import { standardError, standardOutput } from './stdout.js';
import { readableStack } from './stack.js';
import { version } from './version.js';

/**
 * Builds the `fengong` program. Each command's module registers its options and loads its implementation lazily,
 * so that `fengong validate` never loads remark, exceljs or docx.
 */
/**
 * The program with its commands. Given the arguments of a run whose first is a command's name (`parse …`), only that
 * command is added: a start builds one command's options, not seven (about 2 ms of `fengong parse`'s start-up).
 * The program's own help, `help`, an unknown command's suggestions, and options before the command (`--lang en
 * check`) have all seven.
 */
export function buildProgram(argv: readonly string[] = []): Command {
  const lang = () => detectLang(program.opts().lang as string | undefined, process.env);
  const program: Command = new Command('fengong')
    .description('把政府公文（通知、方案）中的任务分工编译为责任矩阵 · compile the task assignments of a Chinese government notice into a responsibility matrix')
    .version(version(), '-V, --version')
    .addOption(new Option('--lang <lang>', '界面语言 · interface language (default: from LC_ALL / LC_MESSAGES / LANG)').choices(['zh', 'en']))
    .exitOverride()
    // A usage error is one line, like every other error of fengong: `fengong: unknown option '--bogus' (did you
    // mean --format?); see fengong --help` (commander writes it over two or three).
    // In the language of the run: `--lang` (read before the command's own options), else the locale.
    // Help is in the language of the run too (`--lang`, else the locale): help-zh.ts.
    .configureOutput({ writeOut: (s) => standardOutput.write(helpText(s, lang())), writeErr: (s) => standardError.write(s), outputError: (s, write) => write(usageLine(s, lang())) })
    // Help text is half Chinese: wrap it by terminal columns, a CJK character taking two.
    .configureHelp({
      displayWidth: columns,
      styleTitle: (title) => helpTitle(title, lang()),
      optionDescription(option) {
        return helpDescription(Help.prototype.optionDescription.call(this, option), lang());
      },
      commandDescription(command) {
        return helpDescription(Help.prototype.commandDescription.call(this, command), lang());
      },
      subcommandDescription(command) {
        return helpDescription(Help.prototype.subcommandDescription.call(this, command), lang());
      },
      argumentDescription(argument) {
        return helpDescription(Help.prototype.argumentDescription.call(this, argument), lang());
      },
    })
    .hook('preAction', async (_program, command) => {
      setCliLang(program.opts().lang as string | undefined);
      // `-o -` is standard output, as `-` is for input, for every command with `-o` (a new user's CI script wrote a
      // file named `-`).
      if (command.getOptionValue('output') === '-') command.setOptionValue('output', undefined);
      // An empty name (`-o ""`, a script's unset variable) names no file: it had written to standard output, exit 0.
      for (const [option, flag] of [['output', '-o'], ['outDir', '--out-dir'], ['units', '--units']] as const) {
        if (command.getOptionValue(option) === '') throw new FengongError({ en: `${flag} "": an empty name names no file`, zh: `${flag} ""：空名称不指向任何文件` });
      }
      // (commander keeps the arguments it parsed as `rawArgs`, which its typings do not declare.)
      checkGivenOnce((program as unknown as { rawArgs: string[] }).rawArgs);
    })
    .addHelpText('after', `
Examples:
  fengong parse fixtures/notices/lezhi-2023-61.md -o lezhi.yaml
  fengong check fixtures/notices/lezhi-2023-61.md
  fengong validate fixtures/notices/lezhi-2023-61.matrix.yaml
  fengong tasks fixtures/notices/lezhi-2023-61.matrix.yaml --unit 县科协
  fengong report fixtures/notices/lezhi-2023-61.matrix.yaml -o report.html
  fengong --lang en check fixtures/notices/lezhi-2023-61.md

Exit codes: 0 done, 1 findings of error level, 2 input that cannot be read or a usage error,
70 an internal error (a bug in fengong: please report it).
\`fengong COMMAND --help\` shows each command's options and examples.`);
  const only = argv.length > 0 && Object.hasOwn(commandsByName, argv[0]) ? commandsByName[argv[0]] : undefined;
  for (const register of only ? [only] : commands) register(program);
  return program;
}

/**
 * commander's error text (`error: …`, perhaps a `(Did you mean …?)` line) as one line of fengong's, in `lang`: the
 * messages of commander 14 are put into Chinese (a clerk's terminal); one this function does not know stays English.
 */
export function usageLine(text: string, lang: Lang = 'en'): string {
  const lines = text.trim().split(/\n+/).map((l) => l.trim());
  const what = lines[0].replace(/^error: /, '').replace(/\.$/, '');
  const hints = lines.slice(1).map((l) => l.replace(/^\((.*)\)$/, '$1').replace(/\?$/, ''));
  if (lang === 'zh') {
    const hint = hints.map((h) => h.replace(/^Did you mean one of (.*)$/, '是否想用 $1 之一？').replace(/^Did you mean (.*)$/, '是否想用 $1？')).join('；');
    return `fengong: ${usageZh(what)}${hint ? `（${hint}）` : ''}；参见 fengong --help\n`;
  }
  const hint = hints.map((h) => `${h.replace(/^Did you mean/, 'did you mean')}?`).join('; ');
  return `fengong: ${what}${hint ? ` (${hint})` : ''}; see fengong --help\n`;
}

/**
 * Refuses a file option given twice (`--units county.yaml --units town.yaml`, `-o a.csv -o b.csv`): commander keeps
 * the last and the first would be dropped without a word (a fresh user's: a registry that did not exist was never
 * named). Counts the arguments before `--`, in every form (`-o F`, `-oF`, `--output F`, `--output=F`).
 * @throws FengongError naming the option and how often it was given.
 */
function checkGivenOnce(argv: readonly string[]): void {
  const end = argv.indexOf('--');
  const args = end >= 0 ? argv.slice(0, end) : argv;
  const given = (long: string, short?: string) => args.filter((a) => a === long || a.startsWith(`${long}=`) || (short !== undefined && a.startsWith(short) && !a.startsWith('--'))).length;
  for (const [long, short, what] of [
    ['--units', undefined, { en: 'one registry: merge the others into it', zh: '只能给一个登记表：请把其他的并入其中' }],
    ['--output', '-o', { en: 'one file to write', zh: '只能写一个文件' }],
    ['--out-dir', undefined, { en: 'one folder to write into', zh: '只能写入一个文件夹' }],
  ] as const) {
    const n = given(long, short);
    const flag = short ? `${short}/${long}` : long;
    if (n > 1) throw new FengongError({ en: `${flag} is given ${n} times: give it once (${what.en})`, zh: `${flag} 给了 ${n} 次：只能给一次（${what.zh}）` });
  }
}

/** commander 14's usage errors (lib/command.js), each with its Chinese. */
const USAGE_ZH: Array<[RegExp, string]> = [
  [/^unknown option '(.*)'$/, '未知选项“$1”'],
  [/^unknown command '(.*)'$/, '未知命令“$1”'],
  [/^missing required argument '(.*)'$/, '缺少参数“$1”'],
  [/^option '(.*)' argument missing$/, '选项“$1”缺少取值'],
  [/^option '(.*)' argument '(.*)' is invalid\. Allowed choices are (.*)$/, '选项“$1”的取值“$2”无效，可选：$3'],
  [/^option '(.*)' argument '(.*)' is invalid\.? ?(.*)$/, '选项“$1”的取值“$2”无效 $3'],
  [/^required option '(.*)' not specified$/, '缺少必需的选项“$1”'],
  [/^too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)$/, '命令“$1”的参数过多：应为 $2 个，实际 $3 个'],
  [/^too many arguments\. Expected (\d+) arguments? but got (\d+)$/, '参数过多：应为 $1 个，实际 $2 个'],
  [/^(.*) cannot be used with (.*)$/, '$1 不能与 $2 同时使用'],
];
const usageZh = (what: string) => {
  for (const [re, zh] of USAGE_ZH) if (re.test(what)) return what.replace(re, zh).trimEnd();
  return what;
};

/** Terminal columns of a help string: East Asian wide characters count two (ANSI colour codes none). */
function columns(text: string): number {
  let width = 0;
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  for (const ch of plain) {
    const c = ch.codePointAt(0)!;
    width += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
  }
  return width;
}

/**
 * The entry point of the installed command: runs the program on `argv` (without node and script) and exits with
 * the command's code: 0 done, 1 findings of error level, 2 usage error or input that cannot be read.
 */
export async function main(argv: string[]): Promise<void> {
  let code = 0;
  try {
    const program = buildProgram(argv);
    await program.parseAsync(argv, { from: 'user' });
    code = Number(process.exitCode ?? 0);
  } catch (error) {
    code = exitCodeFor(error);
  }
  // Let stdout drain before exiting (a pipe may still hold a large matrix). Standard output that cannot be written
  // (a full disk behind `> matrix.yaml`, /dev/full) is a failure, not a silent exit 0 with a cut file (a new user's
  // probe); a reader that went away (`| head`) is not.
  const exit = () => {
    const writeError = standardOutput.error();
    if (writeError && writeError.code !== 'EPIPE') {
      const why = errnoWords(writeError);
      standardError.write(cliLang() === 'zh' ? `fengong: 无法写入标准输出（${why.zh}）\n` : `fengong: cannot write standard output (${why.en})\n`);
      code = 2;
    }
    process.exit(code);
  };
  standardOutput.whenFlushed(() => standardError.whenFlushed(exit));
}

/** Maps a thrown value to an exit code, printing user errors as one line. Bugs keep their stack. */
export function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // help and version exit 0; usage errors were already printed by commander.
    return error.exitCode === 0 ? 0 : 2;
  }
  if (error instanceof FengongError) {
    standardError.write(`fengong: ${error.text(cliLang())}\n`);
    return 2;
  }
  const e = error as NodeJS.ErrnoException;
  if (e && e.code === 'EPIPE') return 0;
  standardError.write(`fengong: internal error (please report it): ${readableStack(error)}\n`);
  return 70;
}
