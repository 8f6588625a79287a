import { DEFAULT_MINUTES, newChore } from './chores';
import { csvLine, csvText, parseCsv } from './csv';
import { fromLocal, localDateTime } from './local-time';
import {
  type Chore,
  ChoreNameSchema,
  choreKey,
  describeIssues,
  EpochMsSchema,
  IdSchema,
  MinutesSchema,
  NoteSchema,
  type Occurrence,
  OccurrenceSourceSchema,
} from './model';
import { type ImportResult, MAX_IMPORT_RECORDS, Problems, type ToilData } from './transfer';

/**
 * CSV for spreadsheets: one row per occurrence, dates and times on the user's wall clock. Not lossless
 * (JSON is): times are kept to the minute and chores carry only their names. Rows without ids are new.
 */

export const CSV_COLUMNS = ['date', 'time', 'chore', 'minutes', 'note', 'source', 'id', 'chore_id'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const REQUIRED: readonly Column[] = ['date', 'chore', 'minutes'];
/** A row with a date but no time is placed at noon, well inside its day whatever the time zone does. */
const DEFAULT_TIME = '12:00';

/** The live occurrences of live chores, oldest first; with a byte-order mark so spreadsheets read UTF-8. */
export function exportCsv(data: ToilData, timeZone: string): string {
  const chores = new Map(data.chores.filter((c) => !c.deleted).map((c) => [c.id, c]));
  const rows = data.occurrences
    .filter((o) => !o.deleted && chores.has(o.choreId))
    .sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))
    .map((o) => {
      const { date, time } = localDateTime(o.at, timeZone);
      const name = chores.get(o.choreId)?.name ?? '';
      return csvLine([date, time, name, String(o.minutes), o.note ?? '', o.source, o.id, o.choreId]);
    });
  return `\ufeff${[csvLine(CSV_COLUMNS), ...rows].join('\r\n')}\r\n`;
}

export type CsvImportOptions = {
  /** Wall-clock dates and times in the file are in this time zone. */
  timeZone: string;
  /** The chores already there: rows naming one of them (by its matching key) are added to it. */
  chores: readonly Chore[];
  now: number;
  newId?: () => string;
};

type Row = {
  at: number;
  key: string;
  name: string;
  minutes: number;
  note?: string;
  source: Occurrence['source'];
  id: string;
  choreId?: string;
};

export function importCsv(text: string, options: CsvImportOptions): ImportResult {
  const { timeZone, now, newId = () => crypto.randomUUID() } = options;
  const problems = new Problems();
  const nothing = { chores: [], occurrences: [] };
  const table = parseCsv(text);
  if ('error' in table) {
    problems.add('file', table.error);
    return problems.result(nothing);
  }
  const [header = [], ...body] = table.rows;
  const names = header.map((h) => h.trim().toLowerCase().replace(/\s+/g, '_'));
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (missing.length) problems.add('row 1', `the header needs the columns ${missing.join(', ')}`);
  if (body.length > MAX_IMPORT_RECORDS) problems.add('file', `at most ${MAX_IMPORT_RECORDS} rows per file`);
  if (problems.total) return problems.result(nothing);

  const column = (cells: string[], name: Column) => {
    const i = names.indexOf(name);
    return i < 0 ? '' : (cells[i] ?? '').trim();
  };
  const rows: Row[] = [];
  const ids = new Set<string>();
  for (const [i, cells] of body.entries()) {
    if (cells.every((c) => c.trim() === '')) continue;
    const where = `row ${i + 2}`;
    const row = readRow((name) => column(cells, name), table.separator, timeZone, newId);
    if (typeof row === 'string') problems.add(where, row);
    else if (ids.has(row.id)) problems.add(where, `id ${row.id} appears twice`);
    else {
      ids.add(row.id);
      rows.push(row);
    }
  }
  if (problems.total) return problems.result(nothing);
  return problems.result(attach(rows, options.chores, now, newId));
}

function firstIssue(result: { success: false; error: Parameters<typeof describeIssues>[0] }): string {
  return describeIssues(result.error, 1)[0] ?? 'invalid';
}

/** One row's occurrence fields, or a sentence saying what is wrong with it. */
function readRow(
  cell: (name: Column) => string,
  separator: string,
  timeZone: string,
  newId: () => string,
): Row | string {
  const local = fromLocal(cell('date'), cell('time') || DEFAULT_TIME, timeZone);
  if (typeof local === 'string') return local;
  const at = EpochMsSchema.safeParse(local);
  if (!at.success) return firstIssue(at);
  const name = ChoreNameSchema.safeParse(csvText(cell('chore')));
  if (!name.success) return firstIssue(name);
  const rawMinutes = separator === ';' ? cell('minutes').replace(',', '.') : cell('minutes');
  if (rawMinutes === '') return 'minutes must be given';
  const minutes = MinutesSchema.safeParse(Number(rawMinutes));
  if (!minutes.success) return firstIssue(minutes);
  const note = NoteSchema.safeParse(csvText(cell('note')));
  if (!note.success) return firstIssue(note);
  const source = OccurrenceSourceSchema.safeParse(cell('source') || 'import');
  if (!source.success) return firstIssue(source);
  const id = IdSchema.safeParse(cell('id') || newId());
  if (!id.success) return firstIssue(id);
  const choreId = cell('chore_id') ? IdSchema.safeParse(cell('chore_id')) : undefined;
  if (choreId && !choreId.success) return `chore_id: ${firstIssue(choreId)}`;
  return {
    at: at.data,
    key: choreKey(name.data),
    name: name.data,
    minutes: minutes.data,
    ...(note.data ? { note: note.data } : {}),
    source: source.data,
    id: id.data,
    ...(choreId?.data ? { choreId: choreId.data } : {}),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? DEFAULT_MINUTES;

/**
 * Attaches rows to chores by name: an existing live chore with the same key, or a new one, created with
 * its chore_id when that id is free, dated back to its first row, its one-click default the median row.
 */
function attach(rows: Row[], existing: readonly Chore[], now: number, newId: () => string): ToilData {
  const byKey = new Map(existing.filter((c) => !c.deleted).map((c) => [c.key, c]));
  const taken = new Set(existing.map((c) => c.id));
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.key, [...(groups.get(row.key) ?? []), row]);

  const chores: Chore[] = [];
  const choreIds = new Map<string, string>();
  for (const [key, group] of groups) {
    const found = byKey.get(key);
    if (found) {
      choreIds.set(key, found.id);
      continue;
    }
    const first = group[0] as Row;
    const id = first.choreId && !taken.has(first.choreId) ? first.choreId : newId();
    taken.add(id);
    const createdAt = Math.min(now, ...group.map((r) => r.at));
    const chore = newChore(
      { name: first.name, defaultMinutes: median(group.map((r) => r.minutes)) },
      { id, now },
    );
    chores.push({ ...chore, createdAt });
    choreIds.set(key, id);
  }
  const occurrences = rows.map(({ at, key, minutes, note, source, id }) => ({
    id,
    choreId: choreIds.get(key) ?? '',
    at,
    minutes,
    ...(note === undefined ? {} : { note }),
    source,
    updatedAt: now,
    deleted: false,
  }));
  return { chores, occurrences };
}
