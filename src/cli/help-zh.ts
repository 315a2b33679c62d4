/**
 * The Chinese of `fengong --help` and of each command's help, for a run whose language is zh (`--lang zh`, or a
 * `zh_*` locale): commander's titles, every option's and argument's description, and the notes after the options.
 * The commands register their help in English; main.ts puts it into Chinese here as it is printed. A text this table
 * does not hold stays English (tests/cli/lang.test.ts checks that none is left).
 */

/** commander 14's section titles and built-in option descriptions. */
const TITLES: Record<string, string> = {
  'Usage:': '用法：',
  'Options:': '选项：',
  'Commands:': '命令：',
  'Arguments:': '参数：',
  'Global Options:': '全局选项：',
};

/** Option and argument descriptions, English as registered → Chinese. */
const DESCRIPTIONS: Record<string, string> = {
  'output the version number': '显示版本号',
  '界面语言 · interface language (default: from LC_ALL / LC_MESSAGES / LANG)': '界面语言（默认：取自 LC_ALL / LC_MESSAGES / LANG）',
  'display help for command': '显示命令的帮助',
  'a matrix file (.yaml .yml .json) written by fengong parse': 'fengong parse 写出的矩阵文件（.yaml .yml .json）',
  'batch mode: notices compiled at once, in worker threads (default: the number of cores)': '批量模式：同时编译的公文数，在工作线程中进行（默认：CPU 核数）',
  'batch mode: one matrix per notice under DIR': '批量模式：每份公文一个矩阵，写到 DIR 下',
  'check every unit against a unit registry (units.yaml); unknown ones are errors': '按单位名录（units.yaml）核对每个单位，名录中没有的记为错误',
  'colour due dates against this day, YYYY-MM-DD (default: today)': '以这一天（YYYY-MM-DD）为准为到期情况着色（默认：今天）',
  'count the tasks of a collective name (各成员单位) for each of its members (needs --units)': '集合名称（各成员单位）的任务计入其每个成员单位（需要 --units）',
  'csv: leave out the UTF-8 byte order mark': 'csv：不写 UTF-8 字节顺序标记（BOM）',
  'due within this many days counts as soon': '在这么多天内到期的算作“即将到期”',
  'every unit named in the matrix (with --out-dir: one file each)': '矩阵中出现的每个单位（与 --out-dir 一起用时每个单位一个文件）',
  'give each member of a collective name its own copy of the tasks (needs --units)': '集合名称的每个成员单位各得一份任务（需要 --units）',
  'give each member of a collective name its own row and tasks (needs --units)': '集合名称的每个成员单位各占一行、各得其任务（需要 --units）',
  'list the members of collective names instead of the collective (needs --units)': '列出集合名称的成员单位，而不是集合名称本身（需要 --units）',
  'mark due dates against this day, YYYY-MM-DD (default: today)': '以这一天（YYYY-MM-DD）为准标记到期情况（默认：今天）',
  'matrix files (.yaml .yml .json) written by fengong parse, folders or globs of them; counts are summed over them, each file once': 'fengong parse 写出的矩阵文件（.yaml .yml .json），也可以是文件夹或通配符；各文件的计数相加，每个文件只计一次',
  'matrix files (.yaml .yml .json), directories (searched recursively) or globs': '矩阵文件（.yaml .yml .json）、文件夹（递归查找）或通配符',
  'notice files (.txt .md .markdown .docx .xlsx .csv), folders, globs, or - for standard input': '公文文件（.txt .md .markdown .docx .xlsx .csv）、文件夹、通配符，或 - 表示标准输入',
  'notice files (.txt .md .markdown .docx .xlsx .csv), globs, or - for standard input': '公文文件（.txt .md .markdown .docx .xlsx .csv）、通配符，或 - 表示标准输入',
  'one file per unit in DIR, named after the unit': '每个单位一个文件，写到 DIR 下，以单位名称命名',
  'one xlsx with a worksheet per unit (-o FILE, or 各单位任务清单.xlsx in --out-dir)': '一个 xlsx 文件，每个单位一个工作表（-o 文件，或 --out-dir 下的 各单位任务清单.xlsx）',
  'only lead, responsible or support (repeat or separate with commas)': '只列 lead（牵头）、responsible（责任）或 support（配合）（可重复，或用逗号分隔）',
  'output format': '输出格式',
  'output format (default: from -o, else md)': '输出格式（默认：按 -o 文件的扩展名，否则 md）',
  'output format (default: from -o, else md; xlsx with --out-dir)': '输出格式（默认：按 -o 文件的扩展名，否则 md；用 --out-dir 时为 xlsx）',
  'output format (default: from the ending of -o FILE, else yaml)': '输出格式（默认：按 -o 文件的扩展名，否则 yaml）',
  'overwrite an existing file': '覆盖已有文件',
  'overwrite existing files': '覆盖已有文件',
  'print errors only': '只输出错误',
  'print errors only, and no summary': '只输出错误，不输出汇总',
  'refuse files larger than this: bytes, or with a unit (512KB, 50MB)': '拒绝大于此值的文件：字节数，或带单位（512KB、50MB）',
  'refuse inputs larger than this (bytes, or 512KB, 50MB; default 50MB)': '拒绝大于此值的输入（字节数，或 512KB、50MB；默认 50MB）',
  'report errors only, not warnings': '只报告错误，不报告警告',
  'resolve unit aliases through a unit registry (units.yaml)': '通过单位名录（units.yaml）把单位别名归一',
  'stylish (default), json, github (default under GitHub Actions), junit or sarif': 'stylish（默认）、json、github（在 GitHub Actions 中默认）、junit 或 sarif',
  'stylish (default, with the summary), json, github, junit or sarif': 'stylish（默认，带汇总）、json、github、junit 或 sarif',
  'the unit (repeat for several)': '单位（多个单位可重复此选项）',
  'threads to check files on (default: the number of cores)': '检查文件所用的线程数（默认：CPU 核数）',
  'warnings do not fail the run (overrides strict: true in .fengongrc.yaml)': '有警告也不算失败（覆盖 .fengongrc.yaml 中的 strict: true）',
  'warnings fail the run too (exit 1)': '有警告也算失败（退出码 1）',
  'write the matrix to FILE (atomically) instead of standard output': '把矩阵写入文件 FILE（整体写入），而不是标准输出',
  'write the page to FILE (atomically) instead of standard output': '把页面写入文件 FILE（整体写入），而不是标准输出',
  'write to FILE (atomically) instead of standard output': '写入文件 FILE（整体写入），而不是标准输出',
  'write to FILE (atomically) instead of standard output (xlsx and docx: to a pipe or a file, not a terminal)': '写入文件 FILE（整体写入），而不是标准输出（xlsx、docx 可输出到管道或重定向的文件，不输出到终端）',
};

