import { describe, expect, it } from 'vitest';
import { backoffMs } from '../../extension/sync/backoff';
import { parseJoinInput } from '../../extension/sync/join-link';

describe('sync backoff', () => {
  it('doubles its ceiling with each failure, up to half an hour', () => {
    const top = (failures: number) => backoffMs(failures, 0, () => 1);
    expect([1, 2, 3, 4].map(top)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(top(30)).toBe(30 * 60_000);
  });

  it('spreads clients over the upper half of the window (jitter)', () => {
    expect(backoffMs(3, 0, () => 0)).toBe(10_000);
    expect(backoffMs(3, 0, () => 0.5)).toBe(15_000);
  });

  it('never retries sooner than Retry-After', () => {
    expect(backoffMs(1, 90_000, () => 1)).toBe(90_000);
  });
});

describe('join input', () => {
  it('reads one join link holding the server and the code', () => {
    expect(parseJoinInput('https://toil.example.com/join#code=abcdefghijKL', '')).toEqual({
      server: 'https://toil.example.com',
      inviteCode: 'abcdefghijKL',
    });
  });

  it('takes a server address and a separate code', () => {
    expect(parseJoinInput('http://127.0.0.1:8787/', ' abcdefghijKL ')).toEqual({
      server: 'http://127.0.0.1:8787',
      inviteCode: 'abcdefghijKL',
    });
  });

  it('reads a link from the member’s other browser', () => {
    const token = 'A'.repeat(43);
    expect(parseJoinInput(`https://toil.example.com/join#device=${token}`, '')).toEqual({
      server: 'https://toil.example.com',
      deviceToken: token,
    });
    expect(parseJoinInput('https://toil.example.com/join#device=short', '')).toEqual({
      error: expect.stringMatching(/not complete/),
    });
  });

  it('explains what is wrong with a bad address or code', () => {
    expect(parseJoinInput('toil.example.com', 'abcdefghijKL')).toEqual({
      error: expect.stringMatching(/address/),
    });
    expect(parseJoinInput('ftp://x.example', 'abcdefghijKL')).toEqual({
      error: expect.stringMatching(/https/),
    });
    expect(parseJoinInput('https://x.example', '')).toEqual({ error: expect.stringMatching(/invite code/) });
    expect(parseJoinInput('https://x.example', 'a b<c>')).toEqual({ error: expect.stringMatching(/form/) });
  });
});
