import { describe, expect, it } from 'vitest';
import { automationIssue, markdownText } from '../../shared/automation-issue';
import { rankChores } from '../../shared/ranking';
import { chore, DAY, NOW, settings, WEEK_START, week } from './fixtures';

/**
 * A chore logged 6 times a week, 10 minutes each, for 8 complete weeks and this one so far (its 6 done by
 * Wednesday noon, NOW).
 */
function rankedRestart(fields: Parameters<typeof chore>[0] = {}) {
  const restart = chore({ name: 'Restart flaky CI job', annoyance: 4, ...fields });
  const weeks = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const occurrences = weeks.flatMap((w) => week(restart, WEEK_START - w * 7 * DAY, 6, 10));
  const [ranked] = rankChores({ chores: [restart], occurrences, now: NOW, settings }).chores;
  if (!ranked) throw new Error('not ranked');
  return ranked;
}

describe('automationIssue', () => {
  it('titles the issue after the chore and states the measured figures', () => {
    const ranked = rankedRestart({ automationEstimateHours: 20 });
    const { title, body } = automationIssue({ ranked, settings, now: NOW });
    expect(title).toBe('Automate: Restart flaky CI job');
    expect(body).toContain('Measured with Toil Tracker on 2026-11-25.');
    // By hand: 24 times over the last 3 weeks and the 2.5 days of this one (3.357 weeks): 7.15 a week,
    // 71.5 min (1.2 h) a week and 35.7 min refocusing, (71.5 + 35.7) x 52.18 / 60 = 93.3 h a year, a third of
    // it refocusing; break-even 5 years x 373 runs x 15 min = 466 h; 20 h pay back at 1.79 h a week
    // in 11.2 weeks, about 3 months.
    expect(body).toContain(
      '| How often | 7.1 times a week (average of the last 3 weeks and this week so far) |',
    );
    expect(body).toContain(
      '| Minutes | about 10 min each time, 1 h 11 min a week, plus 5 min refocusing after each time |',
    );
    expect(body).toContain('| Hours a year | 93 h, 33% of it refocusing |');
    expect(body).toContain('| Trend | steady over 8 weeks |');
    expect(body).toContain('| Break-even budget | up to 466 h of automation work pays off over 5 years |');
    expect(body).toContain('| Payback | the 20 h estimate pays back in 3 months |');
    expect(body).toContain('| Annoyance | 4/5 |');
  });

  it('says what would count as done', () => {
    const { body } = automationIssue({ ranked: rankedRestart(), settings, now: NOW });
    const done = body.slice(body.indexOf('## Done when'));
    expect(done.split('\n').filter((l) => l.startsWith('- [ ] '))).toEqual([
      '- [ ] Restart flaky CI job runs without a person doing it (or is no longer needed).',
      '- [ ] The chore is marked automated in Toil Tracker, with the hours the automation took.',
      '- [ ] In the weeks after, the time logged for it drops to about zero (Toil Tracker measures the savings).',
    ]);
  });

  it('says when there is no estimate yet, and how many entries were estimated from history', () => {
    const { body } = automationIssue({ ranked: rankedRestart(), settings, estimated: 12, now: NOW });
    expect(body).toContain('| Payback | no estimate yet: set one on the chore to see when it pays back |');
    expect(body).toContain('12 of the entries behind these figures were estimated from browser history');
  });

  it('keeps a hostile chore name from becoming Markdown: no table break, link, HTML or mention', () => {
    const name = 'Fix | [it](https://evil.example) <img src=x> @ops #12 *now*';
    const { title, body } = automationIssue({ ranked: rankedRestart({ name }), settings, now: NOW });
    expect(title).toBe(`Automate: ${name}`);
    expect(body).toContain(
      '**Fix \\| \\[it\\](https://evil.example) \\<img src=x\\> \\@ops \\#12 \\*now\\***',
    );
    expect(body).not.toMatch(/[^\\][[<|@#]it/);
  });
});

describe('markdownText', () => {
  it('escapes Markdown’s active characters and folds white space to one line', () => {
    expect(markdownText('a_b*c`d\\e~f&g\nh')).toBe('a\\_b\\*c\\`d\\\\e\\~f\\&g h');
    expect(markdownText('Restart flaky CI job (prod)')).toBe('Restart flaky CI job (prod)');
  });
});
