// Runs every lesson example exactly as a code cell does (top-level code, console captured) and holds the
// Python twins to the output their NumPy / PyTorch originals print.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatLogArguments } from '../../src/lib/inspect.ts';

const examples = import.meta.glob('../../src/examples/**/*.ts');

async function runExample(name: string): Promise<string[]> {
  const load = examples[`../../src/examples/${name}.ts`];
  if (!load) throw new Error(`no example ${name}`);
  const lines: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => lines.push(formatLogArguments(args)));
  // In a cell, plot() draws a chart; here it records that a plot was asked for.
  vi.stubGlobal('plot', (spec: unknown) => lines.push(`plot ${JSON.stringify(spec).slice(0, 40)}`));
  vi.resetModules();
  await load();
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('lesson 1 examples print what their Python originals print', () => {
  it('NumPy: sigmoid(10), sigmoid(0), sigmoid(-10)', async () => {
    // Source: the course's NumPy example, `print(sigmoid(x))` for x = 10, 0, -10.
    expect(await runExample('sigmoid/numpy-values')).toEqual(['0.9999546021312976', '0.5', '4.5397868702434395e-05']);
  });

  it('PyTorch: nn.Sigmoid on [-5, -1, 0, 1, 5] and on logits [0.1, -2.5, 4.0]', async () => {
    // Source: the course's PyTorch examples (printed tensors, 4 decimal places).
    expect(await runExample('sigmoid/pytorch-sigmoid')).toEqual([
      'tensor([0.0067, 0.2689, 0.5000, 0.7311, 0.9933])',
      'tensor([0.5250, 0.0759, 0.9820])',
    ]);
  });

  it('PyTorch: ReLU and sigmoid on [-2, 0, 2]', async () => {
    // Source: the course's PyTorch comparison: ReLU [0, 0, 2], sigmoid [0.1192, 0.5000, 0.8808].
    const lines = await runExample('sigmoid/relu-and-sigmoid');
    expect(lines[0]).toMatch(/\[0, 0, 2\]$/);
    expect(lines[1]).toMatch(/\[0\.1192, 0\.5000, 0\.8808\]$/);
  });
});

describe('every example runs cleanly', () => {
  for (const path of Object.keys(examples)) {
    const name = path.replace('../../src/examples/', '').replace(/\.ts$/, '');
    it(`${name} prints something and never NaN by accident`, async () => {
      const lines = await runExample(name);
      expect(lines.length).toBeGreaterThan(0);
      if (!name.includes('naive')) expect(lines.join('\n')).not.toMatch(/undefined/);
    });
  }
});

describe('the stable-versus-naive example shows the failures the lesson describes', () => {
  it('prints NaN, -Infinity and 0 for the naive forms and finite values for the stable ones', async () => {
    const [overflow, ratio, log, slope] = await runExample('sigmoid/stable-vs-naive');
    expect(overflow).toContain('Infinity');
    expect(ratio).toMatch(/800: NaN {2}stable: 1$/);
    expect(log).toMatch(/naive: -Infinity {2}stable: -800$/);
    expect(slope).toMatch(/σ\(1 - σ\): 0 {2}stable: 4\.24835425529\d*e-18$/);
  });
});
