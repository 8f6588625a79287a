import type { ChangeResult, WireChore, WireOccurrence } from '../../shared/api/sync';
import type { Limits } from './limits';
import type { Cell } from './rollups';

/** The stored rows and counts a push is decided against (push-read.ts), and the plan it makes (push-plan.ts). */

export type StoredChore = {
  id: string;
  team_id: string;
  member_id: string;
  name: string;
  key: string;
  updated_at: number;
  deleted: number;
  archived: number;
};
export type StoredOccurrence = {
  id: string;
  team_id: string;
  member_id: string;
  chore_id: string;
  at: number;
  week_start: number;
  updated_at: number;
  deleted: number;
};
export type Owner = { team_id: string; member_id: string };

export const DAY_MS = 86_400_000;

/** The limits a push is held to. */
export type PushLimits = Pick<
  Limits,
  | 'choresPerMemberKey'
  | 'occurrencesPerMemberDay'
  | 'choresPerMember'
  | 'occurrencesPerMember'
  | 'recordsPerTeam'
>;

/** What the member and the team hold, as the counters of migration 0006 say (push-read.ts). */
type Held = { chores: number; occurrences: number; teamRecords: number };

/** What a push is decided against: its caller, the stored rows it names, and the counts its limits need. */
export type PushContext = {
  teamId: string;
  memberId: string;
  now: number;
  weekStart: (at: number) => number;
  limits: PushLimits;
  held: Held;
  chores: Map<string, StoredChore>;
  occurrences: Map<string, StoredOccurrence>;
  /** Weeks holding live stored occurrences of each chore the push changes or makes private. */
  choreWeeks: Map<string, number[]>;
  /** Tombstones of private chores among the ids the push names. */
  privateChores: Map<string, Owner>;
  /** The member's stored chores per key (deleted ones too), for the keys the push names. */
  keyCounts: Map<string, number>;
  /** The member's stored occurrences per UTC day (deleted ones too), for the days the push names. */
  dayCounts: Map<number, number>;
  /** The member's stored occurrences (deleted ones too) of each chore a private change names. */
  choreOccurrences: Map<string, number>;
};

export type PushPlan = {
  results: ChangeResult[];
  chores: (WireChore & { key: string })[];
  occurrences: (WireOccurrence & { weekStart: number })[];
  /** Chores made private by this push: deleted with their occurrences, a tombstone kept. */
  forget: string[];
  cells: Cell[];
  keys: string[];
  /** How the member's counters change (chores with tombstones, occurrences); the team's by their sum. */
  counts: { chores: number; occurrences: number };
  /** Records the push adds: the write guard checks the team still has room for them. */
  added: number;
};
