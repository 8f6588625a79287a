export * from './errors';
export * from './leaderboard';
export * from './sync';
export * from './teams';
