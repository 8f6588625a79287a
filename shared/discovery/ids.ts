/**
 * Ids derived from templates, the same on every run, so that a dismissed candidate can be remembered
 * without storing its URL: two FNV-1a hashes (32 bits each, different offsets) of the text.
 */
function fnv1a(text: string, offset: number): string {
  let h = offset;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

const hash = (text: string) => fnv1a(text, 0x811c9dc5) + fnv1a(text, 0x2f6b1a3d);

/** The id of one template: `tpl-` and 16 hex digits (a valid IdSchema id). */
export const templateId = (template: string): string => `tpl-${hash(template)}`;

/** The id of a candidate: its template's id, or for merged templates the id of the set of them. */
export const candidateId = (templates: readonly string[]): string =>
  templates.length === 1 ? templateId(templates[0] ?? '') : `tpl-${hash([...templates].sort().join('\n'))}`;
