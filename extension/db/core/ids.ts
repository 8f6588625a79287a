/** A client-generated id that fits shared/model's IdSchema (a UUID: 36 URL-safe characters). */
export function newId(): string {
  return crypto.randomUUID();
}
