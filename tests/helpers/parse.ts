import { parseNotice } from '../../src/notice/parse-notice.js';
import remarkGfm from 'remark-gfm';
import { readGridTable } from '../../src/read/grid-table.js';
import { readHtml } from '../../src/read/html.js';
import { readMarkdown } from '../../src/read/markdown.js';
import { readText } from '../../src/read/text.js';

/** Compiles a notice given as text (`.txt` rules) or Markdown, for tests. */
export function parseText(text: string, format: 'text' | 'markdown' = 'text') {
  return parseNotice(format === 'markdown' ? readMarkdown(text, remarkGfm, { html: readHtml, grid: readGridTable }) : readText(text));
}

/** A task's units as `lead|responsible|support`, for compact expectations. */
export function roles(task: { lead: string[]; responsible: string[]; support: string[] }) {
  return { lead: task.lead, responsible: task.responsible, support: task.support };
}
