import { describe, expect, it } from 'vitest';
import { parseJoinInput } from '../../../extension/sync/join-link';

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
