import { html } from 'hono/html';
import type { LeaderboardEntry } from '../../shared/api/leaderboard';

/** Wide: name left of the bar (laptop). Narrow: name above the bar, so a phone shows it at full size. */
const LAYOUTS = {
  wide: { width: 640, row: 30, label: 210, maxLabel: 28, stacked: false },
  narrow: { width: 360, row: 46, label: 0, maxLabel: 44, stacked: true },
} as const;

const shorten = (name: string, max: number) => (name.length > max ? `${name.slice(0, max - 1)}…` : name);

/**
 * A plain SVG bar chart of hours per week, most painful first. Names go in as text nodes (escaped by
 * the html template); colours come from the stylesheet, as the CSP allows no inline style.
 */
export function barChart(entries: LeaderboardEntry[], layout: keyof typeof LAYOUTS) {
  const l = LAYOUTS[layout];
  const top = entries.slice(0, 10);
  const max = Math.max(...top.map((e) => e.hoursPerWeek), 0.01);
  const barSpace = l.width - l.label - 70;
  const height = top.length * l.row + 10;
  return html`<svg class="chart ${layout}" viewBox="0 0 ${l.width} ${height}" role="img" aria-label="Hours per week by chore (4-week average)">
  ${top.map((e, i) => {
    const y = i * l.row + 5;
    const w = Math.max(1, Math.round((e.hoursPerWeek / max) * barSpace));
    const barY = l.stacked ? y + 20 : y + 4;
    const name = shorten(e.name, l.maxLabel);
    return html`<g>
    ${l.stacked ? html`<text x="0" y="${y + 14}">${name}</text>` : html`<text x="${l.label - 8}" y="${y + 18}" text-anchor="end">${name}</text>`}
    <rect x="${l.label}" y="${barY}" width="${w}" height="20" rx="3" class="${e.trend.growing ? 'growing' : ''}"></rect>
    <text class="value" x="${l.label + w + 6}" y="${barY + 15}">${e.hoursPerWeek.toFixed(1)} h</text>
  </g>`;
  })}
</svg>`;
}
