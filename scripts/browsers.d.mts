type Browser = { name: string; env: string; path: string; debian: string };
export const BROWSERS: Browser[];
export type BrowserPlan =
  | { action: 'ok' }
  | { action: 'install'; packages: string[]; command: string }
  | { action: 'stop'; message: string };
export function browserPlan(machine: {
  env: Record<string, string | undefined>;
  exists: (path: string) => boolean;
  debian: boolean;
  root: boolean;
}): BrowserPlan;
