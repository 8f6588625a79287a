import { describe, expect, it } from 'vitest';
import type { Chore, Occurrence } from '../../shared/model';
import {
  EXPORT_VERSION,
  exportJson,
  formatProblem,
  type ImportResult,
  importJson,
  MAX_PROBLEMS,
} from '../../shared/transfer';
import { chore, DAY, NOW, occurrence } from './fixtures';

function sample(): { chores: Chore[]; occurrences: Occurrence[] } {
  const a = chore({
    name: 'Restart flaky job',
    sitePattern: '*.ci.example.org',
    annoyance: 5,
    automationEstimateHours: 6,
  });
  const b = chore({
    name: 'Rotate logs',
    status: 'automated',
    automatedAt: NOW - 9 * DAY,
    automationHours: 3.5,
    upkeepHoursPerYear: 2,
    private: true,
  });
  const gone = chore({ name: 'Old chore', deleted: true, updatedAt: NOW - DAY });
  return {
    chores: [a, b, gone],
    occurrences: [
      occurrence(a, NOW - DAY, 12.5, { note: 'runner 7, again "stuck"' }),
      occurrence(a, NOW - 2 * DAY, 1 / 3, { source: 'shortcut' }),
      occurrence(b, NOW - 20 * DAY, 30, { deleted: true }),
    ],
  };
}

const problems = (result: ImportResult) => (result.ok ? [] : result.problems.map(formatProblem));

describe('JSON export and import', () => {
  it('round-trips every field, tombstones included', () => {
    const data = sample();
    const result = importJson(exportJson(data, NOW));
    expect(result).toStrictEqual({ ok: true, ...data });
  });

  it('says what it is and which version wrote it', () => {
    expect(JSON.parse(exportJson(sample(), NOW))).toMatchObject({
      format: 'toil-tracker',
      version: EXPORT_VERSION,
      exportedAt: NOW,
    });
  });

  it.each([
    ['{not json', /^file: not valid JSON/],
    ['{"hello": "world"}', /^file: this is not a Toil Tracker export$/],
    ['[1, 2]', /^file: this is not a Toil Tracker export$/],
    [
      JSON.stringify({ format: 'toil-tracker', version: 2, exportedAt: NOW, chores: [], occurrences: [] }),
      /^file: written by a newer Toil Tracker \(format version 2\); update to import it$/,
    ],
    [
      JSON.stringify({ format: 'toil-tracker', version: 1, exportedAt: NOW, chores: {}, occurrences: [] }),
      /^file: chores: chores must be a list$/,
    ],
  ])('rejects %s as a whole', (text, message) => {
    expect(problems(importJson(text))).toEqual([expect.stringMatching(message)]);
  });

  it('reports the first problems by record, and returns nothing from a bad file', () => {
    const file = JSON.parse(exportJson(sample(), NOW));
    file.chores[1].annoyance = 7;
    file.occurrences[0].minutes = 0;
    file.occurrences.push({ ...file.occurrences[1] });
    file.occurrences.push({ ...file.occurrences[1], id: 'occ-orphan-1', choreId: 'chore-nowhere' });
    const result = importJson(JSON.stringify(file));
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('chores');
    expect(result).not.toHaveProperty('occurrences');
    expect(problems(result)).toEqual([
      'chore 2: annoyance: annoyance must be from 1 to 5',
      'occurrence 1: minutes: minutes must be more than 0',
      `occurrence 4: id ${file.occurrences[1].id} appears twice`,
      'occurrence 5: chore chore-nowhere is not in the file',
    ]);
  });

  it(`keeps the first ${MAX_PROBLEMS} problems and counts the rest`, () => {
    const file = JSON.parse(exportJson(sample(), NOW));
    file.occurrences = Array.from({ length: 25 }, () => ({ bad: true }));
    const result = importJson(JSON.stringify(file));
    expect(result.ok ? 0 : result.problems.length).toBe(MAX_PROBLEMS);
    expect(result.ok ? 0 : result.totalProblems).toBe(25);
  });
});
