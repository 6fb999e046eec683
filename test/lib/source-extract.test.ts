import { describe, expect, it } from 'vitest';
import { extractDeclaration } from '../../src/lib/source-extract.ts';

const source = `// Module header.
import { x } from './x.ts';

// σ(x) = 1 / (1 + e^-x)
// exp of a non-positive number never overflows.
export function sigmoid(x: number): number {
  if (x >= 0) {
    return 1 / (1 + Math.exp(-x));
  }
  const e = Math.exp(x);
  return e / (1 + e);
}

/** The derivative. */
export const sigmoidDerivative = (x: number): number => {
  return x;
};

export const half = 0.5;
`;

describe('extractDeclaration', () => {
  it('returns a function with its comment and its whole body, nothing more', () => {
    const text = extractDeclaration(source, 'sigmoid');
    expect(text.startsWith('// σ(x) = 1 / (1 + e^-x)')).toBe(true);
    expect(text.endsWith('return e / (1 + e);\n}')).toBe(true);
    expect(text).not.toContain('sigmoidDerivative');
  });

  it('handles exported arrow functions with doc comments and one-line constants', () => {
    expect(extractDeclaration(source, 'sigmoidDerivative')).toBe(
      '/** The derivative. */\nexport const sigmoidDerivative = (x: number): number => {\n  return x;\n};',
    );
    expect(extractDeclaration(source, 'half')).toBe('export const half = 0.5;');
  });

  it('fails loudly when the name is not exported, so a renamed function breaks the build, not the page', () => {
    expect(() => extractDeclaration(source, 'sig')).toThrow(/No top-level export named "sig"/);
  });
});
