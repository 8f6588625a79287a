/**
 * The optimistic guard that planned writes share (pushes, erasure). A batch's first statement inserts a
 * row into push_guard when what the plan was read from has changed since; push_guard's CHECK then fails
 * the statement and D1 rolls the whole batch back, so the caller reads and plans again.
 */

/** D1's message when a guard failed its batch. */
export const isStalePlan = (error: unknown) =>
  error instanceof Error && /push_plan_is_stale/.test(error.message);

/**
 * SQL true when a row of the member (bound at `member`) was written after the team version bound at
 * `version`: every push stamps the rows it writes with the team's next version.
 */
export const memberWroteSince = (member: string, version: string) =>
  `EXISTS (SELECT 1 FROM chores WHERE member_id = ${member} AND version > ${version})
   OR EXISTS (SELECT 1 FROM occurrences WHERE member_id = ${member} AND version > ${version})
   OR EXISTS (SELECT 1 FROM private_chores WHERE member_id = ${member} AND version > ${version})`;
