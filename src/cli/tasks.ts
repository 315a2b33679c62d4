import { join } from 'node:path';
import { FengongError, shellArg } from '../errors.js';
import { loadMatrix } from '../matrix/read.js';
import type { Matrix } from '../matrix/types.js';
import { safeFileName } from '../sheets/file-name.js';
import { renderSheets, SHEET_FORMATS, type SheetFormat } from '../sheets/render.js';
import type { Sheet } from '../sheets/sheet.js';
import { unitLoads } from '../sheets/unit-load.js';
import { unitSheet, unitTasks, type UnitTasksOptions } from '../sheets/unit-tasks.js';
import { formatOption } from './output-format.js';
import { dueOptions, emit, registryOption, rolesOption, writeIntoDir, type SheetCommandOptions } from './sheet-io.js';
import { finishWritesOnSignals, refuseOverwritingInput } from './io.js';
import { cliLang } from './lang.js';

/** Options of `fengong tasks`. */
export interface TasksOptions extends SheetCommandOptions {
  unit?: string[];
  role?: string[];
  format?: SheetFormat | 'json';
  all?: boolean;
  outDir?: string;
  oneWorkbook?: boolean;
}

const TASK_FORMATS = [...SHEET_FORMATS, 'json'] as const;
/** The file name of the workbook `--all --one-workbook` writes into `--out-dir`. */
export const ONE_WORKBOOK_NAME = '各单位任务清单.xlsx';

/**
 * `fengong tasks MATRIX`: the task lists of the units named by `--unit` (or of every unit with `--all`), grouped
 * as 牵头 / 责任 / 配合. To standard output or `-o FILE` (every unit in one file), or with `--out-dir DIR` one file
 * per unit (xlsx by default there), or with `--one-workbook` one xlsx with a worksheet per unit.
 * @returns the exit code, 0.
 * @throws FengongError for bad options, an unreadable matrix or registry, a unit no task names, or files that
 * exist without --force.
 */
export async function runTasks(path: string, options: TasksOptions): Promise<number> {
  if (options.outDir) finishWritesOnSignals();
  const due = dueOptions(options);
  const registry = registryOption(options);
  const roles = rolesOption(options.role);
  refuseOverwritingInput(path, options.output);
  const matrix = loadMatrix(path, { lang: cliLang() });
  const view: UnitTasksOptions = { ...due, registry, expand: options.expand, roles };
  const units = selectUnits(matrix, path, options, view);
  const fallback = options.outDir || options.oneWorkbook ? 'xlsx' : 'md';
  const format = formatOption(options.format, options.output, TASK_FORMATS, fallback, { markdown: 'md' });
  if (options.oneWorkbook) {
    // (Named by -o's ending, `-o wb.docx`, the hint is the file's name: a fresh user's find.)
    if (format !== 'xlsx' && !options.format) throw new FengongError({ en: `--one-workbook writes xlsx: name the file ….xlsx (-o ${options.output ?? ''})`, zh: `--one-workbook 只输出 xlsx：文件名应以 .xlsx 结尾（-o ${options.output ?? ''}）` });
    if (format !== 'xlsx') throw new FengongError({ en: '--one-workbook writes xlsx: leave out --format or use --format xlsx', zh: '--one-workbook 只输出 xlsx：请去掉 --format 或用 --format xlsx' });
    const data = await renderSheets(units.map((unit) => unitSheet(matrix, unit, view)), 'xlsx');
    if (options.output) emit(data, options);
    else if (options.outDir) await writeIntoDir(options.outDir, [{ name: ONE_WORKBOOK_NAME, data }], Boolean(options.force));
    else throw new FengongError({ en: '--one-workbook needs -o FILE or --out-dir DIR', zh: '--one-workbook 需要 -o 文件 或 --out-dir 目录' });
    return 0;
  }
  const render = async (names: string[]): Promise<string | Uint8Array> =>
    format === 'json' ? jsonOf(matrix, names, view) : renderSheets(names.map((u) => unitSheet(matrix, u, view)), format, { bom: options.bom });
  if (options.outDir) {
    if (options.output) throw new FengongError({ en: 'give either -o FILE or --out-dir DIR, not both', zh: '-o 与 --out-dir 不能同时使用' });
    const taken = new Set<string>();
    const files = [];
    for (const unit of units) files.push({ name: safeFileName(unit, `.${format}`, taken), data: await render([unit]) });
    await writeIntoDir(options.outDir, files, Boolean(options.force));
    return 0;
  }
  emit(await render(units), options, true);
  return 0;
}

