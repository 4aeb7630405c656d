import PgBoss from 'pg-boss';
import { underMigrationLock, type Database } from './database';
import type { DueReminder, ReminderClock } from '../../timers/reminderClock';

const QUEUE = 'reminders';

/**
 * Reminders as pg-boss jobs in PostgreSQL, for several instances: a job waits until its time,
 * then exactly one instance that is alive takes it (pg-boss fetches with SKIP LOCKED). A job whose
 * instance dies mid-delivery expires and is tried again elsewhere; a job scheduled by an instance
 * that restarted is still there. pg-boss keeps its own schema (`pgboss`) and migrates it itself.
 */
export class PgBossReminderClock implements ReminderClock {
  private readonly boss: PgBoss;
  private started: Promise<unknown> | undefined;

  constructor(private readonly database: Database) {
    const { url, logger } = database;
    this.boss = new PgBoss({ connectionString: url, max: 2, application_name: 'support-bot-jobs' });
    this.boss.on('error', (error) => logger.warn({ err: error }, 'reminder jobs: PostgreSQL error'));
  }

  async schedule(reminder: DueReminder): Promise<void> {
    await this.ready();
    // One job waits per conversation: the one it replaces goes (gone already, or taken: nothing to do).
    if (reminder.replaces) await this.boss.cancel(QUEUE, reminder.replaces).catch(() => undefined);
    await this.boss.send(QUEUE, reminder, { id: reminder.id, startAfter: new Date(reminder.at), retryLimit: 3, retryDelay: 10, expireInSeconds: 60 });
  }

  async start(deliver: (reminder: DueReminder) => Promise<void>): Promise<void> {
    await this.ready();
    await this.boss.work<DueReminder>(QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
      if (job) await deliver(job.data);
    });
  }

  async stop(): Promise<void> {
    if (this.started) await this.boss.stop({ graceful: false, wait: true });
  }

  /**
   * Starts pg-boss (its schema, its queue) once, whichever comes first: a schedule or the start.
   * Under the schema lock: instances setting pg-boss up at the same moment deadlock otherwise.
   */
  private ready(): Promise<unknown> {
    this.started ??= underMigrationLock(this.database.queries, async () => {
      await this.boss.start();
      await this.boss.createQueue(QUEUE);
    });
    return this.started;
  }
}
