/** Shown when the server refuses the token: the member was removed, or left from another device. */
export const REJOIN_MESSAGE =
  'The server no longer accepts this device (removed from the team, or the team was left). Sync is paused; every entry is still here. Join again to resume.';
