import { describe, expect, it } from 'vitest';
import { clientKey } from '../../worker/http/client-key';
import { call, clearOfWindowEdge, setupToken } from './helpers';

describe('clientKey: the rate-limit key of a client address', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(clientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(clientKey(' 10.0.0.1 ')).toBe('10.0.0.1');
  });

  it('cuts an IPv6 address to its /64, whatever its spelling', () => {
    const key = '2001:0db8:0001:0002::/64';
    expect(clientKey('2001:db8:1:2:3:4:5:6')).toBe(key);
    expect(clientKey('2001:DB8:1:2:ffff:ffff:ffff:ffff')).toBe(key);
    expect(clientKey('2001:0db8:0001:0002:0000:0000:0000:0001')).toBe(key);
    expect(clientKey('2001:db8:1:2::1')).toBe(key);
    expect(clientKey('2001:db8:1:2::')).toBe(key);
    expect(clientKey('[2001:db8:1:2::9]')).toBe(key);
    expect(clientKey('2001:db8:1:3::1')).toBe('2001:0db8:0001:0003::/64');
  });

  it('expands :: wherever it stands', () => {
    expect(clientKey('::')).toBe('0000:0000:0000:0000::/64');
    expect(clientKey('::1')).toBe('0000:0000:0000:0000::/64');
    expect(clientKey('2001:db8::1')).toBe('2001:0db8:0000:0000::/64');
    expect(clientKey('2001::5:6:7:8')).toBe('2001:0000:0000:0000::/64');
    expect(clientKey('1:2:3:4:5:6:7::')).toBe('0001:0002:0003:0004::/64');
  });

  it('drops a zone id', () => {
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0000:0000:0000::/64');
    expect(clientKey('fe80::abcd%25en0')).toBe('fe80:0000:0000:0000::/64');
  });

  it('treats an IPv4-mapped IPv6 address as the IPv4 address, and reads an embedded IPv4 tail', () => {
    expect(clientKey('::ffff:198.51.100.4')).toBe('198.51.100.4');
    expect(clientKey('::FFFF:c633:6404')).toBe('198.51.100.4');
    expect(clientKey('64:ff9b::198.51.100.4')).toBe('0064:ff9b:0000:0000::/64');
  });

  it('puts garbage and a missing header in one shared bucket', () => {
    for (const bad of [
      undefined,
      '',
      'unknown',
      'not an address',
      '1.2.3',
      '1.2.3.256',
      '01.2.3.4',
      '1:2:3:4:5:6:7:8:9',
      '1::2::3',
      '12345::',
      'g::1',
      ':1:2:3:4:5:6:7',
      '1:2:3:4:5:6:7:8::',
      '::ffff:1.2.3',
      '1.2.3.4::',
    ]) {
      expect(clientKey(bad), String(bad)).toBe('unknown');
    }
  });
});

describe('per-address limits on IPv6', () => {
  it('counts every address of one /64 as one client when creating teams', async () => {
    await clearOfWindowEdge();
    const statuses: number[] = [];
    for (let i = 1; i <= 7; i++) {
      const res = await call('/v1/teams', {
        ip: `2001:db8:77:1::${i.toString(16)}`,
        token: setupToken(),
        body: { name: `Six ${i}` },
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([201, 201, 201, 201, 201]);
    expect(statuses.at(-1)).toBe(429);
  });
});
