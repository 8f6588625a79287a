/**
 * The manifest's command names (wxt.config.ts), alone in this file so the pages can name them without
 * loading the background's handlers. The keys are suggestions the user can change in the browser.
 */
export const LOG_LAST_CHORE = 'log-last-chore';
