const BROWSERS: [RegExp, string][] = [
  [/Edg\//, 'Edge'],
  [/OPR\//, 'Opera'],
  [/Firefox\//, 'Firefox'],
  [/Chrome\//, 'Chrome'],
  [/Safari\//, 'Safari'],
];
const SYSTEMS: [RegExp, string][] = [
  [/Windows/, 'Windows'],
  [/CrOS/, 'ChromeOS'],
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

const first = (ua: string, table: [RegExp, string][]) => table.find(([test]) => test.test(ua))?.[1];

/**
 * How the member's list of browsers names this one ("Firefox on Linux"), from its user agent: enough to
 * tell one's browsers apart, nothing more (no version, no device model).
 */
export function deviceNameOf(userAgent: string): string {
  const browser = first(userAgent, BROWSERS) ?? 'A browser';
  const system = first(userAgent, SYSTEMS);
  return system ? `${browser} on ${system}` : browser;
}
