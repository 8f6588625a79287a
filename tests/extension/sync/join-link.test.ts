import { describe, expect, it } from 'vitest';
import { pairingLink, parseJoinInput, RETIRED_DEVICE_LINK } from '../../../extension/sync/join-link';

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

  it('reads a pairing link from the member’s other browser', () => {
    const code = 'P'.repeat(22);
    expect(parseJoinInput(pairingLink('https://toil.example.com', code), '')).toEqual({
      server: 'https://toil.example.com',
      pairingCode: code,
    });
    expect(parseJoinInput('https://toil.example.com/join#pair=short', '')).toEqual({
      error: expect.stringMatching(/not complete/),
    });
  });

  it('refuses a link holding a member token, saying such links are retired', () => {
    const token = 'A'.repeat(43);
    expect(parseJoinInput(`https://toil.example.com/join#device=${token}`, 'abcdefghijKL')).toEqual({
      error: RETIRED_DEVICE_LINK,
    });
    expect(RETIRED_DEVICE_LINK).toMatch(/retired.*pairing link/);
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
