import { defineConfig } from 'prisma/config';

// The schema is split by domain; migrations are applied by Unison's own runner
// (src/platform/db/migrate.ts) because Prisma's migrate binary cannot be downloaded here.
export default defineConfig({
  schema: 'prisma/schema',
  migrations: { path: 'prisma/migrations' },
});
