import { defineConfig } from 'drizzle-kit';

// `drizzle-kit generate` only: migrations are SQL files committed and reviewed, applied by
// scripts/migrate.ts at start. `push` is never used against a real database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/schema.ts',
  out: './db/migrations',
  casing: 'snake_case',
  strict: true,
  verbose: true,
});