/** The notes after the options (each a paragraph, as the command registers it) → Chinese. */
const NOTES: Array<[string, string]> = [
  [
    'Exit codes: 0 done, 1 findings of error level, 2 input that cannot be read or a usage error,\n70 an internal error (a bug in fengong: please report it).\n`fengong COMMAND --help` shows each command\'s options and examples.',
    '退出码：0 完成，1 有错误级别的问题，2 输入无法读取或用法错误，70 内部错误（fengong 的缺陷，请报告）。\n`fengong 命令 --help` 显示各命令的选项和示例。',
  ],
  [
    "Batch mode (several notices, a folder, a glob, or --out-dir) needs --out-dir: each matrix is written at the\nnotice's path relative to the notices' common folder, ending replaced (a/notice.txt -> DIR/a/notice.yaml).\nA notice that fails is reported on one line and the others go on; a summary line ends the run. A progress bar\nis shown on a terminal for more than 5 notices (not with --quiet).\nExit codes: 0 done, 1 a matrix has error-level findings, 2 a notice could not be read or a usage error\n(in a batch, the highest of the notices' codes).",
    '批量模式（多份公文、文件夹、通配符，或给出 --out-dir）需要 --out-dir：每个矩阵写在公文相对于各公文共同文件夹的\n路径上，扩展名替换（a/notice.txt -> DIR/a/notice.yaml）。出错的公文报告一行，其余照常进行；最后输出一行汇总。\n在终端上处理超过 5 份公文时显示进度条（--quiet 时不显示）。\n退出码：0 完成，1 有矩阵含错误级别的问题，2 有公文无法读取或用法错误（批量时取各公文中最高的退出码）。',
  ],
  [
    'Without --units, names that differ only in a leading 县/市/区 one has and the other not (县科协 and 科协) are\nreported (rule unit-variant; white space and bracket width inside a name are made one as the notice is read); with it,\nevery unit the registry does not know (rule unknown-unit).\nDefaults for --reporter, --strict, --units and --max-size come from .fengongrc.yaml when there is one.\nSeveral notices (files, folders, globs) are checked in one report, a summary for each; one that cannot be read\nis named on stderr and the others are still checked.\nExit codes: 0 no errors (warnings allowed), 1 errors found (with --strict, warnings too), 2 a notice or the\nregistry could not be read.',
    '不给 --units 时，报告只差开头“县/市/区”的名称（县科协与科协，规则 unit-variant；名称中的空格和括号全半角\n在读入公文时已统一）；给出时，报告名录中没有的每个单位（规则 unknown-unit）。\n有 .fengongrc.yaml 时，--reporter、--strict、--units 和 --max-size 的默认值取自该文件。\n多份公文（文件、文件夹、通配符）在一份报告中检查，每份各有汇总；无法读取的公文在标准错误中指明，其余照常检查。\n退出码：0 没有错误（可以有警告），1 发现错误（用 --strict 时有警告也算），2 有公文或单位名录无法读取。',
  ],
  [
    'The page needs no network: style and script are inline. Its headings follow --lang (zh or en).\nExit codes: 0 written, 2 the matrix or registry could not be read, or a bad option.',
    '页面不需要联网：样式和脚本都在页面内。页面标题随 --lang（zh 或 en）。\n退出码：0 已写出，2 矩阵或单位名录无法读取，或选项有误。',
  ],
  [
    'Defaults come from .fengongrc.yaml in this directory or the nearest one above it (reporter, strict, maxSize,\nregistry). Rule ids and what they mean: README.md, "Checking matrices".\nExit codes: 0 all files valid (warnings allowed), 1 errors found, 2 a path could not be read or a bad option.',
    '默认值（reporter、strict、maxSize、registry）取自当前文件夹或其上最近一级文件夹中的 .fengongrc.yaml。\n规则编号及含义：见 README.md 的“Checking matrices”一节。\n退出码：0 所有文件有效（可以有警告），1 发现错误，2 有路径无法读取或选项有误。',
  ],
];

