import { describe, expect, it } from 'vitest';
import { lessonPath, lessonSlug, neighbours, sortLessons } from '../../src/lib/lessons.ts';

const lesson = (id: string, order: number) => ({ id, data: { order, title: id } });
const course = [lesson('03-activations', 3), lesson('01-sigmoid', 1), lesson('02-logistic-regression', 2)];

describe('lesson helpers', () => {
  it('drops the ordering number from the URL', () => {
    expect(lessonSlug('01-sigmoid')).toBe('sigmoid');
    expect(lessonSlug('sigmoid')).toBe('sigmoid');
    expect(lessonPath('02-logistic-regression')).toBe('/lessons/logistic-regression/');
  });

  it('orders lessons by their order field, not by file name', () => {
    expect(sortLessons(course).map((l) => l.id)).toEqual(['01-sigmoid', '02-logistic-regression', '03-activations']);
  });

  it('finds the previous and next lesson, with none past either end', () => {
    expect(neighbours(course, '01-sigmoid').previous).toBeUndefined();
    expect(neighbours(course, '01-sigmoid').next?.id).toBe('02-logistic-regression');
    expect(neighbours(course, '03-activations').next).toBeUndefined();
    expect(neighbours(course, 'missing')).toEqual({ previous: undefined, next: undefined });
  });
});
