/**
 * Everything STORAGE=postgres needs, in one module that app.ts loads only in that mode (the
 * driver, pg-boss and the migrations runner stay out of a file-storage process).
 */
export { AdvisoryLock } from './advisoryLock';
export { openDatabase } from './database';
export { PgBossReminderClock } from './pgBossReminderClock';
export { PostgresOutcomeLog } from './postgresOutcomeLog';
export { PostgresStorage } from './postgresStorage';
