/** How the dashboard writes its figures: short, and the same everywhere on the page. */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Nov 16" from a week's label (its local start date, YYYY-MM-DD). */
export function shortDate(label: string): string {
  const [, month = 1, day = 1] = label.split('-').map(Number);
  return `${MONTHS[month - 1] ?? ''} ${day}`;
}

/** 0.5 h, 12 h, 130 h: one decimal under 10 hours. */
export function hoursText(hours: number): string {
  const rounded = hours < 10 ? Math.round(hours * 10) / 10 : Math.round(hours);
  return `${rounded} h`;
}

/** 13%, or "under 1%" for a share above zero that would round to it. */
export function percentText(share: number): string {
  if (share > 0 && share < 0.005) return 'under 1%';
  return `${Math.round(share * 100)}%`;
}

/** A round number at or above `value` for an axis' top: 1, 2, 2.5 or 5 times a power of ten. */
export function niceCeiling(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  const f = value / power;
  const step = f <= 1 ? 1 : f <= 2 ? 2 : f <= 2.5 ? 2.5 : f <= 5 ? 5 : 10;
  return step * power;
}
