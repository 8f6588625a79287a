import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { templateKey, urlTemplate } from '../../shared/discovery';

const word = fc.stringMatching(/^[a-z]{1,10}$/);
const hexChars = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength: min, maxLength: max });
const alnum = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
    minLength: min,
    maxLength: max,
  });
const date = fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true });

/** Identifiers by the documented rules (shared/discovery/identifiers.ts), each holding a digit. */
const identifier = fc.oneof(
  fc.integer({ min: 0, max: 2 ** 40 }).map(String),
  hexChars(7, 40).filter((s) => /\d/.test(s)),
  fc.uuid(),
  date.map((d) => d.toISOString().slice(0, 10)),
  date.map((d) => d.toISOString()),
  alnum(16, 40).filter((s) => /\d/.test(s) && /[A-Za-z]/.test(s)),
  alnum(10, 30).filter((s) => /\d/.test(s) && /[a-z]/.test(s) && /[A-Z]/.test(s)),
);

/** A base64url token holding `-` or `_`: an identifier when it is a whole segment (the documented rule). */
const base64url = fc
  .tuple(alnum(5, 15), fc.constantFrom('-', '_'), alnum(5, 15))
  .map(([a, sep, b]) => `${a}${sep}${b}`)
  .filter((s) => /\d/.test(s) && /[a-z][A-Z]/.test(s));

/** A path segment: a word, an identifier, or an identifier joined to words by a separator. */
const segment = fc.oneof(
  word.map((w) => ({ text: w, ids: [] as string[] })),
  fc.oneof(identifier, base64url).map((id) => ({ text: id, ids: [id] })),
  fc
    .tuple(word, fc.constantFrom('-', '_', '.', '~'), identifier, fc.option(word, { nil: undefined }))
    .map(([w, sep, id, after]) => ({ text: `${w}${sep}${id}${after ? `${sep}${after}` : ''}`, ids: [id] })),
);

/** Percent-encodes every character, as some links do: the template must see through it. */
const encodeAll = (text: string) =>
  [...new TextEncoder().encode(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');

const urlWithIdentifiers = fc
  .record({
    scheme: fc.constantFrom('https', 'http'),
    host: fc.array(word, { minLength: 1, maxLength: 3 }).map((labels) => `${labels.join('.')}.example`),
    segments: fc.array(segment, { minLength: 1, maxLength: 6 }),
    encoded: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
    trailingSlash: fc.boolean(),
    query: fc.constantFrom('', '?id=12345', '#frag-99'),
  })
  .map(({ scheme, host, segments, encoded, trailingSlash, query }) => ({
    url: `${scheme}://${host}/${segments.map((s, i) => (encoded[i] ? encodeAll(s.text) : s.text)).join('/')}${trailingSlash ? '/' : ''}${query}`,
    ids: segments.flatMap((s) => s.ids),
  }));

/** Any web URL, and odd ones: unicode, encoded slashes and percents, spaces, upper-case hosts, ports. */
const anyUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true, authoritySettings: { withPort: true } }),
  urlWithIdentifiers.map((u) => u.url),
  fc
    .tuple(
      fc.constantFrom(
        'https://Example.COM',
        'http://example.com:8080',
        'https://xn--caf-dma.example',
        'https://[::1]',
      ),
      fc.array(
        fc.oneof(
          fc.string({ maxLength: 8 }),
          fc.constantFrom('%2F', '%25', '%C3', '%20', '.', '..', '%2e', ' ', 'é', '*', '%2A', '-', '#'),
        ),
        { maxLength: 5 },
      ),
    )
    .map(([origin, parts]) => `${origin}/${parts.join('/')}`),
);

describe('URL templates, for any URL', () => {
  it('are idempotent: a template read back as a URL is its own template', () => {
    fc.assert(
      fc.property(anyUrl, (url) => {
        const t = urlTemplate(url);
        if (t) expect(urlTemplate(`https://${t.template}`)?.template).toBe(t.template);
      }),
      { numRuns: 2000 },
    );
  });

  it('let no identifier through, encoded or not, alone in a segment or inside a slug', () => {
    fc.assert(
      fc.property(urlWithIdentifiers, ({ url, ids }) => {
        const t = urlTemplate(url);
        expect(t).not.toBeNull();
        for (const id of ids) expect(t?.template).not.toContain(id);
      }),
      { numRuns: 2000 },
    );
  });

  it('depend only on the template key (discovery templates each key once)', () => {
    fc.assert(
      fc.property(anyUrl, (url) => {
        expect(urlTemplate(templateKey(url))).toEqual(urlTemplate(url));
      }),
      { numRuns: 2000 },
    );
  });

  it('are the same whether the URL is read by hand or by the URL parser', () => {
    // An upper-case scheme is not canonical, so this URL goes through the URL parser.
    fc.assert(
      fc.property(anyUrl, (url) => {
        expect(urlTemplate(url.replace(/^https?/, (s) => s.toUpperCase()))).toEqual(urlTemplate(url));
      }),
      { numRuns: 2000 },
    );
  });
});
