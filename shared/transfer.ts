import {
  type Chore,
  ChoreSchema,
  describeIssues,
  EpochMsSchema,
  type Occurrence,
  OccurrenceSchema,
} from './model';
import { z } from './zod';

/**
 * The JSON export shared by the extension and the server: lossless (every field, tombstones included) and
 * versioned. Import validates everything and is all or nothing: a file with any problem yields no records,
 * only the first problems, each saying where.
 */

export const EXPORT_FORMAT = 'toil-tracker';
export const EXPORT_VERSION = 1;
export const MAX_IMPORT_RECORDS = 200_000;
export const MAX_PROBLEMS = 10;

export type ToilData = { chores: Chore[]; occurrences: Occurrence[] };
export type ImportProblem = { where: string; message: string };
export type ImportResult =
  | ({ ok: true } & ToilData)
  | { ok: false; problems: ImportProblem[]; totalProblems: number };

/** Collects the first MAX_PROBLEMS problems of a file and counts the rest. */
export class Problems {
  readonly list: ImportProblem[] = [];
  total = 0;
  add(where: string, message: string): void {
    this.total++;
    if (this.list.length < MAX_PROBLEMS) this.list.push({ where, message });
  }
  result(data: ToilData): ImportResult {
    return this.total ? { ok: false, problems: this.list, totalProblems: this.total } : { ok: true, ...data };
  }
}

export const formatProblem = (p: ImportProblem) => `${p.where}: ${p.message}`;

export function exportJson(data: ToilData, now: number): string {
  const file = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now, ...data };
  return `${JSON.stringify(file, null, 1)}\n`;
}

const records = (what: string) =>
  z
    .array(z.unknown(), { error: `${what} must be a list` })
    .max(MAX_IMPORT_RECORDS, { error: `at most ${MAX_IMPORT_RECORDS} ${what} per file` });

const EnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION, { error: `version must be ${EXPORT_VERSION}` }),
  exportedAt: EpochMsSchema,
  chores: records('chores'),
  occurrences: records('occurrences'),
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

export function importJson(text: string): ImportResult {
  const problems = new Problems();
  const parsed = parseJson(text);
  if (parsed instanceof Error) {
    problems.add('file', `not valid JSON (${parsed.message})`);
    return problems.result({ chores: [], occurrences: [] });
  }
  const claimed = parsed as { format?: unknown; version?: unknown } | null;
  if (claimed?.format !== EXPORT_FORMAT) {
    problems.add('file', 'this is not a Toil Tracker export');
    return problems.result({ chores: [], occurrences: [] });
  }
  if (typeof claimed.version === 'number' && claimed.version > EXPORT_VERSION) {
    problems.add(
      'file',
      `written by a newer Toil Tracker (format version ${claimed.version}); update to import it`,
    );
    return problems.result({ chores: [], occurrences: [] });
  }
  const envelope = EnvelopeSchema.safeParse(parsed);
  if (!envelope.success) {
    for (const message of describeIssues(envelope.error)) problems.add('file', message);
    return problems.result({ chores: [], occurrences: [] });
  }
  const chores = validateAll(envelope.data.chores, ChoreSchema, 'chore', problems);
  const occurrences = validateAll(envelope.data.occurrences, OccurrenceSchema, 'occurrence', problems);
  // A chore that is in the file but invalid has its own problem; its occurrences are not reported again.
  const choreIds = new Set(envelope.data.chores.map((c) => (c as { id?: unknown } | null)?.id));
  for (const [o, where] of occurrences) {
    if (!choreIds.has(o.choreId)) problems.add(where, `chore ${o.choreId} is not in the file`);
  }
  return problems.result({ chores: chores.map(([c]) => c), occurrences: occurrences.map(([o]) => o) });
}

/** Validates each record on its own, so that every bad one is reported with its position (1-based). */
function validateAll<T extends { id: string }>(
  items: unknown[],
  schema: z.ZodType<T>,
  what: string,
  problems: Problems,
): [T, string][] {
  const valid: [T, string][] = [];
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    const where = `${what} ${i + 1}`;
    const result = schema.safeParse(item);
    if (!result.success) problems.add(where, describeIssues(result.error, 3).join('; '));
    else if (seen.has(result.data.id)) problems.add(where, `id ${result.data.id} appears twice`);
    else {
      seen.add(result.data.id);
      valid.push([result.data, where]);
    }
  }
  return valid;
}