/**
 * The units to list: `--unit` names (resolved through the registry), or every unit by load with `--all`.
 * @throws FengongError when neither or both are given, when no task names a unit given by `--unit`, or with `--all`
 *   when no task names any unit (in the roles of `--role`).
 */
function selectUnits(matrix: Matrix, path: string, options: TasksOptions, view: UnitTasksOptions): string[] {
  // White space around a name is no part of it (`--unit "县科协 "`, a new user's run), as in a matrix's lists.
  const named = (options.unit ?? []).map((unit) => unit.trim()).filter(Boolean);
  if (options.all && named.length > 0) throw new FengongError({ en: 'give either --unit NAME or --all, not both', zh: '--unit 与 --all 不能同时使用' });
  if (options.all) {
    // Every unit on some task, most loaded first; with --role, only those that have tasks in those roles.
    const all = unitLoads([matrix], view)
      .map((load) => load.unit)
      .filter((unit) => unitTasks(matrix, unit, view).length > 0);
    // Not an empty output in silence (an empty --out-dir, a header-only sheet): the clerk is told why.
    if (!all.length && options.role?.length) throw new FengongError({ en: `${path}: no unit has a task in the roles given by --role: no task list to write`, zh: `${path}：没有单位承担 --role 所指职责的任务，没有可输出的任务清单` });
    if (!all.length) throw new FengongError({ en: `${path}: no task names a unit: no task list to write`, zh: `${path}：没有任务写明单位，没有可输出的任务清单` });
    return all;
  }
  if (named.length === 0) throw new FengongError({ en: 'name a unit with --unit NAME, or use --all (fengong units lists them)', zh: '请用 --unit 单位 指定单位，或用 --all（fengong units 可列出所有单位）' });
  const resolved = named.map((unit) => view.registry?.resolveUnit(unit) ?? unit);
  for (const unit of resolved) {
    if (unitTasks(matrix, unit, { ...view, roles: undefined }).length === 0) {
      // A member of a collective the tasks name (`东河镇人民政府` under `各乡镇人民政府`): --expand gives it the collective's
      // tasks (a second fresh user had been told only that no task names it).
      const collective = view.registry && !view.expand ? unitLoads([matrix], view).map((load) => load.unit).find((c) => view.registry!.membersOf(c)?.includes(unit)) : undefined;
      if (collective) {
        throw new FengongError({ en: `${path}: no task names ${unit}; the registry lists it under ${collective}: add --expand to give it that collective's tasks`, zh: `${path}：没有任务直接提到 ${unit}；单位名录把它列在 ${collective} 之下：加上 --expand 可列出该集合名称的任务` });
      }
      throw new FengongError({ en: `${path}: no task names ${unit} (fengong units ${shellArg(path)} lists the units)`, zh: `${path}：没有任务提到 ${unit}（fengong units ${shellArg(path)} 可列出所有单位）` });
    }
  }
  return [...new Set(resolved)];
}

/**
 * The json form: an array with, per unit, its name and its tasks, each with the unit's role and the collective it
 * came through (null when named directly).
 */
function jsonOf(matrix: Matrix, units: string[], view: UnitTasksOptions): string {
  const lists = units.map((unit) => ({ unit, tasks: unitTasks(matrix, unit, view) }));
  return `${JSON.stringify(lists, null, 2)}\n`;
}
