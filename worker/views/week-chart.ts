import { html } from 'hono/html';
import { shortDate } from './format';

/** Wide for a laptop; narrow (every other week labelled) for a phone, so its text stays readable. */
const LAYOUTS = {
  wide: { width: 880, every: 1, values: true },
  narrow: { width: 360, every: 2, values: false },
} as const;
export type Layout = keyof typeof LAYOUTS;

const HEIGHT = 240;
const TOP = 22;
const BOTTOM = 40;
const LEFT = 52;
const RIGHT = 12;

export type WeekBar = { label: string; value: number | null; partial: boolean; over?: boolean };

export type WeekChart = {
  id: string;
  title: string;
  /** The text alternative: what the chart shows, in a sentence or two. */
  desc: string;
  bars: WeekBar[];
  /** The axis' top, labelled. */
  max: number;
  format: (value: number) => string;
  /** A reference line, e.g. the SRE cap. */
  line?: { value: number; label: string };
};

/**
 * Bars per week with a labelled axis (0, half and the top), week ticks (local start dates) and the
 * running week drawn open and marked "so far". Text goes in as text nodes (escaped by the template);
 * colours come from the stylesheet, as the CSP allows no inline style.
 */
export function weekChart(c: WeekChart, layout: Layout) {
  const l = LAYOUTS[layout];
  const plotW = l.width - LEFT - RIGHT;
  const plotH = HEIGHT - TOP - BOTTOM;
  const band = plotW / Math.max(1, c.bars.length);
  const y = (v: number) => TOP + plotH - (Math.min(v, c.max) / c.max) * plotH;
  const id = `${c.id}-${layout}`;
  const ticks = [0, c.max / 2, c.max];
  const last = c.bars.length - 1;
  return html`<svg class="chart weeks ${layout}" viewBox="0 0 ${l.width} ${HEIGHT}" role="img" aria-labelledby="${id}-t ${id}-d">
  <title id="${id}-t">${c.title}</title>
  <desc id="${id}-d">${c.desc}</desc>
  ${ticks.map(
    (t) => html`<line class="grid" x1="${LEFT}" x2="${l.width - RIGHT}" y1="${y(t)}" y2="${y(t)}"></line>
  <text class="axis" x="${LEFT - 6}" y="${y(t) + 4}" text-anchor="end">${c.format(t)}</text>`,
  )}
  ${c.bars.map((b, i) => {
    const x = LEFT + i * band + band * 0.15;
    const w = band * 0.7;
    const top = b.value === null ? y(0) : y(b.value);
    const kind = b.partial ? 'partial' : b.over ? 'over' : '';
    const tick = (last - i) % l.every === 0;
    return html`<g>
    ${b.value === null ? '' : html`<rect class="${kind}" x="${x}" y="${top}" width="${w}" height="${Math.max(0, y(0) - top)}"></rect>`}
    ${l.values && b.value !== null && b.value > 0 ? html`<text class="value" x="${x + w / 2}" y="${top - 5}" text-anchor="middle">${c.format(b.value)}</text>` : ''}
    ${tick ? html`<text class="axis" x="${x + w / 2}" y="${HEIGHT - BOTTOM + 16}" text-anchor="middle">${shortDate(b.label)}</text>` : ''}
    ${b.partial ? html`<text class="axis" x="${x + w / 2}" y="${HEIGHT - BOTTOM + 32}" text-anchor="middle">so far</text>` : ''}
  </g>`;
  })}
  ${
    c.line
      ? html`<line class="cap" x1="${LEFT}" x2="${l.width - RIGHT}" y1="${y(c.line.value)}" y2="${y(c.line.value)}"></line>
  <text class="cap-label" x="${l.width - RIGHT}" y="${y(c.line.value) - 6}" text-anchor="end">${c.line.label}</text>`
      : ''
  }
</svg>`;
}
