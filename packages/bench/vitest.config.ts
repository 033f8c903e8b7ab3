import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // The smoke bench starts real relays and measures CPU: keep test files off each other's cores.
    fileParallelism: false,
  },
});
