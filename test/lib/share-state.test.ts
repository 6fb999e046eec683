// Share-link encoding: a link's entries come back exactly; any query text is read without throwing.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_ENTRIES, MAX_VALUE_LENGTH, parseShareQuery, shareLink } from '../../src/lib/share-state.ts';

const PAGE = 'https://example.test/lessons/vanishing-gradients/?old=1#somewhere';
const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/).filter((key) => key !== 'w' && key !== 'projector');
const value = fc.string({ maxLength: MAX_VALUE_LENGTH, unit: 'grapheme' }).filter((text) => text.length <= MAX_VALUE_LENGTH);
const entries = fc.uniqueArray(fc.tuple(name, value), { selector: ([key]) => key, maxLength: 20 });

describe('shareLink and parseShareQuery', () => {
  it('round-trips any widget id and entries, in order', () => {
    fc.assert(
      fc.property(name, entries, (widget, list) => {
        const url = new URL(shareLink(PAGE, widget, list));
        expect(url.pathname).toBe('/lessons/vanishing-gradients/');
        expect(url.hash).toBe(`#${widget}`);
        const parsed = parseShareQuery(url.search);
        expect(parsed.widget).toBe(widget);
        expect(parsed.entries).toEqual(list);
        expect(parsed.rejected).toEqual([]);
      }),
    );
  });

  it('reads the teacher-guide example', () => {
    const parsed = parseShareQuery('?w=deep-network-lab&depth=9&activation=sigmoid&seed=7&rate=0.5');
    expect(parsed).toEqual({
      widget: 'deep-network-lab',
      entries: [['depth', '9'], ['activation', 'sigmoid'], ['seed', '7'], ['rate', '0.5']],
      rejected: [],
    });
  });

  it('never throws on any text, and keeps every accepted entry well formed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        const parsed = parseShareQuery(text);
        expect(parsed.entries.length).toBeLessThanOrEqual(MAX_ENTRIES);
        for (const [key, entry] of parsed.entries) {
          expect(key).toMatch(/^[a-z][a-z0-9-]*$/);
          expect(entry.length).toBeLessThanOrEqual(MAX_VALUE_LENGTH);
        }
      }),
    );
  });

  it('names no widget when w is missing, repeated or malformed', () => {
    expect(parseShareQuery('?depth=3').widget).toBeNull();
    expect(parseShareQuery('?w=a&w=b&depth=3').widget).toBeNull();
    expect(parseShareQuery('?w=%3Cscript%3E&depth=3')).toEqual({ widget: null, entries: [], rejected: [] });
    expect(parseShareQuery('').widget).toBeNull();
  });

  it('drops bad keys, repeats and overlong values, listing them', () => {
    const long = 'x'.repeat(MAX_VALUE_LENGTH + 1);
    const parsed = parseShareQuery(`?w=lab&Depth=3&depth=4&depth=5&big=${long}&projector=1&a%20b=1`);
    expect(parsed.entries).toEqual([['depth', '4']]);
    expect(parsed.rejected).toEqual(['Depth', 'depth', 'big', 'a b']);
  });

  it('ignores entries past the limit', () => {
    const query = Array.from({ length: MAX_ENTRIES + 5 }, (_, i) => `k${i}=${i}`).join('&');
    const parsed = parseShareQuery(`?w=lab&${query}`);
    expect(parsed.entries).toHaveLength(MAX_ENTRIES);
    expect(parsed.rejected).toHaveLength(5);
  });
});
