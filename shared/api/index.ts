export * from './errors';
export * from './invites';
export * from './leaderboard';
export * from './sync';
export * from './team-summary';
export * from './teams';
