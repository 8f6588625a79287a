import { expect, it } from 'vitest';
import { InputError } from '../../../extension/db/core/errors';
import { fromDateTimeInput, toDateTimeInput } from '../../../extension/lib/datetime-input';
import { formatHours, formatMinutes } from '../../../extension/lib/format';
import { retryMessage, userMessage } from '../../../extension/lib/user-message';
import { readChoreName, readMinutes, readNumber } from '../../../extension/lib/validate';

it('formats minutes and hours the way the popup shows them', () => {
  expect([5, 59.6, 60, 90, 1440].map(formatMinutes)).toEqual(['5 min', '1 h', '1 h', '1 h 30 min', '24 h']);
  expect([3.25, 9.96, 152.4, 1234].map(formatHours)).toEqual(['3.3 h', '10 h', '152 h', '1,234 h']);
});

it('reads minutes with one clear message per kind of mistake', () => {
  expect(readMinutes(' 7,5 ')).toEqual({ ok: true, value: 7.5 });
  expect(readMinutes('')).toEqual({ ok: false, message: 'Enter the minutes it took.' });
  expect(readMinutes('ten')).toEqual({ ok: false, message: 'Minutes must be a number, such as 15.' });
  expect(readMinutes('0')).toEqual({ ok: false, message: 'Minutes must be more than 0.' });
  expect(readMinutes('1441')).toEqual({ ok: false, message: 'Minutes must be at most 1440 (24 hours).' });
});

it('reads names and numbers through the shared rules', () => {
  expect(readChoreName('  Rotate keys ')).toEqual({ ok: true, value: 'Rotate keys' });
  expect(readChoreName('')).toEqual({ ok: false, message: 'Name must not be empty.' });
  expect(readChoreName('a\u2066b')).toEqual({
    ok: false,
    message: 'Name contains control or text-direction characters.',
  });
  expect(readNumber('3', 'Horizon', 0.1, 20)).toEqual({ ok: true, value: 3 });
  expect(readNumber('30', 'Horizon', 0.1, 20)).toEqual({
    ok: false,
    message: 'Horizon must be from 0.1 to 20.',
  });
});

it('round-trips a datetime-local value in the user time zone, across a DST change', () => {
  const at = Date.UTC(2026, 2, 29, 1, 30); // 03:30 in Berlin, just after clocks went forward
  expect(toDateTimeInput(at, 'Europe/Berlin')).toBe('2026-03-29T03:30');
  expect(fromDateTimeInput('2026-03-29T03:30', 'Europe/Berlin')).toBe(at);
  expect(fromDateTimeInput('not a date', 'Europe/Berlin')).toBeUndefined();
});

it('passes input errors through and wraps anything unexpected', () => {
  expect(userMessage(new InputError(['minutes: minutes must be more than 0']))).toBe(
    'minutes: minutes must be more than 0',
  );
  expect(userMessage(new TypeError('boom'))).toBe('That did not work, and nothing was changed. (boom)');
});

it('says the team server cannot be reached instead of the browser’s words for a failed request', () => {
  for (const words of ['Failed to fetch', 'NetworkError when attempting to fetch resource.', 'Load failed']) {
    expect(userMessage(new TypeError(words))).toBe('Can’t reach the team server (offline?).');
  }
});

it('says when a failed sync is tried again: the time today, else the day too', () => {
  const now = Date.UTC(2026, 10, 24, 9, 0);
  expect(retryMessage(Date.UTC(2026, 10, 24, 14, 32), 'UTC', now)).toBe('Will retry at 14:32.');
  expect(retryMessage(Date.UTC(2026, 10, 24, 23, 30), 'Europe/Berlin', now)).toBe(
    'Will retry on Wed 25 Nov, 00:30.',
  );
});
