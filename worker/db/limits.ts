import type { Verdict } from './push-change';

/**
 * What one member or team can make the server hold, and how much one answer lists. Set in
 * wrangler.jsonc `vars`; a missing or malformed value falls back to the default, so a deployment that
 * predates a limit still gets it.
 */
export type Limits = {
  /** Chores of one member under one key, deleted ones included (they are rows the server holds). */
  choresPerMemberKey: number;
  /** Occurrences of one member per UTC day, deleted ones included. */
  occurrencesPerMemberDay: number;
  /** Chores of one member, deleted ones and private-chore tombstones included. */
  choresPerMember: number;
  /** Occurrences of one member, deleted ones included. */
  occurrencesPerMember: number;
  /** Records of one team: chores, occurrences and private-chore tombstones, of members present or gone. */
  recordsPerTeam: number;
  /** Entries in one leaderboard answer. */
  leaderboardPage: number;
  /** Chores in one catalogue answer. */
  cataloguePage: number;
  /** Members of one team. */
  membersPerTeam: number;
  /** Invite codes of one team not yet used or expired. */
  openInvitesPerTeam: number;
  /** Dashboard links an admin made for one team (members' own links do not count). */
  viewLinksPerTeam: number;
};

export const DEFAULT_LIMITS: Limits = {
  choresPerMemberKey: 1000,
  occurrencesPerMemberDay: 1440,
  choresPerMember: 5000,
  occurrencesPerMember: 200_000,
  recordsPerTeam: 500_000,
  leaderboardPage: 100,
  cataloguePage: 200,
  membersPerTeam: 200,
  openInvitesPerTeam: 100,
  viewLinksPerTeam: 100,
};

const VARS: Record<keyof Limits, string> = {
  choresPerMemberKey: 'MAX_CHORES_PER_MEMBER_KEY',
  occurrencesPerMemberDay: 'MAX_OCCURRENCES_PER_MEMBER_DAY',
  choresPerMember: 'MAX_CHORES_PER_MEMBER',
  occurrencesPerMember: 'MAX_OCCURRENCES_PER_MEMBER',
  recordsPerTeam: 'MAX_RECORDS_PER_TEAM',
  leaderboardPage: 'LEADERBOARD_PAGE',
  cataloguePage: 'CATALOGUE_PAGE',
  membersPerTeam: 'MAX_MEMBERS_PER_TEAM',
  openInvitesPerTeam: 'MAX_OPEN_INVITES_PER_TEAM',
  viewLinksPerTeam: 'MAX_VIEW_LINKS_PER_TEAM',
};

/** The limits in force, from the Worker's vars (numbers, or numeric strings from `--var`). */
export function limitsOf(vars: object): Limits {
  const read = (name: string, fallback: number) => {
    const value = Number(Reflect.get(vars, name));
    return Number.isSafeInteger(value) && value > 0 ? value : fallback;
  };
  const names = Object.keys(VARS) as (keyof Limits)[];
  return Object.fromEntries(names.map((n) => [n, read(VARS[n], DEFAULT_LIMITS[n])])) as Limits;
}

/**
 * Counts the records a push adds against what one member or team already holds: `over` says whether one
 * more would not fit, `take` counts it once it is added.
 */
export function totalCounter(held: number, max: number, what: string, limit: keyof Limits) {
  const verdict: Verdict = {
    status: 'rejected',
    reason: `more than ${max} ${what} (${VARS[limit]})`,
    code: 'limit',
  };
  let taken = 0;
  return {
    over: (): Verdict | null => (held + taken >= max ? verdict : null),
    take: () => {
      taken += 1;
    },
  };
}

/** Counts rows per bucket (key or day) against one limit: a verdict when one more does not fit, else null. */
export function limitCounter<K>(counts: Map<K, number>, max: number, what: string, limit: keyof Limits) {
  const reason = `more than ${max} ${what} (${VARS[limit]})`;
  return (bucket: K): Verdict | null => {
    const n = counts.get(bucket) ?? 0;
    if (n >= max) return { status: 'rejected', reason, code: 'limit' };
    counts.set(bucket, n + 1);
    return null;
  };
}
