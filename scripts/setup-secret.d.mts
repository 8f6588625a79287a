export const DEV_VARS: string;
export function newSecret(): string;
export function ensureSetupToken(file?: string): { token: string; created: boolean };
export function hasSecret(listJson: string, name: string): boolean;
