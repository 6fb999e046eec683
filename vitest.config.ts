// Two projects: fast unit/property tests (no build needed) and browser tests of the built site in dist/.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = {
  's-curve/math': fileURLToPath(new URL('./src/lib/math/index.ts', import.meta.url)),
  's-curve/format': fileURLToPath(new URL('./src/lib/format.ts', import.meta.url)),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['test/math/**/*.test.ts', 'test/widgets/**/*.test.ts', 'test/lib/**/*.test.ts'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
