/** The dashboard's only stylesheet, served from the Worker so the CSP can forbid inline styles. */
export const DASHBOARD_CSS = `
:root { color-scheme: light dark; --bg: #fafaf9; --fg: #1c1917; --muted: #57534e; --line: #e7e5e4;
  --bar: #2563eb; --bar-grow: #dc2626; --card: #ffffff; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #0c0a09; --fg: #f5f5f4; --muted: #a8a29e; --line: #292524; --bar: #60a5fa; --bar-grow: #f87171; --card: #1c1917; }
}
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--fg);
  font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 960px; margin: 0 auto; padding: 1rem; }
header { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: space-between; gap: .5rem; }
h1 { font-size: 1.5rem; margin: .5rem 0; overflow-wrap: anywhere; }
nav a { color: var(--bar); margin-left: .75rem; }
.muted { color: var(--muted); }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 1rem; margin: 1rem 0; }
.recommendation { border-left: 4px solid var(--bar); }
svg.chart { width: 100%; height: auto; display: block; }
svg.chart.narrow { display: none; }
svg.chart text { fill: var(--fg); font-size: 13px; }
svg.chart .value { fill: var(--muted); }
svg.chart rect { fill: var(--bar); }
svg.chart rect.growing { fill: var(--bar-grow); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; min-width: 560px; }
th, td { text-align: right; padding: .4rem .5rem; border-bottom: 1px solid var(--line); white-space: nowrap; }
th:nth-child(2), td:nth-child(2) { text-align: left; white-space: normal; overflow-wrap: break-word; min-width: 10rem; }
th { font-size: .85rem; color: var(--muted); font-weight: 600; }
.up { color: var(--bar-grow); }
h2 { font-size: 1rem; margin: 0 0 .5rem; }
.legend { font-size: .85rem; margin: .5rem 0 0; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; background: var(--bar); margin-left: .5rem; }
.swatch.growing { background: var(--bar-grow); margin-left: 0; }
@media (max-width: 600px) {
  body { font-size: 15px; } main { padding: .75rem; } h1 { font-size: 1.25rem; }
  svg.chart.wide { display: none; } svg.chart.narrow { display: block; }
  .card { padding: .75rem; }
}
`;
