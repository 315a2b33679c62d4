import { Chalk } from 'chalk';
import stringWidth from 'string-width';
import type { Lang } from '../../i18n.js';
import { severityOf, type Severity } from '../../matrix/finding.js';
import type { FileResult, Reporter } from './types.js';

/** The stylish reporter's words in both languages (rule ids, places and messages are not translated here). */
const WORDS: Record<Lang, { severity: Record<Severity, string>; clean: (files: string) => string; files: (n: number) => string; summary: (total: number, counts: string, files: string) => string; count: (n: number, severity: Severity) => string; unreadable: (n: number) => string; hidden: (files: string, n: number) => string }> = {
  en: {
    unreadable: (n) => `; ${n} file${n === 1 ? '' : 's'} could not be read`,
    hidden: (files, n) => `${files}, no errors (${n} warning${n === 1 ? '' : 's'} or note${n === 1 ? '' : 's'} not shown: --quiet)`,
    severity: { error: 'error', warning: 'warning', info: 'info' },
    files: (n) => `${n} file${n === 1 ? '' : 's'}`,
    clean: (files) => `${files}, no problems`,
    count: (n, severity) => `${n} ${severity}${n === 1 || severity === 'info' ? '' : 's'}`,
    summary: (total, counts, files) => `${total} problem${total === 1 ? '' : 's'} (${counts}) in ${files}`,
  },
  zh: {
    unreadable: (n) => `；${n} 个文件无法读取`,
    hidden: (files, n) => `${files}，没有错误（--quiet 未显示 ${n} 个警告或提示）`,
    severity: { error: '错误', warning: '警告', info: '提示' },
    files: (n) => `${n} 个文件`,
    clean: (files) => `${files}，没有问题`,
    count: (n, severity) => `${n} 个${{ error: '错误', warning: '警告', info: '提示' }[severity]}`,
    summary: (total, counts, files) => `共 ${total} 个问题（${counts}），${files}`,
  },
};

/**
 * The default reporter, for people: per file, one aligned line per finding (`line:col  severity  message  rule`),
 * then a summary, its words in `options.lang` (default English; rule ids the same in both). Alignment counts
 * display width (string-width), so messages in Chinese line up. A finding with `fatal` true is an error, false a
 * warning, unset an info (parse's notes). Coloured only when `options.color` is true.
 */
export const stylish: Reporter = (results, options) => {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const words = WORDS[options.lang ?? 'en'];
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const severityWidth = Math.max(...Object.values(words.severity).map((w) => stringWidth(w)));
  for (const { file, messages } of results) {
    if (messages.length === 0) continue;
    const rows = messages.map((m) => {
      const severity: Severity = severityOf(m);
      counts[severity]++;
      return { place: `${m.line ?? 1}:${m.column ?? 1}`, severity, reason: m.reason.replace(/\s*\n\s*/g, ' '), rule: m.ruleId ?? '' };
    });
    // A loop, not Math.max(...): 150,000 findings overflowed the stack of a spread call (probe 18).
    let placeWidth = 0;
    let reasonWidth = 0;
    for (const r of rows) {
      placeWidth = Math.max(placeWidth, r.place.length);
      reasonWidth = Math.max(reasonWidth, stringWidth(r.reason));
    }
    lines.push(c.underline(file));
    for (const r of rows) {
      const word = words.severity[r.severity];
      const padded = word + ' '.repeat(severityWidth - stringWidth(word));
      const severity = r.severity === 'error' ? c.red(padded) : r.severity === 'warning' ? c.yellow(padded) : c.blue(padded);
      const pad = ' '.repeat(reasonWidth - stringWidth(r.reason));
      lines.push(`  ${c.dim(r.place.padEnd(placeWidth))}  ${severity}  ${r.reason}${pad}  ${c.dim(r.rule)}`.trimEnd());
    }
    lines.push('');
  }
  const files = words.files(results.length);
  const total = counts.error + counts.warning + counts.info;
  const unreadable = options.unreadable ? words.unreadable(options.unreadable) : '';
  const clean = options.hidden ? words.hidden(files, options.hidden) : words.clean(files);
  if (total === 0) return unreadable ? `${c.red.bold(`✖ ${clean}${unreadable}`)}\n` : `${c.green('✔')} ${clean}\n`;
  const parts = [words.count(counts.error, 'error'), words.count(counts.warning, 'warning')];
  if (counts.info) parts.push(words.count(counts.info, 'info'));
  const summary = `✖ ${words.summary(total, parts.join(options.lang === 'zh' ? '，' : ', '), files)}${unreadable}`;
  lines.push(counts.error > 0 || unreadable ? c.red.bold(summary) : c.yellow.bold(summary));
  return `${lines.join('\n')}\n`;
};
