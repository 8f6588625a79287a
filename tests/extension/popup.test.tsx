import { expect, it } from 'vitest';

it('has IndexedDB', () => expect(typeof indexedDB.open).toBe('function'));
