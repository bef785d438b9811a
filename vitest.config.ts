import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest swaps `wxt/browser` for WXT's in-memory fake browser, so the wiring is unit-tested too
  plugins: [preact(), WxtVitest()],
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 30_000,
    // `npm run test:coverage` (CI): lines of lib/ and entrypoints/ covered by unit tests, floor 85%
    // (the page reader runs only in real pages: the e2e suites cover it)
    coverage: {
      provider: 'v8',
      include: ['lib/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
      exclude: ['**/*.d.ts'],
      thresholds: { lines: 85 },
      reporter: ['text-summary'],
    },
  },
});
