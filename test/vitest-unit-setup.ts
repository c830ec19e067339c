/**
 * Runs before each test file of the `unit` project. These files get no database: a test that
 * needs one belongs under db/ or is named *.db.test.ts. Removing DATABASE_URL makes a stray
 * query fail at once instead of touching whatever database the shell happens to point at.
 */
delete process.env.DATABASE_URL;
