import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import { toCsv, type CsvOptions } from './csv.js';
import type { UnitLoad } from './unit-load.js';

/** Options of {@link formatUnitLoads}. */
export interface FormatLoadsOptions extends CsvOptions {
  format: 'table' | 'csv' | 'json';
  /** Colour the table with ANSI escapes (the CLI sets it for a TTY only). */
  color?: boolean;
}

const HEADERS = ['单位', '牵头', '责任', '配合', '合计'];

/**
 * Unit loads as text: `table` (columns aligned by display width, CJK characters counting 2; the header bold and
 * zero counts dimmed when `color`), `csv` (RFC 4180, see `toCsv`), or `json` (an array of {@link UnitLoad}).
 * Always ends with a line break.
 */
export function formatUnitLoads(loads: readonly UnitLoad[], options: FormatLoadsOptions): string {
  const rows = loads.map((l) => [l.unit, String(l.lead), String(l.responsible), String(l.support), String(l.total)]);
  if (options.format === 'json') return `${JSON.stringify(loads, null, 2)}\n`;
  if (options.format === 'csv') return toCsv([HEADERS, ...rows], options);
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const widths = HEADERS.map((h, i) => Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i]))));
  // Names are padded on the right, counts on the left; padding counts display columns, not characters.
  const pad = (text: string, i: number): string => {
    const fill = ' '.repeat(widths[i] - stringWidth(text));
    return i === 0 ? text + fill : fill + text;
  };
  const lines = [chalk.bold(HEADERS.map(pad).join('  ').trimEnd())];
  for (const row of rows) {
    lines.push(row.map((text, i) => (i > 0 && text === '0' ? chalk.dim(pad(text, i)) : pad(text, i))).join('  '));
  }
  return `${lines.join('\n')}\n`;
}
