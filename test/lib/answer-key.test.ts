import { describe, expect, it } from 'vitest';
import { formatAnswer, isAnswerKeyPath, placesFor } from '../../src/lib/answer-key.ts';
import { isCloseEnough, parseAnswer } from '../../src/lib/answers.ts';

describe('placesFor', () => {
  it('gives the decimals a tolerance asks for', () => {
    expect(placesFor(5e-5)).toBe(4);
    expect(placesFor(5e-4)).toBe(3);
    expect(placesFor(5e-3)).toBe(2);
    expect(placesFor(1e-6)).toBe(6);
    expect(placesFor(5e-9)).toBe(8);
    expect(placesFor(0.5)).toBe(0);
    expect(placesFor(3)).toBe(0);
  });

  it('rejects a tolerance that is not positive and finite', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => placesFor(bad)).toThrow(RangeError);
  });
});

describe('formatAnswer', () => {
  it('rounds to the tolerance in fixed notation', () => {
    // σ(2) = 0.8807970779778823 (1 / (1 + e^-2))
    expect(formatAnswer(0.8807970779778823, 5e-5)).toBe('0.8808');
    expect(formatAnswer(2.1972245773362196, 5e-4)).toBe('2.197');
    expect(formatAnswer(-1.5, 5e-3)).toBe('-1.50');
    expect(formatAnswer(42, 0.5)).toBe('42');
  });

  it('uses a mantissa and exponent for tiny answers', () => {
    // 0.25^10 = 9.5367431640625e-7
    expect(formatAnswer(0.25 ** 10, 5e-9)).toBe('9.5e-7');
    expect(formatAnswer(-4.5397868702434395e-5, 1e-6)).toBe('-4.5e-5');
  });

  it('never prints a negative zero', () => {
    expect(formatAnswer(-0.00001, 5e-3)).toBe('0.00');
    expect(formatAnswer(0, 5e-3)).toBe('0.00');
  });

  it('prints a value the exercise itself accepts', () => {
    const cases: [number, number][] = [
      [0.8807970779778823, 5e-5],
      [0.25 ** 10, 5e-9],
      [0.006648056670790033 ** 3, 5e-9],
      [123.456789, 5e-4],
      [-0.0123, 5e-5],
      [1e-12, 1e-15],
    ];
    for (const [answer, tolerance] of cases) {
      const parsed = parseAnswer(formatAnswer(answer, tolerance));
      expect(parsed.ok, `${answer}`).toBe(true);
      if (parsed.ok) expect(isCloseEnough(parsed.value, answer, tolerance), `${answer} ± ${tolerance}`).toBe(true);
    }
  });

  it('rejects an answer that is not finite', () => {
    expect(() => formatAnswer(Number.NaN, 1e-3)).toThrow(RangeError);
  });
});

describe('isAnswerKeyPath', () => {
  it('matches only the answers page of a lesson', () => {
    expect(isAnswerKeyPath('/lessons/sigmoid/answers/')).toBe(true);
    expect(isAnswerKeyPath('/lessons/sigmoid/')).toBe(false);
    expect(isAnswerKeyPath('/lessons/answers-and-more/')).toBe(false);
  });
});
