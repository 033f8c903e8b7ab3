import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // serial-queue.test.ts proves finished jobs are garbage: it needs global.gc.
    execArgv: ['--expose-gc'],
  },
});
