import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: [
    './src/server/db/schema-core.ts',
    './src/server/db/schema-rounds.ts',
    './src/server/db/schema-course-work.ts',
    './src/server/db/schema-notifications.ts',
  ],
  out: './drizzle',
});
