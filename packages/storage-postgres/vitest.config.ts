import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every test creates and migrates a schema on the real server; the machine is shared.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
