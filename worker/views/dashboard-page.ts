import { html } from 'hono/html';
import type { Leaderboard } from '../../shared/api/leaderboard';
import type { TeamSummary } from '../../shared/api/team-summary';
import { barChart } from './bar-chart';
import { headline } from './headline';
import { savingsList } from './savings-list';
import { shareChart, toilChart } from './team-charts';
import { topChores } from './top-chores';

const layout = (title: string, body: unknown) => html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="stylesheet" href="/dashboard.css">
</head>
<body><main>${body}</main></body>
</html>`;

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The week's ranked chores: the leaderboard as a chart and a table. */
function leaderboardSection(board: Leaderboard) {
  const rows = board.chores.map(
    (e) => html`<tr>
      <td>${e.rank}</td>
      <td>${e.name}</td>
      <td>${fmt(e.hoursPerWeek)}</td>
      <td>${fmt(e.hoursThisWeek)}</td>
      <td>${e.occurrencesThisWeek}</td>
      <td>${e.people}</td>
      <td>${e.trend.growing ? html`<span class="up" title="growing">▲ growing</span>` : '–'}</td>
      <td>${fmt(e.breakEvenHours)}</td>
    </tr>`,
  );
  if (board.chores.length === 0) return html`<p class="card">No chores logged in this period yet.</p>`;
  return html`<section class="card" aria-labelledby="rank-h"><h2 id="rank-h">Chores ranked by pain: hours per week (4-week average)</h2>
    ${barChart(board.chores, 'wide')}${barChart(board.chores, 'narrow')}
    <p class="muted legend"><span class="swatch growing"></span> growing <span class="swatch"></span> steady or too new to tell</p></section>
  <section class="card table-wrap" aria-label="Leaderboard" tabindex="0">
    <table class="leaderboard">
      <thead><tr><th>#</th><th>Chore</th><th>h/week (4 wk)</th><th>h this week</th><th>times</th><th>people</th><th>trend</th><th>worth automating (h)</th></tr></thead>
      <tbody>${rows}</tbody>
    </table>
  </section>`;
}

/** The team dashboard: every user-entered string is interpolated by the html template, which escapes it. */
export function dashboardPage(
  board: Leaderboard,
  summary: TeamSummary,
  nav: { previous: string; next: string | null },
) {
  const partial = summary.week.partial ? ', so far' : '';
  const body = html`<header>
    <h1>${board.team}: toil dashboard</h1>
    <nav aria-label="Weeks"><a href="${nav.previous}">← previous week</a>${nav.next ? html`<a href="${nav.next}">next week →</a>` : ''}</nav>
  </header>
  <p class="muted">Week of ${board.week.label}${partial} (${board.timeZone}). Chores, never people: figures are team totals.</p>
  ${headline(summary)}
  ${toilChart(summary)}
  ${shareChart(summary)}
  ${topChores(summary)}
  ${savingsList(summary)}
  ${leaderboardSection(board)}
  ${board.hiddenChores > 0 ? html`<p class="muted">${board.hiddenChores} chore(s) reported by too few people are not shown; team totals count them only in weeks enough people logged such chores.</p>` : ''}`;
  return layout(`${board.team}: toil dashboard`, body);
}

/** An address that sent too many links nobody holds: refused for a minute (worker/http/failed-auth.ts). */
export function tooManyAttemptsPage() {
  return layout(
    'Too many attempts',
    html`<h1>Too many attempts</h1><p>Too many dashboard links that are not valid came from your network. Try again in a minute.</p>`,
  );
}

export function invalidLinkPage() {
  return layout(
    'Link not valid',
    html`<h1>This dashboard link is not valid</h1><p>It may have been revoked. Open the team dashboard again from Toil Tracker, or ask a team admin for a new link.</p>`,
  );
}
