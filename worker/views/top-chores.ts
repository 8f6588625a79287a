import { html } from 'hono/html';
import type { TeamSummary } from '../../shared/api/team-summary';
import { hoursText, shortDate } from './format';

const WIDTH = 300;
const HEIGHT = 44;

/**
 * The top chores' weekly hours as small bar charts, one per chore on one shared scale (stated above
 * them), so chores compare at a glance and a phone shows each at full width. Names are HTML text.
 */
export function topChores(s: TeamSummary) {
  if (s.topChores.length === 0) return '';
  const max = Math.max(0.01, ...s.topChores.flatMap((c) => c.weeklyHours));
  const band = WIDTH / Math.max(1, s.weeks.length);
  const from = shortDate(s.weeks[0]?.label ?? '');
  const to = shortDate(s.weeks.at(-1)?.label ?? '');
  const so = s.week.partial ? ' so far' : '';
  return html`<section class="card" aria-labelledby="top-h"><h2 id="top-h">${s.topChores.length === 1 ? 'The top chore' : `Top ${s.topChores.length} chores`}, hours per week</h2>
  <p class="muted">In the leaderboard’s order, weeks of ${from} to ${to}. One scale for all: the tallest bar is ${hoursText(max)}.</p>
  <ul class="chore-weeks">${s.topChores.map((c) => {
    const now = c.weeklyHours.at(-1) ?? 0;
    const label = `${c.name}: ${c.weeklyHours.map((h) => hoursText(h)).join(', ')}, in hours per week from ${from} to ${to}${so}`;
    return html`<li><span class="name">${c.name}</span>
    <svg class="spark" viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="none" role="img" aria-label="${label}">
      <line class="grid" x1="0" x2="${WIDTH}" y1="${HEIGHT - 0.5}" y2="${HEIGHT - 0.5}"></line>
      ${c.weeklyHours.map((h, i) => {
        const bar = (h / max) * (HEIGHT - 2);
        const partial = i === c.weeklyHours.length - 1 && s.week.partial;
        return html`<rect class="${partial ? 'partial' : ''}" x="${i * band + band * 0.15}" y="${HEIGHT - bar}" width="${band * 0.7}" height="${bar}"></rect>`;
      })}
    </svg>
    <span class="figure">${s.week.partial ? `${hoursText(now)} this week so far` : `${hoursText(now)} in the week of ${to}`}</span></li>`;
  })}</ul></section>`;
}
