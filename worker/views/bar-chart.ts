import { html } from 'hono/html';
import type { LeaderboardEntry } from '../../shared/api/leaderboard';

const ROW = 30;
const LABEL = 210;
const WIDTH = 640;
const BAR = WIDTH - LABEL - 70;
const MAX_LABEL = 28;

const shorten = (name: string) => (name.length > MAX_LABEL ? `${name.slice(0, MAX_LABEL - 1)}…` : name);

/**
 * A plain SVG bar chart of hours per week, most painful first. Names go in as text nodes (escaped by
 * the html template); colours come from the stylesheet, as the CSP allows no inline style.
 */
export function barChart(entries: LeaderboardEntry[]) {
  const top = entries.slice(0, 10);
  const max = Math.max(...top.map((e) => e.hoursPerWeek), 0.01);
  const height = top.length * ROW + 10;
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="chart-title">
  <title id="chart-title">Hours per week by chore (4-week average)</title>
  ${top.map((e, i) => {
    const y = i * ROW + 5;
    const w = Math.max(1, Math.round((e.hoursPerWeek / max) * BAR));
    return html`<g>
    <text x="${LABEL - 8}" y="${y + 18}" text-anchor="end">${shorten(e.name)}</text>
    <rect x="${LABEL}" y="${y + 4}" width="${w}" height="${ROW - 10}" rx="3" class="${e.trend.growing ? 'growing' : ''}"></rect>
    <text class="value" x="${LABEL + w + 6}" y="${y + 18}">${e.hoursPerWeek.toFixed(1)} h</text>
  </g>`;
  })}
</svg>`;
}
