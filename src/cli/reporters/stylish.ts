import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import type { FileResult, Reporter } from './types.js';

/**
 * The default reporter, for people: per file, one aligned line per finding (`line:col  severity  message  rule`),
 * then a summary. Alignment counts display width (string-width), so messages in Chinese line up. Coloured only
 * when `options.color` is true.
 */
export const stylish: Reporter = (results, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const lines: string[] = [];
  let errors = 0;
  let warnings = 0;
  for (const { file, messages } of results) {
    if (messages.length === 0) continue;
    const rows = messages.map((m) => {
      if (m.fatal) errors++;
      else warnings++;
      return { place: `${m.line ?? 1}:${m.column ?? 1}`, severity: m.fatal ? 'error' : 'warning', reason: m.reason.replace(/\s*\n\s*/g, ' '), rule: m.ruleId ?? '' };
    });
    const placeWidth = Math.max(...rows.map((r) => r.place.length));
    const reasonWidth = Math.max(...rows.map((r) => stringWidth(r.reason)));
    lines.push(c.underline(file));
    for (const r of rows) {
      const severity = r.severity === 'error' ? c.red('error  ') : c.yellow('warning');
      const pad = ' '.repeat(reasonWidth - stringWidth(r.reason));
      lines.push(`  ${c.dim(r.place.padEnd(placeWidth))}  ${severity}  ${r.reason}${pad}  ${c.dim(r.rule)}`.trimEnd());
    }
    lines.push('');
  }
  const files = `${results.length} file${results.length === 1 ? '' : 's'}`;
  if (errors + warnings === 0) return `${c.green('✔')} ${files}, no problems\n`;
  const total = errors + warnings;
  const summary = `✖ ${total} problem${total === 1 ? '' : 's'} (${count(errors, 'error')}, ${count(warnings, 'warning')}) in ${files}`;
  lines.push(errors > 0 ? c.red.bold(summary) : c.yellow.bold(summary));
  return `${lines.join('\n')}\n`;
};

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

