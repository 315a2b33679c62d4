/**
 * The report's style sheet and script, inlined into the page: no network, no external fonts (the font stacks name
 * fonts the reader's system already has). The script reads nothing but the page: each task card's unit buttons
 * carry `data-unit` and `data-role`, each heat-map cell its counts in `data-l`, `data-r`, `data-s` and `data-t` (tasks, each once).
 */
// The heat map's section headers stand one character to a line in a box one character wide, not in
// `writing-mode: vertical-rl`: with a font that has no vertical metrics (WenQuanYi, as Debian's Chromium uses it) a
// vertical span measured 0 px high and the headers were blank (a fresh user's find).
export const REPORT_CSS = `
:root{--ink:#1f2328;--muted:#656d76;--line:#d0d7de;--bg:#f6f8fa;--accent:#1d4ed8;--lead:#b91c1c;--resp:#1d4ed8;--supp:#047857;
--overdue:#dc2626;--soon:#d97706;--later:#059669;--none:#8b949e}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:#fff;font:15px/1.6 "Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",system-ui,sans-serif}
header.doc{padding:20px 28px 12px;border-bottom:1px solid var(--line);background:var(--bg)}
header.doc .kind{margin:0;color:var(--muted);font-size:13px;letter-spacing:.05em}
header.doc h1{margin:4px 0 8px;font-size:24px;line-height:1.35}
header.doc dl{display:flex;flex-wrap:wrap;gap:4px 24px;margin:0}
header.doc dl div{display:flex;gap:6px}
header.doc dt{color:var(--muted)}
header.doc dd{margin:0}
header.doc .counts{margin:6px 0 0;color:var(--muted)}
.filters{position:sticky;top:0;z-index:2;display:flex;flex-wrap:wrap;align-items:center;gap:8px 18px;padding:10px 28px;background:#fff;border-bottom:1px solid var(--line);box-shadow:0 1px 3px rgba(0,0,0,.05)}
.filters label{display:inline-flex;align-items:center;gap:4px}
.filters select{font:inherit;padding:2px 6px;max-width:22em}
.filters .shown{margin-left:auto;color:var(--muted)}
.legend span{display:inline-block;margin-right:10px}
.layout{display:grid;grid-template-columns:minmax(200px,280px) 1fr;align-items:start}
nav.outline{position:sticky;top:52px;max-height:calc(100vh - 52px);overflow:auto;padding:12px 12px 24px 20px;border-right:1px solid var(--line);font-size:14px}
nav.outline h2{font-size:15px;margin:4px 0 8px}
nav.outline ul{list-style:none;margin:0;padding-left:14px}
nav.outline>ul{padding-left:0}
nav.outline a{color:var(--ink);text-decoration:none}
nav.outline a:hover{color:var(--accent);text-decoration:underline}
nav.outline .n{color:var(--muted);font-size:12px;margin-left:4px}
main{padding:8px 28px 40px;min-width:0}
main h2{font-size:19px;margin:18px 0 8px}
.heat-wrap{overflow:auto;max-height:70vh;border:1px solid var(--line)}
table.heat{border-collapse:collapse;font-size:13px}
table.heat th,table.heat td{border:1px solid var(--line);padding:2px 6px;text-align:center;white-space:nowrap}
table.heat thead th{position:sticky;top:0;background:var(--bg);z-index:1}
table.heat thead tr+tr th{top:27px}
table.heat thead th span{display:inline-block;max-width:7em;overflow:hidden;text-overflow:ellipsis;vertical-align:bottom}
table.heat thead tr+tr th span{width:1em;max-width:none;white-space:normal;word-break:break-all;line-break:anywhere;line-height:1.15;max-height:8.05em;text-align:center}
table.heat tbody th{position:sticky;left:0;background:#fff;text-align:left;font-weight:normal}
table.heat td{min-width:2.6em}
table.heat td.sum{font-weight:bold;background:var(--bg)}
table.heat tr.picked th{background:#fef3c7}
button.unit,button.pick{font:inherit;cursor:pointer;border:0;background:none;padding:0;color:inherit;text-align:left}
button.pick:hover{color:var(--accent);text-decoration:underline}
.note{color:var(--muted);font-size:13px;margin:4px 0}
section.item{margin-left:0}
section.item section.item{margin-left:14px}
section.item>h3,section.item>h4,section.item>h5{margin:14px 0 6px;scroll-margin-top:60px}
section.item>h3{font-size:17px}
section.item>h4{font-size:16px}
section.item>h5{font-size:15px}
article.task{border:1px solid var(--line);border-left:4px solid var(--accent);border-radius:6px;padding:8px 12px;margin:8px 0;scroll-margin-top:60px}
article.task header{display:flex;gap:8px;align-items:baseline}
article.task .tid{font-family:ui-monospace,monospace;color:var(--muted);font-size:13px}
article.task p{margin:4px 0}
article.task .text{white-space:pre-line}
article.task dl{margin:4px 0;display:grid;grid-template-columns:auto 1fr;gap:2px 10px}
article.task dt{font-size:13px;font-weight:bold}
article.task dd{margin:0}
dt.lead{color:var(--lead)} dt.responsible{color:var(--resp)} dt.support{color:var(--supp)}
button.unit{display:inline-block;margin:1px 6px 1px 0;padding:0 6px;border-radius:10px;background:var(--bg);border:1px solid var(--line)}
button.unit.hit{background:#fef3c7;border-color:var(--soon)}
.due{font-size:14px}
.due .badge{display:inline-block;margin-left:6px;padding:0 6px;border-radius:10px;color:#fff;font-size:12px}
.due-overdue .badge{background:var(--overdue)} .due-soon .badge{background:var(--soon)}
.due-later .badge{background:var(--later)} .due-none .badge{background:var(--none)}
article.task.due-overdue{border-left-color:var(--overdue)} article.task.due-soon{border-left-color:var(--soon)}
.legend .badge{display:inline-block;width:10px;height:10px;border-radius:5px;margin-right:4px}
.src{color:var(--muted);font-size:12px}
footer{padding:12px 28px;color:var(--muted);font-size:12px;border-top:1px solid var(--line)}
[hidden]{display:none!important}
@media (max-width:800px){.layout{grid-template-columns:1fr}nav.outline{position:static;max-height:none;border-right:0}}
@media print{.filters,nav.outline{display:none}.layout{display:block}}
`;

