import { describe, expect, it } from 'vitest';
import type { Occurrence } from '../../shared/model';
import { formatProblem, type ImportResult } from '../../shared/transfer';
import { CSV_COLUMNS, exportCsv, importCsv } from '../../shared/transfer-csv';
import { chore, NOW, occurrence } from './fixtures';

const MINUTE = 60_000;
const ids = () => {
  let n = 0;
  return () => `new-id-${String(++n).padStart(4, '0')}`;
};
const problems = (result: ImportResult) => (result.ok ? [] : result.problems.map(formatProblem));
const header = `${CSV_COLUMNS.join(',')}\r\n`;

describe('CSV export', () => {
  const flaky = chore({ name: 'Restart flaky, again' });
  const evil = chore({ name: '=HYPERLINK("http://x")' });
  const gone = chore({ name: 'gone', deleted: true });
  const at = Date.UTC(2026, 3, 5, 15, 10); // Monday 6 April, 01:10 in Sydney, just after summer time ended

  it('writes one row per live occurrence, oldest first, on the user’s wall clock', () => {
    const csv = exportCsv(
      {
        chores: [flaky, evil, gone],
        occurrences: [
          occurrence(flaky, at + 5 * MINUTE, 2.5, { id: 'occ-b-000001', note: 'said "no"' }),
          occurrence(evil, at, 10, { id: 'occ-a-000001', source: 'timer' }),
          occurrence(flaky, at, 10, { deleted: true }),
          occurrence(gone, at, 10),
        ],
      },
      'Australia/Sydney',
    );
    expect(csv).toBe(
      `\ufeff${header}` +
        `2026-04-06,01:10,"'=HYPERLINK(""http://x"")",10,,timer,occ-a-000001,${evil.id}\r\n` +
        `2026-04-06,01:15,"Restart flaky, again",2.5,"said ""no""",click,occ-b-000001,${flaky.id}\r\n`,
    );
  });
});

describe('CSV import', () => {
  const options = { timeZone: 'Europe/Berlin', chores: [], now: NOW };

  it('reads back what it wrote, onto the chores already there', () => {
    const c = chore({ name: 'Rotate logs' });
    const logged: Occurrence[] = [
      occurrence(c, NOW - 3 * 60 * MINUTE, 7, { note: 'disk at 91%' }),
      occurrence(c, NOW - 30 * MINUTE, 0.5, { source: 'shortcut' }),
    ];
    const result = importCsv(exportCsv({ chores: [c], occurrences: logged }, 'Europe/Berlin'), {
      ...options,
      chores: [c],
    });
    expect(result).toEqual({
      ok: true,
      chores: [],
      occurrences: logged.map((o) => ({ ...o, updatedAt: NOW })),
    });
  });

  it('takes rows typed by hand: creates their chores by name, one per matching key', () => {
    const csv =
      'Date,Chore,Minutes\n2026-11-02,Restart flaky job,10\n2026-11-03,restart  FLAKY job,20\n\n2026-11-04,Renew certs,45\n2026-11-05,Restart flaky job,30\n';
    const result = importCsv(csv, { ...options, newId: ids() });
    if (!result.ok) throw new Error(problems(result).join('\n'));
    expect(result.chores.map((c) => [c.name, c.key, c.defaultMinutes, c.createdAt])).toEqual([
      ['Restart flaky job', 'restart flaky job', 20, Date.UTC(2026, 10, 2, 11)],
      ['Renew certs', 'renew certs', 45, Date.UTC(2026, 10, 4, 11)],
    ]);
    const [flaky, certs] = result.chores;
    expect(result.occurrences.map((o) => [o.choreId, o.at, o.minutes, o.source])).toEqual([
      [flaky?.id, Date.UTC(2026, 10, 2, 11), 10, 'import'],
      [flaky?.id, Date.UTC(2026, 10, 3, 11), 20, 'import'],
      [certs?.id, Date.UTC(2026, 10, 4, 11), 45, 'import'],
      [flaky?.id, Date.UTC(2026, 10, 5, 11), 30, 'import'],
    ]);
  });

  it('keeps a chore’s id from the file when it is free, and takes a new one when it is not', () => {
    const taken = chore({ name: 'Something else' });
    const csv = `date,chore,minutes,chore_id\n2026-11-02,First,10,chore-from-file\n2026-11-02,Second,10,${taken.id}\n`;
    const result = importCsv(csv, { ...options, chores: [taken], newId: ids() });
    expect(result.ok && result.chores.map((c) => c.id)).toEqual(['chore-from-file', 'new-id-0003']);
  });

  it('reads semicolons and decimal commas', () => {
    const result = importCsv('date;time;chore;minutes\n2026-11-02;09:30;Triage;2,5\n', {
      ...options,
      newId: ids(),
    });
    expect(result.ok && result.occurrences[0]).toMatchObject({
      at: Date.UTC(2026, 10, 2, 8, 30),
      minutes: 2.5,
    });
  });

  it('reports the first problems by row, and returns nothing from a bad file', () => {
    const csv = [
      'date,time,chore,minutes,source,id',
      '2026-11-02,09:00,Good row,10,,occ-00000001',
      '2026-13-02,09:00,Bad date,10,,',
      '2026-11-02,9am,Bad time,10,,',
      '2026-11-02,09:00,,10,,',
      '2026-11-02,09:00,Bad minutes,0,,',
      '2026-11-02,09:00,No minutes,,,',
      '2026-11-02,09:00,Bad source,10,email,',
      '2026-11-02,09:00,Twice,10,,occ-00000001',
      '1999-12-31,09:00,Too old,10,,',
    ].join('\n');
    const result = importCsv(csv, { ...options, newId: ids() });
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('occurrences');
    expect(problems(result)).toEqual([
      'row 3: date 2026-13-02 does not exist',
      'row 4: time must look like 09:30, not "9am"',
      'row 5: name must not be empty',
      'row 6: minutes must be more than 0',
      'row 7: minutes must be given',
      'row 8: source must be one of click, shortcut, context-menu, timer, form, import, discovered',
      'row 9: id occ-00000001 appears twice',
      'row 10: time is before the year 2000',
    ]);
  });

  it('says which columns a file is missing, and which quote is left open', () => {
    expect(problems(importCsv('when,what\n2026-11-02,x\n', options))).toEqual([
      'row 1: the header needs the columns date, chore, minutes',
    ]);
    expect(problems(importCsv('date,chore,minutes\n2026-11-02,"open,10\n', options))).toEqual([
      'file: a quoted field opened on line 2 is never closed',
    ]);
  });
});
