/** D1 allows 100 KB per statement: JSON arguments are split so each stays well below that. */
export const MAX_JSON_BYTES = 80_000;

/** Splits items into JSON arrays of at most maxBytes each (an item is never split). */
export function jsonChunks(items: readonly unknown[], maxBytes = MAX_JSON_BYTES): string[] {
  const chunks: string[] = [];
  let parts: string[] = [];
  let size = 2;
  for (const item of items) {
    const json = JSON.stringify(item);
    if (parts.length > 0 && size + json.length + 1 > maxBytes) {
      chunks.push(`[${parts.join(',')}]`);
      parts = [];
      size = 2;
    }
    parts.push(json);
    size += json.length + 1;
  }
  if (parts.length > 0) chunks.push(`[${parts.join(',')}]`);
  return chunks;
}
