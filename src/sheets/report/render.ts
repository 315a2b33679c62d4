import type { Lang } from '../../i18n.js';
import type { Matrix, OutlineItem } from '../../matrix/types.js';
import type { DueOptions } from '../sheet.js';
import { REPORT_CSS, REPORT_JS } from './assets.js';
import { escapeHtml as esc } from './escape.js';
import { countSections, heatMap, type HeatMap } from './heat-model.js';
import { fill, REPORT_LABELS, type ReportLabels } from './labels.js';
import { outlineTreeHtml, tasksHtml } from './tasks-html.js';

/** Options of {@link renderReport}. */
export interface ReportOptions extends DueOptions {
  /** Language of the headings and words (the matrix's own text is shown as written). Default `zh`. */
  lang?: Lang;
}

/**
 * The HTML report of a matrix: one self-contained page (inline style and script, no network, no external fonts)
 * with the document's header, filters by unit and role, a unit × section heat map of load, the outline as a
 * navigable tree, and each task with its units by role and its deadline coloured by urgency against
 * `options.today` (overdue, due within `soonDays`, later, no date). Pure: matrix in, HTML out. Every text taken
 * from the matrix is escaped, in content and attributes alike. Apply a unit registry to the matrix before, if any.
 */
export function renderReport(matrix: Matrix, options: ReportOptions = {}): string {
  const lang = options.lang ?? 'zh';
  const labels = REPORT_LABELS[lang];
  const { document } = matrix;
  const title = document.title ?? document.notice ?? labels.report;
  const heat = heatMap(matrix);
  const counts = fill(labels.counts, { sections: countSections(matrix.outline, new Set(matrix.tasks.map((t) => t.id))), tasks: matrix.tasks.length, units: heat.rows.length });
  const facts = [
    [labels.docNumber, document.docNumber],
    [labels.issuer, document.issuer],
    [labels.date, document.date],
  ].filter((fact): fact is [string, string] => Boolean(fact[1]));
  const dueNote = options.today ? `<p class="note">${esc(fill(labels.dueNote, { today: options.today, soon: options.soonDays ?? 30 }))}</p>` : '';
  return `<!DOCTYPE html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fengong">
<title>${esc(title)} · ${esc(labels.report)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="doc">
<p class="kind">${esc(labels.report)}</p>
<h1>${esc(title)}</h1>
<dl>${facts.map(([term, value]) => `<div><dt>${esc(term)}</dt><dd>${esc(value)}</dd></div>`).join('')}</dl>
<p class="counts">${esc(counts)}</p>
</header>
${filtersHtml(heat, labels, matrix.tasks.length)}
<div class="layout">
<nav class="outline" aria-label="${esc(labels.outline)}"><h2>${esc(labels.outline)}</h2>${outlineTreeHtml(matrix, labels)}</nav>
<main>
<h2 id="heat">${esc(labels.heat)}</h2>
<p class="note">${esc(labels.heatNote)}</p>
${heatHtml(heat, labels, lang)}
<h2 id="tasks">${esc(labels.tasks)}</h2>
${dueNote}${tasksHtml(matrix, labels, options)}</main>
</div>
<footer>${esc(labels.generated)}${document.source ? ` · ${esc(document.source.file)}` : ''}</footer>
<script>${REPORT_JS}</script>
</body>
</html>
`;
}

/** The filter bar: a unit list (sorted by load, with each unit's task count), role boxes, the count shown, the legend. */
function filtersHtml(heat: HeatMap, labels: ReportLabels, total: number): string {
  const options = heat.rows.map(({ load }) => `<option value="${esc(load.unit)}">${esc(load.unit)} (${load.total})</option>`).join('');
  const roles = (['lead', 'responsible', 'support'] as const)
    .map((role) => `<label><input type="checkbox" name="role" value="${role}" checked>${esc(labels[role])}</label>`)
    .join('');
  const legend = (['overdue', 'soon', 'later', 'noDue'] as const)
    .map((key) => `<span class="due-${key === 'noDue' ? 'none' : key}"><i class="badge"></i>${esc(labels[key])}</span>`)
    .join('');
  const shown = fill(labels.shown, { n: total, total });
  return `<div class="filters" role="search">
<label>${esc(labels.unit)} <select id="unit-filter"><option value="">${esc(labels.allUnits)}</option>${options}</select></label>
<span>${esc(labels.roles)}${roles}</span>
<span class="legend due">${legend}</span>
<span class="shown" id="shown" data-template="${esc(labels.shown)}">${esc(shown)}</span>
</div>`;
}

/** The heat map table: a header row of first-level sections over a row of their sections, a row per unit. */
function heatHtml(heat: HeatMap, labels: ReportLabels, lang: Lang): string {
  const groups: Array<{ label: string; span: number; key: OutlineItem | null }> = [];
  for (const column of heat.columns) {
    const last = groups[groups.length - 1];
    if (last && last.key === column.group) last.span++;
    else groups.push({ key: column.group, span: 1, label: column.group ? `${column.group.marker}${column.group.title ?? ''}` : labels.other });
  }
  const top = groups.map((g) => `<th colspan="${g.span}" title="${esc(g.label)}"><span>${esc(g.label)}</span></th>`).join('');
  const second = heat.columns
    .map((c) => {
      const label = c.group ? c.label : labels.other;
      return `<th title="${esc(c.label || labels.other)}"><span>${esc(label)}</span></th>`;
    })
    .join('');
  const roleNames = `${labels.lead}/${labels.responsible}/${labels.support}`;
  const body = heat.rows
    .map(({ load, cells }) => {
      const tds = heat.columns
        .map((c) => {
          const cell = cells.get(c.id);
          if (!cell) return '<td data-l="0" data-r="0" data-s="0" data-t="0"></td>';
          const a = 0.12 + (0.78 * cell.total) / heat.max;
          const style = `background:rgba(29,78,216,${a.toFixed(2)})${a > 0.5 ? ';color:#fff' : ''}`;
          const tip = `${load.unit} · ${c.label || labels.other} · ${roleNames} ${cell.lead}/${cell.responsible}/${cell.support}`;
          return `<td data-l="${cell.lead}" data-r="${cell.responsible}" data-s="${cell.support}" data-t="${cell.total}" style="${style}" title="${esc(tip)}">${cell.total}</td>`;
        })
        .join('');
      return `<tr data-unit="${esc(load.unit)}"><th><button type="button" class="pick" data-unit="${esc(load.unit)}">${esc(load.unit)}</button></th>${tds}<td class="sum" data-l="${load.lead}" data-r="${load.responsible}" data-s="${load.support}" data-t="${load.total}">${load.total}</td></tr>`;
    })
    .join('\n');
  return `<div class="heat-wrap"><table class="heat" lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<thead><tr><th rowspan="2">${esc(labels.unit)}</th>${top}<th rowspan="2">${esc(labels.total)}</th></tr>
<tr>${second}</tr></thead>
<tbody>
${body}
</tbody></table></div>`;
}
