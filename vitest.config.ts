import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-signals.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