/** A title of commander's help in the run's language. */
export function helpTitle(title: string, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? (TITLES[title] ?? title) : title;
}

/**
 * An option's or argument's description in the run's language: commander's parenthesised additions
 * (`(default: …)`, `(choices: …)`) come after it, put into Chinese as well.
 */
export function helpDescription(description: string, lang: 'zh' | 'en'): string {
  if (lang !== 'zh') return description;
  // The description as registered may end in a bracket of its own (`… (default: the number of cores)`): the longest
  // head the table holds is the description, the rest commander's.
  let own = description;
  let extra = '';
  while (!(own in DESCRIPTIONS)) {
    const m = / \((?:default|choices|preset|env): [^()]*(?:\([^()]*\)[^()]*)*\)$/.exec(own);
    if (!m) {
      // A command's description is written `中文 · English`: the Chinese half.
      const bilingual = / · [A-Za-z]/.exec(description);
      return bilingual ? description.slice(0, bilingual.index) : description;
    }
    extra = m[0] + extra;
    own = own.slice(0, m.index);
  }
  return DESCRIPTIONS[own] + extra.replace(/ \((default|choices|preset|env): (.*?)\)(?= \(|$)/g, (_m, word: keyof typeof ADDITIONS, value: string) => `（${ADDITIONS[word]}：${value}）`);
}

/** commander's parenthesised additions to a description, by their word. */
const ADDITIONS = { default: '默认', choices: '可选', preset: '预设', env: '环境变量' };

/** Help text as commander writes it (the notes after the options included), in the run's language. */
export function helpText(text: string, lang: 'zh' | 'en'): string {
  if (lang !== 'zh') return text;
  let out = text.replace(/^Examples:$/m, '示例：');
  for (const [en, zh] of NOTES) out = out.replace(en, zh);
  return out;
}
