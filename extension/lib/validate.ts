import { minutesProblem, nameProblem } from '../../shared/text';

/** The result of reading one form field: the value, or the message shown next to the field. */
export type FieldResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Minutes as typed ("15", "7.5"): empty, not a number, <= 0 and > 1440 each get their own message. */
export function readMinutes(text: string): FieldResult<number> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter the minutes it took.' };
  const value = Number(trimmed.replace(',', '.'));
  if (!Number.isFinite(value)) return { ok: false, message: 'Minutes must be a number, such as 15.' };
  const problem = minutesProblem(value);
  return problem ? { ok: false, message: capitalise(problem) } : { ok: true, value };
}

/** A chore name: not empty, at most 120 characters, no control, text-direction or invisible characters. */
export function readChoreName(text: string): FieldResult<string> {
  const name = text.trim();
  const problem = nameProblem(name);
  return problem ? { ok: false, message: capitalise(problem) } : { ok: true, value: name };
}

/** A whole or decimal number within [min, max], for settings and hours; `label` names it in the message. */
export function readNumber(text: string, label: string, min: number, max: number): FieldResult<number> {
  const trimmed = text.trim();
  const value = Number(trimmed.replace(',', '.'));
  if (trimmed === '' || !Number.isFinite(value)) return { ok: false, message: `${label} must be a number.` };
  if (value < min || value > max) return { ok: false, message: `${label} must be from ${min} to ${max}.` };
  return { ok: true, value };
}

function capitalise(text: string): string {
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return sentence.endsWith('.') ? sentence : `${sentence}.`;
}
