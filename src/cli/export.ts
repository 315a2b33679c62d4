import { loadMatrix } from '../matrix/read.js';
import { refuseOverwritingInput } from './io.js';
import { applyRegistry } from '../registry/apply.js';
import { renderSheets, SHEET_FORMATS, type SheetFormat } from '../sheets/render.js';
import { taskTable } from '../sheets/task-table.js';
import { formatOption } from './output-format.js';
import { dueOptions, emit, registryOption, type SheetCommandOptions } from './sheet-io.js';
import { cliLang } from './lang.js';

/** Options of `fengong export`. */
export interface ExportOptions extends SheetCommandOptions {
  format?: SheetFormat;
}

/**
 * `fengong export MATRIX`: the whole 任务分工表 as xlsx, docx, csv or md, to `-o FILE` or (csv, md) standard
 * output. The format comes from `--format`, else from the extension of `-o`, else md.
 * @returns the exit code, 0.
 * @throws FengongError for an unreadable matrix or registry, bad options, or a file that exists without --force.
 */
export async function runExport(path: string, options: ExportOptions): Promise<number> {
  const due = dueOptions(options);
  const registry = registryOption(options);
  refuseOverwritingInput(path, options.output);
  let matrix = loadMatrix(path, { lang: cliLang() });
  if (registry) matrix = applyRegistry(matrix, registry, { expand: options.expand });
  const format = formatOption(options.format, options.output, SHEET_FORMATS, 'md', { markdown: 'md' });
  emit(await renderSheets([taskTable(matrix, due)], format, { bom: options.bom }), options);
  return 0;
}
