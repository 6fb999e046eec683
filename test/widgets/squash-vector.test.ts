// Squash-a-vector model: parsing the reader's list (separators, brackets, every kind of bad item, the cap),
// and the view: PyTorch-style and full-precision outputs, bars, summary.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sigmoid } from '../../src/lib/math/index.ts';
import { formatTensor } from '../../src/lib/format.ts';
import {
  DEFAULT_STATE,
  MAX_COUNT,
  describeProblem,
  isStillTyping,
  parseVector,
  splitItems,
  squashView,
  tensorItems,
} from '../../src/widgets/squash-vector/model.ts';

describe('parseVector', () => {
  it('reads the default list', () => {
    expect(parseVector(DEFAULT_STATE.text)).toEqual({ ok: true, value: [-5, -1, 0, 1, 5] });
  });

  it.each([
    ['1 2 3', [1, 2, 3]],
    ['1,2,3', [1, 2, 3]],
    ['1 , 2 ,3', [1, 2, 3]],
    ['  1\t2\n3  ', [1, 2, 3]],
    ['[1, 2, 3]', [1, 2, 3]],
    ['(0.5, -2e1)', [0.5, -20]],
    ['1, 2,', [1, 2]],
    ['\u22124', [-4]],
  ])('reads %j', (text, values) => {
    expect(parseVector(text)).toEqual({ ok: true, value: values });
  });

  it.each([
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['[]', { kind: 'empty' }],
    ['1,,2', { kind: 'empty-item', item: 2 }],
    [', 1', { kind: 'empty-item', item: 1 }],
    ['1, abc, 3', { kind: 'not-a-number', item: 2, token: 'abc' }],
    ['NaN', { kind: 'not-a-number', item: 1, token: 'NaN' }],
    ['0 1e309', { kind: 'not-finite', item: 2, token: '1e309' }],
    ['1 inf', { kind: 'not-finite', item: 2, token: 'inf' }],
    ['[1, 2', { kind: 'not-a-number', item: 1, token: '[1' }],
  ])('rejects %j', (text, problem) => {
    expect(parseVector(text)).toEqual({ ok: false, problem });
  });

  it(`accepts ${MAX_COUNT} numbers and refuses one more`, () => {
    const list = (n: number): string => Array.from({ length: n }, (_, i) => String(i)).join(' ');
    const ok = parseVector(list(MAX_COUNT));
    expect(ok.ok && ok.value.length).toBe(MAX_COUNT);
    expect(parseVector(list(MAX_COUNT + 1))).toEqual({ ok: false, problem: { kind: 'too-many', count: MAX_COUNT + 1, max: MAX_COUNT } });
  });

  it('never throws, and what it accepts is 1 to MAX_COUNT finite numbers', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,-+eE []()abcNI \t'.split('')) }), (text) => {
        const parsed = parseVector(text);
        if (parsed.ok) {
          expect(parsed.value.length).toBeGreaterThanOrEqual(1);
          expect(parsed.value.length).toBeLessThanOrEqual(MAX_COUNT);
          expect(parsed.value.every(Number.isFinite)).toBe(true);
        } else {
          expect(describeProblem(parsed.problem)).not.toMatch(/undefined|NaN$/);
        }
      }),
    );
    fc.assert(fc.property(fc.string(), (text) => void parseVector(text)));
  });

  it('reads back any list of doubles written with commas', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: MAX_COUNT }), (values) => {
        expect(parseVector(values.map(String).join(', '))).toEqual({ ok: true, value: values.map((v) => (v === 0 ? 0 : v)) });
      }),
    );
  });
});

describe('problems in words', () => {
  it('names the bad item and its text', () => {
    expect(describeProblem({ kind: 'not-a-number', item: 2, token: 'abc' })).toContain('Item 2, “abc”, is not a number');
    expect(describeProblem({ kind: 'not-finite', item: 1, token: '1e309' })).toContain('“1e309”');
    expect(describeProblem({ kind: 'empty-item', item: 2 })).toContain('Item 2 is empty');
    expect(describeProblem({ kind: 'too-many', count: 101, max: 100 })).toContain('at most 100');
  });

  it('waits while the last item is still being typed, but not for a bad item', () => {
    const partial = parseVector('1, 2, -');
    expect(!partial.ok && isStillTyping('1, 2, -', partial.problem)).toBe(true);
    const bad = parseVector('1, abc');
    expect(!bad.ok && isStillTyping('1, abc', bad.problem)).toBe(false);
    const middle = parseVector('1, -, 3');
    expect(!middle.ok && isStillTyping('1, -, 3', middle.problem)).toBe(false);
  });

  it('splits on commas and whitespace', () => {
    expect(splitItems(' 1, 2  3 ')).toEqual(['1', '2', '3']);
  });
});

describe('squashView', () => {
  it('prints the default outputs to 4 places as PyTorch does', () => {
    const view = squashView([-5, -1, 0, 1, 5], false);
    // torch.sigmoid(torch.tensor([-5., -1., 0., 1., 5.])) -> tensor([0.0067, 0.2689, 0.5000, 0.7311, 0.9933])
    expect(view.printed).toBe('torch.sigmoid(x) → tensor([0.0067, 0.2689, 0.5000, 0.7311, 0.9933])');
    expect(view.rows.map((row) => row.output)).toEqual(['0.0067', '0.2689', '0.5000', '0.7311', '0.9933']);
    expect(view.rows.map((row) => row.input)).toEqual(['-5', '-1', '0', '1', '5']);
  });

  it('shows every digit in full precision (shortest round trip)', () => {
    const view = squashView([-5, 0, 40], true);
    expect(view.rows.map((row) => row.output)).toEqual([String(sigmoid(-5)), '0.5', '1']);
    expect(view.rows.every((row) => Number(row.output) === sigmoid(Number(row.input)))).toBe(true);
    expect(view.printed).toBe(`σ(x), every digit: [${String(sigmoid(-5))}, 0.5, 1]`);
  });

  it('follows PyTorch into exponent notation when an output is tiny', () => {
    const items = tensorItems([sigmoid(-10), 0.5]);
    expect(items).toEqual(formatTensor([sigmoid(-10), 0.5]).slice(8, -2).split(',').map((item) => item.trim()));
    expect(items[0]).toMatch(/e-05$/);
  });

  it('sizes each bar by σ(x)', () => {
    expect(squashView([0, 100], false).rows.map((row) => row.fraction)).toEqual([0.5, 1]);
  });

  it('summarises the count and the range of outputs', () => {
    expect(squashView([-5, -1, 0, 1, 5], false).summary).toBe('5 numbers squashed; outputs run from 0.0067 to 0.9933.');
    expect(squashView([2], false).summary).toContain('1 number squashed');
  });

  it('gives one row per input with no NaN or undefined shown', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 40 }), fc.boolean(), (values, full) => {
        const view = squashView(values, full);
        expect(view.rows).toHaveLength(values.length);
        const words = [view.printed, view.summary, ...view.rows.flatMap((row) => [row.input, row.output])].join(' ');
        expect(words).not.toMatch(/NaN|Infinity|undefined|nan|inf\b/);
        for (const row of view.rows) expect(row.fraction >= 0 && row.fraction <= 1).toBe(true);
      }),
    );
  });
});