/**
 * The filter script: shows the tasks in which the chosen unit has one of the ticked roles (all tasks when every
 * role is ticked and no unit chosen), hides sections left empty, marks the unit's buttons, counts what is shown,
 * and recolours the heat map for the ticked roles. Clicking a unit anywhere chooses it.
 */
export const REPORT_JS = `
(function () {
  var select = document.getElementById('unit-filter');
  var boxes = Array.prototype.slice.call(document.querySelectorAll('input[name=role]'));
  var tasks = Array.prototype.slice.call(document.querySelectorAll('article.task'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.item'));
  var cells = Array.prototype.slice.call(document.querySelectorAll('table.heat td[data-l]:not(.sum)'));
  var sums = Array.prototype.slice.call(document.querySelectorAll('table.heat td.sum'));
  var rows = Array.prototype.slice.call(document.querySelectorAll('table.heat tbody tr'));
  var shown = document.getElementById('shown');
  function roles() { return boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; }); }
  function apply() {
    var unit = select.value, rs = roles(), n = 0;
    tasks.forEach(function (task) {
      var hit = false;
      Array.prototype.forEach.call(task.querySelectorAll('button.unit'), function (b) {
        var match = rs.indexOf(b.dataset.role) >= 0 && (unit === '' || b.dataset.unit === unit);
        b.classList.toggle('hit', match && unit !== '');
        if (match) hit = true;
      });
      if (unit === '' && rs.length === boxes.length) hit = true;
      task.hidden = !hit;
      if (hit) n++;
    });
    sections.forEach(function (s) { s.hidden = !s.querySelector('article.task:not([hidden])'); });
    shown.textContent = shown.dataset.template.replace('{n}', n).replace('{total}', tasks.length);
    var max = 1;
    var values = cells.map(function (c) {
      var v = count(c, rs);
      if (v > max) max = v;
      return v;
    });
    cells.forEach(function (c, i) { paint(c, values[i], max); });
    sums.forEach(function (c) { c.textContent = String(count(c, rs)); });
    rows.forEach(function (r) { r.classList.toggle('picked', unit !== '' && r.dataset.unit === unit); });
  }
  // Every role ticked: the tasks that name the unit (data-t), each once, as fengong units counts them.
  function count(c, rs) {
    if (rs.length === boxes.length) return +c.dataset.t;
    return (rs.indexOf('lead') >= 0 ? +c.dataset.l : 0) + (rs.indexOf('responsible') >= 0 ? +c.dataset.r : 0) + (rs.indexOf('support') >= 0 ? +c.dataset.s : 0);
  }
  function paint(cell, v, max) {
    var a = v ? 0.12 + 0.78 * v / max : 0;
    cell.textContent = v ? String(v) : '';
    cell.style.background = v ? 'rgba(29,78,216,' + a.toFixed(2) + ')' : '';
    cell.style.color = a > 0.5 ? '#fff' : '';
  }
  function pick(unit) { select.value = unit; apply(); }
  select.addEventListener('change', apply);
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  document.addEventListener('click', function (e) {
    var b = e.target.closest && e.target.closest('button.unit, button.pick');
    if (b) pick(select.value === b.dataset.unit && b.classList.contains('unit') ? '' : b.dataset.unit);
  });
  apply();
})();
`;
