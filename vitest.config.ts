import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// On PGlite every test file gets its own in-memory database; with DATABASE_URL the global setup
// creates one fresh PostgreSQL database for the run and drops it afterwards.
export default defineConfig({
  resolve: {
    // graphql 16 has no "exports": Node loads its CJS build for Pothos and yoga, while Vite would pick
    // the .mjs build for our sources. Two copies of graphql cannot share a schema, so pin the one Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    // Files in one worker share its database (tests/support/app.ts); they keep apart by organization.
    isolate: false,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
