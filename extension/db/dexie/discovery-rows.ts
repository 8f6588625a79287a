import type { Candidate, DiscoveryStats, DiscoveryWindow } from '../../../shared/discovery';

/**
 * Toil discovery's rows (schema version 4). They stay on this device: sync reads only chores and
 * occurrences, and the JSON and CSV exports hold neither (README, "Find toil in my browsing").
 */

/** A candidate as the last run found it; `choreId` once the user accepted it as that chore. */
export type CandidateRow = Candidate & { choreId?: string };

/** A template the user dismissed: its id only (a hash, see shared/discovery/ids.ts), never its URL. */
export type DismissedRow = { templateId: string; at: number };

/** The kv row with the discovery setting and what the last run read. */
export const DISCOVERY_KEY = 'discovery';

export type DiscoveryMeta = {
  /** Weeks of history to read, 1 to 12 (DiscoveryWeeksSchema). */
  weeks: number;
  lastRun?: { at: number; window: DiscoveryWindow; stats: DiscoveryStats };
};
