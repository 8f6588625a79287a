import { ChoreNameSchema, describeIssues, MinutesSchema } from '../../shared/model';

/** The result of reading one form field: the value, or the message shown next to the field. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Minutes as typed ("15", "7.5"): empty, not a number, <= 0 and > 1440 each get their own message. */
export function readMinutes(text: string): FieldResult<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter the minutes it took.' };
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, message: 'Minutes must be a number, such as 15.' };
  const parsed = MinutesSchema.safeParse(value);
  if (!parsed.success) return { ok: false, message: capitalise(describeIssues(parsed.error, 1)[0]) };
  return { ok: true, value: parsed.data };
}

/** A chore name: not empty, at most 120 characters, no control or text-direction characters. */
export function readChoreName(text: string): FieldResult<string> {
  const parsed = ChoreNameSchema.safeParse(text);
  if (!parsed.success) return { ok: false, message: capitalise(describeIssues(parsed.error, 1)[0]) };
  return { ok: true, value: parsed.data };
}

/** A whole or decimal number within [min, max], for settings and hours; `label` names it in the message. */
export function readNumber(text: string, label: string, min: number, max: number): FieldResult<number> {
  const trimmed = text.trim();
  const value = Number(trimmed.replace(',', '.'));
  if (trimmed === '' || !Number.isFinite(value)) return { ok: false, message: `${label} must be a number.` };
  if (value < min || value > max) return { ok: false, message: `${label} must be from ${min} to ${max}.` };
  return { ok: true, value };
}

function capitalise(message: string | undefined): string {
  const text = message ?? 'This value is not valid';
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return sentence.endsWith('.') ? sentence : `${sentence}.`;
}
