import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Three test files at a time: most tests wait on the processes they start (tt, git, shells), so
    // on a 2-core machine vitest's default of one worker (cores - 1) leaves the cores idle; the whole
    // suite takes 3 minutes instead of 5 there, and runs every test under load as a bonus.
    maxWorkers: 3,
  },
});
