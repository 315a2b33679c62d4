/**
 * The HTML report of a matrix (`fengong report`): one self-contained page to look at, with a heat map of load
 * and filters by unit and role.
 */
export { renderReport, type ReportOptions } from './render.js';
export { countOutlineItems, heatMap, sectionOf, type HeatColumn, type HeatMap, type HeatRow } from './heat-model.js';
export { escapeHtml } from './escape.js';
export { REPORT_LABELS, type ReportLabels } from './labels.js';
