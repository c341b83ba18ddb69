import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // LibreOffice conversions are slow and each uses a core: keep file-level parallelism modest.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
