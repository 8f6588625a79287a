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
table.leaderboard th:nth-child(2), table.leaderboard td:nth-child(2) { text-align: left; white-space: normal; overflow-wrap: break-word; min-width: 10rem; }
table.weeks-table { min-width: 0; } table.weeks-table th:first-child { text-align: left; }
table.weeks-table th[scope="row"] { font-size: 1rem; color: var(--fg); font-weight: 400; }
caption { text-align: left; padding: .25rem .5rem; }
details { margin-top: .75rem; } summary { cursor: pointer; color: var(--bar); }
th { font-size: .85rem; color: var(--muted); font-weight: 600; }
.up { color: var(--bar-grow); }
h2 { font-size: 1rem; margin: 0 0 .5rem; }
.legend { font-size: .85rem; margin: .5rem 0 0; }
.legend .item { white-space: nowrap; margin-right: .75rem; } .legend .item .swatch { margin-left: 0; }
.swatch { display: inline-block; width: .8em; height: .8em; border-radius: 2px; background: var(--bar); margin-left: .5rem; }
.swatch.growing { background: var(--bar-grow); margin-left: 0; }
.swatch.over { background: var(--bar-grow); }
.swatch.partial { background: transparent; border: 1px dashed var(--bar); }
.swatch.cap { background: transparent; height: 0; width: 1.4em; border-top: 2px dashed var(--bar-grow); vertical-align: middle; }
.headline { display: grid; grid-template-columns: repeat(3, 1fr); gap: 1rem; margin: 1rem 0; }
.headline .card { margin: 0; } .headline p { margin: .25rem 0; }
.big { font-size: 2.25rem; font-weight: 700; line-height: 1.1; } .big.over { color: var(--bar-grow); }
svg.chart.weeks .axis { fill: var(--muted); font-size: 12px; }
svg.chart .grid, svg.spark .grid { stroke: var(--line); stroke-width: 1; }
svg.chart rect.over { fill: var(--bar-grow); }
svg.chart rect.partial, svg.spark rect.partial { fill: var(--bar); fill-opacity: .3; stroke: var(--bar); stroke-dasharray: 4 3; }
svg.chart .cap { stroke: var(--bar-grow); stroke-width: 2; stroke-dasharray: 6 4; }
svg.chart .cap-label { fill: var(--bar-grow); font-size: 12px; font-weight: 600; }
ul.chore-weeks { list-style: none; padding: 0; margin: 0; }
ul.chore-weeks li { display: grid; grid-template-columns: minmax(8rem, 14rem) 1fr minmax(9rem, 12rem); gap: .75rem; align-items: center; padding: .4rem 0; border-bottom: 1px solid var(--line); }
ul.chore-weeks .name { overflow-wrap: anywhere; } ul.chore-weeks .figure { color: var(--muted); font-size: .9rem; }
svg.spark { width: 100%; height: 2.75rem; display: block; } svg.spark rect { fill: var(--bar); }
ul.savings { padding-left: 1.25rem; } ul.savings li { margin: .35rem 0; }
@media (max-width: 760px) { .headline { grid-template-columns: 1fr 1fr; } }
@media (max-width: 600px) {
  body { font-size: 15px; } main { padding: .75rem; } h1 { font-size: 1.25rem; }
  svg.chart.wide { display: none; } svg.chart.narrow { display: block; }
  .card { padding: .75rem; }
  .headline { grid-template-columns: 1fr; gap: .5rem; } .big { font-size: 1.9rem; }
  ul.chore-weeks li { grid-template-columns: 1fr; gap: .25rem; }
  table.weeks-table th, table.weeks-table td { padding: .35rem .3rem; font-size: .9rem; }
  table.weeks-table .wt { display: none; }
}
`;
