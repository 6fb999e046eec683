import { describe, expect, it } from 'vitest';
import { decodeEntities, parseExcerpt } from '../../src/components/search/search-excerpt.ts';

describe('parseExcerpt', () => {
  it('splits a Pagefind excerpt into plain and marked text', () => {
    expect(parseExcerpt('the <mark>logit</mark> of p is <mark>ln</mark> odds')).toEqual([
      { text: 'the ', marked: false },
      { text: 'logit', marked: true },
      { text: ' of p is ', marked: false },
      { text: 'ln', marked: true },
      { text: ' odds', marked: false },
    ]);
  });

  it('decodes entities into text and drops any other markup, so nothing becomes HTML', () => {
    expect(parseExcerpt('a &lt;b&gt; &amp; <img src=x onerror=alert(1)><mark>c</mark>')).toEqual([
      { text: 'a <b> & ', marked: false },
      { text: 'c', marked: true },
    ]);
  });

  it('returns no segments for an empty excerpt', () => {
    expect(parseExcerpt('')).toEqual([]);
  });
});

describe('decodeEntities', () => {
  it('decodes named and numeric entities and leaves unknown or invalid ones as written', () => {
    expect(decodeEntities('&#39;&#x27;&quot;&nbsp;&bogus;&#x110000;')).toBe("''\"\u00a0&bogus;&#x110000;");
  });
});
